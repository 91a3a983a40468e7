"""Wrong speakers of participle cues ("مؤكدا"، "قائلة"، "داعين") by the step that chose
them (dev folds 0-1).

For each quotation whose cue is a participle and whose speaker does not match the
gold one, the step of `rasd.quotes.implicit.implicit` that proposed the rules' speaker:
answer (a "ل"/"ف" verb's subject), said (an earlier speaker of the sentence), nearest,
sentence (the named sentence subject), agent (the subject of the verb before), came,
carried (a speaker of an earlier sentence) or none; "ranker" when the ranker chose
another candidate than the rules'. Only development folds 0 and 1 are read (fold 2
confirms: never listed; the check folds are never loaded). Usage:

    python benchmarks/participle_misses.py ../shared/gold benchmarks/news-gold [--list]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

from speaker_misses import sentence_of, shown_articles, wrong_speakers

import rasd.quotes.cue_quotes as cue_quotes
import rasd.quotes.implicit as implicit_module
from rasd.document import Mention
from rasd.quotes.commands import quote_pipeline

STEPS = {
    "answering_subject": "answer",
    "_nearest_subject": "nearest",
    "nearest_name": "nearest",
    "_named_sentence_subject": "sentence",
    "_clause_agent": "agent",
    "_came_from": "came",
}


class Steps:
    """Records, for each participle cue (its character offset), the step whose phrase
    the rules took, and the rules' speaker."""

    def __init__(self) -> None:
        self.last: str | None = None
        self.by_cue: dict[int, tuple[str, Mention | None]] = {}

    def wrap_step(self, name: str) -> None:
        step = getattr(implicit_module, name)

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            found = step(*args, **kwargs)
            if found is not None and self.last is None:
                self.last = STEPS[name]
            return found

        setattr(implicit_module, name, wrapped)

    def wrap_implicit(self) -> None:
        rule = cue_quotes.implicit

        def wrapped(state: Any, k: int, hit: Any) -> Mention | None:
            self.last = None
            speaker = rule(state, k, hit)
            if hit.form.participle:
                step = self.last or ("none" if speaker is None else "said")
                self.by_cue[state.view.tokens[k].start] = (step, speaker)
            return speaker

        cue_quotes.implicit = wrapped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="+", help="annotated folders")
    parser.add_argument("--list", action="store_true", help="list the quotations")
    args = parser.parse_args()
    steps = Steps()
    for name in STEPS:
        steps.wrap_step(name)
    steps.wrap_implicit()
    nlp = quote_pipeline()
    counts: Counter[str] = Counter()
    for gold, doc in shown_articles(args.gold):
        steps.by_cue.clear()
        doc = nlp(doc)
        for q, g, _ in wrong_speakers(doc, gold):
            if q.cue is None or q.cue.start not in steps.by_cue:
                continue
            step, rule = steps.by_cue[q.cue.start]
            start, end = sentence_of(doc, q.start)
            if rule is not None and q.speaker is not None and rule.start != q.speaker.start:
                step = "ranker"
            elif step == "said":
                here = q.speaker is not None and start <= q.speaker.start < end
                step = "said" if here else "carried"
            counts[step] += 1
            if args.list:
                sp = doc.slice(q.speaker) if q.speaker else "-"
                cue = doc.slice(q.cue)
                print(f"{step} [{cue}]\t{gold['id']}\tgold={g['speaker']}\tsaid={sp}")
                print("    " + doc.text[start:end].replace("\n", " ")[:400])
    for k, n in counts.most_common():
        print(f"{n:5}  {k}")


if __name__ == "__main__":
    main()
