"""Attacks of one sentence kept as several events: every sentence with two or more kept
ASSAULT events, each pair classed by why `events.merging._corefer` left it apart, the
first that fits:

  weapon    the two differ on a side one of them fills with a weapon ("سيارة مفخخة")
  place     ... with a place (an LOC entity)
  ranked    ... with the side ranker's guess
  other     ... with another name (two attacks, or a wrong side of another kind)

Development folds 0 and 1 (default; each event marked + when the scorer pairs it with a
gold event, - when not) or unseen news (`--seeds`, annotated articles skipped). The check
folds are never read.

Usage: python benchmarks/event_same_sentence.py [--list] [--sets ../shared/gold benchmarks/news-gold]
       python benchmarks/event_same_sentence.py --seeds 10965-10967 [-n 150] [--contains RE] [--list]
"""

from __future__ import annotations

import argparse
from collections import Counter
from itertools import combinations
from pathlib import Path

from annotated_sets import add_sets_option, labelled_dev_events
from news_sample import analyze_record, drawn_records

from rasd.document import Document, Event, Mention
from rasd.events.merging import _name_tokens
from rasd.events.sentence import WORD_LISTS
from rasd.pipeline import Pipeline
from rasd.text.normalize import match_key

_WEAPON_WORDS = WORD_LISTS.words("weapons") | WORD_LISTS.words("munitions")


def _weapon(doc: Document, m: Mention) -> bool:
    words = {match_key(w).removeprefix("ال") for w in doc.slice(m).split()}
    return bool(words & _WEAPON_WORDS) or any(w.startswith(("مفخخ", "ناسف")) for w in words)


def _place(doc: Document, m: Mention) -> bool:
    return any(
        e.label == "LOC" and e.start <= m.start and m.end <= e.end for e in doc.entities or []
    )


def why_apart(doc: Document, a: Event, b: Event) -> str:
    differing = [
        m
        for side in ("source", "target")
        for x, y in [(getattr(a, side), getattr(b, side))]
        if (tx := _name_tokens(x)) and (ty := _name_tokens(y)) and not tx & ty
        for m in (x, y)
    ]
    if not differing:
        return "joinable"  # left apart by another path (a negation, the headline)
    for name, test in (("weapon", _weapon), ("place", _place)):
        if any(test(doc, m) for m in differing):
            return name
    return "ranked" if any(m.attrs.get("ranked") for m in differing) else "other"


def _side(doc: Document, m: Mention | None) -> str:
    if m is None:
        return "-"
    return doc.slice(m) + ("?" if m.attrs.get("ranked") else "")


def report(doc: Document, name: str, labels: list, counts: Counter, listing: bool) -> None:
    events = [(e, lab) for e, lab in zip(doc.events or [], labels, strict=True)]
    by_sentence: dict[int, list] = {}
    for e, lab in events:
        if e.type == "ASSAULT":
            by_sentence.setdefault(e.sentence, []).append((e, lab))
    for sentence, group in by_sentence.items():
        if len(group) < 2:
            continue
        whys = [why_apart(doc, a, b) for (a, _), (b, _) in combinations(group, 2)]
        counts.update(whys)
        if listing:
            print(f"{name}\t{','.join(whys)}")
            for e, lab in group:
                mark = "" if lab is None else ("+" if lab else "-")
                trigger = e.attrs.get("trigger", "-")
                print(f"  {mark}{trigger}: {_side(doc, e.source)} -> {_side(doc, e.target)}")
            print("   ", doc.slice(doc.sentences[sentence]).replace("\n", " ")[:240])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_sets_option(parser)
    parser.add_argument("--seeds", default="", help="unseen news instead of dev folds 0-1")
    parser.add_argument("--news", type=Path, default=Path("../shared/data/news"))
    parser.add_argument("-n", type=int, default=150, help="articles per seed")
    parser.add_argument("--contains", default="", help="only unseen articles matching this")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    nlp = Pipeline()
    counts: Counter = Counter()
    articles = 0
    if args.seeds:
        for seed, i, record in drawn_records(args.news, args.seeds, args.n, args.contains):
            doc = analyze_record(nlp, record)
            articles += 1
            name = f"{seed} {record.get('id', i)}"
            report(doc, name, [None] * len(doc.events or []), counts, args.list)
    else:
        for name, out, labels in labelled_dev_events(nlp, args.sets):
            articles += 1
            report(out, name, labels, counts, args.list)
    print(f"{articles} articles; same-sentence ASSAULT pairs by why apart:", dict(counts))


if __name__ == "__main__":
    main()
