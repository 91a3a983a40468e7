"""Training the speaker ranker on the gold quotes of the development folds.

Each cue quote the rules find in a gold article of folds 0-2 (`rasd.evaluate.folds`)
is paired with the gold quote it overlaps most (token F1 ≥ 0.5, as the scorer pairs
them); its candidates are labelled by whether their name is the gold speaker or one
of its aliases. A logistic regression over the candidates' features (scikit-learn, the
`train` extra) is chosen by cross-validation across the development folds, one fold
held out at a time, and its weights are written as JSON (`ranker.py` scores them).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rasd.document import Document
from rasd.evaluate.gold import name_key, token_f1
from rasd.quotes.extract import QuoteExtractor
from rasd.quotes.ranker import candidate_key
from rasd.ranking import Group

QUOTE_MATCH_F1 = 0.5


def groups_of(articles: Iterable[tuple[dict[str, Any], Document, int]]) -> list[Group]:
    """Candidate groups of every rule-found cue quote that matches a gold quote, in
    articles analysed up to the entities."""
    extractor = QuoteExtractor(ranker=False)
    groups: list[Group] = []
    for gold, doc, fold in articles:
        expected = gold.get("quotes", [])
        for choice in extractor.choices(doc):
            text = doc.slice(choice.quote)
            scored = [(token_f1(text, g["text"]), j) for j, g in enumerate(expected)]
            best, j = max(scored, default=(0.0, -1))
            if best < QUOTE_MATCH_F1 or not choice.candidates:
                continue
            g = expected[j]
            names = {name_key(n) for n in [g["speaker"], *g.get("speaker_aliases", [])]}
            labels = [_names(c.mention, doc.text) & names != set() for c in choice.candidates]
            rule = next((i for i, c in enumerate(choice.candidates) if "rule" in c.sources), None)
            groups.append(Group(gold["id"], fold, choice.rows, labels, rule))
    return groups


def _names(mention: Any, text: str) -> set[str]:
    names = {name_key(text[mention.start : mention.end])}
    if mention.canonical:
        names.add(name_key(mention.canonical))
    names.add(candidate_key(mention, text))
    return names
