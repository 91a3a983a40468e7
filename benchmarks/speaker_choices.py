"""The speaker ranker against the rules, as the pipeline chooses, per development fold.

For every cue quote the rules find that matches a gold quote (development folds of
both sets; the check folds are never read), whether the rules' speaker is right,
whether the ranker's is, both or neither, the ranker choosing as in the pipeline (a
verb's object is not ranked, "التي تتهمها تركيا" keeps the rules' speaker, and the
earlier speakers offered are those it chose). Two rankers: the shipped one (fitted
on all development folds, so in-sample) and, per fold, one fitted as `rasd train
quotes` fits it on the other two (held out: the figure that decides a feature or a C). `--show`
lists the quotes of folds 0 and 1 of one cell (fold 2 confirms rules chosen on the
others: only its counts are printed). Usage:

    python benchmarks/speaker_choices.py ../shared/gold benchmarks/news-gold
    python benchmarks/speaker_choices.py ../shared/gold benchmarks/news-gold --show rules
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from rasd.evaluate.gold import development_articles
from rasd.quotes.commands import quote_pipeline
from rasd.quotes.ranker import SpeakerRanker, load_ranker
from rasd.quotes.train import Labelled, fit_pairwise, groups_of, labelled_choices

SHOWN_FOLDS = (0, 1)
CELLS = ("both", "rules", "ranker", "neither", "none")


def pick(item: Labelled, ranker: SpeakerRanker) -> int | None:
    """The candidate the pipeline gives the quote (`candidates.ranked_speaker`)."""
    choice = item.choice
    if not choice.ranked:
        return next((i for i, c in enumerate(choice.candidates) if "rule" in c.sources), None)
    return choice.ranked[ranker.best([choice.rows[i] for i in choice.ranked])]


def cell(item: Labelled, chosen: int | None) -> str:
    """both, rules (right, the ranker not), ranker, neither, none (no right candidate)."""
    if not any(item.labels):
        return "none"
    rule = next((i for i, c in enumerate(item.choice.candidates) if "rule" in c.sources), None)
    by_rules = rule is not None and item.labels[rule]
    by_ranker = chosen is not None and item.labels[chosen]
    return {(True, True): "both", (True, False): "rules", (False, True): "ranker"}.get(
        (by_rules, by_ranker), "neither"
    )


def show(item: Labelled, chosen: int | None) -> str:
    """The quote, its gold speaker and its candidates (✓ right, ← chosen)."""
    doc, choice = item.doc, item.choice
    names = [
        f"{doc.slice(c.mention)} {'+'.join(sorted(c.sources))}"
        + (" ✓" if right else "")
        + (" ←" if i == chosen else "")
        for i, (c, right) in enumerate(zip(choice.candidates, item.labels, strict=True))
    ]
    return f"{item.article}: gold {item.speaker} | {doc.slice(choice.quote)[:80]}\n  " + (
        "\n  ".join(names)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="+", help="annotated folders")
    parser.add_argument("--c", type=float, default=0.3, help="C of the held-out fits")
    parser.add_argument("--show", choices=CELLS, help="list this cell's quotes, folds 0-1")
    args = parser.parse_args()
    nlp = quote_pipeline()
    articles = [(g, nlp(d), f) for path in args.gold for g, d, f in development_articles(path)]
    shipped = load_ranker()
    assert shipped is not None
    groups = groups_of(articles)
    for fold in sorted({f for _, _, f in articles}):
        held_out = fit_pairwise([g for g in groups if g.fold != fold], args.c)
        for name, ranker in (("shipped", shipped), ("held out", held_out)):
            counts: Counter[str] = Counter()
            for item in labelled_choices(articles, ranker):
                if item.fold != fold:
                    continue
                chosen = pick(item, ranker)
                counts[cell(item, chosen)] += 1
                shown = args.show == cell(item, chosen) and fold in SHOWN_FOLDS
                if shown and name == "held out":
                    print(show(item, chosen))
            right = counts["both"] + counts["ranker"]
            print(
                f"fold {fold} {name:8}: {sum(counts.values())} quotes, right rules "
                f"{counts['both'] + counts['rules']}, ranker {right}; "
                + ", ".join(f"{k} {counts[k]}" for k in CELLS)
            )


if __name__ == "__main__":
    main()
