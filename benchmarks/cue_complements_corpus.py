"""What follows each reporting cue of `cues.tsv` in unseen news, next to what its row
takes: for finding complements a row lacks (issue 12: "وحثت الجبهة كافة القوى … إلى").

Usage:

    python benchmarks/cue_complements_corpus.py -n 20000 > /tmp/complements.txt
    python benchmarks/cue_complements_corpus.py --cue حث --show إلى -n 20000

For a finite or participle form of each cue (with و/ف before it; a form listed in two
rows counts for the first, as the lexicon reads it), the first complement word is
counted where it follows the cue directly ("direct") and where it follows within
`--window` words after it, past the subject or one object phrase and before any
punctuation ("after"): أن (أن/إن and their pronoun forms), each preposition (إلى، على،
من، عن، في, and ب/ل joined to a content word), "بأن"، "على أن"، "إلى أن" apart (a row
taking either part takes them), a bare word (N, directly only: as often the subject) or
punctuation (-: a quotation mark or colon). The first `-n` articles of each news file
are read, the annotated ones (both sets, by id, url and title) left out, so no article
of a check part is counted. A complement the row lacks that holds at least 5% of the
cue's hits (and 10) is marked "+" (after the subject, في/ب/ل are mostly where or to whom
it was said: "في بيان"، "لوكالة"); `--show` prints the sentences of one cue with one
complement, for judging what sense they hold.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from construction_quotes import TITLE_KEY, annotated_heads
from news_sample import annotated, record_text, unannotated_records

from rasd.quotes.lexicon import CUES_RESOURCE, PACKAGE, load_lexicon
from rasd.text.normalize import match_key

ROOT = Path(__file__).resolve().parents[1]
TOKEN = re.compile(r"[\u0621-\u064A]+|[،,.:;؛!?؟\"«»()]")
MARKS = re.compile(r"[\u064B-\u065F\u0640]")
SEPARATE = ("الى", "على", "من", "عن", "في")  # prepositions written apart (match keys)
THAT = re.compile(r"^(?:ب|و|الى |على )?[اإ]ن(?:ه|ها|هم|هما|ني|نا|ك|كم)?$")
PRINTED = {"الى": "إلى"}
MIN_SHARE = 0.05  # a complement a row lacks is marked when this share of hits holds it
MIN_COUNT = 10


def cue_rows() -> list[tuple[str, str, set[str]]]:
    """(lemma, takes, match keys of its finite and participle forms) per row."""
    text = (resources.files(PACKAGE) / CUES_RESOURCE).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and line[0] != "#"]
    found = []
    for row in rows[1:]:
        row = row + [""] * (6 - len(row))
        forms = {match_key(f) for column in row[2:6] for f in column.split()}
        found.append((row[0], row[1], forms))
    return found


def articles(news: Path, n: int, known: set[str], heads: str) -> Iterator[list[str]]:
    """The tokens (words and punctuation, marks removed) of the first n unannotated
    articles of one news file."""
    read = 0
    for record in unannotated_records(news, known):
        if read >= n:
            return
        if record.get("title", "")[:TITLE_KEY] in heads:
            continue
        read += 1
        yield [match_key(t) for t in TOKEN.findall(MARKS.sub("", record_text(record)))]


def complement(tokens: list[str], i: int, function: frozenset[str]) -> str:
    """What the word at i opens: "أن", a preposition, or "" (a bare word)."""
    word = tokens[i]
    pair = f"{word} {tokens[i + 1]}" if i + 1 < len(tokens) else word
    if THAT.match(word) or THAT.match(pair):
        # "بأن"، "على أن"، "إلى أن": a row taking أن or the preposition takes them
        head = "ب" if word.startswith("ب") else word if word in SEPARATE else ""
        return f"{PRINTED.get(head, head)}+أن" if head else "أن"
    if word in SEPARATE:
        return PRINTED.get(word, word)
    for clitic in ("ب", "ل"):
        if word.startswith(clitic) and len(word) > 3 and word not in function:
            rest = word[1:]
            if rest[0] == "ل" and clitic == "ل":
                rest = "ا" + rest  # "للتحقيق": ل + التحقيق
            if rest not in function:
                return clitic
    return ""


def follows(tokens: list[str], i: int, window: int, function: frozenset[str]) -> tuple[str, str]:
    """(direct, after): the complement right after the cue at i, and the first one
    within the window past its subject or object (never across punctuation)."""
    if i + 1 >= len(tokens) or not tokens[i + 1].isalpha():
        return "-", ""  # a quotation mark or colon: the words themselves
    direct = complement(tokens, i + 1, function) or "N"
    if direct != "N":
        return direct, ""
    for j in range(i + 2, min(len(tokens), i + 2 + window)):
        if not tokens[j].isalpha():
            break
        found = complement(tokens, j, function)
        if found:
            return direct, found
    return direct, ""


def strip_conjunction(word: str, forms: dict[str, int]) -> int:
    if word in forms:
        return forms[word]
    if word[:1] in "وف" and word[1:] in forms:
        return forms[word[1:]]
    return -1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=Path, default=ROOT.parent / "shared/data/news")
    parser.add_argument("-n", type=int, default=20000, help="articles read per news file")
    parser.add_argument("--window", type=int, default=5)
    parser.add_argument("--cue", help="a lemma, with --show")
    parser.add_argument("--show", help="print this cue's sentences with this complement")
    parser.add_argument("--limit", type=int, default=40)
    args = parser.parse_args()
    rows = cue_rows()
    forms: dict[str, int] = {}
    for r, (_, _, keys) in enumerate(rows):
        for key in keys:
            forms.setdefault(key, r)  # as the lexicon reads it: the first row keeps a form
    function = load_lexicon().words["function"]
    direct: list[Counter[str]] = [Counter() for _ in rows]
    after: list[Counter[str]] = [Counter() for _ in rows]
    shown = 0
    known, heads = annotated(), annotated_heads()
    paths = [args.news] if args.news.is_file() else sorted(args.news.glob("*.jsonl.gz"))
    for path in paths:
        for tokens in articles(path, args.n, known, heads):
            for i, word in enumerate(tokens):
                r = strip_conjunction(word, forms)
                if r < 0:
                    continue
                d, a = follows(tokens, i, args.window, function)
                direct[r][d] += 1
                if a:
                    after[r][a] += 1
                if args.show and rows[r][0] == args.cue and args.show in (d, a):
                    if shown < args.limit:
                        print(" ".join(tokens[max(0, i - 8) : i + 25]))
                    shown += 1
    if args.show:
        print(f"# {shown} hits of {args.cue} with {args.show}")
        return
    for r, (lemma, takes, _) in enumerate(rows):
        print(summary(lemma, takes, direct[r], after[r]))


def summary(lemma: str, takes: str, direct: Counter[str], after: Counter[str]) -> str:
    """One line per cue: its hits, what it takes, then each complement's direct and
    after counts, "+" before one the row lacks that the corpus shows often."""
    total = sum(direct.values())
    listed = {match_key(t.rstrip("*")) for t in takes.split()}
    cells = []
    for comp in sorted(set(direct) | set(after), key=lambda c: -(direct[c] + after[c])):
        count = direct[comp] + after[comp]
        missing = (
            comp not in ("N", "-")
            and not {match_key(part) for part in comp.split("+")} & listed
            and count >= MIN_COUNT
            and count >= MIN_SHARE * total
        )
        cells.append(f"{'+' if missing else ''}{comp} {direct[comp]}/{after[comp]}")
    return f"{lemma}\t{total}\t[{takes}]\t" + "  ".join(cells)


if __name__ == "__main__":
    main()
