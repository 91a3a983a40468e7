"""ROUGE of the summary stage and its baselines against the ANT abstracts.

Each ANT article with an abstract is analysed WITHOUT its abstract (title and
body only); the abstract is the reference summary. Articles are split by a hash
of their id: one in five is the dev split the weights were tuned on, the rest is
the test split reported here.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path

from rasd.document import Document, Span
from rasd.summarize.baselines import lead, textrank
from rasd.summarize.rouge import Rouge, rouge
from rasd.summarize.stage import Summarizer
from rasd.text.pipe import TextAnalyzer
from rasd.text.readers import Article, to_document


def split_of(doc_id: str) -> str:
    digest = hashlib.blake2b(doc_id.encode("utf-8"), digest_size=2).digest()
    return "dev" if digest[0] % 5 == 0 else "test"


def abstract_pairs(
    path: Path, split: str, limit: int | None = None
) -> Iterator[tuple[Document, str]]:
    """(article without its abstract, abstract) for the ANT records of `split`."""
    text_stage = TextAnalyzer()
    count = 0
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            abstract = (record.get("abstract") or "").strip()
            body = (record.get("text") or "").strip()
            doc_id = record.get("id") or record.get("url") or ""
            if len(abstract.split()) < 5 or len(body.split()) < 60 or split_of(doc_id) != split:
                continue
            doc = to_document(Article(text=body, title=record.get("title") or "", id=doc_id))
            yield text_stage(doc), abstract
            count += 1
            if limit is not None and count >= limit:
                return


Method = Callable[[Document], list[Span]]


def methods(summarizer: Summarizer, sizes: tuple[int, ...]) -> dict[str, Method]:
    """The stage as it runs (word budget), and lead, TextRank and the stage's
    ranking at the same number of sentences."""
    fixed = Summarizer(
        max_words=10**9, weights=summarizer.weights, analyzer=summarizer.analyzer,
        idf=(summarizer.idf, summarizer.unseen_idf),
    )  # fmt: skip
    runs: dict[str, Method] = {"rasd": summarizer.summarize}
    for k in sizes:
        runs[f"lead-{k}"] = lambda d, k=k: lead(summarizer, d, k)
        runs[f"textrank-{k}"] = lambda d, k=k: textrank(summarizer, d, k)
        runs[f"rasd-{k}"] = lambda d, k=k: fixed.summarize(d, k)
    return runs


def evaluate_summaries(
    path: Path, split: str = "test", limit: int | None = 2000, sizes: tuple[int, ...] = (1, 2, 3)
) -> dict[str, dict[str, float]]:
    """Mean ROUGE-1/2/L F1 per method and summary size."""
    summarizer = Summarizer()
    terms = summarizer.analyzer.terms
    runs = methods(summarizer, sizes)
    totals = {name: [0.0, 0.0, 0.0] for name in runs}
    n = 0
    for doc, abstract in abstract_pairs(path, split, limit):
        reference = terms(abstract)
        n += 1
        for name, method in runs.items():
            candidate = [t for s in method(doc) for t in terms(doc.text[s.start : s.end])]
            score: Rouge = rouge(candidate, reference)
            total = totals[name]
            total[0] += score.r1
            total[1] += score.r2
            total[2] += score.rl
    return {
        name: {
            "articles": n,
            "rouge1": round(t[0] / max(n, 1), 4),
            "rouge2": round(t[1] / max(n, 1), 4),
            "rougeL": round(t[2] / max(n, 1), 4),
        }
        for name, t in totals.items()
    }
