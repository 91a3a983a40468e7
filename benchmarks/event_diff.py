"""The events of unseen news that one setting of the event stage changes, for reading:
each article is analysed once up to the events, then its events coded with the
setting's old value and its new one, and every event only one of them codes printed.

Usage: python benchmarks/event_diff.py MODULE NAME OLD NEW [--seeds 10180-10189] [-n 60]
       [--canonical] [--contains REGEX]
  e.g. python benchmarks/event_diff.py rasd.events.triggers _LIGHT_REACH 7 10
  Two weight files of a learned component: MODULE `extractor`, NAME `confidence` or
  `ranker`, OLD and NEW their paths as literals ("'/tmp/old.json'" "'/tmp/new.json'").
  Two builds of the actor dictionary: MODULE `extractor`, NAME `actors`, OLD and NEW
  the paths of two `actors.tsv.gz`.

OLD and NEW are Python literals (`ast.literal_eval`). For each seed one file of the
folder is drawn and its records shuffled (`news_sample.unseen_records`); the first `n`
articles are read (their opening, as the audits do). Articles of the gold sets are
skipped.
"""

from __future__ import annotations

import argparse
import ast
import importlib
from dataclasses import replace
from pathlib import Path

from news_sample import analyze_record, drawn_records

from rasd.document import Document, Event
from rasd.events.actors import ActorFinder
from rasd.events.confidence import load_confidence
from rasd.events.extract import EventExtractor
from rasd.events.lexicon import ActorDictionary
from rasd.events.side_ranker import load_side_ranker
from rasd.pipeline import DEFAULT_STAGES, Pipeline


def key(doc: Document, ev: Event, canonical: bool = False) -> tuple:
    sides = tuple(
        (f"{doc.slice(m)} [{m.canonical}]" if canonical else doc.slice(m)) if m else "-"
        for m in (ev.source, ev.target)
    )
    return (ev.sentence, ev.type, *sides)


class Weights:
    """The extractor's learned component `name` swapped for the weights at a path."""

    def __init__(self, extractor: EventExtractor) -> None:
        self.extractor = extractor

    def __setattr__(self, name: str, value: object) -> None:
        if name == "extractor":
            return super().__setattr__(name, value)
        if name == "actors":
            self._use_actors(Path(value))
            return
        loaded = {"confidence": load_confidence, "ranker": load_side_ranker}[name](Path(value))
        setattr(self.extractor, name, loaded)

    def _use_actors(self, path: Path) -> None:
        """The dictionary at `path`, and a finder over it (the finder caches what each
        word form may start, so it is not shared between dictionaries)."""
        cache = self.__dict__.setdefault("_finders", {})
        if path not in cache:
            actors = ActorDictionary(path)
            x = self.extractor
            cache[path] = (actors, ActorFinder(actors, x.gazetteer, x.triggers))
        self.extractor.actors, self.extractor._finder = cache[path]


def coded(
    extractor: EventExtractor,
    doc: Document,
    module: object,
    name: str,
    value: object,
    canonical: bool = False,
):
    setattr(module, name, value)
    out = extractor(replace(doc, events=None))
    return {key(out, e, canonical): e for e in out.events or []}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("module")
    parser.add_argument("name")
    parser.add_argument("old", type=ast.literal_eval)
    parser.add_argument("new", type=ast.literal_eval)
    parser.add_argument("--news", type=Path, default=Path("../shared/data/news"))
    parser.add_argument("--seeds", default="10180-10189")
    parser.add_argument("-n", type=int, default=60, help="articles per seed")
    parser.add_argument(
        "--canonical", action="store_true", help="sides differ by their canonical names too"
    )
    parser.add_argument(
        "--contains", default="", help="only articles whose text matches this regex"
    )
    args = parser.parse_args()
    nlp = Pipeline([s for s in DEFAULT_STAGES if s != "events"])
    extractor = EventExtractor()
    module = (
        Weights(extractor) if args.module == "extractor" else importlib.import_module(args.module)
    )
    added = removed = articles = 0
    for seed, _, record in drawn_records(args.news, args.seeds, args.n, args.contains):
        doc = analyze_record(nlp, record)
        articles += 1
        old = coded(extractor, doc, module, args.name, args.old, args.canonical)
        new = coded(extractor, doc, module, args.name, args.new, args.canonical)
        for sign, keys in (("+", new.keys() - old.keys()), ("-", old.keys() - new.keys())):
            for k in sorted(keys):
                added += sign == "+"
                removed += sign == "-"
                text = doc.slice(doc.sentences[k[0]]).replace("\n", " ")[:220]
                print(f"{sign} {seed}\t{k[1]}\t{k[2]} -> {k[3]}\n    {text}")
    setattr(module, args.name, args.new)
    print(f"{articles} articles: {added} events added, {removed} removed")


if __name__ == "__main__":
    main()
