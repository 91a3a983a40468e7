"""Baselines the summary stage is measured against: lead-k and TextRank."""

from __future__ import annotations

import math

import numpy as np

from rasd.document import Document, Span
from rasd.summarize.stage import STOP_TERMS, Summarizer


def lead(summarizer: Summarizer, doc: Document, size: int) -> list[Span]:
    """The first `size` sentences after the title."""
    return [Span(a, b) for a, b in summarizer.candidates(doc)[:size]]


def textrank(summarizer: Summarizer, doc: Document, size: int) -> list[Span]:
    """TextRank (Mihalcea & Tarau 2004): PageRank over sentences linked by word
    overlap normalised by log lengths; the top `size` in text order."""
    spans = summarizer.candidates(doc)
    if len(spans) <= size:
        return [Span(a, b) for a, b in spans]
    words = [
        {t for t in summarizer.analyzer.terms(doc.text[a:b]) if t not in STOP_TERMS}
        for a, b in spans
    ]
    n = len(spans)
    weights = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            common = len(words[i] & words[j])
            if common and len(words[i]) > 1 and len(words[j]) > 1:
                w = common / (math.log(len(words[i])) + math.log(len(words[j])))
                weights[i, j] = weights[j, i] = w
    sums = weights.sum(axis=1, keepdims=True)
    transition = np.divide(weights, sums, out=np.zeros_like(weights), where=sums > 0)
    rank = np.full(n, 1.0 / n)
    for _ in range(50):
        rank = 0.15 / n + 0.85 * transition.T @ rank
    top = sorted(np.argsort(-rank, kind="stable")[:size])
    return [Span(*spans[i]) for i in top]
