"""What watches add to ingest: 100 watches over a batch of new articles, on stores
of growing size.

Usage: python benchmarks/bench_watch.py [INPUT ...] [--articles 1000] [--watches 100]
                                        [--sizes 0,10000,40000] [--repeat 3]
       (default input: ../shared/data/news/saudinewsnet.jsonl.gz, falling back to
        the bundled demo corpus)

The articles are analysed once with the full pipeline (one process): that is the
bulk of ingest. Then, for each store size, the same analysed batch goes through
ingest's writing path (`ingest_documents`: dedup, one transaction per batch, the
watch check after each) into a copy of a store already holding that many
documents, once with no watch and once with the watches. The watches are drawn
from the batch itself (its frequent names, speakers, actors and event types,
places, countries, sources), so they match as real ones would. Times are CPU
seconds of this process, the least of `--repeat` runs (other jobs sharing the
cores inflate CPU time too, though less than wall time).
Prints one JSON object; `overhead_pct` is the watch check's time over the time of
ingesting the batch (analysis + writing).
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from itertools import islice
from pathlib import Path

from rasd.document import Document
from rasd.store import Store
from rasd.store.analyse import Analyzer
from rasd.store.ingest import ingest_documents
from rasd.store.records import Prepared
from rasd.store.sources import read_sources
from rasd.watch import Watch
from rasd.watch.evaluate import Watcher
from rasd.watch.storage import WatchBook

NEWS = Path("../shared/data/news/saudinewsnet.jsonl.gz")
DEMO = Path(__file__).resolve().parents[1] / "src" / "rasd" / "samples" / "demo.jsonl.gz"


class TimedWatcher(Watcher):
    """A watcher that adds up the CPU time of its checks."""

    seconds = 0.0

    def check(self, batch: Sequence[Prepared] = ()) -> int:
        start = time.process_time()
        try:
            return super().check(batch)
        finally:
            self.seconds += time.process_time() - start


def _top(counter: Counter[str], n: int) -> list[str]:
    return [k for k, _ in counter.most_common(n) if k]


def draw_watches(batch: list[Prepared], n: int) -> list[Watch]:
    """Questions an analyst would ask of this news: its frequent subjects."""
    names, speakers, places, countries, sources = (Counter[str]() for _ in range(5))
    actions: Counter[tuple[str, str]] = Counter()
    for p in batch:
        sources[p.source or ""] += 1
        for _, _, label, ref, country, _ in p.entities:
            (places if label == "LOC" else names)[ref.canonical or ref.text] += 1
            countries[country or ""] += 1
        for *_, speaker, _ in p.quotes:
            speakers[speaker.text if speaker else ""] += 1
        for _, _, kind, _, source, *_ in p.events:
            actions[kind, source.text if source else ""] += 1
    questions: list[dict[str, object]] = []
    questions += [{"query": f'"{name}"'} for name in _top(names, 30)]
    questions += [{"speaker": name} for name in _top(speakers, 20)]
    questions += [{"event_type": k, "actor": a} for (k, a), _ in actions.most_common(20) if a]
    questions += [{"place": name} for name in _top(places, 10)]
    questions += [{"country": c} for c in _top(countries, 10) if len(c) == 3]
    questions += [{"source": s} for s in _top(sources, 5)]
    questions += [{"event_type": t, "min_relevance": r} for t in ("ASSAULT", "PROTEST")
                  for r in (0.3, 0.5, 0.7)]  # fmt: skip
    questions += [{"query": f'"{name}"'} for name in _top(names, 30 + n)[30:]]  # up to n
    return [Watch(f"w{i:03d}", **q) for i, q in enumerate(islice(questions, n))]  # type: ignore[arg-type]


def fill(path: Path, batch: list[Prepared], size: int) -> None:
    """A store of `size` documents: the batch's rows again under other keys (the
    indexes grow as with real articles of the same kind)."""
    with Store(path) as store:
        rows: list[Prepared] = []
        for i in range(size):
            p = batch[i % len(batch)]
            key = f"base{i}-"
            rows.append(replace(p, id=key + p.id, hash=key + p.hash,
                                url=f"{p.url}#{key}" if p.url else None))  # fmt: skip
            if len(rows) == 256:
                store.write(rows)
                rows = []
        if rows:
            store.write(rows)


def write(base: Path, path: Path, docs: list[Document], rows: dict[str, Prepared],
          watches: list[Watch], analyzer: Analyzer) -> dict[str, float]:  # fmt: skip
    shutil.copy(base, path)
    with Store(path) as store:
        for watch in watches:
            WatchBook(store).add(watch)
        watcher = TimedWatcher(store, analyzer.indexer.analyzer)  # as rasd follow does
        start = time.process_time()
        report = ingest_documents(store, docs, lambda d: rows[d.id], watcher)
        spent = time.process_time() - start
        alerts = len(WatchBook(store).alerts(limit=10**9))
    return {"seconds": spent, "check_seconds": watcher.seconds, "added": report.added,
            "alerts": alerts}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("inputs", nargs="*")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--watches", type=int, default=100)
    parser.add_argument("--sizes", default="0,10000,40000", help="store sizes to compare")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size (the least is kept)")
    args = parser.parse_args()
    inputs = args.inputs or [str(NEWS if NEWS.exists() else DEMO)]
    docs = [d for d in islice(read_sources(inputs), args.articles) if isinstance(d, Document)]

    analyzer = Analyzer()
    start = time.process_time()
    analysed = [analyzer(d) for d in docs]
    analysis = time.process_time() - start
    kept = [(d, p) for d, p in zip(docs, analysed, strict=True) if isinstance(p, Prepared)]
    docs = [d for d, _ in kept]
    rows = {d.id: p for d, p in kept}
    watches = draw_watches(list(rows.values()), args.watches)

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            base = Path(tmp) / f"base-{size}.db"
            fill(base, list(rows.values()), size)
            runs = [
                (write(base, Path(tmp) / "plain.db", docs, rows, [], analyzer),
                 write(base, Path(tmp) / "watched.db", docs, rows, watches, analyzer))
                for _ in range(args.repeat)
            ]  # fmt: skip
            plain = min((r[0] for r in runs), key=lambda r: r["seconds"])
            watched = min((r[1] for r in runs), key=lambda r: r["check_seconds"])
            ingest = analysis + plain["seconds"]
            results.append({
                "store_documents": size,
                "write_cpu_s": round(plain["seconds"], 2),
                "write_with_watches_cpu_s": round(watched["seconds"], 2),
                "check_cpu_s": round(watched["check_seconds"], 3),
                "check_ms_per_article": round(1000 * watched["check_seconds"] / len(docs), 3),
                "alerts": watched["alerts"],
                "overhead_pct": round(100 * watched["check_seconds"] / ingest, 2),
            })  # fmt: skip
    print(json.dumps({
        "inputs": inputs,
        "articles": len(docs),
        "watches": len(watches),
        "analysis_cpu_s": round(analysis, 1),
        "sizes": results,
    }, ensure_ascii=False, indent=1))  # fmt: skip


if __name__ == "__main__":
    main()
