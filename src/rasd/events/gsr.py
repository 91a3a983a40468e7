"""`rasd eval events`: scores on the arabic-event-gsr sentences.

- Detection: each labelled sentence of `assault_gsr.csv` / `protest_gsr.csv` in the
  dev half is positive when labelled "yes" and negative when "easy no" or
  "difficult no" ("ambiguous" is left out); Rasd predicts positive when it codes
  an event of that type in the sentence. The data set ships no train/dev split for
  these files, so Rasd fixes one: a sentence is dev when the first byte of the
  BLAKE2b hash of its id is even (`is_dev`), train otherwise. Only train
  sentences may be used to fit anything.
- Actors: the `*_spans.dev.json` files give, per sentence, the source and target
  words all coders agreed on (`source_gold`, `target_gold`). A side matches when
  Rasd's source (target) of an event of that type shares a word with it, words
  compared without clitics, article or endings. Sides with no agreed words are
  not counted. The span files hold sentences of both halves of the detection
  split; actor rules were developed reading only the train-half ones, so the
  figure is given over all records and over the others (`held_out`).
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasd.document import Document, Mention
from rasd.events.keys import light_key, strip_proclitics
from rasd.events.relevance import RelevanceModel
from rasd.text.normalize import match_key

GSR = Path("data/events/arabic-event-gsr")
TYPES = ("ASSAULT", "PROTEST")
POSITIVE = {"yes"}
NEGATIVE = {"easy no", "difficult no"}


@dataclass(slots=True)
class Labelled:
    id: str
    text: str
    label: str
    accept: int = 0  # annotators who accepted the label
    reject: int = 0


def is_dev(sentence_id: str) -> bool:
    return hashlib.blake2b(sentence_id.encode("utf-8"), digest_size=1).digest()[0] % 2 == 0


def read_labelled(path: Path) -> list[Labelled]:
    with path.open(encoding="utf-8") as f:
        return [
            Labelled(r["id"], r["text"], r["label"], int(r["accept"] or 0), int(r["reject"] or 0))
            for r in csv.DictReader(f)
        ]


def split(rows: Iterable[Labelled], dev: bool) -> list[Labelled]:
    return [r for r in rows if is_dev(r.id) == dev]


def _words(text: str) -> set[str]:
    out = set()
    for w in match_key(text).split():
        key = light_key(strip_proclitics(w)[-1])
        if len(key) > 1:
            out.add(key)
    return out


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def detection(
    rows: list[Labelled],
    event_type: str,
    analyse: Callable[[str], Document],
    relevant: Callable[[float | None], bool],
) -> dict[str, Any]:
    """Two decisions per sentence: `reported` (an event of the type whose relevance
    passes the model's threshold: what the GSR labels mean) and `mentioned` (any
    event of the type in the layer)."""
    counts = {"reported": [0, 0, 0], "mentioned": [0, 0, 0]}
    for row in rows:
        if row.label not in POSITIVE | NEGATIVE:
            continue
        events = [e for e in analyse(row.text).events or [] if e.type == event_type]
        gold = row.label in POSITIVE
        decisions = {
            "mentioned": bool(events),
            "reported": any(relevant(e.attrs.get("relevance")) for e in events),
        }
        for name, predicted in decisions.items():
            c = counts[name]
            c[0] += predicted and gold
            c[1] += predicted and not gold
            c[2] += gold and not predicted
    return {name: _prf(*c) for name, c in counts.items()}


def _side(doc: Document, m: Mention | None) -> set[str]:
    if m is None:
        return set()
    return _words(doc.slice(m)) | _words(m.canonical or "")


def actors(
    path: Path, event_type: str, analyse: Callable[[str], Document], train_texts: set[str]
) -> dict[str, Any]:
    """Actor match over all span records, and over those held out from rule
    development (`held_out`): every record but the ones whose sentence is in the
    train half of the detection file. For matched sides, `codes` counts how often
    the side's country and role agree with a coder's (`main`, `role`)."""
    records = json.loads(path.read_text(encoding="utf-8"))
    counts = {(side, part): [0, 0] for side in ("source", "target") for part in ("all", "held")}
    codes = {(side, field): [0, 0] for side in ("source", "target") for field in _CODE_FIELDS}
    for rec in records:
        doc = analyse(rec["text"])
        events = [e for e in doc.events or [] if e.type == event_type]
        parts = ("all",) if rec["text"] in train_texts else ("all", "held")
        for side in ("source", "target"):
            gold = _words(rec.get(f"{side}_gold") or "")
            if not gold:
                continue
            matched = next(
                (m for e in events if (m := getattr(e, side)) and _side(doc, m) & gold), None
            )
            for part in parts:
                counts[side, part][0] += matched is not None
                counts[side, part][1] += 1
            if matched is not None:
                _count_codes(codes, side, matched, rec.get("spans") or [])
    return {
        side: {
            **_match(*counts[side, "all"]),
            "held_out": _match(*counts[side, "held"]),
            "codes": {field: _match(*codes[side, field]) for field in _CODE_FIELDS},
        }
        for side in ("source", "target")
    }


# Rasd's attribute → the coders' field in `*_role` of the span files.
_CODE_FIELDS = {"country": "main", "role": "role"}


def _count_codes(
    codes: dict[tuple[str, str], list[int]], side: str, mention: Mention, spans: list[Any]
) -> None:
    coded = [s[f"{side}_role"] for s in spans if isinstance(s.get(f"{side}_role"), dict)]
    for field, theirs in _CODE_FIELDS.items():
        values = {c.get(theirs) for c in coded} - {None, "", "None"}
        if values:
            codes[side, field][0] += mention.attrs.get(field) in values
            codes[side, field][1] += 1


def _match(hit: int, total: int) -> dict[str, Any]:
    return {"match": round(hit / total, 4) if total else 0.0, "matched": hit, "total": total}


def evaluate_gsr(
    shared: Path,
    analyse: Callable[[str], Document],
    model: RelevanceModel | None = None,
    coded: Callable[[str], Document] | None = None,
) -> dict[str, Any]:
    """Detection on the layer `analyse` gives; actor match on the layer `coded` gives
    (default: the same), which may keep the events the relevance model calls
    background, as the span files give sides for every annotated event."""
    folder = shared / GSR
    model = model or RelevanceModel()
    out: dict[str, Any] = {}
    for event_type in TYPES:
        name = event_type.lower()
        labelled = read_labelled(folder / f"{name}_gsr.csv")
        rows = split(labelled, dev=True)
        train_texts = {r.text for r in split(labelled, dev=False)}

        def relevant(score: float | None, t: str = event_type) -> bool:
            return model.relevant(t, score)

        out[event_type] = {
            "detection": detection(rows, event_type, analyse, relevant),
            "actors": actors(
                folder / f"{name}_spans.dev.json", event_type, coded or analyse, train_texts
            ),
            "sentences": sum(r.label in POSITIVE | NEGATIVE for r in rows),
            "threshold": model.thresholds.get(event_type),
        }
    return out
