"""Held-out entity errors by class (issue 14): the misses that `ner_gold_cv.py --misses`
writes for dev folds 0-1, each spurious mention paired with a missed one of the same
article when one holds the other (an extent error: too short or too long) or has the
same words (a label confusion); the rest are spurious (one word or more) or missed.

    nice python benchmarks/ner_gold_cv.py --no-mark --no-misc --copy-anercorp \\
        --copy-subset --more-gold benchmarks/news-gold --fold 0 --fold 1 \\
        --model /tmp/cvm21 --misses /tmp/miss01
    python benchmarks/ner_error_classes.py /tmp/miss01 [--list CLASS]

Run it on folds 0-1 only: fold 2 is read by its totals, the check part never.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

_LINE = re.compile(r"entity (missed|spurious): (.*) (PER|ORG|LOC|MISC) x(\d+)$")
Mention = tuple[str, str, int]


def _pair(spurious: Mention, missed: list[Mention], used: set[int]) -> tuple[str, str]:
    text, label, _ = spurious
    for i, (other, gold_label, _) in enumerate(missed):
        if other == text and gold_label != label:
            used.add(i)
            return f"label {gold_label}->{label}", other
    for i, (other, gold_label, _) in enumerate(missed):
        if other != text and (text in other or other in text):
            used.add(i)
            side = "short" if len(text) < len(other) else "long"
            return f"{side} {gold_label}->{label}", other
    one = " one word" if len(text.split()) == 1 else ""
    return f"spurious {label}{one}", ""


def classes(folder: Path) -> list[tuple[str, str, str, str, int]]:
    """(set, class, predicted or missed text, the gold text paired with it, mentions)."""
    rows = []
    for path in sorted(folder.glob("*.json")):
        corpus = path.stem.split("-fold")[0]
        for lines in json.loads(path.read_text(encoding="utf-8")).values():
            found = [m.groups() for m in map(_LINE.match, lines) if m]
            missed = [(t, lab, int(n)) for kind, t, lab, n in found if kind == "missed"]
            used: set[int] = set()
            for kind, text, label, n in found:
                if kind == "spurious":
                    name, paired = _pair((text, label, int(n)), missed, used)
                    rows.append((corpus, name, text, paired, int(n)))
            for i, (text, label, n) in enumerate(missed):
                if i not in used:
                    rows.append((corpus, f"missed {label}", text, "", n))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("misses", type=Path)
    parser.add_argument("--list", help="print the mentions of this class")
    args = parser.parse_args()
    rows = classes(args.misses)
    if args.list:
        listed: Counter[tuple[str, str]] = Counter()
        for _, name, text, paired, n in rows:
            if name == args.list:
                listed[(text, paired)] += n
        for (text, paired), n in listed.most_common():
            print(n, text, f"(gold: {paired})" if paired else "", sep="\t")
        return
    mentions: Counter[tuple[str, str]] = Counter()
    for corpus, name, _, _, n in rows:
        mentions[(corpus, name)] += n
    for (corpus, name), n in mentions.most_common():
        print(corpus, name, n, sep="\t")


if __name__ == "__main__":
    main()
