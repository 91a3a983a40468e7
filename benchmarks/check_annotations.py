"""Check hand annotations in the gold format before they are used (../shared/gold/README.md).

For each annotation file: every quote text and event evidence must occur verbatim in the
article as Rasd reads it (after the scorer's normalisation), and every entity's count is
compared with the number of times its string occurs as a whole mention (proclitics
allowed, longest listed name first, so "سوريا" inside "مجموعة دعم سوريا" is not counted).
`--fix-counts` writes the counted figures back.

Usage: python benchmarks/check_annotations.py benchmarks/news-gold [--fix-counts]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from rasd.evaluate.gold import load_gold, name_key
from rasd.text.normalize import match_key

_WORD = re.compile(r"\w+")
_PROCLITICS = re.compile(r"^(?:[وف]?(?:ب|ل|ك)?)")


def words(text: str) -> list[str]:
    return _WORD.findall(match_key(text))


def readings(word: str) -> set[str]:
    """The word and its forms without the proclitics the gold strings leave out."""
    forms = {word}
    rest = _PROCLITICS.sub("", word, count=1)
    for candidate in {rest, word[1:] if word[:1] in "وف" else word}:
        if len(candidate) >= 2:
            forms.add(candidate)
    if word.startswith(("لل", "ولل", "فلل")):
        forms.add("ال" + word[word.index("لل") + 2 :])
    return forms


def count_mentions(text: str, names: list[str]) -> dict[str, int]:
    """How often each name occurs as a whole, non-nested mention of the text."""
    plain = words(text)
    tokens = [readings(w) for w in plain]
    patterns = sorted({name_key(n) for n in names}, key=lambda k: -len(k.split()))
    counts = dict.fromkeys(patterns, 0)
    i = 0
    while i < len(tokens):
        for pattern in patterns:
            parts = pattern.split()
            if i + len(parts) <= len(tokens) and all(
                part in tokens[i] if k == 0 else part == plain[i + k]
                for k, part in enumerate(parts)
            ):
                counts[pattern] += 1
                i += len(parts)
                break
        else:
            i += 1
    return counts


def occurs(needle: str, haystack: str) -> bool:
    return " ".join(words(needle)) in " ".join(words(haystack))


def check(gold: dict, text: str, fix: bool) -> list[str]:
    problems = []
    for q in gold.get("quotes", []):
        if not occurs(q["text"], text):
            problems.append(f"quote text not in article: {q['text'][:60]}")
    for e in gold.get("events", []):
        if e.get("evidence") and not occurs(e["evidence"], text):
            problems.append(f"event evidence not in article: {e['evidence'][:60]}")
    entities = gold.get("entities", [])
    counts = count_mentions(text, [e["text"] for e in entities])
    for e in entities:
        found = counts[name_key(e["text"])]
        if found != int(e.get("count", 1)):
            problems.append(f"entity {e['text']} count {e.get('count', 1)}, found {found}")
            if fix and found:
                e["count"] = found
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--fix-counts", action="store_true")
    args = parser.parse_args()
    bad = 0
    for gold, doc in load_gold(args.folder):
        problems = check(gold, doc.text, args.fix_counts)
        for problem in problems:
            print(f"{gold['id']}: {problem}")
        bad += bool(problems)
        if args.fix_counts:
            path = args.folder / f"{gold['id']}.json"
            path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"{bad} file(s) with problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
