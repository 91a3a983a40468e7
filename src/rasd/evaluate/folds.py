"""A fixed split of the gold articles into folds, so every rule, word list, feature
and threshold is chosen on some articles and reported on others.

Articles are grouped by news source (the id's prefix: AL, BB, CN, FR, JA, SK, SN) and
dealt round-robin into `N_FOLDS` folds in the order of a hash of their id, so each fold
mixes sources and the split never depends on file order. Folds `DEV_FOLDS` form the
development part (rules are written by reading it; models may train on it); the others
form the check part, read by no one and reported as held out.

The six articles that existed before 2026-12-01 had the rules of every stage written
while reading them, so they always sit in the development part, whatever their hash.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

N_FOLDS = 5
DEV_FOLDS = frozenset({0, 1, 2})
CHECK_FOLDS = frozenset(range(N_FOLDS)) - DEV_FOLDS
SEEN_BEFORE_SPLIT = frozenset(
    {
        "seed-000",
        "AL-internationalNews-469-20180314",
        "BB-middleEast-900-20180818",
        "CN-internationalNews-39-20180227",
        "FR-middleEast-185-20180320",
        "SK-middleEast-123-20180228",
    }
)


def _source(article_id: str) -> str:
    return article_id.split("-", 1)[0]


def _digest(article_id: str) -> str:
    return hashlib.sha1(article_id.encode("utf-8")).hexdigest()


def assign_folds(article_ids: Iterable[str]) -> dict[str, int]:
    """Fold number (0 .. N_FOLDS-1) of each article id."""
    ids = sorted(set(article_ids))
    folds = {i: 0 for i in ids if i in SEEN_BEFORE_SPLIT}
    by_source: dict[str, list[str]] = defaultdict(list)
    for article_id in ids:
        if article_id not in folds:
            by_source[_source(article_id)].append(article_id)
    position = 0
    for source in sorted(by_source):
        for article_id in sorted(by_source[source], key=_digest):
            folds[article_id] = position % N_FOLDS
            position += 1
    return folds


def part_of(fold: int) -> str:
    return "dev" if fold in DEV_FOLDS else "check"


FOLDS_FILE = "folds.tsv"


def folds_of(gold_dir: Path, article_ids: Iterable[str]) -> dict[str, int]:
    """The folds of a gold folder's articles: as listed in its `folds.tsv` (id, tab,
    fold) when it has one, so that a set which grows keeps every article where it was
    (a new draw must not move a read development article into the check part);
    otherwise `assign_folds`."""
    ids = list(article_ids)
    listed = gold_dir / FOLDS_FILE
    if not listed.is_file():
        return assign_folds(ids)
    folds = {}
    for line in listed.read_text(encoding="utf-8").splitlines():
        article_id, _, fold = line.partition("\t")
        folds[article_id] = int(fold)
    missing = sorted(set(ids) - set(folds))
    if missing:
        raise ValueError(f"{listed} gives no fold for {', '.join(missing[:3])}")
    return {i: folds[i] for i in ids}
