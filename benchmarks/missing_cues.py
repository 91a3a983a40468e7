"""Rank the verbs of unseen news that introduce speech with a speaker but are not cues.

A form counts where a speaker phrase follows it and then a complement of speech: the
speaker's first word is a title, group, source, outlet or a name (`mine_cues.speaker_words`),
at most MAX_SUBJECT words long, and is followed by أن/إن/بأن (with pronoun suffixes) or
by a colon and a quotation mark ("استطرد الوزير: «…»"). Forms that cues.tsv or words.tsv
already list (`rasd.quotes.mine.known_words`) and the speaker words are left out. Unlike
mine_cues.py (all news files pooled, prepositional frames counted too) it reads one news
file with a seed, as the unseen counts of a session do, and counts the frames of direct and
indirect speech only. Articles of both annotated sets are skipped (`rasd.quotes.mine.held_out`).

Usage: python benchmarks/missing_cues.py [--news ../shared/data/news/ant-multisource.jsonl.gz]
           [--seed 11306] [-n 6000] [--top 60]
       python benchmarks/missing_cues.py --seed 11306 --examples FORM[,FORM] [-k 5]
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

from mine_cues import (
    GOLD_DIRS,
    NEWS,
    examples,
    speaker_words,
    subject_then,
    word_frequencies,
)

from rasd.quotes.lexicon import load_lexicon
from rasd.quotes.mine import (
    COMPLEMENTISER,
    _stem,
    _tokens,
    held_out,
    known_words,
    news_articles,
    partners,
)

MAX_SUBJECT = 4  # words of the speaker phrase between the verb and its complement
OPENING_MARKS = frozenset('«"“')
MIN_FRAMES = 3
MIN_PARTNER = 5  # occurrences of the gender/number partner that mark a verb


def sample_texts(news: Path, seed: int, n: int) -> list[str]:
    """n articles of one news file drawn with the seed, annotated ones skipped."""
    texts = list(news_articles([news], held_out(GOLD_DIRS)))
    return random.Random(seed).sample(texts, min(n, len(texts)))


def complement_at(tokens: list[str], j: int) -> str:
    """ "أن" or ":" where a complement of speech opens at token j, else ""."""
    t = tokens[j] if j < len(tokens) else ""
    if COMPLEMENTISER.match(t):
        return "أن"
    if t == ":" and j + 1 < len(tokens) and tokens[j + 1][:1] in OPENING_MARKS:
        return ":"
    return ""


def count(
    token_lists: list[list[str]], speakers: frozenset[str]
) -> tuple[Counter[str], dict[str, Counter[str]]]:
    frequencies = word_frequencies(token_lists)
    totals: Counter[str] = Counter()
    frames: dict[str, Counter[str]] = {}
    for tokens in token_lists:
        for i, token in enumerate(tokens):
            if not token[:1].isalpha():
                continue
            stem = _stem(token, frequencies)
            totals[stem] += 1
            frame = subject_then(tokens, i, speakers, complement_at, MAX_SUBJECT)
            if frame:
                frames.setdefault(stem, Counter())[frame] += 1
    return totals, frames


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--news", type=Path, default=NEWS / "ant-multisource.jsonl.gz")
    parser.add_argument("--seed", type=int, default=11306)
    parser.add_argument("-n", type=int, default=6000)
    parser.add_argument("--top", type=int, default=60)
    parser.add_argument("--examples", help="comma-separated forms: print sentences instead")
    parser.add_argument("-k", type=int, default=5)
    args = parser.parse_args()
    texts = sample_texts(args.news, args.seed, args.n)
    if args.examples:
        examples(texts, args.examples.split(","), args.k)
        return
    token_lists = [_tokens(t)[0] for t in texts]
    speakers = speaker_words(token_lists)
    totals, frames = count(token_lists, speakers)
    known = known_words(load_lexicon()) | speakers
    rows = [
        (sum(c.values()), form, c)
        for form, c in frames.items()
        if form not in known and sum(c.values()) >= MIN_FRAMES and verb_like(form, totals)
    ]
    print(f"# {len(texts)} articles\nform\tframes\ttotal\tratio\tpartners\tby_complement")
    for n, form, by in sorted(rows, key=lambda r: (-r[0], r[1]))[: args.top]:
        seen = " ".join(f"{p}:{totals[p]}" for p in partners(form) if totals[p])
        detail = " ".join(f"{k}:{v}" for k, v in by.most_common())
        print(f"{form}\t{n}\t{totals[form]}\t{n / totals[form]:.3f}\t{seen}\t{detail}")


def verb_like(form: str, totals: Counter[str]) -> bool:
    """A form whose gender/number partner occurs too (قال/قالت, يقول/تقول): a verb, where
    nouns and particles that precede a name and أن (وقت، بالرغم) have none."""
    if form.startswith("ال"):
        return False
    return any(totals[p] >= MIN_PARTNER for p in partners(form))


if __name__ == "__main__":
    main()
