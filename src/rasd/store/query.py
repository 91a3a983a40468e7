"""User search strings → safe FTS5 expressions.

The user's syntax is small and forgiving: words (all must match; AND may be written), "quoted phrases",
OR between two clauses, and a leading - to leave a word or phrase out. Every term
reaches FTS5 as a quoted string built from analysed terms, so FTS5 operators,
column filters, parentheses or quotes typed by a user never reach the engine raw:
they either mean what is documented here or are ignored as punctuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rasd.text.search import SearchAnalyzer

_CLAUSE = re.compile(r'(-?)"([^"]*)"?|(\S+)')


class QueryError(ValueError):
    """A search string or filter that cannot be run; the message is for the user."""


@dataclass(slots=True)
class ParsedQuery:
    match: str  # the FTS5 MATCH expression
    terms: set[str] = field(default_factory=set)  # every positive term, for highlighting
    # The same expression as term lists, for matching one document without the index
    # (rasd.watch): every group must have one phrase present, no negative phrase may be.
    groups: list[list[tuple[str, ...]]] = field(default_factory=list)
    negatives: list[tuple[str, ...]] = field(default_factory=list)


def _quoted(terms: list[str]) -> str:
    return '"' + " ".join(t.replace('"', '""') for t in terms) + '"'


def parse_query(text: str, analyzer: SearchAnalyzer) -> ParsedQuery | None:
    """None when the string holds nothing to search for (empty or punctuation only)."""
    groups: list[list[str]] = []  # AND of ORs
    negatives: list[str] = []
    phrases: list[list[tuple[str, ...]]] = []  # `groups` as terms
    left_out: list[tuple[str, ...]] = []
    terms: set[str] = set()
    join_next = False
    for m in _CLAUSE.finditer(text):
        negative, phrase, word = m.group(1), m.group(2), m.group(3)
        if word == "OR":
            join_next = bool(groups)
            continue
        if word == "AND":  # what a space already means
            continue
        if word is not None and word.startswith("-") and len(word) > 1:
            negative, word = "-", word[1:]
        clause_terms = analyzer.terms(phrase if word is None else word)
        if not clause_terms:
            continue
        clause = _quoted(clause_terms)
        if negative:
            negatives.append(clause)
            left_out.append(tuple(clause_terms))
        elif join_next:
            groups[-1].append(clause)
            phrases[-1].append(tuple(clause_terms))
            terms.update(clause_terms)
        else:
            groups.append([clause])
            phrases.append([tuple(clause_terms)])
            terms.update(clause_terms)
        join_next = False
    if not groups:
        if negatives:
            raise QueryError("say what to look for, not only what to leave out (-word)")
        return None
    # A word typed twice asks nothing more of the index, but FTS5 would read its
    # list of documents twice: "من" ×160 costs seconds, once costs milliseconds.
    ands = dict.fromkeys(g[0] if len(g) == 1 else "(" + " OR ".join(g) + ")" for g in groups)
    expr = " AND ".join(ands)
    for clause in dict.fromkeys(negatives):
        expr = f"({expr}) NOT {clause}"
    return ParsedQuery(expr, terms, phrases, left_out)
