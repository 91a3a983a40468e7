"""Build the word-form frequency lexicon that clitic segmentation relies on."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from rasd.text.normalize import match_key
from rasd.text.tokens import TOKEN_RE

NEWS_TEXT_FIELDS = ("title", "abstract", "text", "content")


def news_texts(paths: Iterable[Path]) -> Iterator[str]:
    """Every text field of every article in the news JSONL(.gz) files."""
    for path in paths:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                for name in NEWS_TEXT_FIELDS:
                    value = record.get(name)
                    if isinstance(value, str):
                        yield value


def count_words(texts: Iterable[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(
            match_key(m.group()) for m in TOKEN_RE.finditer(text) if m.lastgroup == "word"
        )
    return counts


def write_lexicon(counts: Counter[str], path: Path, min_count: int = 3) -> int:
    """Write forms seen at least `min_count` times, most frequent first; returns how many."""
    rows = [f"{w}\t{c}" for w, c in counts.most_common() if c >= min_count]
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("\n".join(rows))
    return len(rows)
