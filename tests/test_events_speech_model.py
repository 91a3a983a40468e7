"""The learned speech-act model: quotations under a plain cue whose words are an act."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.evaluate.gold import development_articles
from rasd.events.extract import EventExtractor
from rasd.events.speech_lexicon import SpeechActs
from rasd.events.speech_model import SPEECH_TYPES, load_speech_model, quote_features
from rasd.events.speech_train import examples_of, quote_label
from rasd.pipeline import Pipeline

NEWS_GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "news-gold"


@pytest.fixture(scope="module")
def quotes_nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def _coded(doc, speech_model) -> list:
    return EventExtractor(speech_model=speech_model)(doc).events or []


def test_the_shipped_model_is_small_and_types_only_speech_acts():
    model = load_speech_model()
    assert model is not None
    assert set(model.models) <= set(SPEECH_TYPES)
    assert 0.0 < model.threshold <= 1.0
    assert all(len(m.names) < 5000 for m in model.models.values())


def test_features_read_the_plain_cue_and_the_content_stems(quotes_nlp):
    # BB-internationalNews-692 (news-gold development fold): critics of a restaurant
    doc = quotes_nlp.analyze('وقال منتقدو قرار مطعم "ريد هين" إن ما حدث سلوك عنصري.')
    quote = next(q for q in doc.quotes if q.speaker is not None)
    row = quote_features(doc, quote, SpeechActs.load())
    assert row["cue=قال"] == 1.0
    assert "w=عنصر" in row  # "عنصري" by its light stem
    assert "w=في" not in row and "w=ان" not in row  # function words carry no act


def test_a_criticism_under_said_is_coded_by_the_model_not_the_lexicon(quotes_nlp):
    # BB-internationalNews-937 (news-gold development fold)
    text = "قال جيمس في مقابلة إن ترامب مثير للانقسام، وأنه شجّع العنصريين على التمادي."
    lexicon = _coded(quotes_nlp.analyze(text), False)
    learned = _coded(quotes_nlp.analyze(text), True)
    assert not [e for e in lexicon if e.type == "DISAPPROVE"]
    disapprovals = [e for e in learned if e.type == "DISAPPROVE" and e.attrs.get("speech")]
    assert disapprovals
    assert "جيمس" in (disapprovals[0].source.canonical or "")


def test_a_plain_statement_stays_no_act(quotes_nlp):
    doc = quotes_nlp.analyze("وقال المتحدث باسم الوزارة إن الاجتماع سيعقد يوم الأحد في العاصمة.")
    assert not [e for e in _coded(doc, True) if e.attrs.get("speech")]


def test_training_labels_come_from_gold_events_of_the_development_folds(shared, quotes_nlp):
    articles = [(g, quotes_nlp(d), f) for g, d, f in development_articles(shared / "gold")[:8]]
    folds = examples_of(articles, SpeechActs.load())
    assert set(folds) <= {0, 1, 2}
    labels = [label for e in folds.values() for label in e.labels]
    assert None in labels  # most quotations state, they do not act
    assert {label for label in labels if label} <= set(SPEECH_TYPES)
    gold, doc, _ = articles[0]
    for quote in doc.quotes or []:
        if quote.speaker is None:
            continue
        usable, label = quote_label(doc, quote, gold)
        assert usable or label is None


def test_criticism_in_an_economy_article_is_kept_its_match_words_are_not(nlp):
    # FR-economy-25 (news-gold development fold): trade ministers' criticism of tariffs
    doc = nlp.analyze(
        "انتقد الوزير البريطاني للتجارة الدولية ليام فوكس مساء الخميس قرار الرئيس الأمريكي "
        "دونالد ترامب فرض رسوم جمركية على واردات الصلب.",
        meta={"cat": "economy"},
    )
    assert doc.meta.get("cat") == "economy"
    assert [e for e in doc.events if e.type == "DISAPPROVE"]
    sport = nlp.analyze(
        "وشن الفريق هجوما قويا على مرمى المنافس في الشوط الثاني.", meta={"cat": "sport"}
    )
    assert not [e for e in sport.events if e.type == "ASSAULT"]
