"""Places the news corpus names but the gazetteer lacks ("سالزبوري", "أميسبوري",
"الجراحي"): words the corpus writes right after a place noun ("مدينة", "قضاء",
"مديرية" …) in several articles and in a good share of all their occurrences
(`data/corpus_places.tsv`, mined by `benchmarks/mine_places.py`). The tagger, seeing
one sentence, leaves such a word untagged or reads it as a person.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from importlib import resources

from rasd.ner.rule_words import load_rule_words
from rasd.ner.scoring import chunks
from rasd.text.normalize import match_key

CORPUS_PLACES_RESOURCE = "corpus_places.tsv"
_GLUED_PREPOSITIONS = ("ب", "ل")
# A feminine noun with a possessive ("بشرتها", "حكومته") is definite.
_FEMININE_ENCLITICS = ("ته", "تها", "تهم", "تهما", "تهن", "تنا", "تكم")
# Mined words that are no places ("ولاية الفقيه", "قضاء إجازته"), as stems.
_WORDS = load_rule_words(key=match_key)
_NOT_PLACES = _WORDS["not_corpus_place"]
# A word after these is a verb ("قد تدمر الأدلة"), not the town it is spelt like.
_VERB_PARTICLES = _WORDS["verb_particle"]


@cache
def corpus_places() -> frozenset[str]:
    """The mined places, as stems: written with the article or without it, as the
    corpus writes them ("الرمادي" the town, "الرمادية" grey; "الطوال", not "طوال")."""
    text = (resources.files("rasd.ner") / "data" / CORPUS_PLACES_RESOURCE).read_text("utf-8")
    rows = (line.split("\t", 1)[0] for line in text.splitlines() if not line.startswith("#"))
    return frozenset(match_key(w) for w in rows if w) - _NOT_PLACES


def _named_people(keys: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]) -> set[str]:
    """Words of the document's names of two words or more read as persons: a town's
    name may be a surname ("سيرجي سكريبال" is no town, "محمد الرمادي" no place)."""
    people: set[str] = set()
    for sentence_keys, sentence_tags in zip(keys, tags, strict=True):
        for label, start, end in chunks(sentence_tags):
            if label == "PER" and end - start > 1:
                people.update(sentence_keys[start:end])
    return people


def _alone(tags: Sequence[str], i: int) -> bool:
    """Untagged or a one-word person, with no name right before it."""
    before = tags[i - 1] if i else "O"
    if before != "O":
        return False
    after = tags[i + 1] if i + 1 < len(tags) else "O"
    return tags[i] == "O" or (tags[i] == "B-PER" and not after.startswith("I-"))


def _adjective(words: Sequence[str], stems: Sequence[str], i: int) -> bool:
    """Whether a definite word follows a definite noun, which it then describes
    ("الخوذ البيضاء", "وبشرتها البيضاء", "الخوذ-البيضاء"): the noun has the article
    or a feminine noun's enclitic. Not with a preposition glued to it ("اللهجة
    المحلية للرمادي")."""
    if i == 0 or not stems[i].startswith("ال"):
        return False
    own = match_key(words[i])
    if own != stems[i] and own.startswith(_GLUED_PREPOSITIONS):
        return False
    j = i - 2 if words[i - 1] == "-" and i > 1 else i - 1
    return stems[j].startswith("ال") or match_key(words[j]).endswith(_FEMININE_ENCLITICS)


def _read_otherwise(
    keys: Sequence[str],
    stems: Sequence[str],
    words: Sequence[str],
    i: int,
    names_person: Callable[[str], bool],
) -> bool:
    """Whether the word before makes the mined word a verb or a person's name: a verb
    particle ("قد تدمر"), a title or a nationality ("المدرب الروماني بولوني"). A
    feminine noun is a place's ("محافظة الطائف"), though its key is a title's (محافظ)."""
    if i == 0:
        return False
    if match_key(words[i - 1]) in _VERB_PARTICLES:
        return True
    return not stems[i - 1].endswith("ة") and names_person(keys[i - 1])


def mined_places(
    keys: Sequence[Sequence[str]],
    stems: Sequence[Sequence[str]],
    words: Sequence[Sequence[str]],
    tags: list[list[str]],
    is_other: Callable[[str], bool],
    names_person: Callable[[str], bool] = lambda key: False,
    towns: frozenset[str] = frozenset(),
) -> None:
    """A word of `corpus_places` standing alone, untagged or read as a one-word person,
    is a place; not where the lists know it as a person, body or nationality
    (`is_other`), nor where the document reads it inside a person's longer name.
    A definite word right after a definite noun is its adjective ("الخوذ البيضاء"); a
    word after a verb particle is a verb, and after a title or nationality
    (`names_person`) a person. `towns` are more places, as stems (the Tunisian towns
    of `division_towns`).
    `keys`, `stems`, `words` and `tags` are per sentence, `tags` changed in place."""
    places = corpus_places() | towns
    people = _named_people(keys, tags)
    for k, s, w, t in zip(keys, stems, words, tags, strict=True):
        for i in range(min(len(k), len(s), len(w), len(t))):
            if s[i] not in places or k[i] in people or not _alone(t, i):
                continue
            if _adjective(w, s, i) or _read_otherwise(k, s, w, i, names_person):
                continue
            if not is_other(k[i]):
                t[i] = "B-LOC"
