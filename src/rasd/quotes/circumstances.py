"""The circumstances of speaking around a speaker phrase: the audience
("للصحافيين"), the medium and place of saying ("في بيان"), time phrases and
dates, manner adverbs, asides; skip_adverbials steps over them and
ends_phrase says where they end a phrase.
"""

from __future__ import annotations

from rasd.quotes.clues import finite_verb
from rasd.quotes.speaker_words import Phrase, definite, entity_end, extend_latin
from rasd.quotes.told_names import body_told_words, past_outlet_mark
from rasd.quotes.view import DocView

MANNER_FEMININE_MIN = 5  # news count of "مبتسمة" that shows "مبتسما" is an adjective
_THIS = frozenset({"هذا", "هذه", "ذلك", "تلك"})


def audience_at(v: DocView, k: int, limit: int) -> int | None:
    """End of an audience phrase ("للصحافيين", "لشبكة CNN", "أمام الصحافيين") at k."""
    if not v.word(k) or k >= limit:
        return None
    key = v.keys[k]
    head = k
    if key == "امام" and k + 1 < limit:
        head = k + 1
    elif not (v.proclitics[k].endswith("ل") or key.startswith("ل")):
        return None
    if v.keys[head] == "ل" and v.tokens[head].kind == "word":
        # "لـ CNN", "لـ"الوطن"": the preposition written alone before a name.
        nxt = head + 1
        if nxt < limit and v.tokens[nxt].kind == "latin":
            return extend_latin(v, nxt, limit)
        r = v.region_opening(nxt)
        if r is not None and v.regions[r].closer is not None and v.regions[r].last - nxt <= 6:
            return v.regions[r].last + 1
        return None
    if head == k and v.proclitics[k].endswith("ل") and v.entity_label(k) == "PER":
        if v.clitic_in_name(k):
            return None  # "وقال لوبان إن": the name's own first letter, not "to"
        return k + 1  # "وقال بوتين لعباس": told to a person
    stem = v.stems[head] if head == k else v.keys[head]
    bare = stem[2:] if stem.startswith("ال") else stem
    raw = v.keys[head][1:] if head == k and v.keys[head].startswith("ل") else ""
    candidates = {stem, bare, "ال" + bare, raw, raw[1:] if raw.startswith("ل") else raw}
    # "لرويترز"، "لبي بي سي": an agency named without "وكالة" (words.tsv `outlet`).
    outlet = head == k and (v.lexicon.has("outlet", stem) or v.lexicon.has("outlet", raw))
    if not outlet and not any(v.lexicon.has("audience", c) for c in candidates if c):
        return None
    # "لبي بي سي": the outlet's whole name, as the entity layer reads it.
    end = entity_end(v, head, limit) if outlet else head + 1
    # "لصحيفة واشنطن بوست": a bare head's genitive names it; "للصحيفة ماريا إدغاردا": a
    # definite head takes none, and the name after it is who spoke (`told_names`).
    named = not stem.startswith("ال")
    while (
        end < limit
        and end - head <= 3
        and (
            v.tokens[end].kind == "latin"
            or (named and v.name_like(end, loose=True))
            or (definite(v, end) and not v.proclitics[end])
        )
    ):
        end += 1
    return end


def _place_of_saying(v: DocView, k: int, limit: int) -> int:
    """One past "في بيروت" at k (0 when none): "في" and a whole place name, where the
    words were said, followed by a medium or the words themselves (a quotation, or
    what "ب" tells)."""
    if k + 1 >= limit or v.keys[k] != "في" or v.entity_at is None:
        return 0
    place = v.entity_at.get(k + 1)
    if place is None or place.label != "LOC":
        return 0
    j = k + 1
    while j < limit and v.entity_at.get(j) is place:
        j += 1
    said = _medium_at(v, j, limit) or (j < limit and v.region_opening(j) is not None)
    # "وأفادت قناة "فوكس 17" في ناشفيل بوقوع أضرار": the words, told with "ب".
    return j if said or _told_with_bi(v, j, limit) else 0


def _told_with_bi(v: DocView, j: int, limit: int) -> bool:
    """ "بوقوع أضرار"، "بالإضراب": what "ب" tells after the place of saying; not a
    second place ("في كيوتو باليابان") nor who led or attended ("بزعامة"، "بحضور")."""
    if j >= limit or not v.proclitics[j].endswith("ب") or not v.word(j):
        return False
    return v.entity_label(j) is None and not v.is_("accompanied", j)


def _statement_aside(v: DocView, k: int, limit: int) -> int:
    """One past "، في بيان له اليوم،": where it was said, between commas (0 when
    none); also "، بحسب ما نقلت عنها شينخوا،" and "، عبر حسابه على تويتر،", whose
    source or medium is no part of the speaker or of what was said. Dashes enclose it as
    commas do ("وشدد السفير … - وفقاً لما نقلته وكالة الأنباء البحرينية - على ضرورة"),
    closed by a dash."""
    marks = _ASIDE_MARKS.get(v.texts[k - 1]) if v.punct(k - 1) else None
    if marks is None:
        return 0
    if v.keys[k] == "في" and v.is_("situation", k + 1):
        reach = 6
    elif v.is_("attribution", k) or (v.keys[k] in _ASIDE_OPENERS and not v.proclitics[k]):
        reach = ASIDE_REACH
    else:
        return 0
    for j in range(k + 2, min(limit, k + reach)):
        if v.punct(j, marks):
            return j + 1
        if v.punct(j) or v.complementizer(j):
            return 0
    return 0


# What closes an aside after each mark that opens it.
_DASHES = "-–—"
_ASIDE_MARKS = {"،": "،,", ",": "،,"} | dict.fromkeys(_DASHES, _DASHES)
ASIDE_REACH = 10  # tokens of an attribution or medium between commas after a speaker
_ASIDE_OPENERS = frozenset({"عبر", "خلال", "اثناء", "لدى"})


def _medium_at(v: DocView, k: int, limit: int) -> int:
    """One past "عبر موقع "تويتر"", "عبر حسابه على فيسبوك" at k (0 when none)."""
    if k + 1 >= limit or v.keys[k] != "عبر" or not v.is_("medium", k + 1):
        return 0
    j = k + 2
    r = v.region_opening(j)
    if r is not None and v.regions[r].closer is not None and v.regions[r].last - j <= 4:
        return v.regions[r].last + 1  # the quoted name of the site
    if j + 1 < limit and v.keys[j] == "على" and (v.is_("medium", j + 1) or v.is_("network", j + 1)):
        return j + 2
    while j < limit and j - k < 4 and v.tokens[j].kind == "latin":
        j += 1
    return j


# "وشدد مرة أخرى على"، "اتهمت إسرائيل للمرة الأولى إيران": how often, not who.
_TIMES = frozenset({"مرة", "المرة"})

_ORDINALS = frozenset({"اخرى", "ثانية", "جديدة", "الاولى", "الثانية", "الثالثة", "الاخيرة"})


def manner(v: DocView, k: int) -> bool:
    """An indefinite accusative participle of the form مُفعِلاً ("مبتسما"، "متأثرا"،
    "مستغربا"): a subject is never accusative, so it says how the words were said."""
    key = v.keys[k]
    # "ويقول صراحة إنه"، "وأشار خصوصا إلى": a listed adverb (words.tsv `manner_adverb`).
    if v.lexicon.has("manner_adverb", key) and not v.proclitics[k]:
        return True
    return (
        len(key) >= 5
        and key.startswith("م")
        and key.endswith("ا")
        and not v.proclitics[k]
        and not v.definite[k]
        and (v.entity_label(k) is None or _has_feminine(v, key))
        and v.cue(k) is None
        and not v.is_("title", k)
        and not v.is_("anonymous", k)
    )


def _has_feminine(v: DocView, key: str) -> bool:
    """The news writes the participle's feminine too ("مبتسمة" beside "مبتسما"): an
    adjective, even where the entity layer took it for a name; names have none."""
    return v.freq.get(key[:-1] + "ة", 0) >= MANNER_FEMININE_MIN


# Time words that take an object: "قال قبل أيام", "أفادت قبل يومين", "قال قبيل القمة"
# (prepositions, a closed class: kept here, not in words.tsv).
_TIME_PREPOSITIONS = frozenset(
    {"قبل", "بعد", "قبيل", "بعيد", "خلال", "اثناء", "عقب", "اثر", "منذ", "فور", "غداة"}
)

# "وقال وسط تصفيق الحضور"، "وقال وسط موظفين": amid whom or what, like a time phrase.
_AMID = "وسط"

_SAME = frozenset({"ذاته", "ذاتها", "نفسه", "نفسها", "ذلك", "تلك", "هذا", "هذه"})
_YEAR = frozenset({"عام", "العام", "سنة", "السنة"})
TIME_OBJECT_WORDS = 3  # words of a time phrase's object ("قبيل انطلاق القمة")


def _time_phrase_end(v: DocView, k: int, limit: int) -> int:
    """One past a time phrase at k whose object is no speaker: "قبل أيام", "قبيل
    القمة", "خلال المؤتمر ذاته", "عام ٢٠١٤" (0 when none). The object stops before
    a title, a name or a source ("قال بعد الاجتماع وزير الخارجية")."""
    key = v.keys[k]
    if key in _YEAR and k + 1 < limit and v.tokens[k + 1].kind == "number":
        return k + 2
    if (key not in _TIME_PREPOSITIONS and key != _AMID) or v.proclitics[k]:
        return 0
    j = k + 1
    while j < limit and j - k <= TIME_OBJECT_WORDS and _time_object_word(v, j, k):
        j += 1
    return j if j > k + 1 else 0


def _time_object_word(v: DocView, j: int, k: int) -> bool:
    """Whether token j still belongs to the object of the time word at k."""
    if v.tokens[j].kind == "number" or _article_of_number(v, j):
        return True
    if not v.word(j) or v.complementizer(j) or v.cue(j) is not None or v.proclitics[j]:
        return False
    if v.keys[j] in _THIS and j <= k + 2:
        # "بعد ذلك", "فور ارتكاب تلك الجريمة": the object or its genitive, not a word
        # after an adjective ("منذ فترة طويلة هذا الطبيب": the verb's object).
        return True
    if v.keys[j - 1] in _THIS:
        return definite(v, j)  # "بعد ذلك وزير الخارجية": a bare noun opens the speaker
    if j > k + 1 and v.word(j - 1) and not definite(v, j - 1) and not v.enclitic[j - 1]:
        # "خلال جلسة مجلس الأمن": a bare noun takes the next word as its genitive,
        # a name or a title too.
        return not v.is_("function", j)
    if v.is_("title", j) or v.is_("anonymous", j) or v.is_("source_head", j):
        return False
    if v.entity_label(j) in ("PER", "ORG") or v.is_("function", j):
        return v.keys[j] in _SAME
    # After the object only its adjective: a definite word or "ذاته".
    return j == k + 1 or v.keys[j] in _SAME or definite(v, j)


def _article_of_number(v: DocView, j: int) -> bool:
    """ "خلال الساعات الـ24 الماضية": the article written apart from its number is
    the number's, not a word that could open a speaker phrase."""
    return v.keys[j] == "ال" and j + 1 < v.n and v.tokens[j + 1].kind == "number"


def _in_this_context(v: DocView, k: int, limit: int) -> bool:
    """ "في هذا السياق", "في هذا الصدد", "في هذا الشأن" at k (words.tsv `situation`,
    `context_noun`)."""
    if k + 2 >= limit or v.keys[k] != "في" or v.keys[k + 1] not in _THIS:
        return False
    bare = v.stems[k + 2][2:]
    return any(v.is_(c, k + 2) or v.lexicon.has(c, bare) for c in ("situation", "context_noun"))


def skip_adverbials(v: DocView, k: int, limit: int) -> tuple[int, tuple[int, int] | None]:
    """Skips time words, "له" and an audience; returns the next index and the audience."""
    audience = None
    while k < limit:
        if v.keys[k] == "بكل":
            k += 2  # "بكل وضوح"
            continue
        occasion = occasion_end(v, k, limit)
        if occasion:
            k = occasion  # "وتابع خلال مؤتمر صحافي في عمان أن": where, not who or what
            continue
        timed = _time_phrase_end(v, k, limit) or _date_end(v, k, limit)
        if timed:
            k = timed  # "قال قبل أيام إن", "كشف عام ٢٠١٤ أن": when, not who
            continue
        if (
            v.is_("time", k)
            or v.lexicon.has("informal", v.keys[k])
            or v.punct(k, "،,")
            or v.is_("aside", k)
        ):
            k += 1
            continue
        if manner(v, k):
            k += 1  # "ويقول مبتسما"، "يضيف متأثرا": how he spoke, not who
            continue
        if v.stems[k] in _TIMES:
            k += 2 if k + 1 < limit and v.keys[k + 1] in _ORDINALS else 1
            continue
        if v.keys[k] == "من" and v.is_("aside", k + 1):
            k += 2  # "وأكد الهلال الأحمر من جهته إصابة …"
            continue
        if _in_this_context(v, k, limit):
            k += 3  # "مؤكدا في هذا السياق أهمية …"
            continue
        # A comma was skipped above; a dash opens nothing else between cue and words.
        aside = _statement_aside(v, k + 1 if v.punct(k, _DASHES) else k, limit)
        if aside:
            k = aside  # "ودعا الحزب، في بيان له اليوم، كافة القوى إلى …"
            continue
        medium = _medium_at(v, k, limit)
        if medium:
            k = medium  # "وطالب بعض المشجعين عبر موقع "تويتر" بتنظيم …"
            continue
        place = _place_of_saying(v, k, limit)
        if place:
            k = place  # "وقال لوكالة الأنباء الفرنسية في بيروت عبر الهاتف "…""
            continue
        end = _told_at(v, k, limit)
        if end is None:
            break
        audience = (k, end)
        k = end
    return k, audience


def _told_at(v: DocView, k: int, limit: int) -> int | None:
    """One past whom a cue told at k: an audience with its outlet's marked name when
    the words follow it ("وقال لمراسل "الجوهرة أف أم" إن"; not "لمراسل "الجوهرة"، عمر
    التيس، الذي واكب …", the correspondent's name), or a body the entity layer names
    (`told_names`)."""
    end = audience_at(v, k, limit)
    if end is None:
        return body_told_words(v, k, limit)
    marked = past_outlet_mark(v, end, limit)
    return marked if marked < limit and v.complementizer(marked) else end


_OCCASION_OPENERS = frozenset({"في", "خلال", "عبر", "اثناء"})
_POSSESSIVE = ("هم", "ها", "ه")
OCCASION_MODIFIERS = 2  # adjectives after the head ("مؤتمر صحفي مشترك")


def occasion_end(v: DocView, k: int, limit: int) -> int:
    """One past an occasion of speaking at k (`occasion_span`) that what was said, or
    another circumstance, follows; 0 when none."""
    j = occasion_span(v, k, limit)
    return j if j and _said_after(v, j, limit) else 0


def occasion_span(v: DocView, k: int, limit: int) -> int:
    """One past "في مؤتمر صحفي"، "في أكثر من تصريح إعلامي"، "خلال كلمته في دافوس" at k
    (0 when none): where or how the words were said (words.tsv `speech_occasion`);
    a genitive after the head ("في بيان الحكومة") may be the speaker and stops it."""
    if k + 1 >= limit or v.keys[k] not in _OCCASION_OPENERS or v.proclitics[k]:
        return 0
    j = k + 1
    if j + 1 < limit and v.keys[j] == "اكثر" and v.keys[j + 1] == "من":
        j += 2  # "في أكثر من تصريح"
    if j >= limit or not _occasion_head(v, j):
        return 0
    j += 1
    while j < limit and j - k <= OCCASION_MODIFIERS + 3 and _occasion_modifier(v, j):
        j += 1
    return _place_of_occasion(v, j, limit)


def occasion_noun(v: DocView, k: int, limit: int) -> int:
    """Start of a bare noun after an occasion at k that an adjective closed ("في
    أكثر من تصريح إعلامي نيته الترشح"), for a cue that takes one; -1 when none.
    Kept out of skip_adverbials, where the noun would be read as the speaker."""
    j = occasion_span(v, k, limit)
    if not j:
        return -1
    timed = skip_adverbials(v, j, limit)[0]
    if timed > j and _plain_noun(v, timed) and not (v.definite[timed] or finite_verb(v, timed)):
        # "نفت الرئاسة في بيان لها اليوم الأربعاء تصريحات …": past the time too; a
        # definite noun there may be the subject ("في بيان اليوم الوزارة"), a verb opens
        # the writer's clause ("في بلاغ لها اليوم تسلمت الجوهرة نسخة منه").
        return timed
    if not _plain_noun(v, j):
        return -1
    return j if _occasion_modifier(v, j - 1) or _bare_complement(v, j) else -1


def _bare_complement(v: DocView, j: int) -> bool:
    """ "نفت الوزارة في بيان وقوع": right after a bare head an indefinite noun is the
    genitive only when it names who issued it ("في بيان وزارة"، "في بيان حزب"),
    which the entity layer or the source lists catch."""
    return (
        _occasion_head(v, j - 1)
        and not v.keys[j].startswith("ال")
        and not _listed(v, j, "source_head")
        and not _listed(v, j, "speaking_group")
        and not v.is_("issuing", j)
        and not _adjective_after(v, j)
        and _genitive_after(v, j)
    )


def _adjective_after(v: DocView, j: int) -> bool:
    """ "في مقابلة حصرية"، "في تصريحات سابقة": a feminine word after a feminine or
    plural head agrees with it, an adjective the list lacks."""
    return v.keys[j].endswith("ة") and v.keys[j - 1].endswith(("ة", "ات"))


def _genitive_after(v: DocView, j: int) -> bool:
    """What was said goes on past the noun ("في بيان وقوع إصابات"، "في تغريدة
    استياءه من"); a complementizer, a comma or a time after it leaves a modifier
    ("في تصريحات سابقة أن"، "في بيان صدر الاثنين،"), and a preposition with a pronoun
    a relative clause ("في بيان صدر عنها"، "في مقابلة أجرتها معه")."""
    after = j + 1
    return (
        v.word(after)
        and not v.complementizer(after)
        and not v.is_("time", after)
        and not (v.is_("function", after) and v.keys[after].endswith(_POSSESSIVE))
    )


def _occasion_head(v: DocView, j: int) -> bool:
    return _listed(v, j, "speech_occasion")


def _listed(v: DocView, j: int, category: str) -> bool:
    """Token j is in the list, read without the article or a possessive pronoun."""
    if not v.word(j) or v.proclitics[j]:
        return False
    key = v.keys[j]
    forms = {key, key[2:] if key.startswith("ال") else key}
    for end in _POSSESSIVE:
        if key.endswith(end) and len(key) > len(end) + 2:
            base = key[: -len(end)]
            forms |= {base, base[:-1] + "ة" if base.endswith("ت") else base}
    return any(v.lexicon.has(category, f) for f in forms)


def _occasion_modifier(v: DocView, j: int) -> bool:
    if not v.word(j) or v.proclitics[j]:
        return False
    key = v.keys[j]
    bare = key[2:] if key.startswith("ال") else key
    return v.lexicon.has("occasion_modifier", key) or v.lexicon.has("occasion_modifier", bare)


def _place_of_occasion(v: DocView, j: int, limit: int) -> int:
    """Past "في عمان" (a whole place name) or "على موقع "تويتر"" after the occasion."""
    medium = j + 1 < limit and (_listed(v, j + 1, "medium") or v.is_("network", j + 1))
    if medium and v.keys[j] == "على":
        j += 2  # "على موقعه الإلكتروني"، "على موقع "تويتر""
        while j < limit and _occasion_modifier(v, j):
            j += 1
        r = v.region_opening(j)
        if r is not None and v.regions[r].closer is not None and v.regions[r].last - j <= 4:
            return v.regions[r].last + 1
        while j < limit and v.tokens[j].kind == "latin":
            j += 1
        return j
    if j + 1 >= limit or v.keys[j] != "في" or v.entity_at is None:
        return j
    place = v.entity_at.get(j + 1)
    if place is None or place.label != "LOC":
        return j
    end = j + 1
    while end < limit and v.entity_at.get(end) is place:
        end += 1
    return end


_SAID_PREPOSITIONS = frozenset({"عن", "على", "الى"})


def _said_after(v: DocView, j: int, limit: int) -> bool:
    """What follows the occasion is what was said (a complementizer, a quotation, a
    colon, what "ب" or a cue's preposition tells) or another circumstance."""
    after = j + 1 if v.punct(j, "،,") else j
    if after >= limit:
        return False
    return (
        v.complementizer(after)
        or v.region_opening(after) is not None
        or v.punct(after, ":")
        or (v.word(after) and v.proclitics[after][-1:] == "ب" and v.entity_label(after) is None)
        or (v.keys[after] in _SAID_PREPOSITIONS and not v.proclitics[after])
        or audience_at(v, after, limit) is not None
        or bool(_date_end(v, after, limit) or _medium_at(v, after, limit))
    )


def _plain_noun(v: DocView, j: int) -> bool:
    """An adjective closed the occasion, so a noun after it is what was said, not the
    occasion's genitive."""
    return (
        v.word(j)
        and not v.proclitics[j]
        and v.entity_label(j) is None
        and v.cue(j) is None
        and not v.is_("title", j)
        and not v.is_("anonymous", j)
        and not v.is_("function", j)
        and not v.is_("time", j)
        and not _occasion_modifier(v, j)
    )


def ends_phrase(v: DocView, i: int, limit: int) -> bool:
    return (
        v.complementizer(i)
        or v.is_("time", i)
        or v.lexicon.has("informal", v.keys[i])
        or (v.cue(i) is not None and not v.is_("title", i))
        or audience_at(v, i, limit) is not None
        or v.region_opening(i) is not None
    )


def opens_circumstance(v: DocView, i: int, limit: int) -> bool:
    """A preposition that opens the circumstances of speaking ("في بيان")."""
    if v.is_("situation", i) or v.is_("time", i) or v.stems[i] in _TIMES:
        return True
    if occasion_span(v, i, limit):
        return True  # "ونفى الرئيس في أكثر من تصريح إعلامي نيته": where, not whose
    nxt = i + 1
    if v.keys[i] == "في" and _date_at(v, nxt, limit):
        return True  # "وذكرت شرطة طهران في شباط/فبراير أنه": when, not whose
    if nxt + 1 < limit and v.keys[nxt + 1] in ITSELF:
        return True  # "ومضى وزير المال الأمريكي في الاتجاه ذاته": how, not whose
    if nxt < limit and v.keys[i] == "في" and definite(v, nxt) and not v.proclitics[nxt]:
        # "وقال الوزير الفرنسي في المؤتمر الصحافي": the lists hold "مؤتمر" bare.
        return v.lexicon.has("situation", v.stems[nxt][2:])
    return nxt < limit and (v.is_("situation", nxt) or v.is_("time", nxt))


ITSELF = frozenset({"ذاته", "ذاتها", "نفسه", "نفسها"})
_MONTH_PARTS = frozenset({"الاول", "الثاني", "الحالي", "الجاري", "الماضي", "المقبل"})


def _date_end(v: DocView, k: int, limit: int) -> int:
    """One past "في" and a date at k ("في الأول من أكتوبر/تشرين الأول الحالي"،
    "في شباط/فبراير") before what was said; 0 when none."""
    if v.keys[k] != "في" or not _date_at(v, k + 1, limit):
        return 0
    j = k + 1 if v.is_("month", k + 1) else k + 3
    while j < limit and (
        v.is_("month", j)
        or v.punct(j, "/()")
        or v.tokens[j].kind == "number"
        or v.keys[j] in _MONTH_PARTS
    ):
        j += 1
    # Only before what was said ("، أن", "بوجود"): "أعلنت في ديسمبر عن اتفاق"
    # announces a deal.
    after = j + 1 if v.punct(j, "،,") else j
    said = (
        v.complementizer(after)
        or v.region_opening(after) is not None
        or v.punct(after, ":")
        or v.proclitics[after][-1:] == "ب"  # "واعترف … في أبريل/نيسان 2016، بوجود"
    )
    return j if said else 0


def _date_at(v: DocView, j: int, limit: int) -> bool:
    """A month, or a day then "من" and a month ("الأول من أكتوبر"، "3 من مارس")."""
    if j < limit and v.is_("month", j):
        return True
    return j + 2 < limit and v.keys[j + 1] == "من" and v.is_("month", j + 2)


def place_of_speaking(v: DocView, i: int, phrase: Phrase) -> bool:
    """ "المفوضية الأوروبية في بروكسل": a place after a body says where it spoke; a
    title keeps its post's place ("السفير الأمريكي في دمشق"), a source its own
    ("مصدر في بغداد")."""
    return (
        v.keys[i] == "في"
        and v.entity_label(i + 1) == "LOC"
        and not (phrase.title or phrase.anonymous)
        # "المرشد الشيعي الأعلى في العراق علي السيستاني": a person's post, not a place.
        and v.entity_label(entity_end(v, i + 1, v.n)) != "PER"
    )
