"""The bundled demo corpus: the sample article and 300 ANT articles (see README.md here)."""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator
from importlib import resources

from rasd.document import Document
from rasd.text.readers import Failure, Fields, read_jsonl

DEMO_CORPUS = "demo.jsonl.gz"
SAMPLE_ID = "sample"


def demo_documents() -> Iterator[Document]:
    """Every article of the demo corpus, the sample article first."""
    raw = gzip.decompress((resources.files(__name__) / DEMO_CORPUS).read_bytes())
    for item in read_jsonl(io.BytesIO(raw), DEMO_CORPUS, Fields()):
        if isinstance(item, Failure):  # the corpus is built by our script; this is a packaging bug
            raise RuntimeError(f"damaged demo corpus: {item}")
        yield item


def sample_document() -> Document:
    return next(demo_documents())
