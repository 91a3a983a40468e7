"""One cue's words read twice: as a quoted predicate and as the clause around it (issue 12).

"وصفت السلطات التركية المنطقة بأنها "ممر الإرهاب" على امتداد حدود تركيا" is read both
as the quoted words ("ممر الإرهاب", direct) and as the clause the complementizer opens
("بأنها "ممر الإرهاب" على امتداد …", indirect). When the complementizer carries the
pronoun of the thing described (بأنها، إنه، أنهم; words.tsv `that_pronoun`) and the
quotation follows it at once, the quoted words are the predicate of that pronoun: what
was said, with the words after the closing mark an adjunct ("نظرا لـ"، "، رافضا …"). The
annotators list the quoted words alone there. A clause that holds a second quoted
piece no quotation gives ("بأنه "برج من الهلام" وأنه "ضعيف …"") is kept, not to lose
it. With a bare أن the quotation is the clause's subject ("أن "الخلية التي تم ضبطها"،
… "تعتنق فكر داعش"") and the clause is kept.
"""

from __future__ import annotations

from rasd.document import Document, Quote
from rasd.quotes.lexicon import Lexicon
from rasd.text.normalize import match_key

_MARKS = "\"«»“”'"


def drop_clause_doubles(quotes: list[Quote], doc: Document, lexicon: Lexicon) -> list[Quote]:
    """`quotes` less each indirect clause of a cue whose quoted predicate the same cue
    already gives as a direct quotation."""
    pronouns = lexicon.words.get("that_pronoun", frozenset())
    doubles = {
        id(outer)
        for outer in quotes
        if outer.kind == "indirect"
        and any(_predicate_of(inner, outer, doc, pronouns) for inner in quotes)
        and not _unread_piece(outer, quotes, doc)
    }
    return [q for q in quotes if id(q) not in doubles]


def _predicate_of(inner: Quote, outer: Quote, doc: Document, pronouns: frozenset[str]) -> bool:
    """`inner` is the quoted predicate right after the pronoun complementizer that
    opens `outer`, both of one cue."""
    if inner.kind != "direct" or inner is outer or not _same_cue(inner, outer):
        return False
    if not (outer.start < inner.start and inner.end <= outer.end):
        return False
    lead = doc.text[outer.start : inner.start].strip().rstrip(_MARKS).split()
    return len(lead) == 1 and match_key(lead[0]) in pronouns


def _unread_piece(outer: Quote, quotes: list[Quote], doc: Document) -> bool:
    """A quoted piece of `outer` past its first that no direct quotation reads."""
    starts = {q.start for q in quotes if q.kind == "direct"}
    opened = False  # within the text of `outer`, straight marks alternate open/close
    pieces = []
    for i in range(outer.start, outer.end):
        ch = doc.text[i]
        if ch in "«“" or (ch == '"' and not opened):
            pieces.append(i)
            opened = ch == '"'
        elif ch == '"':
            opened = False
    return any(not starts & {i + 1, i + 2} for i in pieces[1:])


def _same_cue(a: Quote, b: Quote) -> bool:
    return (
        a.cue is not None
        and b.cue is not None
        and (a.cue.start, a.cue.end) == (b.cue.start, b.cue.end)
    )
