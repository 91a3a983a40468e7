"""The IDF table of the summary stage: document frequencies of search terms."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from rasd.text.search import SearchAnalyzer


def count_document_frequencies(
    texts: Iterable[str], analyzer: SearchAnalyzer
) -> tuple[Counter[str], int]:
    df: Counter[str] = Counter()
    documents = 0
    for text in texts:
        df.update(set(analyzer.terms(text)))
        documents += 1
    return df, documents


def news_texts(path: Path, text_field: str = "content") -> Iterable[str]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            yield f"{record.get('title') or ''}\n{record.get(text_field) or ''}"


def write_idf(df: Counter[str], documents: int, out: Path, min_df: int = 3) -> int:
    kept = [(t, n) for t, n in df.most_common() if n >= min_df]
    body = f"#documents\t{documents}\n" + "".join(f"{t}\t{n}\n" for t, n in kept)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(gzip.compress(body.encode("utf-8"), 9, mtime=0))
    return len(kept)
