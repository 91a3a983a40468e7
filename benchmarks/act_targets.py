"""Events whose target opens with a verbal noun of an act (`act_targets.ACT_TARGET_NOUNS`,
after a manner adverb: "بشدة تصريحات"): "ارتكاب أي خطأ"، "الدعم الأمريكي لوحدات …"،
"استقبال مهاجرين", the act spoken of where its party should stand. On dev folds 0-1 each is printed
with the scorer's verdict on its target (side_scores.verdict, "unpaired" when the event
pairs with no gold one) and the gold sides; on unseen news (`--seeds`) with its sentence.
A `*` marks a target the side ranker filled.

Usage: python benchmarks/act_targets.py [--folds 0,1] [--sets ../shared/gold
       benchmarks/news-gold] [--off]
       python benchmarks/act_targets.py --seeds 11265-11266 [-n 300] [--news PATH] [--off]
`--off` lists them as coded before `rasd.events.act_targets.act_party` (ACT_PARTY False).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from annotated_sets import add_sets_option
from news_sample import analyze_record, drawn_records

from rasd.document import Document, Event
from rasd.evaluate.gold import _event_similarity, _pairs, development_articles
from rasd.events import act_targets
from rasd.events.act_targets import ACT_TARGET_NOUNS
from rasd.pipeline import Pipeline
from rasd.text.normalize import match_key


def _act_word(word: str) -> bool:
    bare = word.removeprefix("و")
    return any(
        w in ACT_TARGET_NOUNS or w.removeprefix("ال") in ACT_TARGET_NOUNS
        for w in (bare, bare[1:] if bare[:1] in ("ب", "ل") else bare)
    )


def act_target(doc: Document, event: Event) -> str | None:
    """The event's target when it opens with an act noun, after a manner adverb
    ("بشدة تصريحات"), marked * when ranked."""
    if event.target is None:
        return None
    said = doc.slice(event.target)
    words = match_key(said).split()
    if not any(_act_word(w) for w in words[:2]):
        return None
    return said + ("*" if event.target.attrs.get("ranked") else "")


def _sentence(doc: Document, event: Event) -> str:
    return doc.slice(doc.sentences[event.sentence]).replace("\n", " ")[:240]


def _gold_sides(nlp: Pipeline, sets: list[str], folds: set[int]) -> None:
    counts: Counter[str] = Counter()
    for gold_dir in sets:
        for gold, doc, fold in development_articles(gold_dir):
            if fold not in folds:
                continue
            doc = nlp(doc)
            events = doc.events or []
            required = [g for g in gold.get("events", []) if not g.get("optional")]
            paired = dict(_pairs(events, required, lambda e, g, d=doc: _event_similarity(d, e, g)))
            for i, event in enumerate(events):
                said = act_target(doc, event)
                if said is None:
                    continue
                g = required[paired[i]] if i in paired else None
                sides = (
                    " / ".join("|".join(g[s] or ["-"]) for s in ("source", "target")) if g else "-"
                )
                counts["paired" if g else "unpaired"] += 1
                print(f"{event.type}\t{said}\tgold {sides}\t{_sentence(doc, event)}")
    print(dict(counts))


def _unseen(nlp: Pipeline, news: Path, seeds: str, n: int) -> None:
    found = articles = 0
    for seed, _, record in drawn_records(news, seeds, n):
        doc = analyze_record(nlp, record)
        articles += 1
        for event in doc.events or []:
            said = act_target(doc, event)
            if said is not None:
                found += 1
                source = doc.slice(event.source) if event.source else "-"
                print(f"{seed}\t{event.type}\t{source} -> {said}\n    {_sentence(doc, event)}")
    print(f"{articles} articles: {found} act targets")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", default="0,1", help="development folds, comma-separated")
    add_sets_option(parser)
    parser.add_argument("--seeds", default="", help="unseen news seeds instead of dev")
    parser.add_argument("-n", type=int, default=300, help="articles per seed")
    parser.add_argument("--news", type=Path, default=Path("../shared/data/news"))
    parser.add_argument("--off", action="store_true", help="without act_targets.act_party")
    args = parser.parse_args()
    act_targets.ACT_PARTY = not args.off
    nlp = Pipeline()
    if args.seeds:
        _unseen(nlp, args.news, args.seeds, args.n)
        return
    folds = {int(f) for f in args.folds.split(",") if f.strip()}
    if folds - {0, 1}:
        raise SystemExit("only the read folds 0-1 are listed")
    _gold_sides(nlp, args.sets, folds)


if __name__ == "__main__":
    main()
