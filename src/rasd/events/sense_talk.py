"""Words of talk, meeting and pledge that are another act: an interview ("لقاء مع
سكاي نيوز"), visits tallied or a web page visited, a topic gone over ("يناقش
مشروع قانون"), a place taking in goods, consent hoped for, a shared view ("اتفقا
على أن الحل…"), a pace ("نسق"), a case taken up ("تعهد به القطب القضائي"), a body's
name ("مجلس التنسيق"), a source kept unnamed, no comment, declining to take part,
a price ("دفع ثمنه"), a physical pressure, a court upholding a ruling, a student or
asylum seeker ("طالب") and "required to" ("مطالب بـ"). Each rule was chosen on the
dev part of the gold or on an unseen-article audit (docs/accuracy.md).
"""

from __future__ import annotations

import itertools

from rasd.events.count_phrases import is_number
from rasd.events.phrases import PREPOSITIONS, QUOTE_MARKS, RELATIVES
from rasd.events.sense_words import student_noun
from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word, bare, definite, unjoined
from rasd.text.normalize import match_key

_CASES_TAKEN_UP = WORD_LISTS.words("cases_taken_up")
# How far after تعهد the case it takes up is named, past the unit ("تعهدت فرقة الأبحاث
# العدلية للحرس الوطني بسوسة بالبحث").
_TAKE_UP_REACH = 10
_MEDIA = WORD_LISTS.words("media")
_AUDIENCES = WORD_LISTS.words("audiences")
_STATIONS = WORD_LISTS.words("stations")
_INTERVIEWING = WORD_LISTS.forms("interviewing")
_INTERVIEWERS = WORD_LISTS.words("interviewers") | _MEDIA | _AUDIENCES
_INTERVIEW_VERBS = WORD_LISTS.words("interview_verbs")
_FOOTAGE = WORD_LISTS.words("footage")
# "أجرى مراسلنا يوم التحرير لقاء"، "اللقاء المطول الذي أجرته جريدة المدينة": how far
# the conducting verb and its subject stand from the meeting word.
_CONDUCT_REACH = 5
# A switch for `benchmarks/event_diff.py` (evsense2).
CONDUCTED = True
_SOUGHT = WORD_LISTS.words("sought")
_COPULAS = WORD_LISTS.words("copulas")
_SCHOOLS = WORD_LISTS.forms("schools")
_NEEDS = WORD_LISTS.words("needs")
_DISCLOSING = WORD_LISTS.words("disclosing")
_IDENTITY = WORD_LISTS.forms("identity")
_COMMENTING = WORD_LISTS.words("commenting")
_DECLINED_ACTS = WORD_LISTS.words("declined_acts")
_PHYSICAL_PRESSURES = WORD_LISTS.words("physical_pressures")
_WEB_PAGES = WORD_LISTS.words("web_pages")
_WEB_MARKS = WORD_LISTS.words("web_marks")
_PRESSURE_HOLDERS = WORD_LISTS.words("pressure_holders")
_BODIES = WORD_LISTS.words("bodies")
_COURTS = WORD_LISTS.forms("courts")
_PAYING = WORD_LISTS.words("paying")
_ROUNDS = WORD_LISTS.words("rounds")
# How far the payer and what is paid may part the paying verb from the price ("ودفع
# الأميركيون في مختلف أنحاء البلاد ثمن ذلك"، "دفع مبلغ 25 مليون دولار ثمن الرحلة").
_PAYING_REACH = 8
_COSTING = WORD_LISTS.words("costing")
_RECEIVING_PLACES = WORD_LISTS.words("receiving_places")
_RECEIVED = WORD_LISTS.words("received")
# Words of an approximate count before its number ("نحو"، "أكثر من"، "ما يقرب من").
_ABOUT = WORD_LISTS.words("about") | {"من", "ما", "يقرب", "يناهز", "يزيد", "على", "عن"}
_ENVOYS = WORD_LISTS.words("envoys")
_QUANTITIES = WORD_LISTS.words("quantities") | {"مليون", "ملايين", "الف", "الاف", "مئة", "مائة"}
_THAT = frozenset({"ان", "بان", "لان"})
_THERE = frozenset({"هناك", "هنالك", "ثمة"})
_DURATIONS = WORD_LISTS.words("durations")
_COORDINATED_WITH = WORD_LISTS.words("coordinated_with")
_SUBJECT_BEFORE = RELATIVES | WORD_LISTS.words("complementizers")
# "وهو ما تعهدت به"، "الذي تعهدت به الحكومة": what was pledged, before "تعهد به".
_PLEDGED_BEFORE = _SUBJECT_BEFORE | {"ما", "مما"}


def web_visit(words: list[Word], i: int, nxt: str) -> bool:
    """ "يمكن زيارة موقع مديرية الجوازات على الرابط (www.gdp.gov.sa)"، "من خلال زيارة
    الموقع الإلكتروني": a web page visited, told by its link or its adjective."""
    if nxt.removeprefix("ال") not in _WEB_PAGES:
        return False
    return any(
        match_key(w.surface).removeprefix("و") in _WEB_MARKS
        or w.surface.startswith(("www", "http"))
        for w in words[i + 2 : i + 12]
    )


def pressure_not_applied(words: list[Word], i: int, form: str, nxt: str) -> bool:
    """ "ضغط الدم"، "الضغط على الزر": a physical pressure; "اضغط على الرمز": an instruction
    to click; "ورقة ضغط"، "جماعات الضغط"، "تحت ضغط الوقت": a lever, a lobby or a state
    someone is in. None is a demand made of anyone."""
    if form.startswith("اضغط") or nxt.removeprefix("ال") in _PHYSICAL_PRESSURES:
        return True
    if not i:
        return False
    # "وسيلة" begins with و of its own: the word is read with and without the conjunction
    prev = match_key(words[i - 1].surface).removeprefix("ال")
    return prev in _PRESSURE_HOLDERS or bare(words[i - 1]) in _PRESSURE_HOLDERS


def ruling_upheld(words: list[Word], i: int) -> bool:
    """ "أيدت محكمة الاستئناف الحكم"، "المحكمة العليا تؤيد استخدام الجيش للقوة": a court,
    the verb's subject, upholds a ruling or a measure it reviews, no actor's support
    for another ("يؤيد حكم القاضية", a person backing the ruling, still is)."""
    near = words[max(0, i - 3) : i] + words[i + 1 : i + 4]
    return any(bare(w).startswith(_COURTS) for w in near)


def body_named(words: list[Word], i: int) -> bool:
    """ "مجلس التنسيق"، "وزيرة التخطيط والتعاون": the noun is part of a body's name."""

    def body(w: Word) -> bool:  # by its keys: "وزيرة" keeps its و, "لمجلس" loses its ل
        return any(k.removeprefix("ال") in _BODIES for k in [match_key(w.surface), *w.keys])

    if i and body(words[i - 1]):
        return True
    joined = match_key(words[i].surface).startswith("و")
    return joined and i > 1 and body(words[i - 2])


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


def studies_at(words: list[Word], i: int) -> bool:
    return student(words[i - 1].surface if i else "", [w.surface for w in words[i + 1 : i + 3]])


def student(before: str, after: list[str]) -> bool:
    """Whether "طالب" between these words is a student: a place of study after في or
    a joined ب ("أرناف كابور طالب في معهد ماساتشوستس"، "طالب بجامعة القاهرة"; a demand
    is made بـ a thing), or the predicate after a separate pronoun ("وهو طالب")."""
    if match_key(before).removeprefix("و") in ("هو", "هي"):
        return True
    if student_noun(before, after[0] if after else ""):
        return True  # "طالب سابق"، "أي طالب وطالبة" (`sense_words.py`)
    first = match_key(after[0]) if after else ""
    if first == "في":
        return len(after) > 1 and match_key(after[1]).removeprefix("ال").startswith(_SCHOOLS)
    return first.startswith("ب") and first[1:].removeprefix("ال").startswith(_SCHOOLS)


def anonymous(words: list[Word], i: int) -> bool:
    """ "رفض الكشف عن هويته"، "طلب عدم ذكر اسمه": asking not to be named."""
    after = [bare(w) for w in words[i + 1 : i + 6]]
    return any(w in _DISCLOSING for w in after[:3]) and any(w.startswith(_IDENTITY) for w in after)


def declined(words: list[Word], i: int) -> bool:
    """ "اعتذر خليل الغرياني عن تولي حقيبة وزارة"، "اعتذر عن المشاركة فيها": declining to
    take part, not apologising."""
    after = [bare(w) for w in words[i + 1 : i + 6]]
    return any(a == "عن" and b in _DECLINED_ACTS for a, b in itertools.pairwise(after))


def no_comment(words: list[Word], i: int) -> bool:
    """ "رفضت الحكومة الفرنسية التعليق"، "رفض الإفصاح عن تفاصيلها": declining to comment
    rejects nobody; "رفضوا الحديث معه" (refusing to talk with someone) does."""
    for j in range(i + 1, min(len(words), i + 5)):
        if bare(words[j]) in _COMMENTING:
            return j + 1 == len(words) or not bare(words[j + 1]).startswith("مع")
    return False


def price(words: list[Word], i: int) -> bool:
    """ "دفع الحزب ثمنه"، "ودفع الأميركيون في مختلف أنحاء البلاد ثمن ذلك"، "بدفع ثمن"،
    "يبلغ ثمنه"، "بأي ثمن"، "من ثمن الدواء"، "في ثمن النهائي": a price paid, amounting
    to, borne or named after a preposition, or a cup round, not "ثمّن" (praised)."""
    after = bare(words[i + 1]) if i + 1 < len(words) else ""
    if after in _ROUNDS:
        return True
    if i and (
        words[i - 1].keys[-1].removeprefix("ال") in _COSTING
        or unjoined(words[i - 1]) in PREPOSITIONS
    ):
        return True
    return any(
        bare(w) in _PAYING or w.keys[-1] in _PAYING for w in words[max(0, i - _PAYING_REACH) : i]
    )


def taken_in(words: list[Word], i: int) -> bool:
    """ "استقبلت مدينة فالنسيا سفينة"، "ميناء رئيسيا يستقبل المساعدات": a place, or one
    taking in goods, ships or patients, is no reception of a visitor."""
    place = any(bare(w) in _RECEIVING_PLACES for w in words[max(0, i - 2) : i + 2])
    return place or any(bare(w) in _RECEIVED for w in words[i + 1 : i + 4]) or _counted(words, i)


def _counted(words: list[Word], i: int) -> bool:
    """ "استقبلت نحو 2.4 مليون زائر"، "استقبل 3 حالات حرجة"، "استقبلت ما يقرب من مليون":
    visitors, patients or goods counted after the verb are a tally, no one's visit
    (envoys or delegations counted are still met)."""
    j = i + 1
    while j < len(words) and unjoined(words[j]) in _ABOUT:
        j += 1  # "نحو"، "أكثر من"، "ما يقرب من"
    counted = is_number(words, j) or (
        j > i + 1 and j < len(words) and bare(words[j]) in _QUANTITIES
    )
    # "استقبلت زهاء 200 سفير أجنبي": envoys received together are still met
    return counted and not any(bare(w) in _ENVOYS for w in words[j + 1 : j + 4])


def tallied(words: list[Word], i: int) -> bool:
    """ "زيارة 160 مدجنة": visits counted, a tally of inspections, not one meeting
    ("زيارة 3 أيام" is one visit's length)."""
    if i + 1 >= len(words) or not is_number(words, i + 1):
        return False
    unit = words[i + 2].light[-1] if i + 2 < len(words) and words[i + 2].light else ""
    return unit not in _DURATIONS


def pace(words: list[Word], i: int, nxt: str) -> bool:
    """ "ورفع نسق تبادل الزيارات"، "تسارع نسق النمو"، "في نسق تصاعدي": the noun "pace",
    not "coordinated". The verb has its partner after it ("نسق مع #قطر") or its subject
    as a relative or pronoun right before it ("الذي نسق الرسالة"، "وأنه نسق لإيجاد")."""
    if nxt in _COORDINATED_WITH:
        return False
    return not (i and unjoined(words[i - 1]) in _SUBJECT_BEFORE)


def case_taken_up(words: list[Word], i: int, nxt: str) -> bool:
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


def interview(words: list[Word], i: int) -> bool:
    """ "في لقاء مع سكاي نيوز": a meeting with a broadcaster or paper is an interview;
    so is one the medium qualifies ("في لقاء تلفزيوني"، "في لقاء صحفي") or one on a
    programme or channel ("في لقاء ببرنامج أندرو مار شو")."""
    # Quotation marks around the medium's name ("مع "سكاي نيوز"") are skipped.
    after = [match_key(w.surface) for w in words[i + 1 : i + 6] if w.surface not in QUOTE_MARKS][:3]
    if not after:
        return False
    on = after[0][1:] if after[0][:1] == "ب" else ""
    return (
        ("مع" in after[:2] and any(w in _MEDIA for w in after))
        or after[0].startswith(_INTERVIEWING)
        or on.removeprefix("ال") in _MEDIA
        or any(_station(w) for w in after)
        or _met_press(after)
        or conducted(words, i)
    )


def conducted(words: list[Word], i: int) -> bool:
    """ "أجرت صحيفة "غارديان" لقاء مع موظف سابق"، "بث مقدم البرنامج لقاء مع وزيرة العدل"،
    "اللقاء الذي أجرته جريدة المدينة معه": a paper, channel or reporter that conducts or
    airs the meeting makes it an interview (evsense2). "أجرى مدير المخابرات لقاء سريا مع
    كيم" names no medium; "بثت القناة صور لقاء" airs a meeting."""
    if not CONDUCTED:
        return False
    before = words[max(0, i - _CONDUCT_REACH) : i]
    return _conducting_medium(before) or _conducting_medium(words[i + 1 : i + 1 + _CONDUCT_REACH])


def _conducting_medium(span: list[Word]) -> bool:
    """Whether a conducting verb of the span has a medium or reporter after it, in one
    clause and with nothing aired between."""
    verb = next((j for j, w in enumerate(span) if unjoined(w) in _INTERVIEW_VERBS), -1)
    if verb < 0:
        return False
    for w in span[verb + 1 :]:
        if w.surface in BOUNDARY or bare(w) in _FOOTAGE:
            return False
        if bare(w) in _INTERVIEWERS:
            return True
    return False


def _met_press(after: list[str]) -> bool:
    """ "خلال لقائه عددا من الصحفيين"، "لقاء مع الصحفيين": reporters met are an audience,
    told things, not a party consulted; "لقائه بنقيب الصحفيين" meets their head."""
    for j, key in enumerate(after):
        partner = key[1:] if key.startswith("ب") and j == 0 else key
        if partner.removeprefix("ال") in _AUDIENCES and (j == 0 or after[j - 1] in ("مع", "من")):
            return True
    return False


def _station(key: str) -> bool:
    """ "للجوهرة"، "بالجوهرة"، "الجوهرة": a radio station, with or without ب/ل/ال."""
    for clitic in ("بال", "لل", "ال", "ب", "ل"):
        if key.startswith(clitic) and key[len(clitic) :] in _STATIONS:
            return True
    return key in _STATIONS


def discussed_alone(words: list[Word], i: int, form: str) -> bool:
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


def consent_not_given(words: list[Word], i: int, form: str) -> bool:
    """ "أمله بأن يوافق مجلس النواب"، "يمكن أن يوافق": consent hoped for or possible,
    not given; "هناك توافق على"، "توافق بيننا وبين الصين": the noun of a shared view."""
    prev = unjoined(words[i - 1]) if i else ""
    if prev in _THAT and form.startswith(("ي", "ت")):
        return True
    nxt = match_key(words[i + 1].surface) if i + 1 < len(words) else ""
    return form == "توافق" and (prev in _THERE or nxt.removeprefix("و") == "بين")


def agreed_view(words: list[Word], i: int) -> bool:
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
