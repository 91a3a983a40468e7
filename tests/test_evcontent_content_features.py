"""The speech-act model's content features (evcontent, issue 13): how much a
quotation's words are those that follow each act's own verbs ("طالب"، "أشاد") rather
than a plain "قال" in unannotated news (data/speech_stems.tsv, mined by
benchmarks/mine_speech_stems.py)."""

from __future__ import annotations

import pytest

from rasd.events.speech_lexicon import SpeechActs
from rasd.events.speech_model import (
    SPEECH_TYPES,
    _stems,
    content_features,
    load_speech_model,
    quote_features,
)
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def quotes_nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def _features(text: str) -> dict[str, float]:
    return content_features(_stems(text))


def test_every_act_has_its_mined_stems():
    row = _features("")
    assert {f"{t}_count" for t in SPEECH_TYPES} <= set(row)
    assert all(v == 0.0 for v in row.values())


def test_a_demand_said_in_other_words_reads_as_a_demand():
    # the form of "إن على المجتمع الدولي التحرك فورا" under a plain cue
    row = _features("على المجتمع الدولي التحرك فورا لوقف القتل وتحمل مسؤولياته")
    assert row["DEMAND_count"] > 0 and row["DEMAND_top"] > row["DISAPPROVE_top"]


def test_praise_reads_as_support_and_a_plain_statement_as_nothing():
    praise = _features("نثمن الجهود الكبيرة التي بذلتها المملكة")
    assert praise["SUPPORT_top"] > max(praise[f"{t}_top"] for t in SPEECH_TYPES[:4])
    assert not any(_features("الاجتماع سيعقد يوم الأحد في العاصمة").values())


def test_the_features_are_in_the_quotation_row_and_the_shipped_model(quotes_nlp):
    doc = quotes_nlp.analyze("وقال الوزير إننا نثمن الجهود الكبيرة التي بذلتها المملكة.")
    quote = next(q for q in doc.quotes if q.speaker is not None)
    row = quote_features(doc, quote, SpeechActs.load())
    assert row["SUPPORT_count"] > 0
    model = load_speech_model()
    assert model is not None
    assert "DISAPPROVE_top" in model.models["DISAPPROVE"].names
