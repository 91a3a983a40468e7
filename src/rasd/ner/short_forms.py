"""A club's short form: the last word of a multi-word organisation of the document
("مانشستر سيتي", "بوروسيا دورتموند") is that organisation when it recurs alone
("وتقدم سيتي", "لاعب دورتموند"). Sports news name a club in full once and then by
its last word, which the tagger, seeing one sentence, leaves untagged (issue 14).

Every word of the organisation must read as a name: known to the news lexicon, without
the article and rarely written with it, so not a body named by a common noun and a
place ("جامعة ويتشيتا", "المقاومة الشعبية بعدن", whose last word alone is the place)
nor one with a common word ("ريال مدريد": "الريال"). The last word must be listed
as a body's name (ANERgazet lists "سيتي", "يونايتد", "بنفيكا"; a word the tagger
closed an organisation on by mistake, "هناك", is not) and not as a country, a town
or a person only, nor be a nationality or a word of a person of two words or more
of the document.

A lone mention may be the tail of another club the tagger left untagged ("ستوك
سيتي", "ليستر سيتي" after "مانشستر سيتي"): it is left when the word before it reads as
a name too, rarely written with the article, and is neither a verb by the lexicon's
counts ("وحقق سيتي", "يواجه سيتي") nor a particle or preposition ("إلى سيتي").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rasd.ner.occupation_names import imperfect_twin
from rasd.ner.rule_words import PREPOSITIONS, RULE_WORDS
from rasd.ner.scoring import chunks
from rasd.ner.verb_edges import verbal

# A short form counts as a name when the news write it with the article at most this
# share of its bare count ("السيتي" is 3% of "سيتي"; "الشورى" is four times "شورى").
_DEFINITE_SHARE = 0.1
_MIN_COUNT = 20  # bare occurrences in the news lexicon: a word the news know
_MIN_LETTERS = 3
# A perfect's feminine form ("حققت", "كانت") counts as attested from this many.
_ATTESTED = 20
# Words that stand before a name and read as names to the lexicon ("بعد", "ضد").
_LEADS = PREPOSITIONS | RULE_WORDS["verb_particle"] | RULE_WORDS["name_lead"]


def short_forms(
    keys: Sequence[Sequence[str]],
    stems: Sequence[Sequence[str]],
    tags: list[list[str]],
    lexicon: dict[str, int],
    is_body: Callable[[str], bool],
    is_nationality: Callable[[str], bool],
) -> None:
    """Tag ORG each lone mention of a multi-word organisation's last word, where it
    stands untagged between untagged words. `keys` (loose), `stems` (lexicon keys)
    per sentence; `tags` changed in place; `is_body` tells a key the lists know as a
    body's name, not as a country, town or person."""
    people: set[str] = set()
    # (word before the last, last word) of each name: the full name left untagged
    # ("تطبيق سناب شات") is not its short form
    endings: set[tuple[str, str]] = set()
    for sentence_keys, sentence_stems, sentence_tags in zip(keys, stems, tags, strict=True):
        for label, first, last in chunks(sentence_tags):
            if label == "PER" and last - first > 1:
                people.update(sentence_keys[first:last])
            elif label == "ORG" and last - first > 1:
                key = sentence_keys[last - 1]
                if all(_name_word(s, lexicon) for s in sentence_stems[first:last]) and not (
                    len(key) < _MIN_LETTERS or not is_body(key) or is_nationality(key)
                ):
                    endings.add((sentence_keys[last - 2], key))
    shorts = {key for _, key in endings} - people
    if not shorts:
        return
    for sentence_keys, sentence_stems, sentence_tags in zip(keys, stems, tags, strict=True):
        for i in _lone_mentions(sentence_keys, sentence_tags, shorts, endings):
            if not (i and _other_name(sentence_keys[i - 1], sentence_stems[i - 1], lexicon)):
                sentence_tags[i] = "B-ORG"


def _name_word(stem: str, lexicon: dict[str, int]) -> bool:
    """Whether the news use a word as a name: known, without the article, and rarely
    written with it ("مانشستر", "سيتي"; not "جامعة", "المقاومة")."""
    bare = lexicon.get(stem, 0)
    return (
        not stem.startswith("ال")
        and bare >= _MIN_COUNT
        and lexicon.get("ال" + stem, 0) <= _DEFINITE_SHARE * bare
    )


def _other_name(key: str, stem: str, lexicon: dict[str, int]) -> bool:
    """Whether the untagged word before a short form may open another name ending in
    it ("ستوك" of "ستوك سيتي"): a name-like word, not a particle nor a verb."""
    return key not in _LEADS and _name_word(stem, lexicon) and not _verb(stem, lexicon)


def _verb(stem: str, lexicon: dict[str, int]) -> bool:
    """A verb by the lexicon's counts: `verb_edges.verbal`, a perfect whose feminine
    form the news know ("حقق": "حققت"; "كان": "كانت"), or an imperfect they also write
    with the other prefix ("يلاقي": "تلاقي")."""
    feminine = lexicon.get(stem + "ت", 0) >= _ATTESTED
    return feminine or verbal(stem, lexicon) or imperfect_twin(stem, lexicon)


def _lone_mentions(
    keys: Sequence[str], tags: list[str], shorts: set[str], endings: set[tuple[str, str]]
) -> list[int]:
    """Positions of a short form standing alone: untagged, after an untagged word
    (not "ليستر سيتي" with "ليستر" a place) other than its name's own ("سناب شات").
    A one-word place or person is left: the tagger reads a town after "في" ("في
    ميونيخ", the match's venue) and a character of a film ("بيغ هيرو") rightly."""
    found = []
    for i, key in enumerate(keys):
        if key not in shorts or (i > 0 and (keys[i - 1], key) in endings):
            continue
        if tags[i] == "O" and (i == 0 or tags[i - 1] == "O"):
            found.append(i)
    return found
