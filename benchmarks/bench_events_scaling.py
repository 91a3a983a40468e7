"""How the `events` stage's time grows with the length of hostile text, one core.

Usage: python benchmarks/bench_events_scaling.py [--sizes 10000 100000]

Each pattern is a phrase repeated until the text has the given number of characters:
unclosed quotation marks and cues with no full stop, so the whole text is one long
sentence full of speech cues and triggers. The stages before `events` run untimed; the
output gives the events stage's seconds per size and the growth from the smallest
size to the largest (linear work grows 10× from 10K to 100K characters; the target is
≤ 15×).
"""

from __future__ import annotations

import argparse
import json
import time

from rasd.document import Document
from rasd.pipeline import Pipeline

PATTERNS = {
    "qal_quote": 'قال " ',
    "lavrov": 'وقال لافروف إن " ',
    "qal_colon": "قال: ",
    "announced": "أعلن ",
    "attack": "هاجم الجيش المدينة و",
}


def _events_seconds(nlp: Pipeline, text: str) -> float:
    doc = Document(text=text)
    start = 0.0
    for name, component in nlp.components:
        if name == "events":
            start = time.perf_counter()
        doc = component(doc)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    nlp = Pipeline(["text", "ner", "quotes", "events"])
    sizes = sorted(args.sizes)
    result = {}
    for name, phrase in PATTERNS.items():
        seconds = {}
        for size in sizes:
            text = (phrase * (size // len(phrase) + 1))[:size]
            seconds[size] = round(_events_seconds(nlp, text), 3)
        low, high = seconds[sizes[0]], seconds[sizes[-1]]
        result[name] = {"seconds": seconds, "growth": round(high / max(low, 1e-6), 1)}
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
