"""One incident told again in a later sentence and kept as two events: each kept event
that shares its type and one side (by name words or actor code), or its place and
day, with an earlier kept event of its article in another sentence, classed by the
first reason `merging` left the two apart:

  headline        one of the two is in the title (`fold_headline` joins only the first)
  dated-apart     both dated, on different days
  speech          both read from quotations (two statements)
  other-trigger   two trigger words of a type `merging` does not retell
  source-missing  one names a source, the other none
  other-source    both name a source, with other words (same actor code: "same-code")
  other-target    the sources agree and the targets differ
  other           none of these

On development folds 0 and 1 only the later events the scorer leaves unpaired are
counted (each costs precision), with the label of the earlier one; with `--seeds`, every
such pair of unseen news (no gold) is counted.

Usage: python benchmarks/event_retold.py [--list] [--sets ../shared/gold benchmarks/news-gold]
       python benchmarks/event_retold.py --seeds 11150-11151 [-n 100] [--list]
Development folds 0 and 1 only are read; the check folds never.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from annotated_sets import add_sets_option
from news_sample import analyze_record, drawn_records

from rasd.document import Document, Event, Mention
from rasd.evaluate.gold import development_articles, event_labels
from rasd.events.merging import _RETOLD, _name_tokens, _other_verbs, _when_key
from rasd.pipeline import Pipeline

READABLE = {0, 1}


def _code(m: Mention | None) -> str | None:
    return m.attrs.get("code") if m is not None else None


def _shares(x: Mention | None, y: Mention | None) -> bool:
    a, b = _name_tokens(x), _name_tokens(y)
    return bool(a & b) or (_code(x) is not None and _code(x) == _code(y))


def _twins(a: Event, b: Event) -> bool:
    if a.type != b.type or a.sentence == b.sentence:
        return False
    if _shares(a.source, b.source) or _shares(a.target, b.target):
        return True
    wa, wb = _when_key(a), _when_key(b)
    return _shares(a.where, b.where) and bool(wa) and wa == wb


def reason(doc: Document, a: Event, b: Event) -> str:
    """Why the earlier event `a` and the later `b` were kept apart (the first that fits)."""
    title_end = doc.paragraphs[0].end if doc.title and doc.paragraphs else 0
    if a.start < title_end or b.start < title_end:
        return "headline"
    wa, wb = _when_key(a), _when_key(b)
    if wa and wb and wa != wb:
        return "dated-apart"
    if a.attrs.get("speech") and b.attrs.get("speech"):
        return "speech"
    if a.type not in _RETOLD and _other_verbs(a, b):
        return "other-trigger"
    if (a.source is None) != (b.source is None):
        return "source-missing"
    sa, sb = _name_tokens(a.source), _name_tokens(b.source)
    if sa and sb and not sa & sb:
        same = _code(a.source) is not None and _code(a.source) == _code(b.source)
        return "other-source/same-code" if same else "other-source"
    if a.target is not None and b.target is not None:
        return "other-target"
    return "other"


def _side(doc: Document, m: Mention | None) -> str:
    return doc.slice(m) if m is not None else "-"


def _row(doc: Document, a: Event, b: Event, why: str, label: object) -> str:
    s = doc.sentences[b.sentence]
    fields = [why, b.type, doc.id, label, a.attrs.get("trigger", "-"), b.attrs.get("trigger")]
    fields += [f"{_side(doc, a.source)}>{_side(doc, a.target)}"]
    fields += [f"{_side(doc, b.source)}>{_side(doc, b.target)}"]
    fields += [doc.text[s.start : s.end][:120].replace("\n", " ")]
    return "\t".join(str(f) for f in fields)


def _pairs(doc: Document, unpaired: set[int] | None) -> Iterator[tuple[Event, Event, int]]:
    """(earlier, later, index of the earlier) for each later event with an earlier twin."""
    events = doc.events or []
    for j, b in enumerate(events):
        if unpaired is not None and j not in unpaired:
            continue
        i = next((i for i in range(j) if _twins(events[i], b)), None)
        if i is not None:
            yield events[i], b, i


def _dev(args: argparse.Namespace, nlp: Pipeline, counts: Counter) -> None:
    for gold_dir in args.sets:
        for gold, doc, fold in development_articles(gold_dir):
            if fold not in READABLE:
                continue
            out = nlp(doc)
            labels, _ = event_labels(out, gold)
            unpaired = {j for j, label in enumerate(labels) if label is False}
            for a, b, i in _pairs(out, unpaired):
                why = reason(out, a, b)
                counts[(why, labels[i])] += 1
                if args.list:
                    print(_row(out, a, b, why, labels[i]))


def _unseen(args: argparse.Namespace, nlp: Pipeline, counts: Counter) -> None:
    for _seed, _i, record in drawn_records(args.news, args.seeds, args.n):
        doc = analyze_record(nlp, record)
        doc.id = str(record.get("id") or record.get("url") or "")
        for a, b, _ in _pairs(doc, None):
            why = reason(doc, a, b)
            counts[(why, "-")] += 1
            if args.list:
                print(_row(doc, a, b, why, "-"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_sets_option(parser)
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--seeds", default="", help="unseen news instead of dev folds 0-1")
    parser.add_argument("--news", type=Path, default=Path("../shared/data/news"))
    parser.add_argument("-n", type=int, default=100, help="articles per seed")
    args = parser.parse_args()
    nlp = Pipeline()
    counts: Counter = Counter()
    (_unseen if args.seeds else _dev)(args, nlp, counts)
    by_reason: Counter = Counter()
    for (why, _), k in counts.items():
        by_reason[why] += k
    print("reason", dict(by_reason.most_common()), "total", sum(by_reason.values()))
    print("reason, earlier label", {f"{w}|{lab}": k for (w, lab), k in counts.most_common()})


if __name__ == "__main__":
    main()
