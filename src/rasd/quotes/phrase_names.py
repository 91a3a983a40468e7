"""Names inside a speaker phrase: a name before or after a title, an apposed
name after a comma, surnames and family names (nisba), a person after a rank,
and whether a run of name words may start a person.
"""

from __future__ import annotations

from rasd.quotes.circumstances import ends_phrase
from rasd.quotes.phrase_objects import NAME_AHEAD, PREPOSITIONS
from rasd.quotes.speaker_words import (
    Phrase,
    definite,
    entity_end,
    entity_ended,
    other_entity,
    verb_alone,
)
from rasd.quotes.view import VERB_MIN_FREQ, DocView

# A definite word this rare after a first name is a family name ("الخطيب", "الصفدي"),
# not a common noun ("البيان").
SURNAME_MAX_FREQ = 1500

HARD_STOPS = frozenset({"على", "عن", "مع", "منذ", "حول", "ضد", "عبر"})
KEEP_PROCLITICS = ("ب", "ل")  # بوزارة، للشؤون: modifiers inside a description
CONNECTORS = frozenset(
    {"بن", "ابن", "ابو", "ابي", "ام", "عبد", "ال", "بنت", "دي", "دو", "فان", "فون"}
)


def name_before_title(v: DocView, k: int, i: int, phrase: Phrase) -> bool:
    """Two or three plain words opening the phrase, right before its first title: a
    name ("كفاح خميس رئيسة جمعية")."""
    return (
        phrase.name is None
        and not phrase.title
        and not phrase.anonymous
        and not phrase.organisation
        and 2 <= i - k <= 3
        and bare_words(v, k, i)
        and not any(v.proclitics[j] for j in range(k, i))
        and not any(
            v.is_("title", j) or v.is_("anonymous", j) or v.is_("relation", j) for j in range(k, i)
        )
    )


def bare_words(v: DocView, k: int, i: int) -> bool:
    return 0 < i - k <= 4 and all(
        v.word(j) and not definite(v, j) and not v.is_("function", j) for j in range(k, i)
    )


def head_of_place(v: DocView, i: int, limit: int) -> bool:
    """ "حاكم ولاية فلوريدا": a word the entity layer leaves out, right before a place
    or body it names, is the head noun of that name ("ولاية"), not a first name."""
    return (
        v.entity_label(i) is None
        and i + 1 < limit
        and v.entity_label(i + 1) in ("LOC", "ORG")
        and not v.proclitics[i + 1]
    )


def name_after_post(v: DocView, i: int, in_pp: bool) -> bool:
    """ "المرشد الشيعي الأعلى في العراق علي السيستاني": a person's name right after
    the place of a post names the one who holds it."""
    return in_pp and v.entity_label(i) == "PER" and other_entity(v, i - 1, i)


def verb_before_name(v: DocView, k: int, limit: int) -> bool:
    """A bare verb form right before a name the entity layer starts there ("اعتذر
    ترودو"، "أصدر ناصر أمين"), or before a title, a source or a plural of people
    ("أصدر النائب العام المصري"، "تداول ناشطون مقطع فيديو"، "نشر مغردون صورا"): the
    name or description, not the verb, opens the speaker phrase."""
    if k + 1 >= limit or v.proclitics[k] or v.entity_at is None or k in v.entity_at:
        return False
    if v.proclitics[k + 1]:
        return False
    # Also a verb when the news writes its feminine past ("اعتذرت"، "توعدت"): rarer verbs.
    feminine = v.stems[k] + "ت"
    verb = verb_alone(v, k) or (
        not v.definite[k] and not v.is_("title", k) and v.freq.get(feminine, 0) >= VERB_MIN_FREQ * 4
    )
    if k + 1 not in v.entity_at:
        return verb and _describes_people(v, k + 1)
    return verb


def _describes_people(v: DocView, i: int) -> bool:
    """A title, a source or an indefinite plural in -ون ("مغردون"، "متظاهرون")."""
    if v.is_("title", i) or v.is_("anonymous", i) or v.is_("source_head", i):
        return True
    return v.word(i) and not v.definite[i] and v.keys[i].endswith("ون") and not verb_alone(v, i)


def apposed_after_modifier(v: DocView, i: int, limit: int) -> tuple[int, int] | None:
    """A person's name between commas after the modifier that ended a description
    ("النائب الجمهوري عن ولاية أريزونا، جيف فليك،"، "منسق الأمم المتحدة … في سوريا،
    بانوس مومتزيس،"): that person is the speaker."""
    for j in range(i, min(limit, i + NAME_AHEAD)):
        if v.punct(j, "،") or v.punct(j, ","):
            apposed = _apposed_between_commas(v, j, limit)
            if apposed is None:
                # "القيادي الحوثي، المعين مدير مركز التعامل مع الألغام، علي صفرة،": a
                # second description between commas, then the name.
                second = _past_description(v, j + 1, limit)
                apposed = _apposed_between_commas(v, second, limit) if second else None
            return apposed
        if v.punct(j) or v.complementizer(j) or v.cue(j) is not None:
            return None
    return None


def _apposed_between_commas(v: DocView, j: int, limit: int) -> tuple[int, int] | None:
    """The person the entity layer names after the comma at j, closed by a comma;
    "قائد القيادة المركزية الأمريكية، الجنرال جوزيف فوتيل،": past a rank too."""
    apposed = apposition(v, _past_rank(v, j + 1, limit), limit)
    if apposed is None or v.entity_label(apposed[0]) != "PER":
        return None
    after = apposed[1]
    return apposed if after < limit and v.texts[after] in "،," else None


DESCRIPTION_AHEAD = 8  # words of a description apposed between commas before the name


def _past_description(v: DocView, i: int, limit: int) -> int:
    """The comma closing a description apposed at i, opened by a definite word or a
    title ("المعين مدير مركز التعامل مع الألغام،"), with no clause (a cue, a
    complementizer, a relative) and no person in it; 0 when there is none."""
    if i >= limit or not (v.definite[i] or v.is_("title", i)):
        return 0  # the comma ends the text ("وقال الوزير،")
    if v.proclitics[i][:1] in ("و", "ف"):
        return 0
    if v.is_("function", i):
        return 0  # "، الذي …": a relative clause, not a description
    for j in range(i + 1, min(limit, i + DESCRIPTION_AHEAD)):
        if v.punct(j, "،") or v.punct(j, ","):
            return j
        if v.punct(j) or v.cue(j) is not None or v.complementizer(j):
            return 0  # a clause; a number is a word ("المدير العام لمكتب إكسبو 2020،")
        if v.entity_label(j) == "PER":
            return 0
    return 0


RANK_WORDS = 2  # "الجنرال"، "العقيد الركن": title words before an apposed name


def _past_rank(v: DocView, i: int, limit: int) -> int:
    """The first token after the title words (a rank) that open an apposition at i."""
    j = i
    while j < limit and j - i < RANK_WORDS and v.is_("title", j) and v.proclitics[j][:1] != "و":
        j += 1
    return j


def surname_before_apposition(v: DocView, i: int, limit: int) -> bool:
    """A bare word right after a person's name the entity layer ended, before a comma
    and a description ("ابراهيم كالين، المتحدث باسم"): the name's last word."""
    if v.entity_at is None or i + 2 >= limit or v.entity_label(i - 1) != "PER":
        return False
    if i in v.entity_at or not v.word(i):
        return False
    # "كالين" also reads as ك + الين: a comparison, rare right before an apposition.
    if v.proclitics[i] not in ("", "ك") or (v.definite[i] and not v.proclitics[i]):
        return False
    if v.is_("function", i) or v.is_("time", i) or v.cue(i) is not None or verb_alone(v, i):
        return False
    if not (v.punct(i + 1, "،") or v.punct(i + 1, ",")):
        return False
    return v.is_("title", i + 2)


def run_may_start(v: DocView, i: int, k: int, after_title: bool) -> bool:
    """A name starts the phrase, follows a title ("وزير الخارجية جون كيري") or an
    indefinite head ("استطلاع بيو"); after a plain definite noun a bare word is
    the verb or object ("الرئيسان بحثا"), and so is a word the entity layer leaves
    out right after a name it ends ("أعلنت موسكو مقتل خمسة")."""
    if i > k and entity_ended(v, i) and v.entity_label(i) is None:
        return False
    return i == k or after_title or not definite(v, i - 1) or _person_starts(v, i)


def title_genitive(v: DocView, i: int) -> bool:
    """ "وزير حقوق الإنسان اليمني": a bare word right after an indefinite title, before
    a common definite noun, opens the title's genitive chain (what the minister is
    of), not a name. A name the entity layer tags there is still read, and a first
    name before a rare family name fails the frequency test ("… أيمن الصفدي")."""
    nxt = i + 1
    return (
        i > 0
        and v.is_("title", i - 1)
        and not definite(v, i - 1)
        and v.entity_label(i) is None
        and not v.proclitics[i]
        and v.word(nxt)
        and definite(v, nxt)
        and not v.proclitics[nxt]
        and v.freq.get(v.keys[nxt], 0) >= SURNAME_MAX_FREQ
    )


def _person_starts(v: DocView, i: int) -> bool:
    """The entity layer starts a person's name at i after a plain word: "المستخدم محمد
    شعبان"، "السناتور الجمهوري جون ماكين" (descriptions that are not title words)."""
    return (
        v.entity_at is not None
        and v.entity_label(i) == "PER"
        and v.entity_at.get(i - 1) is None
        and not v.proclitics[i]
    )


PARENTHESIS_WORDS = 3  # an acronym or short gloss in brackets inside a speaker phrase


def parenthesised(v: DocView, i: int, limit: int) -> int:
    """After a bracketed acronym of a few words at i ("(أونروا)"، "(سي.إن.إن)": one
    word spelled with dots), else 0."""
    if not v.punct(i, "("):
        return 0
    words = 0
    for j in range(i + 1, limit):
        if v.punct(j, ")"):
            return j + 1 if words else 0
        if v.acronym_dot(j):
            continue
        if (not v.word(j) and v.tokens[j].kind != "latin") or words == PARENTHESIS_WORDS:
            return 0
        words += not v.acronym_dot(j - 1)
    return 0


def nisba_surname(v: DocView, i: int, run: list[int]) -> bool:
    """A definite word closing a name: "أبو علي البصري", "زيد بن رعد الحسين", and
    "سارة الخطيب" (a rare word, not "البيان", where the phrase ends)."""
    key = v.stems[i]
    if not v.definite[i] or v.is_("title", i) or v.is_("time", i) or v.proclitics[i]:
        return False
    if entity_ended(v, i) or other_entity(v, i - 1, i):
        return False  # "نيكي هايلي الضغط": the entity layer ends the name before
    connector = any(v.keys[j] in CONNECTORS for j in range(run[0], run[1]))
    rare = v.freq.get(key, 0) < SURNAME_MAX_FREQ
    return connector or (rare and (key.endswith("ي") or _phrase_ends(v, i + 1)))


def _phrase_ends(v: DocView, i: int) -> bool:
    return (
        i >= v.n
        or v.punct(i)
        or ends_phrase(v, i, v.n)
        or v.keys[i] in PREPOSITIONS
        or v.keys[i] in HARD_STOPS
        or v.proclitics[i] in KEEP_PROCLITICS
    )


RANK_GAP = 5  # words of a body, a rank or an honorific between a title and its holder
_RANK_PARTS = frozenset({"اول"})  # "الفريق أول": a rank's own ordinal, no particle


def person_after_rank(v: DocView, i: int, limit: int) -> tuple[int, int] | None:
    """ "قائد القيادة المركزية الأمريكية الفريق أول ركن جوزيف فوتيل،"، "الأمين العام
    لمؤتمر أساقفة الصين المونسينور غو جينكاي في": a rank or honorific that is no title
    word ended the title's phrase; the person the entity layer names right after it,
    before a mark or a particle, holds the title. Not over a title word ("المتحدث باسم
    الرئيس محمود عباس": someone else's title), a pronoun ("لنظيره") or a conjunction."""
    if v.entity_at is None:
        return None
    j = i
    while j < limit and j - i < RANK_GAP and v.entity_label(j) != "PER":
        if not v.word(j) or v.proclitics[j] not in ("", "ل", "ال", "لل"):
            return None
        if v.enclitic[j] or v.third_person[j] or v.is_("title", j):
            return None
        if v.is_("function", j) and not (v.keys[j] in _RANK_PARTS and definite(v, j - 1)):
            return None
        if v.cue(j) is not None or v.complementizer(j) or v.is_("time", j):
            return None
        j += 1
    if j == i or j >= limit or v.entity_label(j) != "PER" or v.entity_at.get(j - 1) is not None:
        return None
    if not (definite(v, i) or v.proclitics[i] or i in v.entity_at or v.keys[i] in _RANK_PARTS):
        return None  # "مدير سابق للمخابرات أداء ترامب": a bare noun opens the object
    end = entity_end(v, j, limit)
    # Looked at past the limit too: "… ترامب ووصفه" goes on as the object's clause.
    if v.word(end) and not v.is_("function", end) and not v.complementizer(end):
        return None
    return (j, end)


def person_named(v: DocView, phrase: Phrase) -> bool:
    """Whether the phrase's name is a person the entity layer reads."""
    if phrase.name is None:
        return False
    return any(v.entity_label(j) == "PER" for j in range(*phrase.name))


def titled_person(v: DocView, i: int, limit: int) -> tuple[int, int] | None:
    """ "قائد شرطة دبي اللواء عبدالله المري أن": a rank that is a title word closed the
    phrase of a body's title; the person the entity layer names right after it."""
    if v.entity_at is None or i >= limit or not v.is_("rank_before_name", i - 1):
        return None
    if v.entity_label(i) != "PER" or v.entity_at.get(i - 1) is not None:
        return None
    end = entity_end(v, i, limit)
    if v.word(end) and not v.is_("function", end) and not v.complementizer(end):
        return None
    return (i, end)


def lone_surname(v: DocView, k: int) -> bool:
    """ "وكان الصفدي قال", "وعبر العيبان عن": a family name alone, known by its
    nisba form or as the last word of a person the article names in full."""
    key = v.stems[k]
    if any(v.is_(c, k) for c in ("title", "anonymous", "source_head", "time")):
        return False
    if key in v.family_names:
        return True
    return v.definite[k] and key.endswith("ي") and v.freq.get(key, 0) < SURNAME_MAX_FREQ


def surname_follows(v: DocView, i: int) -> bool:
    if not v.word(i) or definite(v, i) or v.proclitics[i] or v.third_person[i]:
        return False
    if any(v.is_(c, i) for c in ("function", "title", "anonymous", "time", "situation")):
        return False
    return i + 1 < v.n and nisba_surname(v, i + 1, [i, i + 1])


def apposition(v: DocView, k: int, limit: int) -> tuple[int, int] | None:
    """ ", ديمتري افراموبولوس،": a name between commas after a title."""
    if v.punct(k, "#"):
        k += 1  # "، #سمير_جعجع،"
    if k < limit and (v.complementizer(k) or v.keys[k] == "فان"):
        # "بحسب مصادر …، فإن جواد …": the main clause (ف + إن); this is far more
        # frequent after a comma than a name that begins with "van".
        return None
    if verb_before_name(v, k, limit):
        return None  # "ووفقا للافتتاحية، اعتذر ترودو": a clause, not an apposed name
    i = k
    while (
        i < limit
        and i - k < 5
        and (
            v.name_like(i, loose=True)
            or v.keys[i] in CONNECTORS
            or (v.punct(i, "#") and v.word(i + 1))  # "أنور #قرقاش"
        )
        and not (i > k and other_entity(v, i - 1, i))  # "أولف موسبيرج لبي بي سي"
    ):
        i += 1
    if i == k:
        return None
    if v.entity_label(i - 1) == "PER":
        return (k, i)  # the entity layer marks where the name ends
    if i < limit and nisba_surname(v, i, [k, i]):
        i += 1
    if i < limit and not (v.punct(i) or v.complementizer(i) or ends_phrase(v, i, limit)):
        return None
    return (k, i)
