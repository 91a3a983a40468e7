"""Search latency and recall of morphological variants over a store.

Usage: python benchmarks/bench_search.py [--store /tmp/rasd-bench-ingest.db] [--sample 20000]

Latency: the 100 queries of data/search_queries.tsv (words, phrases, OR,
exclusions, clitic forms, rare and very common words, source/date/entity
filters), each run through `Store.search` (limit 20, snippets included) on a
freshly opened store: first pass (cold caches) and second pass (warm).

Recall: for each (word, variant) pair of data/morph_variants.tsv, the articles
of a sample of the store (the first --sample rows) whose text has `word` as a
whole token are the relevant ones; recall is the share of them that a search for
`variant` returns (micro-averaged over pairs), plus the share of pairs whose
search terms are identical.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from rasd.store import QueryError, Store
from rasd.store.query import parse_query
from rasd.text.normalize import match_key

DATA = Path(__file__).resolve().parent / "data"


def _load_queries() -> list[tuple[str, dict[str, str]]]:
    out = []
    for line in (DATA / "search_queries.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        query, _, filters = line.partition("\t")
        out.append((query, json.loads(filters) if filters.strip() else {}))
    return out


def _pairs() -> list[tuple[str, str]]:
    return [
        tuple(line.split("\t")[:2])  # type: ignore[misc]
        for line in (DATA / "morph_variants.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def latency(store_path: Path) -> dict[str, object]:
    queries = _load_queries()
    report: dict[str, object] = {"queries": len(queries)}
    with Store.open_readonly(store_path) as store:
        for name in ("cold", "warm"):
            times, totals = [], []
            for query, filters in queries:
                start = time.perf_counter()
                try:
                    totals.append(store.search(query, limit=20, **filters).total)
                except QueryError:
                    totals.append(-1)
                times.append((time.perf_counter() - start) * 1000)
            report[name] = {
                "p50_ms": round(statistics.median(times), 1),
                "p95_ms": round(_percentile(times, 0.95), 1),
                "max_ms": round(max(times), 1),
            }
            slowest = sorted(zip(times, queries, strict=True), key=lambda x: -x[0])[:3]
            report[f"{name}_slowest"] = [f"{t:.0f} ms {q!r} {f}" for t, (q, f) in slowest]
        report["median_hits"] = statistics.median(totals)
    return report


def recall(store_path: Path, sample: int) -> dict[str, object]:
    pairs = _pairs()
    with Store.open_readonly(store_path) as store:
        rows = store._query("SELECT rowid, text FROM documents ORDER BY rowid LIMIT ?", (sample,))
        last = rows[-1][0]
        token_sets = {rowid: set(match_key(text).split()) for rowid, text in rows}
        found = relevant = same_terms = 0
        for word, variant in pairs:
            same_terms += store.analyzer.terms(word) == store.analyzer.terms(variant)
            keys = match_key(word).split()
            wanted = {r for r, words in token_sets.items() if all(k in words for k in keys)}
            if not wanted:
                continue
            parsed = parse_query(f'"{variant}"', store.analyzer)
            assert parsed is not None
            hits = {
                r
                for (r,) in store._query(
                    "SELECT rowid FROM fts WHERE fts MATCH ? AND rowid <= ?", (parsed.match, last)
                )
            }
            relevant += len(wanted)
            found += len(wanted & hits)
    return {
        "pairs": len(pairs),
        "sample_articles": len(rows),
        "relevant": relevant,
        "recall": round(found / max(relevant, 1), 4),
        "pairs_with_identical_terms": round(same_terms / len(pairs), 4),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", type=Path, default=Path("/tmp/rasd-bench-ingest.db"))
    parser.add_argument("--sample", type=int, default=20000)
    args = parser.parse_args()
    with Store.open_readonly(args.store) as store:
        articles = len(store)
    result = {"store": str(args.store), "articles": articles}
    result["latency"] = latency(args.store)
    result["morphological_recall"] = recall(args.store, args.sample)
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
