"""A word list named twice in a rules' data file is an error, not a silent replacement
of the first list (the twenty-eighth session's entadj lost `name_descriptor` that way)."""

from __future__ import annotations

import pytest

from rasd.events.lexicon import WordLists
from rasd.ner.rule_words import load_rule_words


def test_the_shipped_lists_each_have_one_row():
    assert "judging_adjective" in load_rule_words()
    assert "near_words" in WordLists.load().lists


def test_a_list_named_twice_is_refused(tmp_path):
    path = tmp_path / "words.tsv"
    path.write_text("saying\tقال أكد\n# a later row of the same name\nsaying\tأعلن\n", "utf-8")
    with pytest.raises(ValueError, match="saying"):
        WordLists.load(path)
