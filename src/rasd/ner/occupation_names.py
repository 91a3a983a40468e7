"""A person named after an occupation title ("الفنان راغب علامة", "المطرب عمرو دياب",
"اللاعب ميسي"): the title with the article says a name follows, and the words after it
that look like a name are that person (issue 14). The tagger, which learnt persons
from politics news, leaves many artists, players and preachers untagged; the quotes
layer then takes the bare title for the speaker and misses the headline that names the
person alone ("راغب علامة: …").

The name is one to three untagged words, none definite (an adjective: "الفنان
التشكيلي", "المدرب الجديد"), with no proclitic (a new clause: "وقال"), no
preposition, verb or indefinite accusative ("يقول", "سابقا"), and not a frequent word
("أمس", "خلال"), unless the gazetteer lists it as a person's ("محمد"). Such words are
a name where the document writes two or more of them again without the title (the
headline "راغب علامة: …", "فقدان جميل راتب لصوته"), or where the gazetteer lists the first as a
person's ("الفنانة أحلام"; then no later word that the news writes with the article
more often than not: not "الفنان محمد تجديد"). A word after a title that is no name
mostly begins a verb phrase or predicate ("النجم أمضى ليلة", "الفنان بخير"), which
neither test passes. A surname written with the article that the news write mostly
after given names (`rasd.ner.article_surnames`: "الكاتب خلف الحربي") closes the name.
No name is read from a rank ("الفنان رقيب على نفسه"), an unlisted feminine noun and
its adjective ("تناول الفنان جرعة زائدة") or a listed common noun heading a construct
("اللاعب نهاية الأسبوع"). The document spread (`rasd.ner.consistency.propagate`) then
tags the name's later bare mentions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from rasd.ner.article_surnames import article_surname
from rasd.ner.rule_words import PREPOSITIONS, RULE_WORDS
from rasd.ner.verb_edges import verbal
from rasd.text.normalize import match_key

# A switch for `benchmarks/ner_rule_diff.py` (issue 14).
OCCUPATION_NAMES = True
_TITLES = RULE_WORDS["occupation_title"]
_PARTICLES = RULE_WORDS["name_particle"]
_MAX_WORDS = 3
# Words this frequent in the news are function words and adverbs ("أمس": 13,000),
# not names, unless listed as a person's; rarer ones may be surnames ("علامة": 600).
_MAX_COUNT = 5_000
# Listed person words this frequent are the gazetteer's noise ("كان": 34,000).
_MAX_PERSON_COUNT = 30_000
# The share of a word's uses with the article: "دياب" none, "علامة" 0.4, "تجديد" 0.5.
_LATER_DEFINITE = 0.45
_IMPERFECT = "يت"
_MIN_ROOT = 3
_ATTESTED = 20
_ARTICLE = "ال"
_PROCLITICS = "وفبلك"
_FEMININE = "ة"
_NISBA = ("ي", "ية")
# A listed word written with the article in this share of its uses is a common noun too
# ("نهاية", "نادي"), where given names seldom take it ("ميسي", "أحلام").
_COMMON_DEFINITE = 0.1
# Ranks and titles the name lists hold as given names ("رقيب", "نقيب").
_NOT_NAMES = RULE_WORDS["person_title"] | RULE_WORDS["rank_not_name"]

Lexicon = Mapping[str, int]
Listed = Callable[[str], bool]


def occupation_names(
    keys: Sequence[Sequence[str]],
    words: Sequence[Sequence[str]],
    tags: list[list[str]],
    lexicon: Lexicon,
    person: Listed,
) -> None:
    """Tag as a person, in place, the name-like untagged words after a definite
    occupation title (`keys`, `words`, `tags`: one list per sentence; `lexicon`: word
    counts of the news corpus; `person`: whether the gazetteer lists a key as a
    person's name)."""
    if not OCCUPATION_NAMES:
        return
    # per name: its sentence's tags, its start, the listed person's words, all its words
    found: list[tuple[list[str], int, int, tuple[str, ...]]] = []
    for sentence_keys, sentence_words, sentence_tags in zip(keys, words, tags, strict=True):
        for i in range(1, len(sentence_words)):
            if not _title(sentence_keys, sentence_words, i - 1):
                continue
            strict, loose = (
                _name_end(sentence_keys, sentence_words, sentence_tags, i, lexicon, person, s)
                for s in (True, False)
            )
            if loose > i and not _noun_phrase(sentence_keys, sentence_words, i, person):
                listed = strict - i if person(sentence_keys[i]) else 0
                if strict == i + 1 and _construct(sentence_words, sentence_tags, i, lexicon):
                    listed = 0
                found.append((sentence_tags, i, listed, tuple(sentence_keys[i:loose])))
    names = {name[:n] for *_, name in found for n in range(2, len(name) + 1)}
    counts = _untitled_counts(keys, words, names)
    for sentence_tags, start, listed, name in found:
        repeated = [n for n in range(len(name), 1, -1) if counts[name[:n]]]
        size = repeated[0] if repeated else listed
        if size:
            sentence_tags[start : start + size] = ["B-PER"] + ["I-PER"] * (size - 1)


def _title(keys: Sequence[str], words: Sequence[str], i: int) -> bool:
    """A definite occupation title, not a nisba adjective of the definite noun before
    it ("المركز الإعلامي", "الفريق الروائي")."""
    if keys[i] not in _TITLES or not _definite(words[i]):
        return False
    nisba = keys[i].endswith("ي")
    return not (nisba and i > 0 and match_key(words[i - 1]).startswith(_ARTICLE))


def _name_end(
    keys: Sequence[str],
    words: Sequence[str],
    tags: Sequence[str],
    start: int,
    lexicon: Lexicon,
    person: Listed,
    strict: bool,
) -> int:
    """Where the untagged name-like words from `start` end (`start`: none); `strict`,
    no word after the first that the news writes with the article more often than not."""
    end = start
    while end < min(start + _MAX_WORDS, len(words)) and tags[end] == "O":
        tied = end > start and keys[end - 1] in _PARTICLES
        if not _name_word(words[end], keys[end], lexicon, person, strict and end > start, tied):
            # a family name written with the article closes the name ("خلف الحربي")
            end += end > start and not tied and article_surname(words[end])
            break
        end += 1
    # a name particle ends no name ("الشيخ أبو" before a tagged or definite word)
    while end > start and keys[end - 1] in _PARTICLES:
        end -= 1
    return end


def _noun_phrase(keys: Sequence[str], words: Sequence[str], i: int, person: Listed) -> bool:
    """A rank the name lists hold as a name ("الفنان رقيب على نفسه"), or an unlisted
    feminine noun and its adjective, which agree in the ending ة ("تناول الفنان جرعة
    زائدة" written again), where a listed given name may have a surname so ending
    ("الكاتب سلامة كيلة")."""
    if keys[i] in _NOT_NAMES:
        return True
    if i + 1 >= len(words) or person(keys[i]):
        return False
    return all(match_key(w).endswith(_FEMININE) for w in words[i : i + 2])


def _construct(words: Sequence[str], tags: Sequence[str], i: int, lexicon: Lexicon) -> bool:
    """A listed word that is also a common noun, before an untagged definite word that
    is no listed surname nor nisba adjective: the head of a construct ("اللاعب نهاية
    الأسبوع", "اللاعب نادي الاتحاد"), no given name ("الفنانة شمس الكويتية" is)."""
    if i + 1 >= len(words) or tags[i + 1] != "O":
        return False
    after = match_key(words[i + 1])
    if not after.startswith(_ARTICLE) or article_surname(after) or after.endswith(_NISBA):
        return False
    return _definite_share(match_key(words[i]), lexicon) >= _COMMON_DEFINITE


def _definite(word: str) -> bool:
    """The article on a word, a preposition or conjunction before it or not
    ("الفنان", "للفنان", "والفنان")."""
    written = match_key(word)
    glued = written[:1] in _PROCLITICS and written[1:].startswith(_ARTICLE)
    return glued or written.startswith((_ARTICLE, "لل"))


def _name_word(
    word: str, key: str, lexicon: Lexicon, person: Listed, strict: bool, tied: bool
) -> bool:
    """Whether an untagged word after the title can be a word of the name: letters
    only; the article only after a name particle ("عبد الرحمن"); no proclitic,
    preposition or verb; a person's name in the gazetteer, or else not frequent and,
    `strict`, not written with the article more often than not ("علامة", not "تجديد")."""
    written = match_key(word)
    if not written.isalpha() or _definite(written):
        return tied and written.startswith(_ARTICLE)
    glued = written[:1] in _PROCLITICS and written[1:].startswith(key) and written != key
    if glued or key in PREPOSITIONS or verbal(written, lexicon) or imperfect_twin(written, lexicon):
        return False
    if person(key):
        return lexicon.get(written, 0) < _MAX_PERSON_COUNT
    common = lexicon.get(written, 0) >= _MAX_COUNT
    return not common and (not strict or _definite_share(written, lexicon) <= _LATER_DEFINITE)


def _definite_share(written: str, lexicon: Lexicon) -> float:
    return lexicon.get(_ARTICLE + written, 0) / max(lexicon.get(written, 0), 1)


def imperfect_twin(written: str, lexicon: Lexicon) -> bool:
    """A word the lexicon also knows with the other imperfect prefix ("يتضمن",
    "تتضمن"): a verb, where names so shaped ("ياسين", "يسرا") have no such twin."""
    if written[:1] not in _IMPERFECT or len(written) < _MIN_ROOT:
        return False
    twin = _IMPERFECT[0 if written[0] == _IMPERFECT[1] else 1] + written[1:]
    return lexicon.get(twin, 0) >= _ATTESTED


def _bare(words: Sequence[str]) -> bool:
    """No definite word but a listed surname: the keys of "عناصر الطفولة" are those of
    the name-like "الشاعر عناصر طفولته", a phrase, not the name written again."""
    return not any(_definite(w) and not article_surname(w) for w in words)


def _untitled_counts(
    keys: Sequence[Sequence[str]], words: Sequence[Sequence[str]], names: set[tuple[str, ...]]
) -> Counter[tuple[str, ...]]:
    """How often the document writes each of `names` (tuples of keys) with no title
    before it: a phrase after a title that the article repeats whole ("الفنان جميل
    راتب مؤخرا" twice) is no name for that."""
    counts: Counter[tuple[str, ...]] = Counter()
    for sentence_keys, sentence_words in zip(keys, words, strict=True):
        for n in {len(name) for name in names}:
            for i in range(len(sentence_keys) - n + 1):
                window = tuple(sentence_keys[i : i + n])
                if window in names and not (i and _title(sentence_keys, sentence_words, i - 1)):
                    counts[window] += _bare(sentence_words[i : i + n])
    return counts
