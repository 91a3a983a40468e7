"""A person's first name standing alone in the document that names them in full.

Feature stories name a person once or twice in full ("الفنان أيهم أحمد") and then by
the first name alone ("ولد أيهم في 1988", "يقول أيهم"), as they would a friend; the
tagger, which has learnt names from their surnames and context, leaves most of those
mentions untagged, and the document spread (`rasd.ner.consistency.propagate`) only
carries a person's last word. A word that begins a person's name found in the
document is that person wherever it stands alone and untagged, when the news writes
it as a name: almost never with the article (not "أمل", "الأمل": hope), no title
("الرئيس"), no particle that needs a name after it ("أبو", "بن"), never tagged alone
in the document as something else, and a person word or speech verb before one of its
mentions. Held out (issue 14, entheld3): folds 0-1 0.9042 → 0.9051, fold 2 0.8857 =.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from rasd.ner.name_context import cue_before
from rasd.ner.rule_words import PERSON_TITLES, RULE_WORDS
from rasd.ner.scoring import chunks
from rasd.ner.variants import rarely_definite
from rasd.text.normalize import match_key

# A person word or speech verb before one of the name's mentions, full or alone
# ("الفنان أيهم أحمد", "يقول أيهم"): what tells a person's first name from a product
# or a people the tagger took for one ("جهاز أندروميدا", "قبيلة هيريرو").
_PERSON_CUES = ("person", "speech")
# A switch for measuring the rule (issue 14).
FIRST_NAMES = True
_MIN_LETTERS = 3
# A name written in full once may be a sentence the tagger misread ("كتير …" in a
# quotation of dialect); twice is the document naming someone.
_MIN_FULL_MENTIONS = 2
# The commonest name words ("محمد": about 20,000 in the news) stay under this count;
# prepositions and particles ("على", "بعد") that the tagger takes into a name do not.
_MAX_COUNT = 30_000
_NAME_PARTICLES = RULE_WORDS["name_particle"]
_PROCLITICS = "وبلفك"
# Titles that begin a person's tagged name ("خادم الحرمين الشريفين"), not given names.
_TITLES = PERSON_TITLES | RULE_WORDS["place_title"] | RULE_WORDS["heir_title"]


def first_names(
    keys: Sequence[Sequence[str]],
    words: Sequence[Sequence[str]],
    tags: list[list[str]],
    lexicon: dict[str, int],
) -> None:
    """Tag as a person, in place, each untagged word alone that begins a person's
    name of two words or more in the document (`keys`, `words` and `tags`: one list
    per sentence; `lexicon`: word counts of the news corpus)."""
    if not FIRST_NAMES:
        return
    names = _first_names(keys, words, tags, lexicon)
    found: list[tuple[list[str], int, str]] = []
    cued: set[str] = set()
    for sentence_keys, sentence_words, sentence_tags in zip(keys, words, tags, strict=True):
        last = len(sentence_words) - 1
        for i, word in enumerate(sentence_words):
            name = word if word in names else word[1:] if word[:1] == "و" else ""
            if name not in names:
                continue
            if cue_before(sentence_keys, sentence_words, i) in _PERSON_CUES:
                cued.add(name)
            # The rest of the name after it ("تيكى تاكا") or a hashtag that is its
            # surname ("سيرغي #سكريبال"): the whole name, which the tagger and the
            # document spread left untagged here, not the first name alone.
            after = i < last and (
                sentence_tags[i + 1] != "O"
                or sentence_keys[i + 1] in names[name]
                or sentence_words[i + 1][:1] == "#"
            )
            if sentence_tags[i] == "O" and (i == 0 or sentence_tags[i - 1] == "O") and not after:
                found.append((sentence_tags, i, name))
    for sentence_tags, i, name in found:
        if name in cued:
            sentence_tags[i] = "B-PER"


def _first_names(
    keys: Sequence[Sequence[str]],
    words: Sequence[Sequence[str]],
    tags: list[list[str]],
    lexicon: dict[str, int],
) -> dict[str, set[str]]:
    """The words, as written, that begin a person's name at least twice and are
    tagged alone as nothing else, with the keys of the words after them in those
    names. Written, as the stem keys the segmenter gives rare names are too short
    to compare ("أيهم" → "اي") and the match keys merge "علي" with "على"; a
    mention may carry the conjunction ("وأيهم")."""
    starts: Counter[str] = Counter()
    seconds: dict[str, set[str]] = defaultdict(set)
    other: set[str] = set()
    for sentence_keys, sentence_words, sentence_tags in zip(keys, words, tags, strict=True):
        for label, i, j in chunks(sentence_tags):
            key, word = sentence_keys[i], sentence_words[i]
            if j - i == 1 and label != "PER":
                other.add(word)
            elif label == "PER" and j - i >= 2 and _name_like(key, word, lexicon):
                starts[word] += 1
                seconds[word].add(sentence_keys[i + 1])
    return {w: seconds[w] for w, n in starts.items() if n >= _MIN_FULL_MENTIONS and w not in other}


def _name_like(key: str, word: str, lexicon: dict[str, int]) -> bool:
    """Whether a word that begins a person's name is a given name: long enough as
    written, no article, title or particle, not a frequent word, and no proclitic
    the segmenter split off ("لصالح", "بوراس": a name the tagger began too early)."""
    written = match_key(word)
    glued = written[:1] in _PROCLITICS and written[1:].startswith(key)
    return (
        len(written) >= _MIN_LETTERS
        and not written.startswith("ال")
        and not glued
        and key not in _TITLES
        and key not in _NAME_PARTICLES
        and lexicon.get(written, 0) < _MAX_COUNT
        and rarely_definite(written, lexicon)
        and rarely_definite(key, lexicon)
    )
