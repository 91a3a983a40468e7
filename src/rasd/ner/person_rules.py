"""The name rules for people (pattern 6 of rules.py): kinship words, a second person after
"و", a kunya, titles and ranks, blessings, the words that end a person's name
(function words, a preposition with the article, a pronoun, a coined term), and a Korean
name's last syllable spelt like an Arabic word, which does not.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.ner.gazetteer import loose_key
from rasd.ner.rule_words import PERSON_TITLES, PREPOSITIONS, RULE_WORDS
from rasd.ner.scoring import chunks
from rasd.text.normalize import match_key

_POSSESSIVES = ("ه", "ها", "هما", "هم", "هن", "نا", "ك", "كم")


def _kinship_forms() -> frozenset[str]:
    stems = (
        "ابن ابنة بنت زوج زوجة شقيق شقيقة والد والدة عم عمة خال خالة جد جدة حفيد حفيدة "
        "نجل نجلة أم أخت صديق صديقة"
    ).split()
    forms = {
        (stem[:-1] + "ت" if stem.endswith("ة") else stem) + pronoun
        for stem in stems
        for pronoun in (*_POSSESSIVES, "ي")
    }
    # أب and أخ inflect for case (أبوه، أباه، أبيه); "أبي" alone is left out, since it
    # is also the kunya of a name ("أبي تمام").
    forms |= {
        head + vowel + p for head in ("أب", "أخ") for vowel in ("و", "ا", "ي") for p in _POSSESSIVES
    }
    return frozenset(match_key(f) for f in forms)


_KINSHIP = _kinship_forms()


def _is_kinship(word: str) -> bool:
    key = match_key(word)
    return key in _KINSHIP or (key[:1] == "و" and key[1:] in _KINSHIP)


def kinship(words: Sequence[str], tags: list[str]) -> None:
    """Kinship words at either end of a person's name leave it."""
    for i, word in enumerate(words):
        if not tags[i].endswith("-PER") or not _is_kinship(word):
            continue
        at_start = tags[i] == "B-PER"
        at_end = i + 1 == len(tags) or tags[i + 1] != "I-PER"
        if at_start and not at_end:
            tags[i + 1] = "B-PER"
        if at_start or at_end:
            tags[i] = "O"


def coordinated_people(tags: list[str], conjoined: Sequence[bool]) -> None:
    """A word with the conjunction "و" inside a person's name begins a second person
    ("غريزمان وديغو كوستا", "كوستا وإيسكو"): the tagger, seeing rare names, runs two
    coordinated names into one."""
    for i in range(1, min(len(tags), len(conjoined))):
        if tags[i] == "I-PER" and conjoined[i]:
            tags[i] = "B-PER"


_KUNYA = frozenset({"ابو", "ابي", "ابا"})


def kunya_begins_name(words: Sequence[str], tags: list[str]) -> None:
    """A kunya right before a person's name begins it ("أبي العلاء المعري"، "أبو بكر
    البغدادي"): the tagger, seeing it rarely, often starts the name after it."""
    for i, word in enumerate(words[:-1]):
        if tags[i + 1] != "B-PER" or tags[i] != "O":  # most words: no key needed
            continue
        key = match_key(word)
        if key in _KUNYA or (key[:1] in ("و", "ف") and key[1:] in _KUNYA):
            tags[i], tags[i + 1] = "B-PER", "I-PER"


# Closed-class words that never continue a person's name ("أبو شهاب هو مشرف").
_NAME_STOPS = PREPOSITIONS | frozenset(
    loose_key(w) for w in "هو هي هم هما أنا نحن هذا هذه ذلك تلك قد لا لم لن أن إن كان كانت".split()
)


def function_words(keys: Sequence[str], tags: list[str]) -> None:
    """A person's name ends before a pronoun, particle or preposition."""
    for i, key in enumerate(keys):
        if tags[i] == "I-PER" and key in _NAME_STOPS:
            _end_person(tags, i)


_BLESSINGS = RULE_WORDS["blessing"]
_BLESSERS = frozenset(loose_key(w) for w in "الله السلام الصلاة".split())


def blessings(words: Sequence[str], tags: list[str]) -> None:
    """A blessing said after a name ("عمر بن الخطاب رضي الله عنه", "زايد طيب الله ثراه",
    "يوسف عليه السلام") is no part of it, nor a name of its own ("طيب الله"). Surface
    words: the keys drop the pronoun ("رحمه" keys as "رحم", "عليه" as the name "علي")."""
    for i in range(min(len(words), len(tags)) - 1):
        if (
            tags[i] != "O"
            and loose_key(words[i]) in _BLESSINGS
            and loose_key(words[i + 1]) in _BLESSERS
        ):
            tags[i] = "O"
            j = i + 1
            while j < len(tags) and tags[j].startswith("I-"):
                tags[j] = "O"
                j += 1


# A preposition with a pronoun ("أطلق عليها", "ألقت القبض عليه") names nothing.
_PRONOUN_OBJECTS = frozenset(
    loose_key(preposition + pronoun)
    for preposition in "علي إلي لدي عند أمام".split()
    for pronoun in _POSSESSIVES
)


def pronoun_chunks(words: Sequence[str], tags: list[str]) -> None:
    """A one-word name that is a preposition with a pronoun is none (surface words: the
    key of "عليه" is the name "علي"), after "و" or "ف" too ("وإليهما")."""
    for _, start, end in chunks(tags):
        if end - start == 1 and start < len(words) and _is_pronoun_object(words[start]):
            tags[start] = "O"


def _is_pronoun_object(word: str) -> bool:
    if loose_key(word) in _PRONOUN_OBJECTS:
        return True
    return word[:1] in ("و", "ف") and loose_key(word[1:]) in _PRONOUN_OBJECTS


_COINED_TERMS = RULE_WORDS["coined_term"]
_PHOBIA = "فوبيا"


def coined_terms(keys: Sequence[str], tags: list[str]) -> None:
    """A term coined from a name ("بريكست", "أوباماكير", "روسيافوبيا") names no one: it
    leaves the name it was read into ("بريكست ميشال بارنييه", "تيريزا ماي لبريكست")."""
    for i, key in enumerate(keys):
        if tags[i] != "O" and (key in _COINED_TERMS or key.endswith(_PHOBIA)):
            tags[i] = "O"
            if i + 1 < len(tags) and tags[i + 1].startswith("I-"):
                tags[i + 1] = "B-" + tags[i + 1][2:]


def person_titles(keys: Sequence[str], stems: Sequence[str], tags: list[str]) -> None:
    """Titles and ranks with the article before a name are no part of it ("الميجور
    أدريان رانكين-غالواي", "البابا فرانسيس"): the tagger, meeting foreign ranks rarely,
    takes them in. Without the article they are given names ("أمير نبيل", "رائد خوري")."""
    for label, start, end in chunks(tags):
        first = start
        while (
            label == "PER"
            and first < min(end - 1, len(stems))
            and keys[first] in PERSON_TITLES
            and stems[first].startswith("ال")
        ):
            tags[first] = "O"
            first += 1
        if first > start:
            tags[first] = "B-PER"


def _end_person(tags: list[str], i: int) -> None:
    """Untag the rest of the person's name from word `i` on."""
    while i < len(tags) and tags[i] == "I-PER":
        tags[i] = "O"
        i += 1


_PREPOSITION_ARTICLE = ("بال", "لل", "كال")


def prepositional_tail(words: Sequence[str], tags: list[str]) -> None:
    """ "مادورو بالتشافيزية": a preposition with the article never continues a name."""
    for i, word in enumerate(words):
        if tags[i] != "I-PER":
            continue
        key = match_key(word)
        if key[:1] in ("و", "ف") and len(key) > 4:
            key = key[1:]
        if key.startswith(_PREPOSITION_ARTICLE):
            _end_person(tags, i)


_KOREAN_SYLLABLES = RULE_WORDS["korean_syllables"]


def korean_syllables(words: Sequence[str], tags: list[str]) -> None:
    """A Korean name's last syllable that is spelt like an Arabic word ("إن", that) ends
    the name: the tagger, which reads "إن" after a speaker's name thousands of times, stops
    the name before it ("[مون جيه] إن" for "مون جيه إن", Moon Jae-in). Compared by loose key
    of the written word (إن، أن، آن، ان alike): the tagger's key drops the final ه of "جيه"
    as a pronoun. Unseen news (issue 14, entjoin2): 56 articles changed, all right; dev
    and held-out dev unchanged (no Korean name is cut there)."""
    for label, _, end in chunks(tags):
        if (
            label == "PER"
            and end < len(tags)
            and tags[end] == "O"
            and f"{loose_key(words[end - 1])}_{loose_key(words[end])}" in _KOREAN_SYLLABLES
        ):
            tags[end] = "I-PER"
