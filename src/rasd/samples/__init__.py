"""The bundled demo corpus: the sample article and 300 ANT articles (see README.md here)."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from importlib import resources

from rasd.document import Document
from rasd.text.readers import Failure, Fields, jsonl_records, read_records

DEMO_CORPUS = "demo.jsonl.gz"
SAMPLE_ID = "sample"


def demo_documents() -> Iterator[Document]:
    """Every article of the demo corpus, the sample article first."""
    raw = gzip.decompress((resources.files(__name__) / DEMO_CORPUS).read_bytes())
    lines = raw.decode("utf-8").splitlines()
    for item in read_records(jsonl_records(lines, DEMO_CORPUS), DEMO_CORPUS, Fields()):
        if isinstance(item, Failure):  # the corpus is built by our script; this is a packaging bug
            raise RuntimeError(f"damaged demo corpus: {item}")
        yield item


def sample_document() -> Document:
    return next(demo_documents())
