"""The fixed split of the gold articles into folds (no shared data needed)."""

from __future__ import annotations

from collections import Counter

import pytest

from rasd.evaluate.folds import (
    CHECK_FOLDS,
    DEV_FOLDS,
    N_FOLDS,
    SEEN_BEFORE_SPLIT,
    assign_folds,
    folds_of,
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


def test_a_folds_file_keeps_a_growing_set_where_it_was(tmp_path) -> None:
    """A set that grows keeps its listed folds; an unlisted article is an error, not a
    silent move of a read article into the check part."""
    (tmp_path / "folds.tsv").write_text("".join(f"{i}\t{n % 5}\n" for n, i in enumerate(IDS)))
    assert folds_of(tmp_path, IDS) == {i: n % 5 for n, i in enumerate(IDS)}
    with pytest.raises(ValueError, match="no fold"):
        folds_of(tmp_path, [*IDS, "SK-new-1-20180101"])
    assert folds_of(tmp_path / "elsewhere", IDS) == assign_folds(IDS)
