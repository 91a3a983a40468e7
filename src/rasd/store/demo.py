"""The demo store: the bundled sample article and ANT articles, analysed and stored."""

from __future__ import annotations

from pathlib import Path

from rasd.pipeline import Pipeline
from rasd.store.core import Store


def build_demo_store(path: str | Path, pipeline: Pipeline | None = None) -> Store:
    """Analyse the demo corpus with the full pipeline into the store at `path`
    (created if needed; articles already there are skipped). The caller closes it."""
    from rasd.samples import demo_documents

    nlp = pipeline or Pipeline()
    store = Store(path)
    try:
        store.add_documents(nlp(doc) for doc in demo_documents() if not store.contains(doc))
    except BaseException:
        store.close()
        raise
    return store
