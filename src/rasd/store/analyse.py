"""Ingest's per-document step, shared by the local worker pool (`rasd.store.ingest`)
and a Dask cluster (`rasd.store.cluster`): the pipeline, then the index rows."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rasd.document import Document
from rasd.pipeline import DEFAULT_STAGES, Pipeline
from rasd.store.records import Indexer, Prepared
from rasd.text.readers import Failure
from rasd.text.search import SearchAnalyzer

CHUNK = 16  # documents per task sent to a worker


class ClusterError(RuntimeError):
    """The Dask cluster cannot be used; the message is for the user."""


Outcome = Prepared | Failure


class Analyzer:
    """The per-document step of ingest: pipeline, then index rows. Pure per document."""

    def __init__(self, stages: Iterable[str] = DEFAULT_STAGES) -> None:
        from rasd.summarize import Summarizer
        from rasd.text.pipe import TextAnalyzer

        # One lexicon and one word cache per worker, shared by the text stage, the
        # summary stage and the index, instead of a copy each.
        text = TextAnalyzer()
        analyzer = SearchAnalyzer(text.tokenizer.segmenter)
        stages = list(stages)
        shared = {"text": text}
        if "summary" in stages:
            shared["summary"] = Summarizer(analyzer=analyzer)
        self.pipeline = Pipeline(stages, components=shared)
        self.indexer = Indexer(analyzer)

    def __call__(self, doc: Document) -> Outcome:
        try:
            return self.indexer(self.pipeline(doc))
        except Exception as exc:  # one bad article must not stop a corpus
            label = doc.url or doc.id
            return Failure(label, f"analysis failed ({type(exc).__name__}: {exc})")


def chunks(docs: Iterator[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
