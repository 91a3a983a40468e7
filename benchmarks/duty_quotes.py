"""Quotations of development folds 0 and 1 that lay a duty on someone ("يجب"، "ينبغي"،
"يتعين"، "لا بد"، "ضرورة"، "على X أن"), counted by what the gold makes of them and
what Rasd codes (issue 13, evmodel5): are the DEMAND misses of `event_misses.py` told
with an obligation, and how often is an obligation no act at all?

Each quotation with a speaker and a word of obligation is labelled as the speech-act
model's training labels it (`speech_train.quote_label`: the type of a required gold
speech event whose evidence lies in the quotation and whose source the speaker's name
overlaps, "optional" when only an optional one does, "-" when none does) and paired with
the speech acts Rasd codes from it ("none" when it codes none; "*" marks the model's).
"على" counts only when "أن" follows within five words ("وعلى الأجهزة الدينية أن").
Development folds 0 and 1 only (fold 2 confirms by its totals, the check folds are
never read).

Usage: python benchmarks/duty_quotes.py [--list] [--sets ../shared/gold benchmarks/news-gold]
"""

from __future__ import annotations

import argparse
from collections import Counter

from annotated_sets import add_sets_option

from rasd.document import Document, Event, Quote
from rasd.evaluate.gold import development_articles
from rasd.events.speech_train import quote_label
from rasd.pipeline import Pipeline
from rasd.text.normalize import match_key

READABLE = {0, 1}
# Words of obligation, as `match_key` writes them (a leading و is dropped first).
DUTIES = {"يجب", "ينبغي", "يتعين", "يتوجب", "الواجب", "ضروره", "بضروره", "الضروري", "لابد"}


def duty_words(text: str) -> list[str]:
    """The words of obligation in a quotation: those of `DUTIES`, "لا بد", and "على"
    when "أن" follows within five words."""
    words = [w.removeprefix("و") for w in match_key(text).split()]
    found = []
    for i, word in enumerate(words):
        if word in DUTIES:
            found.append(word)
        elif word == "بد" and i > 0 and words[i - 1].removeprefix("و") == "لا":
            found.append("لا بد")
        elif word == "على" and "ان" in words[i + 2 : i + 6]:
            found.append(word)
    return found


def coded_acts(doc: Document, quote: Quote, events: list[Event]) -> str:
    """The speech acts Rasd codes from the quotation (their evidence starts where the
    quotation, its speaker or its cue starts)."""
    parts = [m.start for m in (quote.speaker, quote.cue) if m is not None]
    start = min([quote.start, *parts])
    acts = [
        e.type + ("*" if e.attrs.get("learned") else "")
        for e in events
        if e.attrs.get("speech") and e.start == start
    ]
    return ",".join(acts) or "none"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print each quotation")
    add_sets_option(parser)
    args = parser.parse_args()
    nlp = Pipeline()
    counts: Counter[tuple[str, str]] = Counter()
    for gold_dir in args.sets:
        for gold, doc, fold in development_articles(gold_dir):
            if fold not in READABLE:
                continue
            doc = nlp(doc)
            for quote in doc.quotes or []:
                found = duty_words(doc.slice(quote)) if quote.speaker is not None else []
                if not found:
                    continue
                usable, label = quote_label(doc, quote, gold)
                key = (
                    label or ("optional" if not usable else "-"),
                    coded_acts(doc, quote, doc.events or []),
                )
                counts[key] += 1
                if args.list:
                    said = doc.slice(quote)[:200].replace("\n", " ")
                    print(f"{key[0]}\t{key[1]}\t{gold['id']}\t{','.join(found)}\t{said}")
    for (label, coded), n in counts.most_common():
        print(f"{n:4d}  gold {label:<11} coded {coded}")


if __name__ == "__main__":
    main()
