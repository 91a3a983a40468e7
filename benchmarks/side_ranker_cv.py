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

from rasd.evaluate.gold import Score, development_articles, score_events
from rasd.events.extract import EventExtractor
from rasd.events.gsr import evaluate_gsr
from rasd.events.side_ranker import SIDES, SideRanker
from rasd.events.train import gold_groups, gsr_groups, side_groups, train_sides
from rasd.pipeline import Pipeline
from rasd.ranking import fit

BEFORE_EVENTS = ["text", "ner", "quotes"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=Path("../shared/gold"))
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args()
    nlp = Pipeline(BEFORE_EVENTS)
    articles = [(g, nlp(d), fold) for g, d, fold in development_articles(args.gold)]
    groups = side_groups(gold_groups(articles), gsr_groups(args.shared, nlp))
    full, report = train_sides(articles, groups)
    chosen = {side: report[side]["C"] for side in SIDES}
    print(f"C per side: {chosen}, keep_empty {full.keep_empty}")
    for fold in sorted({f for _, _, f in articles}):
        models = {s: fit([g for g in groups[s] if g.fold != fold], chosen[s]) for s in SIDES}
        model = SideRanker(models, full.keep_empty)
        scores = {}
        for name, ranker in (("rules", False), ("ranker", model)):
            score = scores[name] = Score()
            extractor = EventExtractor(ranker=ranker, confidence=False)
            for g, doc, f in articles:
                if f == fold:
                    score.add(score_events(extractor(doc), g, []))
        print(
            f"dev fold {fold} events F1: rules {scores['rules'].f1:.3f} "
            f"ranker {scores['ranker'].f1:.3f}"
        )
    f1 = report["events_f1"]
    print(
        f"dev events F1 (micro, held-out folds): rules {f1['rules']:.3f} "
        f"ranker {f1['keep_empty'][full.keep_empty]:.3f}"
    )
    for name, ranker in (("rules", False), ("ranker", full)):
        coded = Pipeline(
            [*BEFORE_EVENTS, "events"],
            components={
                "events": EventExtractor(keep_background=True, ranker=ranker, confidence=False)
            },
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
