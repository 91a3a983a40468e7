"""Held-out tables of the event confidence filter and of recipe variants.

The table `rasd train event-filter` chooses from, printed whole: each development fold
(0-2 of both folders) filtered by a model fitted on the other two with the shipped
fitting (`rasd.linear.fit_logistic`), per C and threshold, pooled over the folds (their
missed gold events count against recall). Variants add features of a speech act to the
generic ones of `confidence.event_features`:
- learned: the act was typed by the speech-act model, not the lexicon;
- blame: its quotation holds a word of blame (`speech_model.evaluative`);
- audience: its target is the audience the quotes layer read (qaddr);
- learned_type: the model's act crossed with its type.
The check folds are neither read nor trained on.

    python benchmarks/event_filter_variants.py ../shared/gold benchmarks/news-gold \\
        --cache /tmp/coded-dev.pkl

`--cache` is the pickle of `event_filter_lexical.py` (the coded development articles).
Needs scikit-learn (the train extra).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from event_filter_lexical import coded_articles

from rasd.document import Document, Event, Quote
from rasd.evaluate.gold import event_labels
from rasd.events.confidence import event_features
from rasd.events.confidence_train import Examples, held_out_f1
from rasd.events.speech_model import evaluative

C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0)
THRESHOLDS = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
Extra = Callable[[Document, Event], dict[str, float]]


def _quote_of(doc: Document, event: Event) -> Quote | None:
    """The quotation a speech act was read from: the one its evidence ends with."""
    if not event.attrs.get("speech"):
        return None
    return next(
        (q for q in doc.quotes or [] if q.end == event.end and q.start >= event.start), None
    )


def learned(doc: Document, event: Event) -> dict[str, float]:
    return {"said_learned": float(bool(event.attrs.get("learned")))}


def learned_type(doc: Document, event: Event) -> dict[str, float]:
    if not event.attrs.get("learned"):
        return {}
    return {f"learned|type={event.type}": 1.0}


def blame(doc: Document, event: Event) -> dict[str, float]:
    quote = _quote_of(doc, event)
    return {"said_blame": float(quote is not None and evaluative(doc.slice(quote)))}


def audience(doc: Document, event: Event) -> dict[str, float]:
    quote, target = _quote_of(doc, event), event.target
    heard = quote is not None and quote.audience is not None and target is not None
    same = heard and target.start < quote.audience.end and quote.audience.start < target.end
    return {"target_audience": float(same)}


VARIANTS: dict[str, tuple[Extra, ...]] = {
    "generic (shipped recipe)": (),
    "+ learned": (learned,),
    "+ blame": (blame,),
    "+ learned, blame": (learned, blame),
    "+ audience": (audience,),
    "+ learned × type": (learned_type,),
    "+ learned, blame, audience": (learned, blame, audience),
    "+ all": (learned, blame, audience, learned_type),
}


def folds_of(labelled: list, extras: tuple[Extra, ...]) -> dict[int, Examples]:
    folds: dict[int, Examples] = {}
    for doc, fold, (labels, required) in labelled:
        group = folds.setdefault(fold, Examples([], []))
        group.required += required
        events = doc.events or []
        for event, row, label in zip(events, event_features(doc, events), labels, strict=True):
            if label is None:
                continue
            for extra in extras:
                row |= extra(doc, event)
            group.rows.append(row)
            group.labels.append(label)
    return folds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold_dirs", type=Path, nargs="+")
    parser.add_argument("--cache", type=Path, help="pickle of the coded dev articles")
    parser.add_argument("--only", help="run this variant alone, printing its whole table")
    parser.add_argument("--json", type=Path, help="write every variant's table here")
    args = parser.parse_args()
    articles = coded_articles(args.gold_dirs, args.cache)
    labelled = [(d, f, event_labels(d, g)) for g, d, f in articles]
    tables = {}
    for title, extras in VARIANTS.items():
        if args.only and title != args.only:
            continue
        folds = folds_of(labelled, extras)
        table = {(c, t): held_out_f1(folds, c, t) for c in C_GRID for t in THRESHOLDS}
        tables[title] = {f"{c} {t}": v for (c, t), v in table.items()}
        allowed = [k for k, (p, r, _) in table.items() if p >= r] or list(table)
        c, t = max(allowed, key=lambda k: (round(table[k][2], 3), -k[1], -k[0]))
        p, r, f1 = table[(c, t)]
        p0, r0, f0 = table[(0.03, 0.2)]
        print(
            f"{title:28s} best C {c:<5} t {t:<5} P {p:.3f} R {r:.3f} F1 {f1:.4f}"
            f" | C 0.03 t 0.2: P {p0:.3f} R {r0:.3f} F1 {f0:.4f}",
            flush=True,
        )
        if args.only:
            for (c, t), (p, r, f1) in sorted(table.items()):
                print(f"  C {c:<5} t {t:<5} P {p:.3f} R {r:.3f} F1 {f1:.4f}")
    if args.json:
        args.json.write_text(json.dumps(tables, indent=1))


if __name__ == "__main__":
    main()
