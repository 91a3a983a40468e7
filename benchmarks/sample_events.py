"""Print the ASSAULT and PROTEST events (or events of every type, `--all-types`) of
random news articles, for reading by a person (the unseen-article audit of
docs/accuracy.md).

Usage: python benchmarks/sample_events.py [--news ../shared/data/news] [--seed 4242]
       [-n 40] [--all-types] [--speech | --no-speech] [--tsv]

One file of the folder is drawn by the seed, its records are shuffled, and articles
(their first 3,000 characters, with title, abstract and section) are analysed until
more than `n` events are shown; articles in ../shared/gold or benchmarks/news-gold (by id
or url) are skipped.

`--articles N` reads exactly the first N articles instead, events or none, and prints
each one's numbered sentences before its events: the audit also judges the events the
article tells that were not coded (the misses), which needs the whole text.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from news_sample import analyze_record, unseen_records

from rasd.document import Document
from rasd.pipeline import Pipeline

TYPES = ("ASSAULT", "PROTEST")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--news", type=Path, default=Path("../shared/data/news"))
    parser.add_argument("--seed", type=int, default=4242)
    parser.add_argument("-n", type=int, default=40)
    parser.add_argument("--all-types", action="store_true", help="every PLOVER type")
    parser.add_argument(
        "--speech", action="store_true", help="only speech acts coded from quotations"
    )
    parser.add_argument(
        "--no-speech", action="store_true", help="leave out speech acts coded from quotations"
    )
    parser.add_argument("--tsv", action="store_true", help="one event a line, for judging")
    parser.add_argument("--types", default="", help="comma-separated PLOVER types to show")
    parser.add_argument(
        "--articles", type=int, default=0, help="the first N articles whole, sentences and all"
    )
    args = parser.parse_args()
    nlp = Pipeline()
    wanted = set(args.types.split(",")) if args.types else set(TYPES)
    shown = 0
    for read, record in enumerate(unseen_records(args.news, args.seed)):
        if args.articles and read >= args.articles:
            break
        doc = analyze_record(nlp, record)
        article = record.get("id") or record.get("url") or "?"
        if args.articles:
            print_sentences(doc, article, record.get("cat"))
        for ev in doc.events or []:
            if not args.all_types and ev.type not in wanted:
                continue
            if args.speech and not ev.attrs.get("speech"):
                continue
            if args.no_speech and ev.attrs.get("speech"):
                continue
            sentence = doc.sentences[ev.sentence]
            side = [doc.slice(m) if m else "—" for m in (ev.source, ev.target)]
            place = ev.where.canonical if ev.where else "—"
            how = " (model)" if ev.attrs.get("learned") else ""
            how += " (quote)" if ev.attrs.get("speech") else ""
            text = doc.text[sentence.start : sentence.end][:250]
            if args.tsv:
                trigger = ev.attrs.get("trigger")
                row = (args.seed, article, text, ev.type + how, trigger, *side)
                print("\t".join(str(v).replace("\t", " ").replace("\n", " ") for v in row))
            else:
                at = f"[{ev.sentence}] " if args.articles else ""
                print(
                    f"{at}{ev.type}{how} [{ev.attrs.get('trigger')}] {side[0]} → {side[1]} @ {place}"
                )
                print(f"    article {article}")
                print(f"    {text}")
            shown += 1
        if shown > args.n and not args.articles:
            break


def print_sentences(doc: Document, article: str, section: str | None) -> None:
    """The article's sentences, numbered as the events' sentence indices."""
    print(f"=== {article} (section {section or '—'})")
    for k, sentence in enumerate(doc.sentences):
        print(f"  [{k}] {doc.text[sentence.start : sentence.end]}")


if __name__ == "__main__":
    main()
