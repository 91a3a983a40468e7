"""The tools that compare learned event components: `event_diff.py` swaps the filter's
or the ranker's weights for a file's, `event_filter_variants.py` adds speech-act
features to the filter's rows."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from benchmark_scripts import load_benchmark
from rasd.events.extract import EventExtractor
from rasd.pipeline import Pipeline

SHIPPED = Path(str(resources.files("rasd.events").joinpath("data/event_confidence.json")))
RANKER = Path(str(resources.files("rasd.events").joinpath("side_ranker.json")))


def test_weights_of_a_file_replace_the_extractor_s_component() -> None:
    diff = load_benchmark("event_diff")
    extractor = EventExtractor(confidence=False, ranker=False)
    swap = diff.Weights(extractor)
    swap.confidence = str(SHIPPED)
    swap.ranker = str(RANKER)
    assert extractor.confidence is not None and extractor.confidence.threshold > 0
    assert extractor.ranker is not None


def test_a_speech_act_s_variant_features_read_its_quotation(nlp: Pipeline) -> None:
    variants = load_benchmark("event_filter_variants")
    doc = nlp.analyze('وقال الوزير إن "الهجوم الإرهابي الجبان على المدنيين جريمة نكراء".')
    said = [e for e in doc.events or [] if e.attrs.get("speech")]
    assert said, [(e.type, e.attrs) for e in doc.events or []]
    assert variants.blame(doc, said[0]) == {"said_blame": 1.0}
    assert set(variants.learned(doc, said[0])) == {"said_learned"}
    assert set(variants.audience(doc, said[0])) == {"target_audience"}
