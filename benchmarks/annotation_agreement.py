"""Agreement between two hand annotations of the same articles (gold format).

The first annotation is the reference, the second is scored against it by the rules of
`../shared/gold/README.md`: entities as (name, label) pairs with counts, quotes paired
by token F1 >= 0.5 and attributed when the speaker names share one, events by type and
one shared source or target name. Entities and events either annotator marks optional
are neutral.

Usage: python benchmarks/annotation_agreement.py REFERENCE.json OTHER.json [...pairs]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from rasd.evaluate.gold import Score, name_key, token_f1


def _entities(a: dict[str, Any], b: dict[str, Any]) -> Score:
    neutral = {
        name_key(e["text"])
        for e in [*a.get("entities", []), *b.get("entities", [])]
        if e.get("optional")
    }

    def counted(ann: dict[str, Any]) -> Counter[tuple[str, str]]:
        out: Counter[tuple[str, str]] = Counter()
        for e in ann.get("entities", []):
            if name_key(e["text"]) not in neutral:
                out[(name_key(e["text"]), e["label"])] += int(e.get("count", 1))
        return out

    ref, other = counted(a), counted(b)
    return Score(sum((ref & other).values()), sum(other.values()), sum(ref.values()))


def _names(q: dict[str, Any], *fields: str) -> set[str]:
    names: set[str] = set()
    for f in fields:
        value = q.get(f) or []
        names |= {name_key(n) for n in ([value] if isinstance(value, str) else value)}
    return names - {""}


def _quotes(a: dict[str, Any], b: dict[str, Any]) -> tuple[Score, Score]:
    ref, other = a.get("quotes", []), b.get("quotes", [])
    free = set(range(len(ref)))
    spans = attributed = 0
    for q in other:
        best = max(free, key=lambda i: token_f1(q["text"], ref[i]["text"]), default=None)
        if best is None or token_f1(q["text"], ref[best]["text"]) < 0.5:
            continue
        free.discard(best)
        spans += 1
        fields = ("speaker", "speaker_aliases")
        attributed += bool(_names(q, *fields) & _names(ref[best], *fields))
    return Score(spans, len(other), len(ref)), Score(attributed, len(other), len(ref))


def _events(a: dict[str, Any], b: dict[str, Any]) -> Score:
    ref = [e for e in a.get("events", []) if not e.get("optional")]
    optional = [e for e in a.get("events", []) if e.get("optional")]
    other = [e for e in b.get("events", []) if not e.get("optional")]
    free = set(range(len(ref)))
    tp = neutral = 0

    def same(x: dict[str, Any], y: dict[str, Any]) -> bool:
        sides = ("source", "target")
        return x["type"] == y["type"] and bool(_names(x, *sides) & _names(y, *sides))

    for e in other:
        hit = next((i for i in sorted(free) if same(e, ref[i])), None)
        if hit is not None:
            free.discard(hit)
            tp += 1
        elif any(same(e, o) for o in optional):
            neutral += 1
    return Score(tp, len(other) - neutral, len(ref))


def agreement(pairs: list[tuple[Path, Path]]) -> dict[str, Score]:
    totals = {k: Score() for k in ("entities", "quotes_span", "quotes_attributed", "events")}
    for ref_path, other_path in pairs:
        a = json.loads(ref_path.read_text(encoding="utf-8"))
        b = json.loads(other_path.read_text(encoding="utf-8"))
        spans, attributed = _quotes(a, b)
        for key, score in (
            ("entities", _entities(a, b)),
            ("quotes_span", spans),
            ("quotes_attributed", attributed),
            ("events", _events(a, b)),
        ):
            totals[key].add(score)
    return totals


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]]
    if not paths or len(paths) % 2:
        sys.exit(__doc__)
    for layer, score in agreement(list(zip(paths[::2], paths[1::2], strict=True))).items():
        s = score.as_dict()
        print(f"{layer:18} P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}")


if __name__ == "__main__":
    main()
