"""A verb never carries a joined ب/ل/ك (evprefix, issue 13): "بإقالتها" is the noun
with its preposition, not the verb "أقالتها", even where the segmenter leaves the
clitic on a rare word."""

from __future__ import annotations

from pathlib import Path

from rasd.events.lexicon import TriggerLexicon
from rasd.events.reading import SentenceReader
from rasd.events.triggers import find_triggers
from rasd.pipeline import Pipeline

_ROWS = "SANCTION\tv\tأقال|-\n"


def _lexicon(tmp_path: Path) -> TriggerLexicon:
    path = tmp_path / "triggers.tsv"
    path.write_text(_ROWS, encoding="utf-8")
    return TriggerLexicon(path)


def _types(nlp: Pipeline, lexicon: TriggerLexicon, text: str) -> list[str]:
    doc = nlp.analyze(text)
    words = SentenceReader(lexicon).words(doc, doc.sentences[0])
    return [t.type for _, t, _ in find_triggers(words, lexicon, lambda _: False)]


def test_a_verb_row_refuses_a_noun_with_its_preposition(nlp, tmp_path):
    text = "وطالب النواب بإقالتها من منصبها بعد الفضيحة."
    assert "SANCTION" not in _types(nlp, _lexicon(tmp_path), text)


def test_the_verb_itself_still_triggers(nlp, tmp_path):
    text = "وأقالتها الحكومة من منصبها بعد الفضيحة."
    assert "SANCTION" in _types(nlp, _lexicon(tmp_path), text)


def test_a_conjunction_before_the_preposition_changes_nothing(nlp, tmp_path):
    text = "ورفضت الحكومة مطالب النواب وبإقالتها من منصبها."
    assert "SANCTION" not in _types(nlp, _lexicon(tmp_path), text)
