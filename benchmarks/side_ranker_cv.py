"""Held-out figures of the event side ranker against the argument rules alone.

- dev event F1, each development fold (0-2) scored by a ranker trained without it
  (nor the GSR train sentences drawn into that fold);
- arabic-event-gsr actor match, all records and the held-out ones, with the ranker
  trained on every group (as `rasd train sides` ships it).
The check folds are neither read here nor trained on: `rasd eval gold --folds` reports them.

    python benchmarks/side_ranker_cv.py --gold ../shared/gold --shared ../shared
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rasd.evaluate.gold import Score, score_events
from rasd.events.extract import EventExtractor
from rasd.events.gsr import evaluate_gsr
from rasd.events.side_ranker import SIDES, SideRanker
from rasd.events.train import gold_groups, gsr_groups
from rasd.pipeline import Pipeline
from rasd.quotes.train import choose_c, dev_articles, fit

BEFORE_EVENTS = ["text", "ner", "quotes"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=Path("../shared/gold"))
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args()
    nlp = Pipeline(BEFORE_EVENTS)
    articles = [(g, nlp(d), fold) for g, d, fold in dev_articles(args.gold)]
    gold = gold_groups(articles, lambda d: d)
    gsr = gsr_groups(args.shared, nlp)
    groups = {side: gold[side] + gsr[side] for side in SIDES}
    chosen = {side: choose_c(groups[side])[0] for side in SIDES}
    print(f"C per side: {chosen}")
    rules, ranked = Score(), Score()
    for fold in sorted({f for _, _, f in articles}):
        model = SideRanker(
            {s: fit([g for g in groups[s] if g.fold != fold], chosen[s]) for s in SIDES}
        )
        fold_rules, fold_ranked = Score(), Score()
        for extractor, score in (
            (EventExtractor(ranker=False), fold_rules),
            (EventExtractor(ranker=model), fold_ranked),
        ):
            for g, doc, f in articles:
                if f == fold:
                    score.add(score_events(extractor(doc), g, []))
        print(f"dev fold {fold} events F1: rules {fold_rules.f1:.3f} ranker {fold_ranked.f1:.3f}")
        rules.add(fold_rules)
        ranked.add(fold_ranked)
    print(f"dev events F1 (micro, held-out folds): rules {rules.f1:.3f} ranker {ranked.f1:.3f}")
    full = SideRanker({s: fit(groups[s], chosen[s]) for s in SIDES})
    for name, ranker in (("rules", False), ("ranker", full)):
        coded = Pipeline(
            [*BEFORE_EVENTS, "events"],
            components={"events": EventExtractor(keep_background=True, ranker=ranker)},
        )
        result = evaluate_gsr(args.shared, coded.analyze)
        for event_type, r in result.items():
            a = r["actors"]
            print(
                f"GSR {name} {event_type}: source {a['source']['match']:.3f} "
                f"(held out {a['source']['held_out']['match']:.3f}), target "
                f"{a['target']['match']:.3f} (held out {a['target']['held_out']['match']:.3f})"
            )


if __name__ == "__main__":
    main()
