"""How likely a coded event is one an annotator would list: a learned filter.

The trigger rules find many acts that did not happen as told (metaphors, generic
statements, one incident told twice, an act read with the wrong sides). Each event the
rules code is described by a few features that hold across articles (its type, whether
its sides are named actors, whether it was said, where it stands in the article, the
article's section, the relevance model's score), and a logistic model trained on the
gold events of the development folds (`rasd train event-filter`, model card
`CONFIDENCE_CARD.md`) gives it a probability. Events under the model's threshold leave
the default layer; `attrs["confidence"]` keeps the probability of the others.
"""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

from rasd.document import Document, Event, Mention
from rasd.events.quiet_sections import filter_section
from rasd.linear import LinearModel, load_json_model

PACKAGE = "rasd.events"
MODEL_RESOURCE = "data/event_confidence.json"
NAMED = frozenset({"PER", "ORG", "LOC"})


class ConfidenceModel(LinearModel):
    """A linear model over event features with the threshold chosen in training."""

    def __init__(
        self, names: list[str], weights: list[float], bias: float, threshold: float = 0.5
    ) -> None:
        super().__init__(names, weights, bias)
        self.threshold = threshold

    def to_dict(self) -> dict[str, object]:
        return super().to_dict() | {"threshold": self.threshold}

    @classmethod
    def from_dict(cls, data: dict) -> ConfidenceModel:
        model = super().from_dict(data)
        model.threshold = float(data.get("threshold", 0.5))
        return model


def load_confidence(path: Path | None = None) -> ConfidenceModel | None:
    """The shipped model (or one at `path`); None when the package has none."""
    return load_json_model(ConfidenceModel.from_dict, PACKAGE, MODEL_RESOURCE, path)


def _named(doc: Document, side: Mention | None) -> bool:
    return side is not None and any(
        e.start < side.end and side.start < e.end and e.label in NAMED for e in doc.entities or []
    )


def _in_quote(doc: Document, event: Event) -> bool:
    return any(q.start <= event.start and event.end <= q.end for q in doc.quotes or [])


def event_features(doc: Document, events: list[Event]) -> list[dict[str, float]]:
    """One feature row per event of the document."""
    per_type = Counter(e.type for e in events)
    sentences = max(1, len(doc.sentences))
    rows = []
    for event in events:
        attrs = event.attrs
        source, target = event.source, event.target
        rows.append(
            {
                f"type={event.type}": 1.0,
                f"section={filter_section(doc, event)}": 1.0,
                "has_source": float(source is not None),
                "has_target": float(target is not None),
                "source_named": float(_named(doc, source)),
                "target_named": float(_named(doc, target)),
                "source_inferred": float(source is not None and bool(source.attrs.get("inferred"))),
                "source_coded": float(source is not None and bool(source.attrs.get("code"))),
                "target_coded": float(target is not None and bool(target.attrs.get("code"))),
                "said": float(bool(attrs.get("speech"))),
                "headline": float(bool(attrs.get("headline"))),
                "mentions": math.log1p(attrs.get("mentions", 1)),
                "relevance": float(attrs.get("relevance", 0.5)),
                "no_relevance": float("relevance" not in attrs),
                "in_quote": float(_in_quote(doc, event)),
                "position": event.sentence / sentences,
                "opening": float(event.sentence <= 2),
                "same_type": math.log1p(per_type[event.type]),
                "events": math.log1p(len(events)),
                "where": float(event.where is not None),
                "when": float(event.when is not None),
            }
        )
    return rows


def apply_confidence(
    model: ConfidenceModel, doc: Document, events: list[Event], keep_unlikely: bool = False
) -> list[Event]:
    """The events at or above the model's threshold, each with its probability in
    `attrs["confidence"]`; with `keep_unlikely` the others stay, marked
    `attrs["unlikely"] = True`."""
    kept = []
    for event, p in zip(events, model.probabilities(event_features(doc, events)), strict=True):
        event.attrs["confidence"] = round(float(p), 3)
        if p >= model.threshold:
            kept.append(event)
        elif keep_unlikely:
            event.attrs["unlikely"] = True
            kept.append(event)
    return kept
