"""Bodies named for their purpose: a body head, its adjectives and a tail saying what
the body is for ("مجلس المواطن للسلامة العامة والعدالة الجنائية", "المجموعة الدولية
لدعم سوريا", "تحالف دعم الشرعية في اليمن"). The tagger, reading a window of words,
stops at the tail's preposition or tags the place alone; held out, the organisation's
long name is the largest class of entity errors on ../shared/gold (issue 14, entgold).

The tail is either a definite noun after the preposition ل ("للسلامة العامة"), or a
listed purpose noun in construct ("لدعم سوريا", "لحقوق الإنسان"), with its genitive and
a place after في. A purpose clause after a body ("لجنة للتحقيق في الحادث", "مجلس الأمن
للتصويت على") goes on with a preposition and is left alone, and so is a time word
("للمرة الثانية", "للعام الحالي"), and so is a body a body belongs to ("اللجنة التنفيذية
للائتلاف الحاكم"). Held out (fold CRFs not trained on the fold): ../shared/gold fold 0
entity F1 0.9146 -> 0.9204, news-gold fold 1 0.9008 -> 0.9023, no fold down; fresh
unseen news 33 of 40 changed mentions right, 4 wrong.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.ner.rule_words import load_rule_words
from rasd.text.normalize import match_key

# Switch for `benchmarks/ner_rule_diff.py` (`purpose_bodies.PURPOSE_BODIES`).
PURPOSE_BODIES = True
# Compared by their match key, the article left out: "المجموعة" is "مجموعة".
_WORDS = load_rule_words(match_key)
_HEADS = _WORDS["purpose_body_head"]
_PURPOSES = _WORDS["purpose_noun"]
_NOT_TAILS = _WORDS["not_purpose_tail"]
_ARTICLE = "ال"
_AND = "و"
_LAM = "ل"
_IN = "في"
_FROM = "من"
# A purpose clause goes on with one of these ("لجنة للتحقيق في الحادث").
_PREPOSITIONS = frozenset(match_key(w) for w in "في على من إلى عن مع حول بين".split())
_ADJECTIVE_ENDINGS = ("ي", "ية", "يين", "يون", "يات")
_RELATIVES = frozenset(match_key(w) for w in "الذي التي الذين".split())
_MAX_ADJECTIVES = 3
_MAX_TAIL = 4
_BODY = frozenset({"O", "B-ORG", "I-ORG"})


def purpose_bodies(words: Sequence[str], stems: Sequence[str], tags: list[str]) -> None:
    """Tag as one ORG each body named for its purpose in one sentence's `tags` (changed
    in place); `words` are the words with proclitics, `stems` match keys without."""
    if not PURPOSE_BODIES or not any(_bare(stem) in _HEADS for stem in stems):
        return
    # compared with the stems, which the segmenter normalised ("للأرصاد", "الارصاد")
    words = [match_key(word) for word in words]
    i = 0
    while i < len(tags):
        end = _body_end(words, stems, tags, i) if tags[i] in ("O", "B-ORG") else 0
        if end and (end == len(tags) or not tags[end].startswith("I-")):
            tags[i:end] = ["B-ORG"] + ["I-ORG"] * (end - i - 1)
            i = end
        else:
            i += 1


def _bare(stem: str) -> str:
    return stem[len(_ARTICLE) :] if stem.startswith(_ARTICLE) else stem


def _body_end(words: Sequence[str], stems: Sequence[str], tags: list[str], head: int) -> int:
    """The index after the body named from `head`, 0 when none: a listed head, a
    definite genitive after a head without the article ("مجلس المواطن"), the head's
    adjectives, then the purpose tail."""
    if _bare(stems[head]) not in _HEADS:
        return 0
    j = head + 1
    indefinite = not stems[head].startswith(_ARTICLE)
    if (
        indefinite
        and j < len(tags)
        and _definite(words[j], stems[j])
        and not _body_word(stems[j])
        and tags[j] in _BODY
    ):
        j += 1
    adjectives = 0
    while j < len(tags) and adjectives < _MAX_ADJECTIVES and _adjective(words[j], stems[j]):
        if tags[j] not in _BODY:
            return 0
        j, adjectives = j + 1, adjectives + 1
    if j == len(tags) or tags[j] not in ("O", "I-ORG"):
        return 0
    if stems[j] in _PURPOSES:
        # in construct straight after the head ("مجموعة دعم سوريا", "مركز مكافحة
        # التطرف"); after ل only before a place ("لدعم الشرعية في اليمن"): without one
        # it is as often a purpose clause ("صندوق النقد الدولي لدعم الإصلاحات")
        if words[j] == stems[j] and indefinite and j == head + 1:
            return _purpose_end(words, stems, tags, j + 1, placed=False)
        if words[j] == _LAM + stems[j]:
            return _purpose_end(words, stems, tags, j + 1, placed=True)
        return 0
    # a described head only ("المجلس للشعار", "مركز للتصويت" are no names), and a tail
    # of two words or more ("المجلس العسكري للمدينة" is the city's council)
    if (
        j > head + 1
        and _lam_definite(words[j], stems[j])
        # ل before a body noun of its own ل ("للجنة" is ل + لجنة, not ل + الجنة)
        and not _body_word(stems[j])
        and not _body_word(words[j][len(_LAM) :])
    ):
        end = _definite_end(words, stems, tags, j + 1)
        return end if end > j + 1 else 0
    return 0


def _body_word(stem: str) -> bool:
    """A body noun or a time word: after a head it names another body, whose head starts
    a name of its own ("معهد المجلس الأوروبي", "اللجنة التنفيذية للجنة الأولمبية"), or a
    time ("للمرة الثانية")."""
    bare = _bare(stem)
    return bare in _HEADS or bare in _NOT_TAILS


def _definite(word: str, stem: str) -> bool:
    """A definite word with no proclitic."""
    return word == stem and stem.startswith(_ARTICLE)


def _adjective(word: str, stem: str) -> bool:
    """A definite nisba adjective with no proclitic ("الدولية"), not a relative pronoun."""
    return _definite(word, stem) and stem.endswith(_ADJECTIVE_ENDINGS) and stem not in _RELATIVES


def _lam_definite(word: str, stem: str) -> bool:
    """A definite noun after ل, whose alif the preposition drops ("للسلامة")."""
    return stem.startswith(_ARTICLE) and word == _LAM + stem[1:]


def _definite_end(words: Sequence[str], stems: Sequence[str], tags: list[str], j: int) -> int:
    """The index after a ل tail whose noun ends before `j`: its adjectives and the
    nouns joined by و; 0 when a preposition goes on (a purpose clause)."""
    if j < len(tags) and stems[j] in _PREPOSITIONS:
        return 0
    start = j
    while j < len(tags) and j - start < _MAX_TAIL and tags[j] in ("O", "I-ORG"):
        if not (_adjective(words[j], stems[j]) or _joined_noun(words, stems, j)):
            break
        j += 1
    return j


def _joined_noun(words: Sequence[str], stems: Sequence[str], j: int) -> bool:
    """A definite noun joined by و that goes on the name: not a body ("والمجلس
    الأعلى"), nor a noun a relative clause or من follows ("والتقارير التي",
    "والمشكلة من": the sentence's noun or a participle, not the name's)."""
    if not (stems[j].startswith(_ARTICLE) and words[j] == _AND + stems[j]):
        return False
    after = stems[j + 1] if j + 1 < len(stems) else ""
    return not _body_word(stems[j]) and after not in _RELATIVES and after != _FROM


def _purpose_end(
    words: Sequence[str], stems: Sequence[str], tags: list[str], j: int, placed: bool
) -> int:
    """The index after a purpose noun's genitive (ending before `j` is the noun): a
    tagged place ("دعم سوريا"), or a definite noun with its adjectives and a place after
    في ("دعم الشرعية في اليمن"), which may be missing unless `placed`; 0 when none."""
    if j < len(tags) and tags[j] == "B-LOC":
        return _chunk_end(tags, j)
    if j == len(tags) or not _definite(words[j], stems[j]) or tags[j] not in ("O", "I-ORG"):
        return 0
    j = _definite_end(words, stems, tags, j + 1) or j + 1
    if j + 1 < len(tags) and words[j] == _IN and tags[j] == "O" and tags[j + 1] == "B-LOC":
        return _chunk_end(tags, j + 1)
    return 0 if placed else j


def _chunk_end(tags: list[str], start: int) -> int:
    end = start + 1
    while end < len(tags) and tags[end].startswith("I-"):
        end += 1
    return end
