"""What was said: a cue's content (quoted region, colon, complementizer or clause)
and where it ends (the next cue, a clause cut, the sentence end), past the
addressee, asides, places and objects between the cue and its content.
"""

from __future__ import annotations

from rasd.quotes.circumstances import skip_adverbials
from rasd.quotes.clues import ambiguous, finite_verb, hides_own_name, in_title, seat
from rasd.quotes.lexicon import RELATIVES
from rasd.quotes.noun_phrase import noun_phrase
from rasd.quotes.regions import (
    describing_quote,
    introduced,
    is_name_region,
    names_the_subject,
    region_words,
)
from rasd.quotes.speaker_words import noun_after_complementizer, verbal_noun
from rasd.quotes.state import (
    BUT,
    BUT_PRONOUN,
    CLAUSE_OPENERS,
    EXCEPT,
    HEADLINE_BREAKS,
    IN_IT,
    MAX_GAP,
    OBJECT_GAP,
    PARENTHESIS_MAX,
    RELATIVE_GENDER,
    SCARE_MAX_WORDS,
)
from rasd.quotes.view import VERB_MIN_FREQ, CueHit, DocView
from rasd.text.normalize import match_key
from rasd.text.sentences import dot_inside_name

STRICT_GAP = 6  # for cues that are also common words (words.tsv `ambiguous_cue`)
SHORT_GAP = 3  # … close before it: "ووصف أقصوي البيان بـ "غير الأمين""
MOSTLY_QUOTED = 5  # words of a quotation that, as most of its clause, make the quote direct


def cue_content(
    v: DocView, cue: int, start: int, end: int, hit: CueHit, no_subject: bool
) -> tuple[str, int, int, int | None] | None:
    """(kind, first, last, region) of what the cue at `cue` introduces."""
    takes = hit.form.takes
    # Cues that are also common words (عبر "via", بين "between") need their
    # complement close by; a quotation may come after a longer stretch.
    gap = (
        STRICT_GAP
        if ambiguous(v, hit) and not _relative_on_subject(v, start, hit, no_subject)
        else MAX_GAP
    )
    # "أبدت شخصيات سياسية، بينها زعيم اليسار، أسفها": after a parenthesis between
    # commas the cue's complement may start as right after the subject.
    aside, place = _after_parenthesis(v, start, end), _after_place(v, start, end)
    starts = {start, aside, place}
    if start < end and verbal_noun(v, start):
        starts.add(start + 1)  # "وجدد الوزير التأكيد على …"
    objects = _object_starts(v, start, (aside, place), end)
    situated = _after_situation(v, start, end, takes)
    past_aside = False
    note_end = start  # past a writer's note ("، علما أن …،") inside the gap
    for i in range(start, end):
        if i - start > MAX_GAP:
            return None
        if i <= note_end and i > start:
            continue
        if (
            i > cue + 1
            and v.cue(i) is not None
            and not _in_relative_aside(v, start, aside, i)
            and i not in v.region_at
            and not v.is_("title", i)
            and not v.is_("adverb", i)  # "شعبه مجددا إلى": "again", not "renewing"
            and not hides_own_name(v, i)
        ):
            if _own_speech(v, i):
                return None  # another cue's content
            past_aside = True
        if past_aside and not v.complementizer(i):
            # Past a common word read as a cue, only "أن"/"إن" is sure to be the content.
            if v.punct(i, ".!?؟:"):
                return None
            continue
        r = v.region_opening(i)
        if r is not None:
            if is_name_region(v, r):
                continue
            reg = v.regions[r]
            if names_the_subject(v, r, cue, start):
                continue
            if (
                region_words(v, r) <= SCARE_MAX_WORDS
                and (i - start > SHORT_GAP or not introduced(v, r, start, cue))
                and not describing_quote(v, r, start, hit)
            ):
                continue  # a short quoted phrase far from the cue is a term, not speech
            return "direct", reg.first, reg.last, r
        orphan = v.orphan_closing(i)
        if orphan is not None and i > start:
            return "direct", start, i, None
        if v.punct(i, ":"):
            nxt = v.region_opening(i + 1)
            if nxt is not None:
                reg = v.regions[nxt]
                return "direct", reg.first, reg.last, nxt
            if i + 1 < end:
                return "direct", i + 1, clause_end(v, i + 1, end), None
            return None
        if "-" in takes and len(takes) == 1:
            continue
        if v.complementizer(i):
            if v.is_("cut", i - 1) and v.cue(i - 1) is None and v.punct(i - 2, "،,"):
                # "بحسب ما أوضحت النيابة، علما أن …": the writer's note, which a comma
                # may close before the cue's own complement ("ودعت هولندا والسويد،
                # علما بأن الدولتين …، إلى أن …").
                note_end = _note_end(v, i, end)
                if note_end is None:
                    return None
                continue
            if "عن" in takes and "ان" not in takes:
                # "عبر معارف وهمية، كما أن …": expressing takes عن, never أن.
                return None
            # An aside between commas does not count towards the gap ("وذكر البنك، الذي
            # يتخذ من طرابلس مقرا له في بيان، أن …").
            base = aside if start < aside <= i else start
            return complement_clause(v, i, end) if i - base <= gap else None
        if i in starts and prepositional(v, i, takes, no_subject and i == start):
            return _prepositional_clause(v, i, end)
        if i == situated:
            return _prepositional_clause(v, i, end)
        if i == start and "O" in takes and "N" in takes and v.keys[i] in _OF_WHOM:
            # "طلب الاتحاد الأوروبي من إسرائيل، مراجعة قراراتها": asked of whom, then what;
            # "وطلب الرئيس منه وقف …": of him.
            for j in _addressee_ends(v, i, end):
                if j is not None and prepositional(v, j, frozenset({"N"}), True):
                    return "indirect", j, clause_end(v, j, end), None
        if any(_preposition_after_object(v, o, i, takes) for o in objects if o <= i):
            return _prepositional_clause(v, i, end)
        if v.punct(i, ".!?؟") and not dot_inside_name(v.doc.text, v.tokens, i):
            return None
    return None


_OF_WHOM = frozenset({"من", "منه", "منها", "منهم", "منهما"})
_ONE = frozenset({"واحد", "واحده", "واحدة", "واحدا", "احد", "احدى", "احدي"})


def counted_among(v: DocView, cue: int, start: int, end: int, hit: CueHit) -> bool:
    """ "ويعتبر الراتب المرتفع أحد أبرز العوائق"، "وتعتبر تركمانستان من أكثر الدول
    انغلاقا"، "وتعتبر البرشاويات واحدة من أفضل زخات الشهب": the present of اعتبر with a
    word of rank (words.tsv `ranked_as`) where its content would start, or after "من"
    past its noun, is the passive "is considered, counted among": nobody's view."""
    if not v.lexicon.has("considering", match_key(hit.form.lemma)) or hit.form.participle:
        return False
    if not v.stems[cue].startswith(("ي", "ت")):
        return False
    if start < end and v.is_("ranked_as", start):
        return True
    for j in range(cue + 1, min(start + 1, end - 1)):
        if v.keys[j] == "من" and v.is_("ranked_as", j + 1):
            return True
        if v.keys[j] in _ONE and v.keys[j + 1] == "من":
            return True
    return False


def _note_end(v: DocView, i: int, end: int) -> int | None:
    """The comma closing a writer's note whose complementizer is at i, None when the
    note runs to the sentence's end."""
    for j in range(i + 1, end):
        if v.punct(j, "،,"):
            return j
        if v.punct(j, ".!?؟:"):
            return None
    return None


def _object_starts(v: DocView, start: int, past: tuple[int, int], end: int) -> list[int]:
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


def _prepositional_clause(v: DocView, i: int, end: int) -> tuple[str, int, int, int | None]:
    """What a cue's preposition introduces: the quoted words when a quotation follows
    the preposition at once ("أعربت عن "قلقها الشديد" إزاء الغارات"، "وصفها بـ"الاستفزازية
    وغير المبررة""), else the clause up to its end."""
    r = v.region_opening(i + 1) if v.keys[i] in _QUOTING_PREPOSITIONS else None
    if r is not None and v.regions[r].closer is not None and not is_name_region(v, r):
        reg = v.regions[r]
        if _phrase_ends(v, reg.closer + 1, end):
            return "direct", reg.first, reg.last, r
    return "indirect", i, clause_end(v, i, end), None


def _phrase_ends(v: DocView, i: int, end: int) -> bool:
    """Whether the phrase ends before token i: at punctuation, a preposition or a word
    with a conjunction; a bare noun or a relative pronoun continues it ("بـ"انتهاك" حقوق
    الإنسان"، "إلى "مئات الداعشيين" الذين"), so the quoted words are only part of it."""
    if i >= end or v.punct(i) or v.proclitics[i]:
        return True
    return v.is_("function", i) and v.keys[i] not in RELATIVE_GENDER


_QUOTING_PREPOSITIONS = frozenset({"عن", "الى", "على", "من", "ب", "بان", "بانه", "بانها"})


def prepositional(v: DocView, i: int, takes: frozenset[str], no_subject: bool) -> bool:
    """طالب بـ…، دعا إلى…، شدد على…، حذر من…، كشف عن…، نفى وقوع…: a claim or demand."""
    key, pro = v.keys[i], v.proclitics[i]
    if "على" in takes and key == "على":
        return True
    if "الى" in takes and key == "الى":
        return True
    if "من" in takes and key == "من":
        return True
    if "عن" in takes and key == "عن":
        # كشف عن…، أعرب عن…: what was disclosed or expressed; not a thing shown
        # ("كشفت وزارة الداخلية عن هوية المهاجم"، "تكشف عن هاتف جديد").
        return (
            not v.is_("unveiled", i + 1)
            and not _topic_talked_about(v, i + 1, takes)
            and not v.is_("bound_to_about", i - 1)
            and not ("ان" in takes and _that_after_comma(v, i + 1))
        )
    if "ب" in takes and pro.endswith("ب") and v.word(i):
        return True
    if "ل" in takes and pro.endswith("ل") and v.word(i) and not v.is_("function", i):
        return True  # "يدعو للتحقيق في …": ل for إلى
    if "F" in takes and not pro and v.is_("reported_fact", i):
        return True  # "أعلنت موسكو مقتل خمسة مواطنين": a reported fact
    # "نفى وقوع إصابات": a bare verbal noun. After a subject the speaker phrase has
    # already stopped where its object starts ("وتنفي روسيا التورط"، "نفى المتحدث
    # وقوع …"، "أكد الحزب دعمه"); a name there is a second actor, and so is a definite
    # title, not what was said ("وطلبت الشرطة مساعدة المواطنين" is a request).
    return (
        "N" in takes
        and v.word(i)
        and (v.keys[i] in _ANY_OR_THAT or not v.is_("function", i))
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


def _after_parenthesis(v: DocView, start: int, end: int) -> int:
    """One past the comma that closes an aside opened by a comma just before
    `start`; -1 when there is none."""
    if not v.punct(start - 1, "،,"):
        return -1
    # "وقالت الفنانة، التي عرفت بتقديم برامج، إنها …"، "وقال المسؤول، الذي طلب عدم نشر
    # اسمه، إن …": the verb of a relative clause describes the speaker; with no
    # complementizer of its own, it reports nothing.
    relative = describes_subject(v, start)
    for j in range(start, min(end, start + PARENTHESIS_MAX)):
        if v.punct(j, "،,"):
            return j + 1
        hashtag = v.punct(j, "#")  # "، رئيس #بوركينافاسو،"
        if (
            (v.punct(j) and not hashtag)
            or v.complementizer(j)
            or (_own_speech(v, j) and not relative)
        ):
            return -1
    return -1


def describes_subject(v: DocView, start: int) -> bool:
    """A relative clause opens at `start` whose verb has the noun before it as its
    subject: not "تصريحات كريغر، التي دعا فيها …" (statements in which he called)."""
    return (
        start < v.n
        and v.keys[start] in RELATIVE_GENDER
        and not (start + 2 < v.n and v.keys[start + 2] in IN_IT)
    )


def _relative_on_subject(v: DocView, start: int, hit: CueHit, no_subject: bool) -> bool:
    """ "وذكر حنين الذي ينتمي إلى حزب "حداش" الشيوعي الإسرائيلي بأنها …": a relative
    clause on the subject of a cue of words.tsv `relative_cue` reads the cue as a verb,
    and the clause may run long before the content. The relative agrees with the verb
    (a plural after a verb in the singular): "وذكر في هذا الصدد مذكرة التفاهم التي …"
    names what he mentioned, not who spoke."""
    if no_subject or not describes_subject(v, start):
        return False
    gender = RELATIVE_GENDER[v.keys[start]]
    return v.lexicon.has("relative_cue", match_key(hit.form.lemma)) and (
        gender in (hit.form.gender, "p")
    )


def _in_relative_aside(v: DocView, start: int, aside: int, i: int) -> bool:
    """Token i is inside a relative clause between commas right after the subject
    (see `_after_parenthesis`)."""
    return start <= i < aside and describes_subject(v, start)


def _own_speech(v: DocView, j: int) -> bool:
    """A cue between a speaker and its content is speech of its own, unless it is a
    common word right after a noun ("على صفحته عبر موقع فيسبوك": عبر is "via";
    "مسؤول طلب عدم الكشف عن هويته": a relative clause of the speaker's)."""
    hit = v.cue(j)
    return (
        hit is not None
        and not _common_word_after_noun(v, j, hit)
        and not seat(v, j, hit)
        and not hides_own_name(v, j)
        and not _describes_statement(v, j, hit)
    )


def _describes_statement(v: DocView, j: int, hit: CueHit) -> bool:
    """ "وقالت الوزارة في بيان أوردته وكالة الأنباء الرسمية إن …"، "وأكد الزبير، في
    تصريحات نقلتها وكالة الأنباء السودانية، أن …": a cue with the pronoun of the
    statement noun before it is a relative clause that tells where it was read."""
    return hit.has_object and v.is_("situation", j - 1) and not v.is_("time", j - 1)


def _common_word_after_noun(v: DocView, j: int, hit: CueHit) -> bool:
    return (
        ambiguous(v, hit)
        and v.word(j - 1)
        and not v.is_("function", j - 1)
        and not _opens_clause(v, j)
    )


PLACE_MAX = 3  # words of a short place phrase between the subject and the complement


def _after_place(v: DocView, start: int, end: int) -> int:
    """ "وأعرب قادة بارزون في المنطقة عن اعتراضهم": past a short phrase of place or
    occasion after the subject, where the cue's preposition may stand; -1 when none."""
    if start >= end or v.keys[start] not in ("في", "خلال", "امام"):
        return -1
    j = start + 1
    while j < end and j - start <= PLACE_MAX and v.word(j) and not v.is_("function", j):
        j += 1
    return j if j > start + 1 else -1


SITUATION_REACH = 10  # tokens of "في بيان مشترك عقب القمة" before the cue's preposition


def _after_situation(v: DocView, start: int, end: int, takes: frozenset[str]) -> int:
    """ "وتعهد الزعيمان في بيان مشترك عقب القمة بالعمل نحو …"، "تعهدوا في مؤتمر في
    بروكسل نهاية نيسان الماضي بتقديم …": past the occasion of speaking (في/خلال and a
    word of the `situation` list), the first preposition the cue takes; -1 when none.
    The occasion holds no punctuation, complementizer, quotation or cue of its own."""
    if start + 1 >= end or v.keys[start] not in ("في", "خلال") or not v.is_("situation", start + 1):
        return -1
    explicit = takes - {"N", "F"}
    for j in range(start + 2, min(end, start + SITUATION_REACH + 1)):
        stop = v.punct(j) and not v.punct(j, "/")  # "نهاية نيسان/أبريل الماضي"
        if stop or j in v.region_at or v.complementizer(j) or v.cue(j) is not None:
            return -1
        if prepositional(v, j, explicit, False):
            return j
    return -1


def complements(hit: CueHit) -> frozenset[str]:
    """What ends the speaker phrase as the cue's complement; "من" for a request
    made of someone ("طلب الوزير من الحكومة مراجعة"); never ل, which joins a title
    to its body ("دعا الأمين العام للأمم المتحدة")."""
    takes = hit.form.takes - {"ل"}
    return takes | {"من"} if "O" in takes and "N" in takes else takes


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


def _addressee_ends(v: DocView, i: int, end: int) -> tuple[int | None, ...]:
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


def _preposition_after_object(v: DocView, start: int, i: int, takes: frozenset[str]) -> bool:
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
    if len(set(range(start, i)) - skipped) > OBJECT_GAP:
        return False
    if not all(j in skipped or _object_word(v, j, start) for j in range(start, i)):
        return False
    key, pro = v.keys[i], v.proclitics[i]
    # "مطالبا لبنان بألا يكون …": بـ before "ألا" (that … not) too.
    return (
        (key in takes and key != "ان")
        or (
            "ب" in takes
            and pro.endswith("ب")
            and v.word(i)
            and (not v.is_("function", i) or v.stems[i] == "الا")
        )
        or ("ل" in takes and pro.endswith("ل") and v.word(i) and not v.is_("function", i))
    )


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


def complement_clause(v: DocView, c: int, end: int) -> tuple[str, int, int, int | None]:
    """Direct when the complement clause is one quotation ("أنه "…""), else indirect."""
    last = clause_end(v, c, end)
    for i in range(c, min(c + 4, last)):
        r = v.region_opening(i)
        if r is None:
            continue
        reg = v.regions[r]
        tail = reg.last + 1 if reg.closer is not None else reg.last
        after = sum(1 for j in range(tail, last) if v.word(j))
        # "أن "التصعيد الجديد يُمهد لهجوم بري لقوات النظام" بعدما استكملت …": a
        # quotation that holds most of the clause is the quote; a short one inside a
        # longer clause ("إنه "قلق جداً" من التعديلات …") leaves the clause indirect.
        words = region_words(v, r)
        mostly = words >= MOSTLY_QUOTED and words >= after
        # "إن القوات الإسرائيلية "قصفت …"": after the clause's own subject or verb the
        # quotation is part of the indirect clause.
        before = any(v.word(j) for j in range(c + 1, i))
        if (after <= 1 or mostly) and not before and not is_name_region(v, r):
            return "direct", reg.first, reg.last, r
        break
    return "indirect", c, last, None


def clause_end(v: DocView, start: int, end: int) -> int:
    """Where a reported clause ends: the sentence end, a later cue with content of its
    own ("التي قال إنها"), or a comma before an attribution or participle."""
    i = start + 1
    while i < end:
        r = v.region_at.get(i)
        if r is not None and v.regions[r].opener == i:
            i = v.regions[r].last + 1
            continue
        if (
            v.punct(i, ".!?؟")
            and i + 1 < end
            and v.region_at.get(i + 1) is None
            and not dot_inside_name(v.doc.text, v.tokens, i)
        ):
            return i
        if (v.texts[i] in HEADLINE_BREAKS or v.punct(i, ":")) and in_title(v, i):
            return i  # "تركيا تؤكد استمرار عملية عفرين.. وأردوغان: …": a headline's parts
        if v.punct(i, "،,;؛") and (
            v.is_("cut", i + 1)
            or _comment_opens(v, i + 1)
            or _circumstantial(v, i + 1)
            or _participle_cue(v, i + 1)
            or _conjoined_cue(v, i + 1)
            or (_phrase_clause(v, start, i) and _conjoined_verb(v, i + 1))
            or (_phrase_clause(v, start, i) and _which_is(v, i + 1))
            or (_phrase_clause(v, start, i) and _but_clause(v, i + 1))
            or writer_denies(v, i + 1)
        ):
            return i
        if v.keys[i] == "في" and i + 1 < end and v.keys[i + 1] == "حين":
            return i
        if _amid(v, start, i):
            return i
        if _bare_participle(v, i, end):
            return i
        cue = v.cue(i) is not None
        if (
            cue
            and _opens_clause(v, i)
            and _has_content_soon(v, i, end)
            and not _subject_awaits_verb(v, start, i)
        ):
            opener = v.is_("function", i - 1) or v.keys[i - 1] in _WHEN | BUT
            back = i - 1 if opener and i - 1 > start else i
            return back
        if cue:
            comma = _new_subject(v, start, i)
            if comma is not None and _has_content_soon(v, i, end):
                return comma
        i += 1
    return end


_BARE_COMPLEMENTIZERS = frozenset({"ان", "بان"})
SUBJECT_WORDS = 12  # words of a reported clause's subject before a comma and its verb


def _subject_awaits_verb(v: DocView, start: int, i: int) -> bool:
    """ "إن المؤشرات المبدئية لموازنة العام المالي الماضي 2017 / 2018، تؤكد حدوث
    تحسن"، "أن إعصاراً قوياً، يتوقع أن يكون الأعنف …، سيجتاز": after "إن"/"أن" and a
    subject with no verb of its own yet, a bare cue in ي/ت after a comma with no
    speaker of its own after it ("، يؤكد خبراء أن") is the reported clause's verb,
    not the next act of speech."""
    if not (
        v.punct(i - 1, "،,")
        and not v.proclitics[i]
        and v.keys[i][:1] in ("ي", "ت")
        and v.keys[start] in _BARE_COMPLEMENTIZERS
        and 2 <= i - 1 - (start + 1) <= SUBJECT_WORDS
        and not _speaker_word(v, i + 1)
    ):
        return False
    subject = range(start + 1, i - 1)
    return all(_subject_token(v, j) for j in subject) and not any(
        finite_verb(v, j) or v.keys[j] in RELATIVES for j in subject
    )


def _subject_token(v: DocView, j: int) -> bool:
    return v.word(j) or v.tokens[j].kind == "number" or v.punct(j, "/")


def _speaker_word(v: DocView, j: int) -> bool:
    return v.word(j) and (
        v.entity_label(j) is not None
        or v.is_("anonymous", j)
        or v.is_("source_head", j)
        or v.is_("title", j)
    )


NEW_SUBJECT_WORDS = 6  # words of a new subject between a comma and its cue


def _new_subject(v: DocView, start: int, i: int) -> int | None:
    """ "طالبت بمحاكمة نتانياهو، وصحف أخرى تساءلت …"، "…، لكن الباحث يؤكد أن":
    after a comma, a subject with و/ف or لكن and then a cue open the next clause,
    another speaker's; the comma where it opens, or None."""
    for b in range(i - 1, max(start, i - 1 - NEW_SUBJECT_WORDS), -1):
        if not v.word(b):
            return None
        if not v.punct(b - 1, "،,"):
            continue
        if v.keys[b] in BUT:
            first, proclitic = b + 1, False
        elif v.keys[b] in EXCEPT and b + 2 == i and v.stems[b + 1] == "ان" and v.enclitic[b + 1]:
            # "…، إلا أنه قال إنه سيُتهم …": the pronoun is the subject, the same
            # speaker's next act of speech.
            return b - 1 if b - 1 > start else None
        elif v.keys[b] in EXCEPT and b + 1 < i and v.keys[b + 1] == "ان":
            first, proclitic = b + 2, False  # "…، إلا أن ناردين أكدت أنها"
        elif v.proclitics[b] in ("و", "ف"):
            first, proclitic = b, True
        else:
            return None
        phrase = noun_phrase(v, first, i, allow_proclitic=proclitic)
        return b - 1 if phrase is not None and phrase.end == i and b - 1 > start else None
    return None


def _circumstantial(v: DocView, i: int) -> bool:
    """ "، مسجلا ارتياحه": an accusative active participle (مُفعِلاً) after a comma
    opens a circumstantial clause of the speaker's, not more of what was said."""
    key = v.keys[i] if v.word(i) else ""
    return (
        len(key) >= 5
        and key[0] == "م"
        and key.endswith("ا")
        and not v.proclitics[i]
        and v.word(i + 1)
        and v.third_person[i + 1]
    )


def _conjoined_cue(v: DocView, i: int) -> bool:
    """ "…، ودعت جميع الأطراف إلى ضبط النفس": a cue with "و" after a comma is the
    speaker's next act of speech, not more of what was said."""
    hit = v.cue(i)
    return (
        hit is not None
        and not hit.form.participle
        and (v.proclitics[i] == "و" or (v.keys[i][:1] == "و" and v.keys[i] not in v.lexicon.cues))
    )


def _comment_opens(v: DocView, i: int) -> bool:
    """ "، في إشارة إلى …": two words that open the writer's comment on what was said
    (words.tsv `cut_pair`)."""
    return i + 1 < v.n and v.lexicon.has("cut_pair", f"{v.keys[i]} {v.keys[i + 1]}")


def _amid(v: DocView, start: int, i: int) -> bool:
    """ "اتهمتها بتجنيد الأطفال وسط انتقادات دولية": "وسط" with no comma after the
    determined last word of a verbal noun or a preposition's phrase, before a bare
    noun, sets the scene of the act (as "، وسط" does), not more of what was said.
    Before a name or a definite noun it is a place ("وسط البلاد"، "وسط مدينة
    الفلوجة")."""
    return (
        v.keys[i] == "وسط"
        and not v.proclitics[i]
        and i + 2 < v.n
        and _determined(v, i - 1)
        and not _determined(v, i + 1)
        and not _determined(v, i + 2)
        and _phrase_clause(v, start, i)
    )


def _phrase_clause(v: DocView, start: int, i: int) -> bool:
    """Whether the reported words from `start` to `i` are a verbal noun or a
    preposition's phrase with no clause of their own: no complementizer, relative
    pronoun or colon whose clause a later verb could continue."""
    if start > 0 and v.punct(start - 1, ":"):
        return False
    return not any(v.complementizer(j) or v.keys[j] in RELATIVE_GENDER for j in range(start, i))


def _conjoined_verb(v: DocView, i: int) -> bool:
    """ "جددت ترحيبها بالمواطنين القطريين، وسمحت لهم …"، "دعت إلى إضرابات، فخرج
    مئات": a verb with و/ف after a comma cannot continue a verbal noun or a
    preposition's phrase; it is the next act of the sentence, not more of what was
    said. (After أن/إن it may be the reported clause's own next verb.)"""
    if not v.word(i) or v.definite[i] or v.enclitic[i] or v.entity_label(i) is not None:
        return False  # "، وتعرضها لمعاملة سيئة": a verbal noun with its pronoun
    key = v.stems[i] if v.proclitics[i] in ("و", "ف") else ""
    if not key and v.keys[i][:1] in "وف" and v.keys[i] not in v.lexicon.cues:
        key = v.keys[i][1:]  # "وعددت": a rare form left unsplit
    if len(key) < 3 or v.is_("function", i) or v.is_("title", i):
        return False
    # "وجلست"، "وخلفا" (a dual: "هجومين استهدفا …، وخلفا 16 قتيلا"): the past's
    # ending off, the verb's plural is in the news.
    dual = key.endswith("ا") and v.proclitics[i] in ("و", "ف")  # not "فضلا" (ف unsplit)
    bases = [key, key[:-1]] if key.endswith("ت") or dual else [key]
    return any(_verb_form(v, base) for base in bases)


def writer_denies(v: DocView, i: int) -> bool:
    """ "قالت وسائل إعلام إن الجرحى من المشجعين، لكنها لم تحدد جنسياتهم": "لكن" with
    a pronoun, the past negation "لم" and a verb of saying or of giving details after a
    reported clause is the writer's note on what the speaker left unsaid. Any other
    verb goes on with what was said ("إنها انتظرته، لكنه لم يخرج"), and so does "لكنه
    لن/لا …"."""
    return (
        i + 2 < v.n
        and v.keys[i] in BUT_PRONOUN
        and v.keys[i + 1] == "لم"
        and (v.cue(i + 2) is not None or v.is_("unsaid", i + 2))
    )


def _which_is(v: DocView, i: int) -> bool:
    """ "اتهمت المعارضة بتدبير الحادث، وهو ما يثير مخاوف …": "وهو ما" (which is
    what) after a verbal noun or a preposition's phrase is the writer's comment."""
    return i + 1 < v.n and v.keys[i] in ("وهو", "وهي") and v.keys[i + 1] in ("ما", "الامر", "امر")


def _but_clause(v: DocView, i: int) -> bool:
    """ "نفت استخدام أسلحة كيمياوية، ولكن خبراء الأمم المتحدة على ثقة أن …"، "أشار إلى
    المرة الأولى …، لكنه فند كيف أن …": "لكن" with a pronoun or a bare noun after it
    opens a clause of its own, which cannot continue a verbal noun or a preposition's
    phrase ("، لكن بشروط" can: a preposition). A comma ending the article opens none."""
    if i >= v.n or v.keys[i] not in BUT:
        return False
    if v.keys[i] in BUT_PRONOUN:
        return True
    nxt = i + 1
    return nxt < v.n and v.word(nxt) and not v.proclitics[nxt] and not v.is_("function", nxt)


def _verb_form(v: DocView, key: str) -> bool:
    """A past verb whose plural the news writes ("سمح": "سمحوا"), or a present verb
    written with the future prefix ("يواجه": "سيواجه")."""
    if v.freq.get(key + "وا", 0) >= VERB_MIN_FREQ:
        return True
    return v.future_form(key)


def _participle_cue(v: DocView, i: int) -> bool:
    """ "، متهما الولايات المتحدة بـ…"، "، مشيدا بمواقف قطر": a cue's participle after
    a comma is the speaker's next act of speech, not more of what was said."""
    hit = v.cue(i)
    return hit is not None and hit.form.participle and not v.proclitics[i]


def _bare_participle(v: DocView, i: int, end: int) -> bool:
    """ "أن التصعيد غير مسبوق منذ بدء الحملة مشيرا إلى استمرار الغارات"، "…"إنها
    مأساة" منددا بالفقر": a cue's participle with no comma before it (after a
    determined word or a closing quotation mark), followed at once by its own
    preposition, is the speaker's next act of speech, not more of what was said.
    After an indefinite word it is that word's adjective ("عقوبات مشددة على"، "أدلة
    مؤكدة على"), and a cue that never goes without its object is passive there
    ("بريطانية متهمة بالتجسس")."""
    hit = v.cue(i)
    return (
        hit is not None
        and hit.form.participle
        and "M" not in hit.form.takes
        and not v.proclitics[i]
        and (_determined(v, i - 1) or v.texts[i - 1] in _CLOSING_MARKS)
        and not _predicate(v, i)
        and not noun_after_complementizer(v, i)
        and i + 1 < end
        and prepositional(v, i + 1, hit.form.takes - {"N", "F"}, True)
    )


PREDICATE_REACH = 4  # words of a clause's subject between أن and its predicate


def _predicate(v: DocView, i: int) -> bool:
    """ "أن الدولة التونسية مطالبة بالتنسيق": right after the subject of أن/إن, with
    no verb between, the form is the clause's passive predicate (is required to), not
    the speaker's participle."""
    j = i - 1
    while j > 0 and i - j <= PREDICATE_REACH and v.definite[j] and not v.proclitics[j]:
        j -= 1
    # "وأن" the tokens may leave whole
    return j < i - 1 and (v.complementizer(j) or v.keys[j] in _AND_THAT)


_AND_THAT = frozenset({"وان", "وبان"})


def _determined(v: DocView, j: int) -> bool:
    """A word with the article (also after ل: "للبرميل", which the tokens leave
    whole), a pronoun suffix, or of a name: no noun an adjective right after it could
    describe indefinitely."""
    return v.word(j) and (
        v.definite[j]
        or (v.keys[j].startswith("لل") and len(v.keys[j]) > 4)
        or bool(v.enclitic[j])
        or v.entity_label(j) is not None
    )


def _opens_clause(v: DocView, i: int) -> bool:
    """A cue that starts a new clause ("وأضاف", "، قال", "التي قال"), not a verb of
    the reported clause itself ("كانت تعتقد أنه")."""
    conjunction = bool(v.proclitics[i]) or (
        v.keys[i][:1] in "وف" and v.keys[i] not in v.lexicon.cues
    )
    hit = v.cue(i)
    # "… دولة الاعتماد مبينا أن"; not a noun of the same form ("أن طالبة جامعية").
    participle = hit is not None and hit.form.participle and not noun_after_complementizer(v, i)
    return (
        conjunction
        or participle
        or v.punct(i - 1)
        or v.keys[i - 1] in CLAUSE_OPENERS
        or v.keys[i - 1] in BUT  # "…"بلوك تشين"، لكنه شدد على أن"
        or v.keys[i - 1] in _WHEN  # "ما وصفه بالخطأ الفادح، حين قال إن"
    )


_WHEN = frozenset({"حين", "عندما", "بعدما", "حينما", "لما"})


def _has_content_soon(v: DocView, i: int, end: int) -> bool:
    hit = v.cue(i)
    if (
        hit is not None
        and v.proclitics[i] in ("و", "ف")
        and i + 1 < end
        and prepositional(v, i + 1, hit.form.takes - {"N"}, True)
    ):
        return True  # "التورط في تسميم سكربيل وتطالب بالحصول على …": a second demand
    for j in range(i + 1, min(end, i + 6)):
        if v.complementizer(j) or v.region_opening(j) is not None or v.punct(j, ":"):
            return True
    return hit is not None and _own_content(v, i, end, hit)


OWN_REACH = 8  # tokens from a cue inside a reported clause to the content of its own
_CLOSING_MARKS = frozenset({'"', "»", "”"})


def _own_content(v: DocView, i: int, end: int, hit: CueHit) -> bool:
    """ "إلى "وقف فوري للتصعيد" وحث جميع الأطراف على الالتزام"، "، كما أكد رفضه
    لـ…"، "، لكنه أكد في الوقت ذاته على ضرورة …": a finite cue that opens a clause
    (after a comma or a closing mark, or after كما/ثم/حيث, لكن or a word of time)
    and has content of its own (a preposition or a verbal noun after its subject) is
    the next act of speech. Participles are left to the complementizer rule and to
    `_bare_participle` (a participle with its own preposition)."""
    if hit.form.participle or not (
        v.punct(i - 1, "،,؛;")
        or v.texts[i - 1] in _CLOSING_MARKS
        or v.keys[i - 1] in _WHEN | BUT
        or v.keys[i - 1] in ("كما", "ثم", "حيث")
    ):
        return False
    p, _ = skip_adverbials(v, i + 1, end)
    phrase = noun_phrase(v, p, end, complements=complements(hit))
    if phrase is not None:
        p, _ = skip_adverbials(v, phrase.end, end)
    content = cue_content(v, i, p, end, hit, phrase is None)
    return content is not None and content[1] - i <= OWN_REACH
