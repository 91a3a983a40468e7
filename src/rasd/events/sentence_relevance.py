"""One relevance per type and sentence (`attrs["relevance"]`): the relevance model's
score (`relevance.py`) of all the events of a type that a sentence codes."""

from __future__ import annotations

from rasd.document import Document
from rasd.events.merging import Candidate
from rasd.events.relevance import RelevanceModel, event_features, sentence_features
from rasd.events.sentence import Word
from rasd.text.normalize import match_key


def score_relevance(
    relevance: RelevanceModel,
    doc: Document,
    span: tuple[int, int],
    words: list[Word],
    candidates: list[Candidate],
) -> None:
    """One relevance per type and sentence (`attrs["relevance"]`), from all the
    events of the type that the sentence codes and no negation cancels."""
    by_type: dict[str, list[Candidate]] = {}
    for c in candidates:
        if c.event.type in relevance.types:
            by_type.setdefault(c.event.type, []).append(c)
    if not by_type:
        return
    forms = [match_key(w.surface) for w in words]
    base = sentence_features(doc.text[span[0] : span[1]], forms)
    for event_type, group in by_type.items():
        feats = set(base)
        for c in [c for c in group if not c.negated] or group:
            if c.coded is not None:  # always, for a trigger's candidate
                feats |= event_features(forms, c.coded)
        score = relevance.score(event_type, feats)
        if score is not None:
            for c in group:
                c.event.attrs["relevance"] = round(score, 3)
