"""Write the speech-act model's acts of random unseen news articles as TSV rows, for a
person to judge (issue 13, evmodel): `sample_events.py`'s draw, every event type
analysed, only the events the model typed (`attrs["learned"]`) kept, with the quotation,
its cue, the model's probability and the sides. With `--before MODEL.json` the acts of
that model are written too, and the column `in` says which model typed each act
(before, after or both): what a change to the model removes and adds.

Usage: python benchmarks/model_acts_audit.py --news FILE --seed N [-n 15]
       [--max-articles 300] [--before OLD.json] > OUT.tsv
"""

from __future__ import annotations

import argparse
import copy
from pathlib import Path

from news_sample import analyze_record, unseen_records
from sample_speech_acts import probability

from rasd.document import Document
from rasd.events.extract import EventExtractor
from rasd.events.speech_lexicon import SpeechActs
from rasd.events.speech_model import SpeechActModel, load_speech_model
from rasd.pipeline import Pipeline

COLUMNS = ("seed", "article", "in", "type", "p", "cue", "source", "target", "quotation")


def _clean(text: str) -> str:
    return " ".join(text.split()).replace("\t", " ")


def _acts(doc: Document, model: SpeechActModel, acts: SpeechActs) -> dict[tuple, tuple]:
    """The model's acts of the document by (quotation end, type): their printed columns."""
    out = {}
    for ev in EventExtractor(speech_model=model)(copy.deepcopy(doc)).events or []:
        if not ev.attrs.get("learned"):
            continue
        quote = next((q for q in doc.quotes or [] if q.end == ev.end), None)
        out[(ev.end, ev.type)] = (
            ev.type,
            f"{probability(doc, ev, acts, model) or 0:.3f}",
            doc.slice(quote.cue) if quote and quote.cue else "—",
            doc.slice(ev.source) if ev.source else "—",
            doc.slice(ev.target) if ev.target else "—",
            doc.slice(quote)[:300] if quote else "—",
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=Path, default=Path("../shared/data/news"))
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("-n", type=int, default=15)
    parser.add_argument("--max-articles", type=int, default=300)
    parser.add_argument("--before", type=Path, default=None)
    args = parser.parse_args()
    nlp = Pipeline()
    acts = SpeechActs.load()
    after = load_speech_model()
    before = load_speech_model(args.before) if args.before else None
    print("\t".join(COLUMNS))
    learned = read = 0
    for record in unseen_records(args.news, args.seed):
        read += 1
        if read > args.max_articles or learned >= args.n:
            break
        doc = analyze_record(nlp, record)
        now = _acts(doc, after, acts)
        then = _acts(doc, before, acts) if before else {}
        for key in sorted(now.keys() | then.keys()):
            which = "both" if key in now and key in then else "after" if key in now else "before"
            learned += 1
            row = (str(args.seed), str(record.get("id") or record.get("url")), which)
            print("\t".join(_clean(c) for c in row + (now.get(key) or then[key])), flush=True)
    print(f"# {read} articles read, {learned} acts of the models")


if __name__ == "__main__":
    main()
