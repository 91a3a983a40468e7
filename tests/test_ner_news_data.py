"""Gold entity strings projected onto the tokens of their articles (news training data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.evaluate.folds import CHECK_FOLDS, DEV_FOLDS, assign_folds
from rasd.evaluate.gold import load_gold, name_key
from rasd.ner.corpora import load_corpus
from rasd.ner.news_data import FoldError, fill_misc, load_news_training, misc_names, project
from rasd.ner.scoring import chunks


def _names(*entries: tuple[str, str]) -> dict[tuple[str, ...], str]:
    return {tuple(name_key(text).split()): label for text, label in entries}


def test_longest_name_wins_and_clitics_stay_on_the_word():
    names = _names(("مجموعة دعم سوريا", "ORG"), ("سوريا", "LOC"), ("الأمم المتحدة", "ORG"))
    words = "اجتماع مجموعة دعم سوريا وسيط للأمم المتحدة إلى سوريا".split()
    assert project(words, names) == [
        "O",
        "B-ORG",
        "I-ORG",
        "I-ORG",
        "O",
        "B-ORG",
        "I-ORG",
        "O",
        "B-LOC",
    ]


def test_a_proclitic_the_segmenter_keeps_is_still_stripped():
    assert project(["وترمب", "قال"], _names(("ترمب", "PER"))) == ["B-PER", "O"]


def test_check_folds_are_refused(shared: Path):
    with pytest.raises(FoldError, match="check part"):
        load_news_training(shared / "gold", {0, min(CHECK_FOLDS)})


def test_dev_articles_project_most_of_their_gold_mentions(shared: Path):
    gold_dir = shared / "gold"
    folds = assign_folds(gold["id"] for gold, _ in load_gold(gold_dir))
    sentences = load_news_training(gold_dir, DEV_FOLDS)
    dev_gold = [gold for gold, _ in load_gold(gold_dir) if folds[gold["id"]] in DEV_FOLDS]
    expected = sum(
        int(e.get("count", 1))
        for gold in dev_gold
        for e in gold["entities"]
        if not e.get("optional")
    )
    found = [label for _, tags in sentences for label, _, _ in chunks(tags)]
    assert set(found) == {"PER", "ORG", "LOC"}  # the gold articles have no MISC
    # Optional names are projected too, so there may be more mentions than counted ones.
    assert len(found) >= 0.95 * expected


def test_anercorp_misc_strings_fill_the_gold_os(shared: Path):
    anercorp = load_corpus(shared / "data" / "ner", "anercorp")
    names = misc_names(anercorp)
    words = "وبين الطرفين اتفاق بقيمة مليار دولار مع ترمب".split()
    tags = ["O"] * 7 + ["B-PER"]
    [(_, filled)] = fill_misc([(words, tags)], names)
    # The currency is MISC as in ANERcorp; "بين" is no "ين" after a proclitic, and
    # the gold's own names are kept.
    assert filled == ["O", "O", "O", "O", "O", "B-MISC", "O", "B-PER"]
