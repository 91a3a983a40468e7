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

This module reads a trigger by its type and lemma and sends it to the rules of its
family: force words in `sense_force.py`, talk, meetings and pledges in
`sense_talk.py`, inquiries that are achieving in `sense_inquiry.py`, students, remarks,
shared views and strains in `sense_words.py`, poses and opinions in `sense_views.py`,
mishaps and allegiance owed in `sense_mishap.py`.
"""

from __future__ import annotations

from rasd.events.clause_bounds import asides
from rasd.events.keys import light_key
from rasd.events.lexicon import Trigger
from rasd.events.phrases import has_enclitic
from rasd.events.sense_achieved import goal_achieved
from rasd.events.sense_force import (
    campaign_aimed,
    convicted,
    festival_told,
    generic_head,
    issued,
    journey,
    munition_handled,
    penalty,
    ruined_without_actor,
    seized_loot,
    snatched_thing,
    sparked,
    threat_faced,
    trap_for_arrest,
)
from rasd.events.sense_inquiry import accusative, achieving, not_inquiry
from rasd.events.sense_measures import measure_aimed
from rasd.events.sense_mishap import mishap_sense
from rasd.events.sense_talk import (
    agreed_view,
    anonymous,
    body_named,
    case_taken_up,
    consent_not_given,
    declined,
    discussed_alone,
    interview,
    no_comment,
    obliged,
    pace,
    pressure_not_applied,
    price,
    ruling_upheld,
    seeker,
    studies_at,
    taken_in,
    tallied,
    web_visit,
)
from rasd.events.sense_views import pose_or_opinion
from rasd.events.sense_words import other_word
from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word, bare, unjoined
from rasd.text.normalize import match_key

_AIMS = WORD_LISTS.words("aims")
_THIEVING = WORD_LISTS.words("thieving")
_STEALING_ACTS = frozenset(match_key(w) for w in WORD_LISTS.words("stealing_acts"))
_KIDNAPPING = frozenset(match_key(w) for w in WORD_LISTS.words("kidnapping"))
_PROGRAMMES = WORD_LISTS.words("programmes")
_ENTRUSTING = WORD_LISTS.words("entrusting")
_LAUNCHERS = WORD_LISTS.words("launchers")
_POSING = WORD_LISTS.words("posing")
_DAWN_DAYS = WORD_LISTS.words("dawn_days")
_ENDANGERED = WORD_LISTS.words("endangered")
_MARKET_DEMAND = WORD_LISTS.words("market_demand")
_COMMENTED_ON = WORD_LISTS.words("commented_on")
# How far على/عن may follow علّق past its subject and a time ("علّق الوزير اليوم على").
_COMMENT_REACH = 5
_RESEARCHERS = WORD_LISTS.forms("researchers")
_INCITED = WORD_LISTS.words("incited")
_VOTING = WORD_LISTS.words("voting")
_BREATH = WORD_LISTS.forms("breath")
_BURNT_IN_PROTEST = WORD_LISTS.forms("burnt_in_protest")
_ACTED_ON = WORD_LISTS.forms("protesters_acted_on")
_PUBLISHED = WORD_LISTS.forms("published")
# Acts done with force, in the street or by the authorities (not by speaking), which a
# category or case noun before them makes a kind of act, and a modal one that may happen.
MATERIAL_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST", "INVESTIGATE", "MOBILIZE"})
_RETALIATION = WORD_LISTS.words("retaliation")
_SEEKING = WORD_LISTS.words("seeking")
_ANIMALS = WORD_LISTS.words("animals")
_PUBLIC_EVENTS = WORD_LISTS.words("public_events")
_SUPPLIES = frozenset(light_key(w) for w in WORD_LISTS.words("supplies"))
_PENALTIES = frozenset(match_key(w) for w in WORD_LISTS.words("penalties"))
_PACES = WORD_LISTS.words("paces")
_OWN_STANCES = WORD_LISTS.words("own_stances")
_HOMES = WORD_LISTS.words("defended_homes")
# Homes, lands and kin defended are no support (evaudit3); a switch for `event_diff.py`.
HOMES_DEFENDED = True
# A demand noun or a need word governs an act noun after it too ("الدعوة إلى مزيد
# التنسيق"، "ضرورة إجراء مفاوضات"); a switch for `benchmarks/event_diff.py`.
CALLED_NOUNS = True
_NEEDS = WORD_LISTS.words("needs")
# How far before the act noun its demand may stand, in one clause.
_DEMAND_REACH = 12
# How far after "دافع" its "عن" may stand, past the subject ("ودافع وزير الخارجية … عن").
_DEFENCE_REACH = 6


def other_sense(words: list[Word], i: int, trigger: Trigger) -> bool:
    """Whether the trigger word at `i` is here another word that shares its form."""
    nxt = match_key(words[i + 1].surface) if i + 1 < len(words) else ""
    prev = words[i - 1].keys[-1] if i else ""
    form = unjoined(words[i])
    if other_word(words, i, trigger):
        return True  # a student, a remark, a shared view, a strain (`sense_words.py`)
    if pose_or_opinion(words, i, trigger):
        return True  # pretending, agreeing with an opinion (`sense_views.py`)
    if mishap_sense(words, i, trigger):
        return True  # a mishap, allegiance owed (`sense_mishap.py`)
    if trigger.type in MATERIAL_TYPES and i and generic_head(words[i - 1]):
        return True  # "حالة قتل لكل 100 ألف شخص"، "ثقافة قمع الإناث"
    if trigger.type == "ASSAULT" and any(bare(w) in _ANIMALS for w in words):
        return True  # "هاجمته سمكة قرش": an animal's attack, no actor's
    if trigger.lemma in _STEALING_ACTS and any(bare(w) in _THIEVING for w in words):
        return True  # "واستولى المظنون فيهما على خزنة": a theft, a crime, not an attack
    if trigger.lemma in _STEALING_ACTS and seized_loot(words, i):
        return True
    if trigger.lemma in _KIDNAPPING and snatched_thing(words, i):
        return True  # "خطف الأضواء"، "وخطف حقيبتها": a thing snatched, no abduction
    if trigger.lemma == "كمين" and trap_for_arrest(words):
        return True
    if trigger.lemma == "استهدف":
        # "تستهدف إشعال الفتنة" aims at a goal; "واستهدف البرنامج 1000 نزيل"، "المبادرة
        # تستهدف الأسر" serve the people they reach.
        beside = {bare(words[j]) for j in (i - 1, i + 1) if 0 <= j < len(words)}
        return (
            nxt.removeprefix("ال") in _AIMS
            or bool(beside & _PROGRAMMES)
            or campaign_aimed(words, i)
            or measure_aimed(words, i)  # "العقوبات الجديدة تستهدف الأمين العام"
        )
    if trigger.lemma in ("زار", "زيارة") and web_visit(words, i, nxt):
        return True
    if trigger.lemma in ("طالب", "طلب") and seeker(nxt):
        return True  # "وطالب لجوء سوري"، "طلب الجنسية": seeking asylum, not a demand
    if trigger.lemma == "طلب" and nxt.removeprefix("ال") in _MARKET_DEMAND:
        return True  # "أسعار النفط ترتفع بفعل طلب قوي": the market's demand, no one's
    if trigger.lemma == "علق" and any(
        match_key(w.surface) in _COMMENTED_ON for w in words[i + 1 : i + 1 + _COMMENT_REACH]
    ):
        return True  # "وعلّق تيلرسون في ذات اليوم عن دوره": a comment, no suspension
    if trigger.lemma == "طالب" and studies_at(words, i):
        return True
    if trigger.type == "DEMAND" and form.startswith("مطالب"):
        return obliged([w.surface for w in words[max(0, i - 2) : i]], nxt)
    if trigger.lemma == "حث" and form.removeprefix("ال").startswith(_RESEARCHERS):
        return True  # "أجراها باحثون بجامعة إسيكس": researchers, not "I urge"
    if trigger.lemma in ("حث", "حض") and any(bare(w) in _INCITED for w in words[i + 1 : i + 4]):
        return True  # "محتوى يحض على الكراهية": incitement, no demand made of anyone
    if trigger.lemma == "ناقش":
        return discussed_alone(words, i, form)
    if trigger.lemma in ("زود", "تزويد") and any(
        set(w.light) & _SUPPLIES for w in words[i + 1 : i + 6]
    ):
        return True  # "تزويدهم بمعلومات"، "تزويد الوقود": informing or fuelling, not aid
    if trigger.lemma == "امتنع" and any(bare(w) in _VOTING for w in words[i + 1 : i + 6]):
        return True  # "امتنعت أربع دول عن التصويت"
    if trigger.type in ("REJECT", "DEMAND") and anonymous(words, i):
        return True  # "رفض الكشف عن اسمه"، "طلب عدم ذكر اسمه": a source kept unnamed
    if trigger.type == "REJECT" and no_comment(words, i):
        return True
    if trigger.lemma == "اعتذر":
        return declined(words, i)
    if trigger.lemma == "تعهد" and (nxt in _ENTRUSTING or case_taken_up(words, i, nxt)):
        return True  # "تعهد إليه بمهمات"
    if trigger.lemma == "وقع" and form in ("توقع", "يتوقع"):
        return any(match_key(w.surface) == "ان" for w in words[i + 1 : i + 4])
    if trigger.kind == "noun" and trigger.type == "INVESTIGATE":
        # "استجواب الروس" questions whom it governs; "تحقيق العدل" achieves it
        return not_inquiry(words, i) or (trigger.lemma == "تحقيق" and goal_achieved(words, i))
    if trigger.lemma == "رحل":
        return journey(words, i, form, nxt)
    if trigger.lemma == "حبس":
        # "يحبس العالم أنفاسه": holding one's breath
        return any(bare(w).startswith(_BREATH) for w in words[i + 1 : i + 5])
    if trigger.lemma == "تظاهر" and nxt.startswith(("بان", "بانه", "بانها", "بانهم")):
        return True  # "تظاهر بأنه ابن سائق السفارة": pretending, not demonstrating
    if trigger.type == "PROTEST" and trigger.kind in ("agent", "counted"):
        # "واعتقل العشرات من المتظاهرين": the protesters are what another act is done to
        return any(bare(w).startswith(_ACTED_ON) for w in words[max(0, i - 4) : i])
    if trigger.kind == "noun" and trigger.type == "COOPERATE" and body_named(words, i):
        return True  # "وزيرة التخطيط والتعاون الدولي"، "مجلس التنسيق"
    if trigger.lemma == "نشر":
        # "ونشر ناشطون على موقع تويتر صورا": publishing, not deploying
        return any(bare(w).startswith(_PUBLISHED) for w in words[i + 1 : i + 8])
    if trigger.lemma == "صادر":
        return issued(words, i, nxt)
    if trigger.type == "PROTEST" and bare(words[i]) in _PUBLIC_EVENTS:
        return festival_told(words)
    if trigger.lemma == "رحب" and form == "رحبا" and not nxt.startswith("ب"):
        # "يعد مجالا رحبا لتبادل التجارب"، "فضاء رحبا": spacious, not "the two welcomed"
        return accusative(prev) or prev.endswith("ء")
    if trigger.lemma in ("دمر", "هدم"):
        return ruined_without_actor(words, i, nxt)
    if trigger.lemma == "احرق":
        return any(bare(w).startswith(_BURNT_IN_PROTEST) for w in words[i + 1 : i + 3])
    if trigger.lemma == "حقق":
        return achieving(words, i)
    if trigger.lemma == "دافع":
        return own_defended(words, i)
    if trigger.type == "THREATEN" and any(bare(w) in _ENDANGERED for w in words[i + 1 : i + 4]):
        return True  # "يهدد أمن المنطقة"، "تهددها بالإفلاس": a danger, not a threat made
    if trigger.type == "THREATEN":
        return threat_faced(words, i, trigger)
    if trigger.lemma == "عقد" and prev in ("الى", "طلب"):
        return True  # "دعا إلى عقد جلسة"، "لطلب عقد جلسة": a meeting called for, not held
    if trigger.lemma == "ثمن":
        return price(words, i)
    if trigger.lemma == "استقبل":
        return taken_in(words, i)
    if trigger.type == "AGREE" and any(w.keys[-1] in _SEEKING for w in words[max(0, i - 4) : i]):
        return True  # "ويحاول غريفيث التوصل إلى تسوية": a deal sought, not reached
    if trigger.lemma in ("تعهد", "ابدى") and any(
        bare(w) in _RETALIATION for w in words[i + 1 : i + 7]
    ):
        return True  # "تعهد بالرد عليه"، "أبدت استعدادا للثأر": retaliation, no agreement
    if trigger.lemma == "حمل" and form == "تحمل" and nxt.removeprefix("ال").startswith("مسؤولي"):
        return True  # "على تحمل مسؤولية تدبر الحياة": bearing a duty, not blaming
    if trigger.lemma in ("ادان", "ادانة") and has_enclitic(words[i]) and convicted(words, i):
        return True
    if trigger.lemma == "دعا" and i and match_key(words[i - 1].surface) in ("ما", "مما"):
        return True  # "وهو ما دعا إلى"، "مما دعاه إلى": what led to it, not a call
    if trigger.lemma == "فجر":
        return (
            (form == "فجر" and nxt.removeprefix("و") in _DAWN_DAYS)
            or sparked(words, i)
            or munition_handled(words, i, trigger)
        )
    if trigger.kind == "noun" and trigger.type == "ASSAULT":
        return (
            prev in _LAUNCHERS  # "منصات إطلاق"
            or munition_handled(words, i, trigger)
            or (trigger.lemma in _PENALTIES and penalty(words, i, form))
        )
    if trigger.kind == "noun" and trigger.type == "CONSULT":
        return interview(words, i) or tallied(words, i)
    if trigger.lemma == "وافق":
        return consent_not_given(words, i, form)
    if trigger.lemma == "نسق" and form in _PACES:
        return pace(words, i, nxt)
    if trigger.lemma == "ضغط":
        return pressure_not_applied(words, i, form, nxt)
    if trigger.lemma == "ايد" and ruling_upheld(words, i):
        return True
    return trigger.type == "AGREE" and agreed_view(words, i)


def own_defended(words: list[Word], i: int) -> bool:
    """ "ودافع تيلرسون عن سجله"، "دافع عن نفسه": the thing defended after عن is the
    subject's own (a stem of `own_stances` with a pronoun), so no one else is supported."""
    after = [match_key(w.surface) for w in words[i + 1 : i + 1 + _DEFENCE_REACH]]
    if "عن" not in after:
        return False
    defended = after[after.index("عن") + 1 :][:1]
    if HOMES_DEFENDED and any(homeland(word) for word in defended):
        return True
    return any(
        word.endswith(suffix) and word[: -len(suffix)] in _OWN_STANCES
        for word in defended
        for suffix in ("هما", "هم", "ها", "ه")
    )


def homeland(word: str) -> bool:
    """ "عن الوطن"، "عن أطفالهم": a home, land or kin defended, by arms (`defended_homes`)."""
    word = word.removeprefix("ال")
    stems = [word] + [word[: -len(s)] for s in ("هما", "هم", "ها", "نا", "ه") if word.endswith(s)]
    return any(stem in _HOMES for stem in stems)


def posed_danger(words: list[Word], pos: int) -> bool:
    """ "يشكل تهديدا"، "أخطر تهديد": a danger something poses, not a threat made."""
    return any(w.keys[-1] in _POSING for w in words[max(0, pos - 3) : pos])


def demanded(words: list[Word], found: list[tuple[int, Trigger, int]], pos: int) -> bool:
    """Whether a demand earlier in the clause governs the noun at `pos` ("طالب
    المشجعون عبر تويتر بتنظيم مظاهرة"، "جددت الدعوة لأطراف المجتمع الدولي إلى مزيد
    التنسيق"), or a need ("شدد على ضرورة إجراء مفاوضات"): an act asked for, not done."""
    inside = asides(words, True)  # "ودعا الرئيس، فلاديمير بوتين، إلى انسحاب"

    def same_clause(p: int) -> bool:
        return pos - _DEMAND_REACH <= p < pos and not any(
            w.surface in BOUNDARY and j not in inside for j, w in enumerate(words[p:pos], p)
        )

    if any(
        t.type == "DEMAND" and (t.kind == "verb" or CALLED_NOUNS) and same_clause(p)
        for p, t, _ in found
    ):
        return True
    return CALLED_NOUNS and any(
        bare(words[p]) in _NEEDS and same_clause(p) for p in range(max(0, pos - _DEMAND_REACH), pos)
    )
