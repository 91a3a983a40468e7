"""Quotations with the right span whose speaker is a common noun (dev folds 0-1).

Of the quotations `speaker_misses.py` finds (paired with a gold quotation, the speaker
wrong), those whose speaker opens with a common noun: no entity label, name, title,
anonymous or source word (`ranker.plain_noun`); marked "gender" where `noun_gender`
refuses it for the cue (a feminine noun, a masculine or plural cue). Only development
folds 0 and 1 are read. Usage:

    python benchmarks/noun_speakers.py ../shared/gold benchmarks/news-gold
"""

from __future__ import annotations

import argparse
from pathlib import Path

from speaker_misses import shown_articles, wrong_speakers

from rasd.quotes.commands import quote_pipeline
from rasd.quotes.lexicon import load_lexicon
from rasd.quotes.noun_gender import other_gender_noun
from rasd.quotes.ranker import plain_noun
from rasd.quotes.state import token_at
from rasd.quotes.view import DocView
from rasd.text.tokens import load_lexicon as load_frequencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="+", help="annotated folders")
    args = parser.parse_args()
    nlp = quote_pipeline()
    lexicon, frequencies = load_lexicon(), load_frequencies()
    misses = nouns = refused = 0
    for gold, doc in shown_articles(args.gold):
        doc = nlp(doc)
        v = DocView(doc, lexicon, frequencies, {})
        for q, g, _ in wrong_speakers(doc, gold):
            misses += 1
            if (
                q.speaker is None
                or q.cue is None
                or not plain_noun(v, token_at(v, q.speaker.start))
            ):
                continue
            nouns += 1
            k = token_at(v, q.cue.start)
            hit = v.cue(k)
            gender = hit is not None and other_gender_noun(v, q.speaker, hit, k)
            refused += gender
            mark = "gender" if gender else "noun"
            print(f"{mark}\t{gold['id']}\tgold={g['speaker']}\tsaid={doc.slice(q.speaker)}")
    print(f"{misses} wrong speakers, {nouns} common nouns, {refused} of another gender")


if __name__ == "__main__":
    main()
