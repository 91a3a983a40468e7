"""A report cue written as a common word: a bare "بين" (between, or بيّن "he showed").

It is a cue only when its subject and what was said follow at once: a definite noun or a
name right after the word, then أن within a few words, with no word in و joining a second
noun ("بين الرجل والمرأة، أن" stays "between").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rasd.quotes.view import DocView

SUBJECT_REACH = 4  # words of the subject phrase before its أن
BETWEEN = "بين"


def needs_subject(v: DocView, k: int) -> bool:
    """A cue form that is a verb only with its subject after it: bare "بين"."""
    return v.keys[k] == BETWEEN


def subject_then_content(v: DocView, k: int) -> bool:
    """ "، بين التقرير أن": a definite noun or a name, then the complement, each word
    after the first without و. A bare "بين" must also open its clause (after a mark or
    a word of words.tsv `opener`: "كما بين الوزير أن"); after a noun it is "between"
    whatever follows."""
    if v.keys[k] == BETWEEN and not _opens_clause(v, k):
        return False
    p = k + 1
    if not _subject_opens(v, p):
        return False
    for j in range(p + 1, min(p + 1 + SUBJECT_REACH, v.n)):
        if v.complementizer(j):
            return True
        if not v.word(j) or v.proclitics[j].startswith("و") or v.is_("function", j):
            return False
    return False


def _subject_opens(v: DocView, p: int) -> bool:
    if not v.word(p) or v.proclitics[p] or v.is_("function", p):
        return False
    return v.keys[p].startswith("ال") or v.entity_label(p) is not None or v.is_("title", p)


def _opens_clause(v: DocView, k: int) -> bool:
    s = v.sent_of[k]
    first = v.sent_bounds[s][0] if s >= 0 else 0
    return k == first or v.punct(k - 1) or v.is_("opener", k - 1)
