"""Long organisation names the news corpus writes whole ("المجموعة الدولية لدعم
سوريا", "مفوضية الأمم المتحدة لشؤون اللاجئين", "الاتحاد الأوروبي لكرة القدم"): a group
noun and its modifiers, then a phrase with a glued "ل" that the corpus writes
after those words in many articles, word by word while one continuation dominates
(`data/corpus_org_names.tsv`, mined by `benchmarks/mine_org_names.py`). The tagger,
seeing one sentence, ends such a name before the preposition.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources

from rasd.ner.gazetteer import loose_key
from rasd.ner.tag_edits import is_chunk

CORPUS_ORG_NAMES_RESOURCE = "corpus_org_names.tsv"
MIN_ARTICLES = 8  # as mined: a run written whole in fewer articles may be a description
MIN_PREFIX_SHARE = 0.02  # the phrase follows the words before it at least this often
# … and this often where the tagger did not end a name right before it: "اللجنة
# المنظمة" goes on with the event it organises, "للبطولة" among many.
MIN_UNTAGGED_SHARE = 0.15
DOMINANT = 0.6  # a next word the corpus writes this often after the run is the name's
_MAX_PREFIX = 6  # words before the phrase, as mined (8 words at most in all)


@cache
def _counts() -> dict[tuple[str, ...], int]:
    """Articles of each run of loose keys (a name's words before its phrase, and the
    runs through its phrase)."""
    text = (resources.files("rasd.ner") / "data" / CORPUS_ORG_NAMES_RESOURCE).read_text("utf-8")
    counts: dict[tuple[str, ...], int] = {}
    for line in text.splitlines():
        run, count = line.split("\t")
        counts[tuple(run.split())] = int(count)
    return counts


@cache
def _heads() -> frozenset[str]:
    """The first words of the runs (made once: a set over all runs per sentence cost
    a tenth of the stage)."""
    return frozenset(run[0] for run in _counts())


def _phrase_word(word: str) -> bool:
    """A word with a glued "ل", not the article ("لدعم", "للوقاية", "لإغاثة"), nor a
    word spelt with "لا" ("لاعبي"); "ب" is left out: after a body it mostly begins the
    clause ("بشأن", "بفارق", "بزعامة")."""
    return word.startswith("ل") and not word.startswith(("ال", "لا")) and len(word) > 3


def _name_end(run: tuple[str, ...], words: Sequence[str], end: int, share: float) -> int:
    """Where the corpus's name that begins with `run` (the tagged words) ends: `end`
    when the word there starts no phrase the corpus writes after the run."""
    counts = _counts()
    if end >= len(words) or not _phrase_word(words[end]):
        return end
    longer = (*run, loose_key(words[end]))
    if counts.get(longer, 0) < max(MIN_ARTICLES, share * counts[run]):
        return end
    run, end = longer, end + 1
    while end < len(words):
        longer = (*run, loose_key(words[end]))
        if counts.get(longer, 0) < max(MIN_ARTICLES, DOMINANT * counts[run]):
            break
        run, end = longer, end + 1
    return end


def _run_end(keys: Sequence[str], words: Sequence[str], tags: Sequence[str], start: int) -> int:
    """The end of the longest corpus name that begins at `start` (`start` if none)."""
    counts = _counts()
    for end in range(min(len(words) - 1, start + _MAX_PREFIX), start, -1):
        run = (keys[start], *(loose_key(w) for w in words[start + 1 : end]))
        if run not in counts:
            continue
        ended = tags[start] == "B-ORG" and is_chunk(tags, start, end)
        last = _name_end(run, words, end, MIN_PREFIX_SHARE if ended else MIN_UNTAGGED_SHARE)
        if last > end:
            return last
    return start


def _fits(tags: Sequence[str], start: int, end: int) -> bool:
    """Whether [start, end) holds whole names only, and no person's."""
    if any(t in ("B-PER", "I-PER") for t in tags[start:end]):
        return False
    return not tags[start].startswith("I-") and (end == len(tags) or not tags[end].startswith("I-"))


def corpus_org_names(keys: Sequence[str], words: Sequence[str], tags: list[str]) -> None:
    """A name the corpus writes whole through a "ل" phrase is an organisation where
    the tagger ended it before the phrase, found only a name inside it ("الأمم المتحدة"
    in "وكالة الأمم المتحدة لغوث …") or left it untagged."""
    heads = _heads()
    start = 0
    while start < len(words):
        end = _run_end(keys, words, tags, start) if keys[start] in heads else start
        if end > start and _fits(tags, start, end):
            tags[start:end] = ["B-ORG"] + ["I-ORG"] * (end - start - 1)
            start = end
        else:
            start += 1
