"""How the `events` stage's time grows with the length of hostile text, one core.

Usage: python benchmarks/bench_events_scaling.py [--sizes 10000 100000] [--no-quotes]

Each pattern is a phrase repeated until the text has the given number of characters:
unclosed quotation marks and cues with no full stop, so the whole text is one long
sentence full of speech cues and triggers. The stages before `events` run untimed; the
output gives the events stage's seconds per size and the growth from the smallest
size to the largest (linear work grows 10× from 10K to 100K characters; the target is
≤ 15×). One JSON line per pattern, as each is done. `--no-quotes` leaves the quotes
stage out (it is the slow one on these texts), so the events stage sees no quotations.
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
    parser.add_argument("--no-quotes", action="store_true", help="Leave the quotes stage out.")
    args = parser.parse_args()
    stages = ["text", "ner", "events"] if args.no_quotes else ["text", "ner", "quotes", "events"]
    nlp = Pipeline(stages)
    sizes = sorted(args.sizes)
    for name, phrase in PATTERNS.items():
        seconds = {}
        for size in sizes:
            text = (phrase * (size // len(phrase) + 1))[:size]
            seconds[size] = round(_events_seconds(nlp, text), 3)
        low, high = seconds[sizes[0]], seconds[sizes[-1]]
        growth = round(high / max(low, 1e-6), 1)
        row = {"pattern": name, "seconds": seconds, "growth": growth}
        print(json.dumps(row, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
