"""Surnames written with the article ("الكاتب خلف الحربي", "سعد القحطاني"): Gulf family
and tribal names are shaped like a nisba adjective, so a name read after an occupation
title (`rasd.ner.occupation_names`) stopped at them and kept the given name alone. The
list (`data/article_surnames.tsv`, written by `benchmarks/mine_article_surnames.py`)
holds the definite words the news write mostly right after a person's given name; an
adjective ("الجديد", "السعودي", "الراحل") follows nouns of every kind and is not in it
(issue 14).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from rasd.text.normalize import match_key

# A switch for `benchmarks/ner_rule_diff.py`.
ARTICLE_SURNAMES = True
ARTICLE_SURNAMES_RESOURCE = "article_surnames.tsv"


@cache
def _surnames() -> frozenset[str]:
    text = (resources.files("rasd.ner") / "data" / ARTICLE_SURNAMES_RESOURCE).read_text("utf-8")
    rows = (line.split("\t", 1)[0] for line in text.splitlines() if not line.startswith("#"))
    return frozenset(match_key(row) for row in rows if row)


def article_surname(word: str) -> bool:
    """Whether `word`, as written (no proclitic before the article), is a listed surname."""
    return ARTICLE_SURNAMES and match_key(word) in _surnames()
