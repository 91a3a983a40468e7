"""Surnames written with the article ("خلف الحربي", "سعد القحطاني"): Gulf family and
tribal names look like a nisba adjective ("السعودي") but the news write them mostly
right after a person's given name, where an adjective follows a noun of any kind.
A definite word is kept when it follows a word the name lists hold as a person's in
several articles and in a good share of all its uses; the annotated articles are left
out. Writes `src/rasd/ner/data/article_surnames.tsv` (the word, articles after a given
name, share of its uses), which `rasd.ner.occupation_names` reads (issue 14).

    python benchmarks/mine_article_surnames.py [--news ../shared/data/news]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from news_sample import annotated, unannotated_words

from rasd.ner.gazetteer import load_gazetteer, loose_key
from rasd.ner.rule_words import PREPOSITIONS, RULE_WORDS
from rasd.text.normalize import match_key

OUT = Path("src/rasd/ner/data/article_surnames.tsv")
ARTICLE = "ال"
MIN_ARTICLES = 5  # a surname met once or twice after a name may be an adjective's slip
# An adjective follows nouns of every kind ("المصري": 8,400 uses, a few after a name);
# a surname follows a given name in this share of its uses or more ("القحطاني").
MIN_SHARE = 0.21
MIN_LETTERS = 5  # "الله", "الدين" are short words of compounds, not family names
# A definite word after one head the lists hold as a given name is a compound's second
# word ("ولي العهد", "عيد الفطر", "باب المندب"); a surname follows many given names.
MIN_GIVEN = 3
MAX_TOP_GIVEN = 0.5
NOT_GIVEN = PREPOSITIONS | RULE_WORDS["not_given_name"] | RULE_WORDS["name_particle"]


def given_names() -> set[str]:
    """Loose keys the gazetteer lists as a person's name and as nothing else."""
    return {
        k
        for k, entries in load_gazetteer().items()
        if " " not in k and k not in NOT_GIVEN and {label for label, _ in entries} == {"PER"}
    }


def mine(news: Path) -> list[tuple[str, int, float]]:
    given = given_names()
    known = annotated()
    uses: Counter[str] = Counter()
    after: Counter[str] = Counter()
    heads: dict[str, Counter[str]] = {}
    for path in sorted(news.glob("*.jsonl.gz")):
        for words in unannotated_words(path, known):
            keys = [match_key(w) for w in words]
            seen: set[str] = set()
            for i, key in enumerate(keys):
                if not key.startswith(ARTICLE) or len(key) < MIN_LETTERS:
                    continue
                uses[key] += 1
                before = keys[i - 1] if i else ""
                if before and not before.startswith(ARTICLE) and loose_key(before) in given:
                    seen.add(key)
                    heads.setdefault(key, Counter())[loose_key(before)] += 1
            after.update(seen)
    kept = [
        (key, n, n / uses[key])
        for key, n in after.items()
        if n >= MIN_ARTICLES and n / uses[key] >= MIN_SHARE and _many_heads(heads[key])
    ]
    return sorted(kept, key=lambda row: (-row[1], row[0]))


def _many_heads(heads: Counter[str]) -> bool:
    """Whether a word follows several given names, none most of the time."""
    top = heads.most_common(1)[0][1]
    return len(heads) >= MIN_GIVEN and top <= MAX_TOP_GIVEN * heads.total()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--news", type=Path, default=Path("../shared/data/news"))
    args = parser.parse_args()
    rows = mine(args.news)
    lines = [f"{key}\t{n}\t{share:.2f}" for key, n, share in rows]
    header = "# surname written with the article\tarticles after a given name\tshare of uses"
    OUT.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    print(f"{len(rows)} surnames → {OUT}")


if __name__ == "__main__":
    main()
