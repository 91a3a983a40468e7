"""The fixed split of the gold articles into folds (no shared data needed)."""

from __future__ import annotations

from collections import Counter

from rasd.evaluate.folds import (
    CHECK_FOLDS,
    DEV_FOLDS,
    N_FOLDS,
    SEEN_BEFORE_SPLIT,
    assign_folds,
    part_of,
)

IDS = [f"{source}-news-{n}-2018010{n % 9 + 1}" for source in ("AL", "BB", "SN") for n in range(9)]


def test_split_ignores_order_and_keeps_each_article_in_one_fold():
    forward = assign_folds(IDS)
    assert forward == assign_folds(reversed(IDS))
    assert set(forward) == set(IDS) and set(forward.values()) <= set(range(N_FOLDS))


def test_each_fold_mixes_sources_and_sizes_differ_by_at_most_one():
    folds = assign_folds(IDS)
    sizes = Counter(folds.values())
    assert max(sizes.values()) - min(sizes.values()) <= 1
    for fold in range(N_FOLDS):
        assert len({i.split("-")[0] for i, f in folds.items() if f == fold}) >= 2


def test_articles_read_before_the_split_are_development_articles():
    folds = assign_folds([*IDS, *SEEN_BEFORE_SPLIT])
    assert all(part_of(folds[i]) == "dev" for i in SEEN_BEFORE_SPLIT)
    assert {part_of(f) for f in CHECK_FOLDS} == {"check"}
    assert {part_of(f) for f in DEV_FOLDS} == {"dev"}
