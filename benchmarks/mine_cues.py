"""Rank candidate reporting cues that cues.tsv lacks, from a sample of unseen news.

A form counts as used for speech where a speaker stands next to it and a complement of
speech follows: a complementiser (أن/إن/بأن) or a speech preposition (إلى، عن، على، ب,
then a noun: "دافع الوزير عن قراره"، "مطالبة الرئيس بإجراء") after a subject
("أنذر الجيش السكان بأن"), or right after the form with the speaker before it ("الوزير
أنذر بأن"). The speaker is a word of words.tsv `title`, `speaking_group`, `people`,
`source_head` or `outlet`, or a name: a word the sample shows right after a title
("الرئيس ماكرون") and that does not take the article. Unlike `rasd train cues`
(rasd/quotes/mine.py, complementiser frames without a speaker test), this counts
prepositional frames, so verbal nouns and cues of demands and charges show too.

Forms are ranked by frames × speech ratio (frames² / occurrences), with the form's
gender/number partner (rasd.quotes.mine.partners) seen in frames as a sign it is a verb.
Articles of both annotated sets are skipped (rasd.quotes.mine.held_out).

Usage: python benchmarks/mine_cues.py [--seed 10320] [-n 15000] [--top 300]
           [--out benchmarks/data/cue_candidates.tsv]
       python benchmarks/mine_cues.py --examples FORM[,FORM] --seed 10321 [-k 5]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TextIO

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
from rasd.text.normalize import match_key

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news"
GOLD_DIRS = (ROOT.parent / "shared" / "gold" / "articles", ROOT / "benchmarks/news-gold/articles")
SPEAKER_LISTS = ("title", "speaking_group", "people", "source_head", "outlet")
PREPOSITIONS = {match_key(w): w for w in ("إلى", "عن", "على")}
MAX_SUBJECT = 3
MIN_NAME_SEEN = 3  # a name is seen at least this often right after a title
MIN_FRAMES = 5


def sample_texts(seed: int, n: int) -> list[str]:
    """n articles drawn with the seed from all corpus files, annotated ones skipped."""
    texts = list(news_articles(sorted(NEWS.glob("*.jsonl.gz")), held_out(GOLD_DIRS)))
    return random.Random(seed).sample(texts, min(n, len(texts)))


def word_frequencies(token_lists: list[list[str]]) -> Counter[str]:
    return Counter(t for tokens in token_lists for t in tokens)


def speaker_words(token_lists: list[list[str]]) -> frozenset[str]:
    """Titles, groups, sources and outlets of words.tsv, and the names seen after a title."""
    words = load_lexicon().words
    listed = {match_key(w) for name in SPEAKER_LISTS for w in words.get(name, ())}
    titles = {match_key(w) for w in words.get("title", ())}
    after = Counter(
        tokens[i + 1]
        for tokens in token_lists
        for i in range(len(tokens) - 1)
        if tokens[i] in titles and tokens[i + 1][:1].isalpha()
    )
    names = {w for w, c in after.items() if c >= MIN_NAME_SEEN and not w.startswith("ال")}
    return frozenset(listed | names)


def frame_after(tokens: list[str], j: int, speakers: frozenset[str]) -> str:
    """The speech complement opening at token j, or "" where none does."""
    t = tokens[j] if j < len(tokens) else ""
    if COMPLEMENTISER.match(t):
        return "أن"
    nxt = tokens[j + 1] if j + 1 < len(tokens) else ""
    if t in PREPOSITIONS and nxt[:1].isalpha():
        return PREPOSITIONS[t]
    if t.startswith("ب") and len(t) > 3 and not t.startswith("بال") and t[1:] not in speakers:
        return "ب"
    return ""


def subject_then(
    tokens: list[str],
    i: int,
    speakers: frozenset[str],
    complement: Callable[[list[str], int], str],
    max_subject: int = MAX_SUBJECT,
) -> str:
    """A speaker of up to `max_subject` words after the form at i, then the speech
    complement `complement(tokens, j)` finds; "" where none does."""
    if i + 1 >= len(tokens) or tokens[i + 1] not in speakers:
        return ""
    for j in range(i + 2, min(i + 2 + max_subject, len(tokens) + 1)):
        frame = complement(tokens, j)
        if frame or j >= len(tokens) or not tokens[j][:1].isalpha():
            return frame
    return ""


def _speaker_before(tokens: list[str], i: int, speakers: frozenset[str]) -> bool:
    return i > 0 and tokens[i - 1] in speakers


Frames = dict[str, Counter[str]]
Row = tuple[float, str, int, int, float, int, Counter[str]]


def count(
    token_lists: list[list[str]], frequencies: Counter[str], speakers: frozenset[str]
) -> tuple[Counter[str], Frames]:
    totals: Counter[str] = Counter()
    frames: Frames = defaultdict(Counter)
    for tokens in token_lists:
        for i, token in enumerate(tokens):
            if not token[:1].isalpha():
                continue
            stem = _stem(token, frequencies)
            totals[stem] += 1
            frame = subject_then(tokens, i, speakers, partial(frame_after, speakers=speakers))
            if not frame and _speaker_before(tokens, i, speakers):
                frame = frame_after(tokens, i + 1, speakers)
            if frame:
                frames[stem][frame] += 1
    return totals, frames


def ranked(
    totals: Counter[str], frames: Frames, known: set[str], min_frames: int = MIN_FRAMES
) -> list[Row]:
    rows: list[Row] = []
    for form, by_frame in frames.items():
        n = sum(by_frame.values())
        if form in known or n < min_frames or len(form) < 3 or form.startswith("ال"):
            continue
        ratio = n / totals[form]
        partner = max((sum(frames.get(p, {}).values()) for p in partners(form)), default=0)
        rows.append((n * ratio, form, totals[form], n, ratio, partner, by_frame))
    return sorted(rows, key=lambda r: (-r[0], r[1]))


def write_rows(rows: list[Row], out: TextIO) -> None:
    print("form\tscore\ttotal\tframes\tratio\tpartner_frames\tframes_by_complement", file=out)
    for score, form, total, n, ratio, partner, by_frame in rows:
        detail = " ".join(f"{k}:{v}" for k, v in by_frame.most_common())
        print(f"{form}\t{score:.1f}\t{total}\t{n}\t{ratio:.3f}\t{partner}\t{detail}", file=out)


def examples(texts: list[str], forms: list[str], k: int) -> None:
    """k sentences per form (its match key with or without و/ف), in sample order."""
    keys = {match_key(f) for f in forms}
    seen: Counter[str] = Counter()
    for text in texts:
        for sentence in re.split(r"(?<=[.!؟?])\s+|\n", text):
            for word in sentence.split():
                key = match_key(word)
                key = key if key in keys else key[1:] if key[:1] in "وف" and key[1:] in keys else ""
                if key and seen[key] < k:
                    seen[key] += 1
                    print(f"{key}\t{sentence.strip()[:300]}")
                    break


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=10320)
    parser.add_argument("-n", type=int, default=15000)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--top", type=int, default=200)
    parser.add_argument("--examples", help="comma-separated forms: print sentences instead")
    parser.add_argument("-k", type=int, default=5)
    args = parser.parse_args()
    texts = sample_texts(args.seed, args.n)
    if args.examples:
        examples(texts, args.examples.split(","), args.k)
        return
    token_lists = [_tokens(t)[0] for t in texts]
    frequencies = word_frequencies(token_lists)
    speakers = speaker_words(token_lists)
    totals, frames = count(token_lists, frequencies, speakers)
    known = known_words(load_lexicon()) | speakers
    rows = ranked(totals, frames, known)[: args.top]
    if args.out:
        with args.out.open("w", encoding="utf-8") as out:
            write_rows(rows, out)
    else:
        write_rows(rows, sys.stdout)


if __name__ == "__main__":
    main()
