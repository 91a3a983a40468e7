"""Does any input make a stage or a reader superlinear? Times each pipeline stage and
each reader on pathological inputs at two sizes and prints the growth factor.

A linear unit grows about 10× from 10K to 100K characters; the target is ≤ 15× for
every unit (issue 16). Each input repeats one short pattern that once made a stage
rescan the text: a quotation cue with an open quote mark, a cue and a colon, an
announcement verb, a comma run, and an unclosed TREC record or tag.

    python benchmarks/bench_scaling.py                       # every unit, 10K and 100K
    python benchmarks/bench_scaling.py --only quotes --sizes 10000 50000
"""

from __future__ import annotations

import argparse
import resource
import time
from collections.abc import Callable

from rasd.document import Document
from rasd.pipeline import DEFAULT_STAGES, Pipeline
from rasd.samples import sample_document
from rasd.text.readers import Article, read_bytes, to_document

TARGET = 15.0
PATTERNS = {
    "news": None,  # the sample article repeated: the ordinary case
    'قال "': 'قال "',
    'وقال لافروف إن "': 'وقال لافروف إن "',
    "قال: ": "قال: ",
    "أعلن ": "أعلن ",
    "،": "،",
}
READER_INPUTS: dict[str, tuple[str, Callable[[int], str]]] = {
    "trec: <DOC> unclosed": (".trec", lambda n: ("<DOC>" * n)[:n]),
    "trec: <TITLE> unclosed": (
        ".trec",
        lambda n: "<DOC><TEXT>نص</TEXT>" + ("<TITLE>" * n)[:n] + "</DOC>",
    ),
    "jsonl: one long line": (".jsonl", lambda n: '{"text": "' + ("كلمة " * n)[:n] + '"}'),
    "csv: quotes": (".csv", lambda n: "text\n" + ('"""' * n)[:n]),
    "text: ،": (".txt", lambda n: "،" * n),
}


def text_of(pattern: str | None, size: int) -> str:
    unit = sample_document().text + "\n" if pattern is None else pattern
    return (unit * (size // len(unit) + 1))[:size]


def stage_seconds(nlp: Pipeline, text: str) -> dict[str, float]:
    doc: Document = to_document(Article(text=text))
    seconds = {}
    for name, component in nlp.components:
        start = time.perf_counter()
        doc = component(doc)
        seconds[name] = time.perf_counter() - start
    return seconds


def reader_seconds(fmt: str, data: str) -> float:
    start = time.perf_counter()
    for _ in read_bytes(data.encode("utf-8"), "bench" + fmt, fmt):
        pass
    return time.perf_counter() - start


def report(label: str, times: list[float]) -> bool:
    growth = times[-1] / max(times[0], 1e-4)
    ok = growth <= TARGET
    cells = "  ".join(f"{t:8.3f}" for t in times)
    print(f"{label:42s} {cells}  {growth:6.1f}×  {'ok' if ok else 'OVER'}")
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[10_000, 100_000])
    parser.add_argument(
        "--only", help="one stage (text, ner, quotes, events, summary) or 'readers'"
    )
    args = parser.parse_args()
    small, large = args.sizes
    print(f"{'unit':42s} {small:>8,}  {large:>8,}  growth (seconds; target ≤ {TARGET:g}×)")
    over = []
    if args.only in (None, "readers"):
        for label, (fmt, make) in READER_INPUTS.items():
            times = [reader_seconds(fmt, make(n)) for n in (small, large)]
            if not report(f"reader {label}", times):
                over.append(label)
    if args.only != "readers":
        stages = list(DEFAULT_STAGES)
        nlp = Pipeline(stages)
        wanted = [args.only] if args.only else stages
        for label, pattern in PATTERNS.items():
            runs = [stage_seconds(nlp, text_of(pattern, n)) for n in (small, large)]
            for stage in wanted:
                name = f"{stage:8s} {label}"
                if not report(name, [run[stage] for run in runs]):
                    over.append(name)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"peak memory {peak:,.0f} MB; {len(over)} unit(s) over {TARGET:g}×: {', '.join(over) or 'none'}"
    )


if __name__ == "__main__":
    main()
