"""Words that only look like triggers, and acts named but not done.

A trigger form is often another word: "تستهدف إشعال الفتنة" aims at a goal,
"تحقيق تقدم" is achieving, "منصات إطلاق" are launchers, "توقع أن" is expecting (not
"تُوقّع", signing), "تعهد إليه" is entrusting, "لقاء مع سكاي نيوز" and "لقاء تلفزيوني"
are interviews, "فجر السبت" is dawn, "تفجر موجة غضب" sparks a reaction, "يهدد أمن
المنطقة" endangers, "أيدت المحكمة الحكم" is a court upholding a ruling, "مكتب
التحقيقات" is an office, and "اتفقا على أن الحل…" states a shared view rather than a
deal. "دفع ثمنه" is a price, "استقبل الميناء المساعدات" a
place taking in goods, "تعهد بالرد" a pledge of retaliation, "ما دعا إلى" a cause,
"لمواجهة التهديدات"، "خطر يهدد" a danger, "بعد إدانته" a court's conviction, "تحمل
مسؤولية" bearing a duty, "يحاول التوصل إلى تسوية" a deal sought, and "دعا إلى عقد جلسة"
a meeting called for; "عثر على 6 قذائف" is a munition found, no attack, and "الإعدام
شنقا لقاتل زوجته" a court's sentence. A threat noun
after "يشكل" is a danger, and an act
named as the object of a demand ("طالبوا بتنظيم مظاهرة") has not happened. The word
lists are in `data/words.tsv`; each rule was chosen on the dev part of the gold or on
an unseen-article audit (docs/accuracy.md).
"""

from __future__ import annotations

import itertools

from rasd.events.keys import light_key
from rasd.events.lexicon import Trigger
from rasd.events.phrases import PREPOSITIONS, RELATIVES, asides, has_enclitic, is_number
from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word, definite, unjoined
from rasd.text.normalize import match_key

_AIMS = WORD_LISTS.words("aims")
_THIEVING = WORD_LISTS.words("thieving")
_STEALING_ACTS = frozenset(match_key(w) for w in WORD_LISTS.words("stealing_acts"))
_LOOT = WORD_LISTS.words("loot")
_KIDNAPPING = frozenset(match_key(w) for w in WORD_LISTS.words("kidnapping"))
_SNATCHED = WORD_LISTS.forms("snatched")
# How far the thing snatched may come: right after the verb, or past its subject
# ("وخطف رونالدو الأنظار"); farther, a noun is another verb's ("اختطافه لفت الأنظار").
_SNATCH_REACH = 2
# How far after the seizing word its object comes ("استولوا على مصوغ"، "استولى على مبلغ").
_LOOT_REACH = 4
_PROGRAMMES = WORD_LISTS.words("programmes")
_ENTRUSTING = WORD_LISTS.words("entrusting")
_CASES_TAKEN_UP = WORD_LISTS.words("cases_taken_up")
# How far after تعهد the case it takes up is named, past the unit ("تعهدت فرقة الأبحاث
# العدلية للحرس الوطني بسوسة بالبحث").
_TAKE_UP_REACH = 10
_ACHIEVED = WORD_LISTS.words("achieved")
_LAUNCHERS = WORD_LISTS.words("launchers")
_MUNITIONS = WORD_LISTS.words("munitions")
_MUNITIONS_HANDLED = WORD_LISTS.words("munitions_handled")
# How far back the verb that finds or seizes a munition may be: anywhere in its clause
# ("عثر أمس أحد حراس الغابات بمنطقة القصيرة من معتمدية … على 6 قذائف"), within a bound
# for text without punctuation.
_HANDLED_REACH = 25
# "تفجير عدد (101) عبوة": the detonated munition follows within a count.
_DETONATING = {"تفجير", "فجر"}
_DETONATED_REACH = 5
_POSING = WORD_LISTS.words("posing")
_MEDIA = WORD_LISTS.words("media")
_STATIONS = WORD_LISTS.words("stations")
_INTERVIEWING = WORD_LISTS.forms("interviewing")
_DAWN_DAYS = WORD_LISTS.words("dawn_days")
_SPARKED = WORD_LISTS.words("sparked")
_ENDANGERED = WORD_LISTS.words("endangered")
_INVESTIGATORS = WORD_LISTS.words("investigators")
_SOUGHT = WORD_LISTS.words("sought")
_MARKET_DEMAND = WORD_LISTS.words("market_demand")
_COMMENTED_ON = WORD_LISTS.words("commented_on")
# How far على/عن may follow علّق past its subject and a time ("علّق الوزير اليوم على").
_COMMENT_REACH = 5
_COPULAS = WORD_LISTS.words("copulas")
_SCHOOLS = WORD_LISTS.forms("schools")
_RESEARCHERS = WORD_LISTS.forms("researchers")
_INCITED = WORD_LISTS.words("incited")
_NEEDS = WORD_LISTS.words("needs")
_DISCLOSING = WORD_LISTS.words("disclosing")
_VOTING = WORD_LISTS.words("voting")
_IDENTITY = WORD_LISTS.forms("identity")
_COMMENTING = WORD_LISTS.words("commenting")
_DECLINED_ACTS = WORD_LISTS.words("declined_acts")
_CONTRIBUTING = WORD_LISTS.words("contributing")
_PENDING = WORD_LISTS.words("pending")
_STRIVING = WORD_LISTS.words("striving")
_PHYSICAL_PRESSURES = WORD_LISTS.words("physical_pressures")
_WEB_PAGES = WORD_LISTS.words("web_pages")
_WEB_MARKS = WORD_LISTS.words("web_marks")
_PRESSURE_HOLDERS = WORD_LISTS.words("pressure_holders")
_INQUIRY_OPENERS = WORD_LISTS.words("inquiry_openers")
_DEMONSTRATIVES = WORD_LISTS.words("demonstratives")
_BREATH = WORD_LISTS.forms("breath")
_BURNT_IN_PROTEST = WORD_LISTS.forms("burnt_in_protest")
_CAMPAIGNS = WORD_LISTS.words("campaigns")
_ABSTRACT_RUINS = WORD_LISTS.words("abstract_ruins")
_RUINOUS = WORD_LISTS.words("ruinous")
_ACTED_ON = WORD_LISTS.forms("protesters_acted_on")
_GENERIC_HEADS = WORD_LISTS.words("generic_heads")
_PUBLISHED = WORD_LISTS.forms("published")
_BODIES = WORD_LISTS.words("bodies")
_COURTS = WORD_LISTS.forms("courts")
# Acts done with force, in the street or by the authorities (not by speaking), which a
# category or case noun before them makes a kind of act, and a modal one that may happen.
MATERIAL_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST", "INVESTIGATE", "MOBILIZE"})
# Words that open what an inquiry is about ("تحقيق في"، "تحقيق مع المتهمين"): past them
# an achievement word is the inquiry's subject matter, not what is achieved.
_INQUIRY_PREPS = {"في", "مع", "بشان", "حول", "عن"}
_PAYING = WORD_LISTS.words("paying")
_ROUNDS = WORD_LISTS.words("rounds")
# How far the payer and what is paid may part the paying verb from the price ("ودفع
# الأميركيون في مختلف أنحاء البلاد ثمن ذلك"، "دفع مبلغ 25 مليون دولار ثمن الرحلة").
_PAYING_REACH = 8
_COSTING = WORD_LISTS.words("costing")
_THREAT_SETTINGS = WORD_LISTS.words("threat_settings")
_DANGERS = WORD_LISTS.words("dangers")
_RECEIVING_PLACES = WORD_LISTS.words("receiving_places")
_RECEIVED = WORD_LISTS.words("received")
_RETALIATION = WORD_LISTS.words("retaliation")
_MARKS = {'"', "«", "»", "“", "”"}
_SEEKING = WORD_LISTS.words("seeking")
_DOCUMENTS = WORD_LISTS.words("documents")
_ANIMALS = WORD_LISTS.words("animals")
_POLICE_TRAPS = WORD_LISTS.forms("police_traps")
# Words of an approximate count before its number ("نحو"، "أكثر من"، "ما يقرب من").
_ABOUT = WORD_LISTS.words("about") | {"من", "ما", "يقرب", "يناهز", "يزيد", "على", "عن"}
_ENVOYS = WORD_LISTS.words("envoys")
_QUANTITIES = WORD_LISTS.words("quantities") | {"مليون", "ملايين", "الف", "الاف", "مئة", "مائة"}
_PUBLIC_EVENTS = WORD_LISTS.words("public_events")
_FESTIVITIES = WORD_LISTS.forms("festivities")
_PROTEST_MARKS = WORD_LISTS.forms("protest_marks")
_ISSUED_BY = frozenset({"عن", "عنه", "عنها", "عنهم", "من"})
# How far the issuer may come after "صادر", past a day ("صادر اليوم الخميس عن").
_ISSUED_REACH = 4
_CONVICTED_AFTER = WORD_LISTS.words("reference_preps") | WORD_LISTS.words("passive_aux")
_THAT = frozenset({"ان", "بان", "لان"})
_THERE = frozenset({"هناك", "هنالك", "ثمة"})
_TIME_PREPS = WORD_LISTS.words("time_preps")
_DURATIONS = WORD_LISTS.words("durations")
_SUPPLIES = frozenset(light_key(w) for w in WORD_LISTS.words("supplies"))
_PENALTIES = frozenset(match_key(w) for w in WORD_LISTS.words("penalties"))
_COORDINATED_WITH = WORD_LISTS.words("coordinated_with")
_PACES = WORD_LISTS.words("paces")
_SUBJECT_BEFORE = RELATIVES | WORD_LISTS.words("complementizers")
# "وهو ما تعهدت به"، "الذي تعهدت به الحكومة": what was pledged, before "تعهد به".
_PLEDGED_BEFORE = _SUBJECT_BEFORE | {"ما", "مما"}
# How far after a penalty the one it is given to is named, past its manner ("الإعدام
# شنقا حتى الموت لقاتل").
_PENALTY_REACH = 4


def other_sense(words: list[Word], i: int, trigger: Trigger) -> bool:
    """Whether the trigger word at `i` is here another word that shares its form."""
    nxt = match_key(words[i + 1].surface) if i + 1 < len(words) else ""
    prev = words[i - 1].keys[-1] if i else ""
    form = unjoined(words[i])
    if trigger.type in MATERIAL_TYPES and i and _generic_head(words[i - 1]):
        return True  # "حالة قتل لكل 100 ألف شخص"، "ثقافة قمع الإناث"
    if trigger.type == "ASSAULT" and any(_bare(w) in _ANIMALS for w in words):
        return True  # "هاجمته سمكة قرش": an animal's attack, no actor's
    if trigger.lemma in _STEALING_ACTS and any(_bare(w) in _THIEVING for w in words):
        return True  # "واستولى المظنون فيهما على خزنة": a theft, a crime, not an attack
    if trigger.lemma in _STEALING_ACTS and _seized_loot(words, i):
        return True
    if trigger.lemma in _KIDNAPPING and _snatched_thing(words, i):
        return True  # "خطف الأضواء"، "وخطف حقيبتها": a thing snatched, no abduction
    if trigger.lemma == "كمين" and _trap_for_arrest(words):
        return True
    if trigger.lemma == "استهدف":
        # "تستهدف إشعال الفتنة" aims at a goal; "واستهدف البرنامج 1000 نزيل"، "المبادرة
        # تستهدف الأسر" serve the people they reach.
        beside = {_bare(words[j]) for j in (i - 1, i + 1) if 0 <= j < len(words)}
        return (
            nxt.removeprefix("ال") in _AIMS
            or bool(beside & _PROGRAMMES)
            or _campaign_aimed(words, i)
        )
    if trigger.lemma in ("زار", "زيارة") and _web_visit(words, i, nxt):
        return True
    if trigger.lemma in ("طالب", "طلب") and seeker(nxt):
        return True  # "وطالب لجوء سوري"، "طلب الجنسية": seeking asylum, not a demand
    if trigger.lemma == "طلب" and nxt.removeprefix("ال") in _MARKET_DEMAND:
        return True  # "أسعار النفط ترتفع بفعل طلب قوي": the market's demand, no one's
    if trigger.lemma == "علق" and any(
        match_key(w.surface) in _COMMENTED_ON for w in words[i + 1 : i + 1 + _COMMENT_REACH]
    ):
        return True  # "وعلّق تيلرسون في ذات اليوم عن دوره": a comment, no suspension
    if trigger.lemma == "طالب" and _studies_at(words, i):
        return True
    if trigger.type == "DEMAND" and form.startswith("مطالب"):
        return obliged([w.surface for w in words[max(0, i - 2) : i]], nxt)
    if trigger.lemma == "حث" and form.removeprefix("ال").startswith(_RESEARCHERS):
        return True  # "أجراها باحثون بجامعة إسيكس": researchers, not "I urge"
    if trigger.lemma in ("حث", "حض") and any(_bare(w) in _INCITED for w in words[i + 1 : i + 4]):
        return True  # "محتوى يحض على الكراهية": incitement, no demand made of anyone
    if trigger.lemma == "ناقش":
        return _discussed_alone(words, i, form)
    if trigger.lemma in ("زود", "تزويد") and any(
        set(w.light) & _SUPPLIES for w in words[i + 1 : i + 6]
    ):
        return True  # "تزويدهم بمعلومات"، "تزويد الوقود": informing or fuelling, not aid
    if trigger.lemma == "امتنع" and any(_bare(w) in _VOTING for w in words[i + 1 : i + 6]):
        return True  # "امتنعت أربع دول عن التصويت"
    if trigger.type in ("REJECT", "DEMAND") and _anonymous(words, i):
        return True  # "رفض الكشف عن اسمه"، "طلب عدم ذكر اسمه": a source kept unnamed
    if trigger.type == "REJECT" and _no_comment(words, i):
        return True
    if trigger.lemma == "اعتذر":
        return _declined(words, i)
    if trigger.lemma == "تعهد" and (nxt in _ENTRUSTING or _case_taken_up(words, i, nxt)):
        return True  # "تعهد إليه بمهمات"
    if trigger.lemma == "وقع" and form in ("توقع", "يتوقع"):
        return any(match_key(w.surface) == "ان" for w in words[i + 1 : i + 4])
    if trigger.kind == "noun" and trigger.type == "INVESTIGATE":
        return _not_inquiry(words, i)
    if trigger.lemma == "رحل":
        return _journey(words, i, form, nxt)
    if trigger.lemma == "حبس":
        # "يحبس العالم أنفاسه": holding one's breath
        return any(_bare(w).startswith(_BREATH) for w in words[i + 1 : i + 5])
    if trigger.lemma == "تظاهر" and nxt.startswith(("بان", "بانه", "بانها", "بانهم")):
        return True  # "تظاهر بأنه ابن سائق السفارة": pretending, not demonstrating
    if trigger.type == "PROTEST" and trigger.kind in ("agent", "counted"):
        # "واعتقل العشرات من المتظاهرين": the protesters are what another act is done to
        return any(_bare(w).startswith(_ACTED_ON) for w in words[max(0, i - 4) : i])
    if trigger.kind == "noun" and trigger.type == "COOPERATE" and _body_named(words, i):
        return True  # "وزيرة التخطيط والتعاون الدولي"، "مجلس التنسيق"
    if trigger.lemma == "نشر":
        # "ونشر ناشطون على موقع تويتر صورا": publishing, not deploying
        return any(_bare(w).startswith(_PUBLISHED) for w in words[i + 1 : i + 8])
    if trigger.lemma == "صادر":
        return _issued(words, i, nxt)
    if trigger.type == "PROTEST" and _bare(words[i]) in _PUBLIC_EVENTS:
        return _festival_told(words)
    if trigger.lemma == "رحب" and form == "رحبا" and not nxt.startswith("ب"):
        # "يعد مجالا رحبا لتبادل التجارب"، "فضاء رحبا": spacious, not "the two welcomed"
        return _accusative(prev) or prev.endswith("ء")
    if trigger.lemma in ("دمر", "هدم"):
        return _ruined_without_actor(words, i, nxt)
    if trigger.lemma == "احرق":
        return any(_bare(w).startswith(_BURNT_IN_PROTEST) for w in words[i + 1 : i + 3])
    if trigger.lemma == "حقق":
        return _achieving(words, i)
    if trigger.type == "THREATEN" and any(_bare(w) in _ENDANGERED for w in words[i + 1 : i + 4]):
        return True  # "يهدد أمن المنطقة"، "تهددها بالإفلاس": a danger, not a threat made
    if trigger.type == "THREATEN":
        return _threat_faced(words, i, trigger)
    if trigger.lemma == "عقد" and prev in ("الى", "طلب"):
        return True  # "دعا إلى عقد جلسة"، "لطلب عقد جلسة": a meeting called for, not held
    if trigger.lemma == "ثمن":
        return _price(words, i)
    if trigger.lemma == "استقبل":
        return _taken_in(words, i)
    if trigger.type == "AGREE" and any(w.keys[-1] in _SEEKING for w in words[max(0, i - 4) : i]):
        return True  # "ويحاول غريفيث التوصل إلى تسوية": a deal sought, not reached
    if trigger.lemma in ("تعهد", "ابدى") and any(
        _bare(w) in _RETALIATION for w in words[i + 1 : i + 7]
    ):
        return True  # "تعهد بالرد عليه"، "أبدت استعدادا للثأر": retaliation, no agreement
    if trigger.lemma == "حمل" and form == "تحمل" and nxt.removeprefix("ال").startswith("مسؤولي"):
        return True  # "على تحمل مسؤولية تدبر الحياة": bearing a duty, not blaming
    if trigger.lemma in ("ادان", "ادانة") and has_enclitic(words[i]) and _convicted(words, i):
        return True
    if trigger.lemma == "دعا" and i and match_key(words[i - 1].surface) in ("ما", "مما"):
        return True  # "وهو ما دعا إلى"، "مما دعاه إلى": what led to it, not a call
    if trigger.lemma == "فجر":
        return (
            (form == "فجر" and nxt.removeprefix("و") in _DAWN_DAYS)
            or _sparked(words, i)
            or _munition_handled(words, i, trigger)
        )
    if trigger.kind == "noun" and trigger.type == "ASSAULT":
        return (
            prev in _LAUNCHERS  # "منصات إطلاق"
            or _munition_handled(words, i, trigger)
            or (trigger.lemma in _PENALTIES and _penalty(words, i, form))
        )
    if trigger.kind == "noun" and trigger.type == "CONSULT":
        return _interview(words, i) or _tallied(words, i)
    if trigger.lemma == "وافق":
        return _consent_not_given(words, i, form)
    if trigger.lemma == "نسق" and form in _PACES:
        return _pace(words, i, nxt)
    if trigger.lemma == "ضغط":
        return _pressure_not_applied(words, i, form, nxt)
    if trigger.lemma == "ايد" and _ruling_upheld(words, i):
        return True
    return trigger.type == "AGREE" and _agreed_view(words, i)


def _not_inquiry(words: list[Word], i: int) -> bool:
    """ "مكتب التحقيقات الفيدرالي"، "لجنة تحقيق": a body's name; "رهن التحقيق": a state
    someone is held in; "يسهم في تحقيق"، "تحقيق قوات النظام تقدما"، "تحقيقا لرؤية
    المملكة": achieving."""
    before = [_bare(w).removeprefix("س") for w in words[max(0, i - 2) : i]]
    if before and (before[-1] in _INVESTIGATORS or before[-1] in _PENDING):
        return True
    if len(before) == 2 and before[1] == "في" and before[0] in _CONTRIBUTING:
        return True
    if _striven_for(words, i):
        return True
    # "تحقيق ذلك"، "تحقيق هذا الهدف": a goal pointed back to; an inquiry takes its
    # demonstrative before ("هذا التحقيق").
    if i + 1 < len(words) and _bare(words[i + 1]) in _DEMONSTRATIVES:
        return True
    for w in words[i + 1 : i + 6]:
        if w.surface in BOUNDARY or match_key(w.surface) in _INQUIRY_PREPS:
            return False
        # "تحقيقا لرؤية المملكة": the achievement may carry a joined ل, the purpose
        if any(k.removeprefix("ال") in _ACHIEVED for k in w.keys):
            return True
    return False


def _striven_for(words: list[Word], i: int) -> bool:
    """ "استطاع فيها الفرنسيون تحقيق المونديال"، "من أجل تحقيق"، "أمكن تحقيقه": a striving
    or ability word up to three words before, with no inquiry opened between ("لا يمكن
    إجراء تحقيق"). A goal is the noun's object, so the noun has no article and no
    inquiry preposition follows ("قادر على التحقيق معه" is an inquiry)."""
    nxt = words[i + 1] if i + 1 < len(words) else None
    if definite(words[i]) or (nxt and match_key(nxt.surface) in _INQUIRY_PREPS):
        return False
    for w in reversed(words[max(0, i - 3) : i]):
        keys = {k.removeprefix("ال") for k in w.keys}
        keys |= {k.removeprefix("س") for k in keys}  # the future "ستحاول"
        if w.surface in BOUNDARY or keys & _INQUIRY_OPENERS:
            return False
        if keys & _STRIVING:
            return True
    return False


def _web_visit(words: list[Word], i: int, nxt: str) -> bool:
    """ "يمكن زيارة موقع مديرية الجوازات على الرابط (www.gdp.gov.sa)"، "من خلال زيارة
    الموقع الإلكتروني": a web page visited, told by its link or its adjective."""
    if nxt.removeprefix("ال") not in _WEB_PAGES:
        return False
    return any(
        match_key(w.surface).removeprefix("و") in _WEB_MARKS
        or w.surface.startswith(("www", "http"))
        for w in words[i + 2 : i + 12]
    )


def _pressure_not_applied(words: list[Word], i: int, form: str, nxt: str) -> bool:
    """ "ضغط الدم"، "الضغط على الزر": a physical pressure; "اضغط على الرمز": an instruction
    to click; "ورقة ضغط"، "جماعات الضغط"، "تحت ضغط الوقت": a lever, a lobby or a state
    someone is in. None is a demand made of anyone."""
    if form.startswith("اضغط") or nxt.removeprefix("ال") in _PHYSICAL_PRESSURES:
        return True
    if not i:
        return False
    # "وسيلة" begins with و of its own: the word is read with and without the conjunction
    prev = match_key(words[i - 1].surface).removeprefix("ال")
    return prev in _PRESSURE_HOLDERS or _bare(words[i - 1]) in _PRESSURE_HOLDERS


def _ruling_upheld(words: list[Word], i: int) -> bool:
    """ "أيدت محكمة الاستئناف الحكم"، "المحكمة العليا تؤيد استخدام الجيش للقوة": a court,
    the verb's subject, upholds a ruling or a measure it reviews, no actor's support
    for another ("يؤيد حكم القاضية", a person backing the ruling, still is)."""
    near = words[max(0, i - 3) : i] + words[i + 1 : i + 4]
    return any(_bare(w).startswith(_COURTS) for w in near)


def _journey(words: list[Word], i: int, form: str, nxt: str) -> bool:
    """ "رحلتهم نحو أوروبا": the noun journey; "رحل عنا"، "رحلا من عفرين": leaving;
    "إرحل": the protesters' cry. Deporting ("رحّلت السلطات المهاجرين") takes an object."""
    return (
        (form.startswith(("رحلت", "رحلة")) and has_enclitic(words[i]))
        or nxt.removeprefix("و") in ("عن", "عنا", "من")
        or form.startswith("ارحل")
    )


def _ruined_without_actor(words: list[Word], i: int, nxt: str) -> bool:
    """ "دمر اقتصاد فنزويلا": something abstract ruined; "صراع يدمر سوريا"، "دمرت جراء
    القتال"، "اقتلعت الرياح الأشجار، وهدمت المنازل": a war or storm is what destroys."""
    if nxt.removeprefix("ال") in _ABSTRACT_RUINS or nxt in _ABSTRACT_RUINS:
        return True
    near = words[max(0, i - 4) : i] + words[i + 1 : i + 4]
    return any(_bare(w) in _RUINOUS for w in near)


def _body_named(words: list[Word], i: int) -> bool:
    """ "مجلس التنسيق"، "وزيرة التخطيط والتعاون": the noun is part of a body's name."""

    def body(w: Word) -> bool:  # by its keys: "وزيرة" keeps its و, "لمجلس" loses its ل
        return any(k.removeprefix("ال") in _BODIES for k in [match_key(w.surface), *w.keys])

    if i and body(words[i - 1]):
        return True
    joined = match_key(words[i].surface).startswith("و")
    return joined and i > 1 and body(words[i - 2])


def _generic_head(word: Word) -> bool:
    """ "حالة"، "عقوبة"، "بملف": a noun that makes the act after it a kind of act."""
    bare = _bare(word)
    return bare in _GENERIC_HEADS or bare.removeprefix("ب").removeprefix("ال") in _GENERIC_HEADS


def _campaign_aimed(words: list[Word], i: int) -> bool:
    """ "الحملات المغرضة التي تستهدف الإمارات"، "تستهدف حملة المقاطعة شركتي": a
    campaign, letter or breach near the verb is what aims at someone, no attack."""
    near = words[max(0, i - 3) : i] + words[i + 1 : i + 5]
    return any(_bare(w) in _CAMPAIGNS for w in near)


def seeker(following: str) -> bool:
    """Whether the word after "طالب" makes it a noun, one who seeks ("طالب لجوء")."""
    return match_key(following).removeprefix("ال") in _SOUGHT


def obliged(before: list[str], following: str) -> bool:
    """ "بات الاتحاد مطالبا بتقديم تفسير"، "ليست مطالبة باتخاذ إجراء": after كان or a sister
    (a subject between at most) and before what is required, the participle "مطالب" is
    "required to", no demand. "كانت مطالبة المحتجين" (the demand, its makers after it)
    is kept. `before`: the words before the participle."""
    return match_key(following).startswith("ب") and any(
        match_key(w).removeprefix("و") in _COPULAS for w in before[-2:]
    )


def _studies_at(words: list[Word], i: int) -> bool:
    return student(words[i - 1].surface if i else "", [w.surface for w in words[i + 1 : i + 3]])


def student(before: str, after: list[str]) -> bool:
    """Whether "طالب" between these words is a student: a place of study after في or
    a joined ب ("أرناف كابور طالب في معهد ماساتشوستس"، "طالب بجامعة القاهرة"; a demand
    is made بـ a thing), or the predicate after a separate pronoun ("وهو طالب")."""
    if match_key(before).removeprefix("و") in ("هو", "هي"):
        return True
    first = match_key(after[0]) if after else ""
    if first == "في":
        return len(after) > 1 and match_key(after[1]).removeprefix("ال").startswith(_SCHOOLS)
    return first.startswith("ب") and first[1:].removeprefix("ال").startswith(_SCHOOLS)


def _anonymous(words: list[Word], i: int) -> bool:
    """ "رفض الكشف عن هويته"، "طلب عدم ذكر اسمه": asking not to be named."""
    after = [_bare(w) for w in words[i + 1 : i + 6]]
    return any(w in _DISCLOSING for w in after[:3]) and any(w.startswith(_IDENTITY) for w in after)


def _declined(words: list[Word], i: int) -> bool:
    """ "اعتذر خليل الغرياني عن تولي حقيبة وزارة"، "اعتذر عن المشاركة فيها": declining to
    take part, not apologising."""
    after = [_bare(w) for w in words[i + 1 : i + 6]]
    return any(a == "عن" and b in _DECLINED_ACTS for a, b in itertools.pairwise(after))


def _no_comment(words: list[Word], i: int) -> bool:
    """ "رفضت الحكومة الفرنسية التعليق"، "رفض الإفصاح عن تفاصيلها": declining to comment
    rejects nobody; "رفضوا الحديث معه" (refusing to talk with someone) does."""
    for j in range(i + 1, min(len(words), i + 5)):
        if _bare(words[j]) in _COMMENTING:
            return j + 1 == len(words) or not _bare(words[j + 1]).startswith("مع")
    return False


def _threat_faced(words: list[Word], i: int, trigger: Trigger) -> bool:
    """ "لمواجهة التهديدات"، "بوجود تهديدات ضد"، "سياسة التهديد": a threat noun, definite or
    before a preposition, after a word that makes it a danger faced or a way of acting
    (an actor's threats, "في مواجهة تهديدات ترامب", stay threats); "خطر يهدد"، "ويهدد شبح
    المجاعة": a verb whose subject beside it is a danger or an act, not an actor."""
    if trigger.kind == "noun":
        after = words[i + 1].keys[0] if i + 1 < len(words) else ""
        if not definite(words[i]) and after not in PREPOSITIONS:
            return False  # "في مواجهة تهديدات ترامب": the threats of a named actor
        j = i - 1
        while j > 0 and (_bare(words[j]) in ("اي", "كل") or words[j].surface == '"'):
            j -= 1
        return j >= 0 and words[j].keys[-1].removeprefix("ال") in _THREAT_SETTINGS
    beside = [words[j] for j in (i - 1, i + 1) if 0 <= j < len(words)]
    return any(_bare(w) in _DANGERS for w in beside)


def _convicted(words: list[Word], i: int) -> bool:
    """ "بعد إدانته بتسريب معلومات"، "تم إدانته": a court's conviction of him, told after
    a word of time or a passive, not his condemning something ("أعرب عن إدانته"، "بعد
    إدانته للهجوم")."""
    if i + 1 < len(words) and match_key(words[i + 1].surface).startswith("ل"):
        return False
    j = i - 1
    while j > 0 and words[j].surface in _MARKS:
        j -= 1
    return j >= 0 and words[j].keys[-1] in _CONVICTED_AFTER


def _penalty(words: list[Word], i: int, form: str) -> bool:
    """ "الإعدام شنقا لقاتل زوجته"، "الإعدام لـ15 تركية": the penalty named with the
    article and given to someone with "لـ" is a court's sentence (a headline's), not an
    execution done ("تنفيذ حكم الإعدام في الزعيم"، "إعدام سجناء")."""
    if not form.startswith("ال"):
        return False
    # The manner may come between ("الإعدام شنقا حتى الموت لقاتل").
    for w in words[i + 1 : i + 1 + _PENALTY_REACH]:
        if w.surface in BOUNDARY:
            return False
        key = unjoined(w)
        if key.startswith("ل") and not key.startswith("لا"):
            return True
    return False


def _issued(words: list[Word], i: int, nxt: str) -> bool:
    """ "بيان صادر عن الرئاسة"، "بلاغ صادر اليوم الخميس عن الوزارة"، "تقرير صادر من
    هيئة": a document issued, not goods confiscated ("صادر مسؤولون كميات")."""
    if nxt in _ISSUED_BY or (i and _bare(words[i - 1]) in _DOCUMENTS):
        return True
    for w in words[i + 1 : i + 1 + _ISSUED_REACH]:
        if w.surface in BOUNDARY:
            return False
        if unjoined(w) in _ISSUED_BY - {"من"}:
            return True
    return False


def _trap_for_arrest(words: list[Word]) -> bool:
    """ "بعد نصب كمين محكم، من إلقاء القبض على مروج": an ambush told with an arrest, a
    seizure or drugs is the police's trap; of 98 unseen sentences with an arrest or a
    seizure, none tells an attack."""
    return any(k.removeprefix("ال").startswith(_POLICE_TRAPS) for w in words for k in w.keys)


def _festival_told(words: list[Word]) -> bool:
    """ "على هامش افتتاح تظاهرة أيام المؤسسة"، "لجنة تحكيم هذه التظاهرة": in Maghrebi
    usage تظاهرة is any public event; told with a festival's words and none of a
    protest's, it is a show, not a demonstration ("تظاهرة احتجاجية ضد الحكومة")."""
    beginnings = [k.removeprefix("ال") for w in words for k in w.keys]
    festive = any(k.startswith(_FESTIVITIES) for k in beginnings)
    return festive and not any(k.startswith(_PROTEST_MARKS) for k in beginnings)


def _price(words: list[Word], i: int) -> bool:
    """ "دفع الحزب ثمنه"، "ودفع الأميركيون في مختلف أنحاء البلاد ثمن ذلك"، "بدفع ثمن"،
    "يبلغ ثمنه"، "بأي ثمن"، "من ثمن الدواء"، "في ثمن النهائي": a price paid, amounting
    to, borne or named after a preposition, or a cup round, not "ثمّن" (praised)."""
    after = _bare(words[i + 1]) if i + 1 < len(words) else ""
    if after in _ROUNDS:
        return True
    if i and (
        words[i - 1].keys[-1].removeprefix("ال") in _COSTING
        or unjoined(words[i - 1]) in PREPOSITIONS
    ):
        return True
    return any(
        _bare(w) in _PAYING or w.keys[-1] in _PAYING for w in words[max(0, i - _PAYING_REACH) : i]
    )


def _taken_in(words: list[Word], i: int) -> bool:
    """ "استقبلت مدينة فالنسيا سفينة"، "ميناء رئيسيا يستقبل المساعدات": a place, or one
    taking in goods, ships or patients, is no reception of a visitor."""
    place = any(_bare(w) in _RECEIVING_PLACES for w in words[max(0, i - 2) : i + 2])
    return place or any(_bare(w) in _RECEIVED for w in words[i + 1 : i + 4]) or _counted(words, i)


def _counted(words: list[Word], i: int) -> bool:
    """ "استقبلت نحو 2.4 مليون زائر"، "استقبل 3 حالات حرجة"، "استقبلت ما يقرب من مليون":
    visitors, patients or goods counted after the verb are a tally, no one's visit
    (envoys or delegations counted are still met)."""
    j = i + 1
    while j < len(words) and unjoined(words[j]) in _ABOUT:
        j += 1  # "نحو"، "أكثر من"، "ما يقرب من"
    counted = is_number(words, j) or (
        j > i + 1 and j < len(words) and _bare(words[j]) in _QUANTITIES
    )
    # "استقبلت زهاء 200 سفير أجنبي": envoys received together are still met
    return counted and not any(_bare(w) in _ENVOYS for w in words[j + 1 : j + 4])


def _achieving(words: list[Word], i: int) -> bool:
    """ "حقق نجاحا"، "حققت القوات التركية الجمعة تقدما"، "وحقق معه إنجازات"، "المكاسب
    التي حققتها": the verb with a direct object (an attached pronoun, or an object
    before its في or مع) is achieving; investigating takes في or مع and no such object
    ("حققت مع مديرها في هايتي")."""
    return has_enclitic(words[i]) or _object_first(words, i)


def _object_first(words: list[Word], i: int) -> bool:
    """Whether the verb at `i` has a direct object before the في or مع of an inquiry:
    an achievement ("حقق الزعيم الكوري كيم جونغ إيل فوزا ساحقا في انتخابات"), an
    indefinite accusative, or another preposition that the في comes after ("تحقق
    إستراتيجية المدينة نحو الريادة في"، "يحقق العبادي أيا من وعوده في")."""
    for w in words[i + 1 :]:
        key = unjoined(w)
        if w.surface in BOUNDARY or key in ("في", "مع"):
            return False
        if key in _TIME_PREPS or key in ("بعد", "قبل"):
            continue  # "حققت الشرطة خلال الأسبوع في القضية": a time, not the object
        if _bare(w) in _ACHIEVED or key in PREPOSITIONS or _accusative(key):
            return True
    return False


def _accusative(key: str) -> bool:
    """An indefinite noun with the accusative alef ("فوزا"، "تقدما"), not a name ending
    in alef ("روسيا"، "أمريكا"; `light_key` keeps their alef)."""
    return not key.startswith("ال") and key.endswith("ا") and light_key(key) != key


def _tallied(words: list[Word], i: int) -> bool:
    """ "زيارة 160 مدجنة": visits counted, a tally of inspections, not one meeting
    ("زيارة 3 أيام" is one visit's length)."""
    if i + 1 >= len(words) or not is_number(words, i + 1):
        return False
    unit = words[i + 2].light[-1] if i + 2 < len(words) and words[i + 2].light else ""
    return unit not in _DURATIONS


def _sparked(words: list[Word], i: int) -> bool:
    """ "تفجر موجة غضب"، "فجر المنتخب مفاجأة"، "تساؤلات كثيرة فجرتها": a reaction
    named within two words before or three after the verb."""
    return any(_bare(w) in _SPARKED for w in words[max(0, i - 2) : i + 4] if w is not words[i])


def _munition_handled(words: list[Word], i: int, trigger: Trigger) -> bool:
    """ "عثر أحد حراس الغابات على 6 قذائف"، "تفكيك عبوة ناسفة"، "ضبط قذائف":
    a munition found, seized, defused or stored earlier in its clause is an object, no
    attack ("سقوط قذيفة"، "انفجار عبوة" stay attacks); so is its detonation by those
    who found it ("باكتشاف وتفجير 163 عبوة ناسفة"، "اكتشف … وفجر 27 عبوة")."""
    detonated = trigger.lemma in _DETONATING and any(
        _bare(w) in _MUNITIONS for w in words[i + 1 : i + 1 + _DETONATED_REACH]
    )
    if trigger.lemma not in _MUNITIONS and not detonated:
        return False
    for w in reversed(words[max(0, i - _HANDLED_REACH) : i]):
        if w.surface in BOUNDARY and w.surface not in "()":
            return False  # "تفجير عدد (101) عبوة": a count in brackets ends nothing
        if _bare(w) in _MUNITIONS_HANDLED:
            return True
    return False


def _pace(words: list[Word], i: int, nxt: str) -> bool:
    """ "ورفع نسق تبادل الزيارات"، "تسارع نسق النمو"، "في نسق تصاعدي": the noun "pace",
    not "coordinated". The verb has its partner after it ("نسق مع #قطر") or its subject
    as a relative or pronoun right before it ("الذي نسق الرسالة"، "وأنه نسق لإيجاد")."""
    if nxt in _COORDINATED_WITH:
        return False
    return not (i and unjoined(words[i - 1]) in _SUBJECT_BEFORE)


def _case_taken_up(words: list[Word], i: int, nxt: str) -> bool:
    """ "وتعهدت فرقة الشرطة العدلية بالبحث في الواقعة"، "الملف تعهد به القطب القضائي": in
    Tunisian usage a unit or court taking up a case, no pledge. "تعهد به" after a
    relative is what was pledged ("وهو ما تعهدت به بكين"، "البرنامج الذي تعهدت به الحكومة")."""
    if nxt == "به":
        return not (i and unjoined(words[i - 1]) in _PLEDGED_BEFORE)
    after = [match_key(w.surface) for w in words[i + 1 : i + 1 + _TAKE_UP_REACH]]
    return any(
        key in _CASES_TAKEN_UP and (j + 1 == len(after) or after[j + 1] != "عن")
        for j, key in enumerate(after)
    )


def _seized_loot(words: list[Word], i: int) -> bool:
    """ "ويستوليان على مبلغ مالي"، "الاستيلاء على أموال عمومية": money or valuables seized
    are a theft or embezzlement, which PLOVER does not code, not an attack."""
    return any(_bare(w) in _LOOT for w in words[i + 1 : i + 1 + _LOOT_REACH])


def _snatched_thing(words: list[Word], i: int) -> bool:
    """ "خطف فوزا صعبا"، "وخطف رونالدو الأنظار"، "خطفها الموت": the kidnapping word's object
    (past a subject) is a thing (a win, the limelight, a bag), not a person or a vehicle,
    or death is its doer."""
    return any(_bare(w).startswith(_SNATCHED) for w in words[i + 1 : i + 1 + _SNATCH_REACH])


def _bare(word: Word) -> str:
    return unjoined(word).removeprefix("ال")


def _interview(words: list[Word], i: int) -> bool:
    """ "في لقاء مع سكاي نيوز": a meeting with a broadcaster or paper is an interview;
    so is one the medium qualifies ("في لقاء تلفزيوني"، "في لقاء صحفي") or one on a
    programme or channel ("في لقاء ببرنامج أندرو مار شو")."""
    # Quotation marks around the medium's name ("مع "سكاي نيوز"") are skipped.
    after = [match_key(w.surface) for w in words[i + 1 : i + 6] if w.surface not in _MARKS][:3]
    if not after:
        return False
    on = after[0][1:] if after[0][:1] == "ب" else ""
    return (
        ("مع" in after[:2] and any(w in _MEDIA for w in after))
        or after[0].startswith(_INTERVIEWING)
        or on.removeprefix("ال") in _MEDIA
        or any(_station(w) for w in after)
    )


def _station(key: str) -> bool:
    """ "للجوهرة"، "بالجوهرة"، "الجوهرة": a radio station, with or without ب/ل/ال."""
    for clitic in ("بال", "لل", "ال", "ب", "ل"):
        if key.startswith(clitic) and key[len(clitic) :] in _STATIONS:
            return True
    return key in _STATIONS


def _discussed_alone(words: list[Word], i: int, form: str) -> bool:
    """ "البرلمان يناقش مشروع قانون"، "الصحيفة كانت تناقش أهمية اللهجة": a topic gone
    over, not talks; talks name a partner ("ناقش مع نظيره") or two sides ("ناقشا"،
    "ناقش الرئيسان")."""
    if form.endswith(("ان", "ا")) or any(
        definite(w) and w.keys[-1].endswith("ان") for w in words[i + 1 : i + 3]
    ):
        return False
    clause = words[i + 1 : i + 10]
    return not any(
        w.keys[0] == "مع" or w.keys[-1] == "مع" for w in clause if w.surface not in BOUNDARY
    )


def _consent_not_given(words: list[Word], i: int, form: str) -> bool:
    """ "أمله بأن يوافق مجلس النواب"، "يمكن أن يوافق": consent hoped for or possible,
    not given; "هناك توافق على"، "توافق بيننا وبين الصين": the noun of a shared view."""
    prev = unjoined(words[i - 1]) if i else ""
    if prev in _THAT and form.startswith(("ي", "ت")):
        return True
    nxt = match_key(words[i + 1].surface) if i + 1 < len(words) else ""
    return form == "توافق" and (prev in _THERE or nxt.removeprefix("و") == "بين")


def _agreed_view(words: list[Word], i: int) -> bool:
    """ "اتفق على أن" followed by a definite noun states a view ("أن الحل سياسي");
    followed by a verb it is a deal ("على أن تنسحب القوات")."""
    nxt = words[i + 1 : i + 4]
    if len(nxt) >= 2 and nxt[0].keys[-1] == "على" and set(nxt[1].keys) & _NEEDS:
        return True  # "اتفقا على وجوب محاسبة نظام الأسد": a need both see
    return (
        len(nxt) == 3
        and nxt[0].keys[-1] == "على"
        and match_key(nxt[1].surface) in ("ان", "أن")
        and definite(nxt[2])
    )


def posed_danger(words: list[Word], pos: int) -> bool:
    """ "يشكل تهديدا"، "أخطر تهديد": a danger something poses, not a threat made."""
    return any(w.keys[-1] in _POSING for w in words[max(0, pos - 3) : pos])


def demanded(words: list[Word], found: list[tuple[int, Trigger, int]], pos: int) -> bool:
    """Whether a demand verb earlier in the clause governs the noun at `pos` ("طالب
    المشجعون عبر تويتر بتنظيم مظاهرة")."""
    inside = asides(words, True)  # "ودعا الرئيس، فلاديمير بوتين، إلى انسحاب"
    return any(
        t.type == "DEMAND"
        and t.kind == "verb"
        and pos - 12 <= p < pos
        and not any(
            w.surface in BOUNDARY and j not in inside for j, w in enumerate(words[p:pos], p)
        )
        for p, t, _ in found
    )
