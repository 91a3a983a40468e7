"""What opens a cue's complement: the prepositions and bare nouns that introduce what
was said (طالب بـ…، دعا إلى…، نفى وقوع…), and the object or addressee that may stand
before it (whom a demand or charge is aimed at, whom a request is made of).
"""

from __future__ import annotations

from rasd.quotes.adverb_starts import adverb_at
from rasd.quotes.circumstances import skip_adverbials
from rasd.quotes.lexicon import RELATIVES
from rasd.quotes.regions import is_name_region
from rasd.quotes.speaker_words import verbal_noun
from rasd.quotes.state import KANA, MAX_GAP, OBJECT_GAP
from rasd.quotes.view import CueHit, DocView

OF_WHOM = frozenset({"من", "منه", "منها", "منهم", "منهما"})


def object_starts(v: DocView, start: int, past: tuple[int, ...], end: int) -> list[int]:
    """Where the object of a demand or charge may start: right after the subject, or
    past an aside or a place phrase closed by a comma ("حذرت سارة ساندرز، المتحدثة باسم
    البيت الأبيض، إيران من …"، "وتتهم الإدارة الذاتية في شمال سوريا، الحكومة التركية
    بدعم …") and the time words after it ("دعا روتش كابوري، رئيس #بوركينافاسو، اليوم
    السبت، مواطني بلاده إلى …")."""
    found = {start}
    for s in past:
        if s > start:
            first = s + 1 if v.punct(s, "،,") else s
            found |= {first, skip_adverbials(v, first, end)[0]}
    return sorted(found)


def prepositional(v: DocView, i: int, takes: frozenset[str], no_subject: bool) -> bool:
    """طالب بـ…، دعا إلى…، شدد على…، حذر من…، كشف عن…، نفى وقوع…: a claim or demand."""
    if adverb_at(v, i):
        return False  # "ونددت الوزارة بشدة بالهجوم": how it was said
    key, pro = v.keys[i], v.proclitics[i]
    if "على" in takes and key == "على":
        return True
    if "الى" in takes and key == "الى":
        return True
    if "من" in takes and key == "من":
        return True
    if "في" in takes and key == "في":
        return True  # "وشكك الوزير في صحة التقارير": what was doubted
    if "عن" in takes and key == "عن":
        # كشف عن…، أعرب عن…: what was disclosed or expressed; not a thing shown
        # ("كشفت وزارة الداخلية عن هوية المهاجم"، "تكشف عن هاتف جديد").
        return (
            not v.is_("unveiled", i + 1)
            and not _topic_talked_about(v, i + 1, takes)
            and not v.is_("bound_to_about", i - 1)
            and not ("ان" in takes and _that_after_comma(v, i + 1))
        )
    if "عن" in takes and key == "عما" and i + 1 < v.n and v.keys[i + 1] == "اذا":
        return True  # "تساءل بعض المستخدمين عما إذا كان …": whether, the question asked
    if "ب" in takes and _joined(v, i, "ب") and v.word(i):
        return True
    if "ل" in takes and _joined(v, i, "ل") and v.word(i) and _not_function(v, i):
        return True  # "يدعو للتحقيق في …"، "يدعو الاتفاق لعدم وجود …": ل for إلى
    if "F" in takes and not pro and (v.is_("reported_fact", i) or _own_stance(v, i)):
        return True  # "أعلنت موسكو مقتل خمسة مواطنين": a reported fact
    # "نفى وقوع إصابات": a bare verbal noun. After a subject the speaker phrase has
    # already stopped where its object starts ("وتنفي روسيا التورط"، "نفى المتحدث
    # وقوع …"، "أكد الحزب دعمه"); a name there is a second actor, and so is a definite
    # title, not what was said ("وطلبت الشرطة مساعدة المواطنين" is a request).
    return (
        "N" in takes
        and v.word(i)
        and (v.keys[i] in _ANY_OR_THAT or _what_was_said(v, i) or not v.is_("function", i))
        and not v.is_("time", i)
        and not v.is_("attribution", i)  # "نفت تورط قوات الأمن حسبما قالت …"
        and not pro  # "نفت باستمرار": an adverb, not what was denied
        and (
            no_subject
            or v.third_person[i]
            or not (v.definite[i] or v.name_like(i))
            or not (v.entity_label(i) or v.is_("title", i))
        )
    )


def _own_stance(v: DocView, i: int) -> bool:
    """ "أعلنت المرجعية تضامنها مع المحتجين"، "أعلن ماكونيل رفضه مبادرة ساندرز": the
    announcer's own stance is what was stated, when its pronoun is the announcer's. A singular
    pronoun agrees with the cue before it ("أنصار السيسي الذين أعلنوا تأييده" backed
    someone else); a plural or dual one may follow a singular verb that opens its clause
    ("أعلنت مالطا وإيطاليا رفضهما"). Never in a relative clause, which describes its
    antecedent by a stance taken before ("حزب المسار … الوحيد الذي أعلن دعمه")."""
    if not v.is_("own_stance", i):
        return False
    k = next((k for k in range(i - 1, max(-1, i - MAX_GAP), -1) if v.cue(k)), None)
    if k is None or _in_relative(v, k):
        return False
    key = v.keys[i]
    if key.endswith(("هم", "هما")):
        return True
    hit = v.cue(k)
    return hit is not None and hit.form.gender == ("f" if key.endswith("ها") else "m")


def _in_relative(v: DocView, k: int) -> bool:
    """ "الذي أعلن"، "الذي كان أعلن سابقا": the cue opens a relative clause."""
    j = k - 1
    while j >= 0 and v.keys[j] in _AUXILIARY:
        j -= 1
    return j >= 0 and v.keys[j] in RELATIVES


_AUXILIARY = KANA | {"قد"}


def _that_after_comma(v: DocView, j: int) -> bool:
    """ "وأفاد المسؤول التنفيذي عن البرنامج، إياد الأحمدي، أن …"، "كشف تقرير صادر عن
    البنك المركزي، الإثنين، أن …": after a cue that takes "أن", an "عن" whose phrase ends
    at a comma before "أن"/"إن" belongs to the speaker's description (or is a writer's
    aside: "لم تكشف عن اسمه، إن"); the complementizer is what was said."""
    for k in range(j, min(v.n, j + MAX_GAP)):
        if v.complementizer(k):
            # "عن وطنيتهم، وأنهم بحاجة …"، "عن شعورهم، بأن الأمن …": a second thing
            # said, or what the expressed feeling holds.
            joined = v.proclitics[k] or v.keys[k].startswith("ب")
            return not joined and (v.punct(k - 1, "،,") or v.keys[k - 1] in _VIA)
        if v.punct(k, ".!?؟:"):
            return False
    return False


# "… رودجر غودسيف عبر موقع "تيوتر" إنه": where it was said, before what.
_VIA = frozenset({"عبر"})


def _topic_talked_about(v: DocView, j: int, takes: frozenset[str]) -> bool:
    """After a cue that takes only "عن" (تحدث), a noun with the article is the topic
    talked about ("وتحدث الطرفان عن الجدول الزمني للاتصالات"), not what was said; an
    indefinite claim ("تحدثت عن إصابة جندي") or a verbal noun ("عن التأكيد") is."""
    return (
        takes == _ABOUT_ONLY
        and j < v.n
        and v.definite[j]
        and not v.proclitics[j]
        and not verbal_noun(v, j)
    )


_ABOUT_ONLY = frozenset({"عن"})

# "نفت الحكومة أي دور لها"، "تنفي روسيا ذلك": what was denied, though a function word.
_ANY_OR_THAT = frozenset({"اي", "ذلك", "تلك", "هذا", "هذه", "عدم"})


def _what_was_said(v: DocView, i: int) -> bool:
    """ "نفى الناطق باسم الوزارة كل ما تردد من أنباء"، "ونفى جونسون أيضا ما أشار إليه
    سفير روسيا …"، "نفت الممثلة ما تردد عن …": "all that", or "what" a report said or
    what went round (words.tsv `published`, `circulated`), is what was denied or
    stated. "كل" alone may open the subject ("أكد كل من الوزيرين أن"), and "ما" before
    another verb may be a number's "ما يزيد على"."""
    if i + 1 >= v.n:
        return False
    if v.keys[i] == "كل":
        return v.keys[i + 1] == "ما"
    said = v.cue(i + 1) is not None or v.is_("published", i + 1) or v.is_("circulated", i + 1)
    return v.keys[i] == "ما" and said


def complements(hit: CueHit) -> frozenset[str]:
    """What ends the speaker phrase as the cue's complement; "من" for a request
    made of someone ("طلب الوزير من الحكومة مراجعة"); never ل, which joins a title
    to its body ("دعا الأمين العام للأمم المتحدة")."""
    takes = hit.form.takes - {"ل"}
    return takes | {"من"} if "O" in takes and "N" in takes else takes


def purpose_end(v: DocView, k: int, start: int, end: int, hit: CueHit, limit: int) -> int | None:
    """Where a speaker phrase `[start, end)` read after a cue that takes ل ends because
    its ل word is what was called for ("ودعا الوزير لتحقيق دولي"، "وتدعو الرسالة
    لتحقيق يشمل …"): the phrase holds ل as a title's complement ("الأمين العام للأمم
    المتحدة"), so the ل word counts only outside a name and a title, and only when no
    "إلى" or complementizer follows in its sentence ("دعا المرصد السوري لحقوق الإنسان
    إلى …" calls with إلى). After a relative pronoun or ما the verb has its own subject
    and leads to something ("للأسباب التي دعت السعودية لمنع …"، "جلسة مجلس الأمن التي
    دعت روسيا لانعقادها"), and an indefinite accusative is whom it invites ("ودعت عددا
    من الصحافيين لمشاهدة العملية"): no call is read there."""
    if "ل" not in hit.form.takes or v.keys[k - 1] in _LEADS or _accusative(v, start):
        return None
    if v.keys[k + 1] in _FOR_IT:
        return None  # "جلسة دعت لها بريطانيا لبحث …": what was called for is "لها"
    found = [j for j in range(start + 1, end) if _called_for(v, j)]
    # Two bare ل words leave the name's end unknown ("دعت المؤسسة الألمانية لعلاج
    # أمراض الكبد لتحسين سبل التوعية"): the phrase is kept whole. A later one with
    # the article belongs to the call ("دعت تركيا لإقامة منطقة خاضعة للحماية").
    if not found or sum(not v.definite[j] for j in found) > 1:
        return None
    return None if _other_complement(v, found[0] + 1, limit) else found[0]


_LEADS = frozenset({"الذي", "التي", "الذين", "ما", "مما", "وهو", "وهي"})
_FOR_IT = frozenset({"له", "لها", "لهم", "لهما", "اليه", "اليها", "اليهم"})


def _accusative(v: DocView, j: int) -> bool:
    """An indefinite noun with the accusative alef ("عددا"، "وفدا"), not a name."""
    return (
        not v.definite[j]
        and v.keys[j].endswith("ا")
        and v.entity_label(j) is None
        and not v.name_like(j)
    )


def _called_for(v: DocView, j: int) -> bool:
    return (
        v.proclitics[j].endswith("ل")
        and v.word(j)
        and not v.is_("function", j)
        and not v.is_("title", j)
        and v.entity_label(j) is None
        and v.entity_label(j + 1) is None
        and not v.name_like(j)
    )


def _other_complement(v: DocView, j: int, limit: int) -> bool:
    """ "إلى" or a complementizer before the sentence ends, past commas too ("منسق الأمم
    المتحدة لعملية السلام في الشرق الأوسط، نيكولاي ملادينوف، … إلى تقديم")."""
    for k in range(j, limit):
        if v.punct(k, ".!?؟:"):
            return False
        if v.keys[k] == "الى" or v.complementizer(k):
            return True
    return False


def _after_addressee(v: DocView, i: int, end: int) -> int | None:
    """Past the short noun phrase after "طلب … من" and a comma after it. A name is
    the whole addressee: "وطلبت تركيا من قطر التدخل" asked Qatar to intervene."""
    j = i
    entity = v.entity_at.get(i) if v.entity_at is not None else None
    if entity is not None:
        while j < end and v.entity_at.get(j) is entity:
            j += 1
        return j + 1 if v.punct(j, "،,") else j
    while (
        j < end
        and j - i < OBJECT_GAP
        and not v.is_("function", j)
        and (v.definite[j] or v.name_like(j, loose=True) or v.entity_label(j) is not None)
    ):
        j += 1
    if j == i:
        return None
    return _past_comma(v, j, end)


def _past_comma(v: DocView, j: int, end: int) -> int | None:
    j = j + 1 if v.punct(j, "،,") else j
    return j if j < end else None  # "طلبت الوزارة من المعينين إحضار الكشف الطبي،" at the end


def addressee_ends(v: DocView, i: int, end: int) -> tuple[int | None, ...]:
    """Where the request may start after "من" at `i` and whom it is made of."""
    if v.keys[i] != "من":
        return (_after_pronoun(v, i),)
    return (_after_construct(v, i + 1, end), _after_addressee(v, i + 1, end))


def _after_construct(v: DocView, i: int, end: int) -> int | None:
    """ "من دول العالم التوقف"، "من منظمة أوبك رفع": a bare noun and its definite
    genitive, then only definite words (adjectives) with no clitic before them."""
    if not _construct_head(v, i, end):
        return None
    j = i + 1
    while j < end and j - i < OBJECT_GAP and not v.proclitics[j] and _definite(v, j):
        j += 1
    return _past_comma(v, j, end)


def _definite(v: DocView, j: int) -> bool:
    return bool(v.definite[j] or v.entity_label(j) is not None)


def _after_pronoun(v: DocView, i: int) -> int | None:
    """Past "منه": the request follows at once ("طلبت منه الاستعداد"), never after an
    adverb ("العديد منهم غالبا")."""
    j = i + 1
    adverb = v.stems[j].endswith("ا") or v.is_("adverb", j) or v.is_("manner_adverb", j)
    return None if adverb else j


def _construct_head(v: DocView, j: int, end: int) -> bool:
    """A bare noun whose definite word or name follows it, with no clitic on either:
    the head of the addressee's construct phrase, not the verbal noun of the request."""
    nxt = j + 1
    return (
        nxt < end
        and v.word(j)
        and v.word(nxt)
        and not v.proclitics[j]
        and not v.proclitics[nxt]
        and not v.definite[j]
        and not v.is_("function", j)
        and not v.is_("function", nxt)
        and _definite(v, nxt)
    )


def preposition_after_object(v: DocView, start: int, i: int, takes: frozenset[str]) -> bool:
    """ "دعا غوتيريس جميع الدول إلى احترام…": the cue's preposition after a short
    object (whom the demand or charge is aimed at), with no punctuation between."""
    if "O" not in takes or i <= start:
        return False
    skipped = set()  # "وحث الاتحاد روسيا من جديد على": "من جديد" is "again"
    for j in range(start, i - 1):
        if v.keys[j] == "من" and v.keys[j + 1] == "جديد":
            skipped |= {j, j + 1}
        elif v.keys[j] == "في" and v.is_("situation", j + 1):
            # "وطالب التحالف أنصاره في بيان له أمس بمواصلة": where it was said
            skipped |= set(range(j, min(i, j + 5)))
    # "ترامب يطالب منظمة البلدان المصدرة للبترول (أوبك) بخفض": the object's acronym.
    # Not for a verb that never goes without its object: the ranker reads the phrase as
    # that object only where the preposition follows it at once ("تتهم وكالة … (جي آر
    # يو) بالوقوف").
    if "M" not in takes:
        skipped |= _closing_bracket(v, start, i)
    if len(set(range(start, i)) - skipped) > OBJECT_GAP:
        return False
    if not all(j in skipped or _object_word(v, j, start) for j in range(start, i)):
        return False
    return _opens_demand(v, i, takes)


def _closing_bracket(v: DocView, start: int, i: int) -> set[int]:
    """The tokens of a parenthesis that ends right before i, opened after start."""
    if not v.punct(i - 1, ")"):
        return set()
    for j in range(i - 2, start, -1):
        if v.punct(j, "("):
            return set(range(j, i))
        if v.punct(j):
            return set()
    return set()


def _opens_demand(v: DocView, i: int, takes: frozenset[str]) -> bool:
    """The cue's preposition at i, as what the demand or charge is."""
    key = v.keys[i]
    # "مطالبا لبنان بألا يكون …": بـ before "ألا" (that … not) too.
    return (
        (key in takes and key != "ان")
        or ("ب" in takes and _joined(v, i, "ب") and v.word(i) and _not_function(v, i))
        or ("ل" in takes and _joined(v, i, "ل") and v.word(i) and _not_function(v, i))
    )


OBJECT_CLAUSE_MAX = 14  # tokens of a relative clause on the object before its comma


def preposition_after_long_object(v: DocView, start: int, i: int, takes: frozenset[str]) -> bool:
    """The cue's preposition right after a comma that closes its object, where the
    object holds a name in apposition between commas ("ودعا الائتلاف …، رئيس الوزراء،
    بنيامين نتنياهو، إلى التنحي") or ends in a relative clause on it ("اتهمت تل أبيب
    حركة "حماس" التي تسيطر على غزة …، باستخدام الاحتجاجات"), or stands alone before the
    comma ("طالبت جماعة متطرفة …، المسلمين، بإخلاء المسجد"). The object's own words
    are as `preposition_after_object` reads them, with a quoted name among them."""
    if "O" not in takes or i - start < 2 or not v.punct(i - 1, "،,") or v.punct(start):
        return False
    if not _opens_demand(v, i, takes):
        return False
    parts = _comma_parts(v, start, i - 1)
    if parts is None or len(parts) > 2:
        return False
    words = 0
    for n, (a, b) in enumerate(parts):
        last = n == len(parts) - 1
        b = _relative_start(v, a, b) if last else b
        if b <= a or not all(_object_word(v, j, start) or _quoted_name(v, j) for j in range(a, b)):
            return False
        words += b - a
    return words <= OBJECT_GAP


def _comma_parts(v: DocView, a: int, b: int) -> list[tuple[int, int]] | None:
    """[a, b) split at its commas; None when other punctuation, a complementizer or a
    cue stands in it (the object would hold a clause of its own)."""
    parts, first = [], a
    for j in range(a, b):
        if v.punct(j, "،,"):
            parts.append((first, j))
            first = j + 1
        elif (v.punct(j) and not _quoted_name(v, j)) or v.complementizer(j) or v.cue(j):
            return None
        elif j == first and v.proclitics[j][:1] in ("و", "ف"):
            return None  # "اتهم بيركو، البالغ من العمر 55 عاما، ويرأس المجلس": a clause
    parts.append((first, b))
    return parts


def _relative_start(v: DocView, a: int, b: int) -> int:
    """Where a relative clause on the object opens in [a, b) ("حركة "حماس" التي تسيطر
    على غزة والتي خاضت …"), b when none; the clause runs to b."""
    for j in range(a + 1, b):
        if v.keys[j] in _OBJECT_RELATIVES:
            return j if b - j <= OBJECT_CLAUSE_MAX else a
    return b


_OBJECT_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})


def _quoted_name(v: DocView, j: int) -> bool:
    r = v.region_at.get(j)
    return r is not None and is_name_region(v, r)


def _joined(v: DocView, i: int, particle: str) -> bool:
    """Whether token i opens with the particle ب or ل: as a proclitic, or before a
    two-letter verbal noun the segmenter leaves whole (words.tsv `particle_nouns`:
    "وهدد بشن هجوم"، "طالب بحل البرلمان"، "دعا لحل الأزمة")."""
    if v.proclitics[i]:
        return v.proclitics[i].endswith(particle)
    return v.keys[i].startswith(particle) and v.is_("particle_nouns", i)


# "مطالبا لبنان بألا يكون …"، "وطالب الوزير السلطات بعدم الاستهانة …": بـ before "ألا"
# or "عدم" (that … not) opens the demand, though both are function words.
_NOT_TO = frozenset({"الا", "عدم"})


def _not_function(v: DocView, i: int) -> bool:
    return not v.is_("function", i) or v.stems[i] in _NOT_TO


def _object_word(v: DocView, j: int, start: int) -> bool:
    """A word of the object before a demand or charge's preposition; "في" inside it
    places its head ("اتهم مادورو كولومبيا وعناصر في الولايات المتحدة بتحريك …")."""
    if v.tokens[j].kind == "number":
        return j > start  # "الجمهوريين في اللجنة وعددهم 11 عضوا"
    return v.word(j) and (
        not v.is_("function", j) or (j > start and v.keys[j] == "في") or v.keys[j] in _OBJECT_HEADS
    )


# "اتهم سالفيني بعض المهاجرين باختطاف …"، "يتهمون المعارضة وكولومبيا أو الولايات المتحدة بمحاولة …"
_OBJECT_HEADS = frozenset({"بعض", "او"})
