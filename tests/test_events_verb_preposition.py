"""A verb never carries a joined ب/ل/ك (evprefix, issue 13): "بإقالتها" is the noun
with its preposition, not the verb "أقالتها", even where the segmenter leaves the
clitic on a rare word; nor is a form-IV verbal noun with its hamza below and a
pronoun ("إقالتها"), which folds to the same key. The dismissal verb row (أقال) rests on
both."""

from __future__ import annotations

from pathlib import Path

from event_types import event_types
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


def test_a_dismissal_verb_is_a_sanction(nlp):
    text = "وأقال رئيس الوزراء، الجمعة وزير الداخلية ورئيس جهاز الأمن الداخلي لعدم إبلاغه."
    assert "SANCTION" in event_types(nlp, text)


def test_a_verbal_noun_with_hamza_below_and_a_pronoun_is_no_verb(nlp):
    # "إقالتها" folds to "أقالتها" (she dismissed her); the hamza below marks the noun
    text = (
        "وكان النقاد شككوا سابقا في مصداقية مانيجولت، ومن المرجح أن يتهموها بالسعي "
        "للانتقام من الإدارة بعد إقالتها المفاجئة في ديسمبر الماضي."
    )
    assert "SANCTION" not in event_types(nlp, text)


def test_a_verb_misspelt_with_hamza_below_is_kept(nlp):
    text = "وإنسحب النائب وليد جلاد من الأيام البرلمانية احتجاجا على القرار."
    assert "RETREAT" in event_types(nlp, text)
