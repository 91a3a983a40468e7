"""Kept events whose trigger word matches a pattern, on development folds 0 and 1, with
the scorer's verdict (True: paired with a required gold event, None: with an optional
one, False: spurious) and the words after the trigger, for sorting a trigger's senses
(issue 13: "تحقيق الأهداف" achieving vs "التحقيق في" an inquiry).

Development folds 0 and 1 only are read; the check folds never.

Usage: python benchmarks/trigger_senses.py REGEX [--folds 0,1]
       [--sets ../shared/gold benchmarks/news-gold]
  e.g. python benchmarks/trigger_senses.py 'تحقيق|تعهد'
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

from annotated_sets import add_sets_option
from event_misses import readable_folds

from rasd.evaluate.gold import development_articles, event_labels
from rasd.pipeline import Pipeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pattern", help="regular expression on the trigger word")
    parser.add_argument("--folds", default="0,1", help="development folds, comma-separated")
    add_sets_option(parser)
    args = parser.parse_args()
    folds = readable_folds(parser, args.folds)
    pattern = re.compile(args.pattern)
    nlp = Pipeline()
    verdicts: Counter[str] = Counter()
    for gold_dir in args.sets:
        for gold, doc, fold in development_articles(gold_dir):
            if fold not in folds:
                continue
            doc = nlp(doc)
            labels, _ = event_labels(doc, gold)
            for e, label in zip(doc.events or [], labels, strict=True):
                trigger = str(e.attrs.get("trigger") or "")
                if not pattern.search(trigger):
                    continue
                verdicts[f"{e.type}\t{label}"] += 1
                text = doc.slice(doc.sentences[e.sentence])
                at = text.find(trigger)
                context = text[max(0, at - 60) : at + 80] if at >= 0 else text[:140]
                print(f"{e.type}\t{label}\t{trigger}\t{doc.id}\t{context}", flush=True)
    print("type\tverdict\tcount")
    for key, n in verdicts.most_common():
        print(f"{key}\t{n}")


if __name__ == "__main__":
    main()
