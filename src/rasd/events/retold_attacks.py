"""An attack told again in a later sentence with its attacker left unsaid.

"قال المرصد السوري إن 16 مدنيا على الأقل قتلوا الجمعة في غارة تركية …" then "وتابع
عبد الرحمن أن "16 مدنيا قتلوا في الغارة"": the victims are the same, and the second
telling names no attacker, so `merging._corefer`, which asks the sources to overlap,
keeps it as a second attack (and two tellings that name none as two). The gold codes
one incident once.

A later telling is the same attack when one of the two (or both) names no attacker,
both name the same victim (one person named, or one group counted alike), and no
other place or day. Two tellings that name their attackers are left to `merging`. A
protest is not joined so: protests against one leader are many ("نظمت احتجاجات ضد
بوتين … في السابق").
"""

from __future__ import annotations

from rasd.document import Document, Event, Mention
from rasd.events.counts import number
from rasd.events.merging import _UNTOLD, _name_tokens, _when_key
from rasd.text.normalize import match_key

# Off, each telling is kept (`benchmarks/event_diff.py` compares both).
JOIN = True


def _words(doc: Document, m: Mention) -> list[str]:
    """A side's written words and canonical name, spaced for whole-word containment."""
    keys = {" ".join(match_key(text).split()) for text in (doc.slice(m), m.canonical or "")}
    return [f" {key} " for key in keys if key]


def _count(doc: Document, m: Mention) -> int | None:
    words = match_key(doc.slice(m)).split()
    return number(words[0]) if words else None


def _person(doc: Document, m: Mention) -> bool:
    return any(e.label == "PER" and e.start < m.end and m.start < e.end for e in doc.entities or [])


def _same_victim(doc: Document, x: Mention | None, y: Mention | None) -> bool:
    """Whether two targets name one victim: one holds the other's words in a row, and
    both are a person named ("ستيفون كلارك" and "كلارك") or both a group counted alike
    ("16 مدنيا" and "16 مدنيا"; "عشرة اشخاص" is not "سبعة أشخاص"). A party no name or
    count singles out is hit by many attacks of one war ("مواقع المتمردين" shelled, then
    "طائرة استطلاع تابعة للمتمردين" downed)."""
    if x is None or y is None:
        return False
    count = _count(doc, x)
    if count != _count(doc, y) or (count is None and not (_person(doc, x) and _person(doc, y))):
        return False
    wx, wy = _words(doc, x), _words(doc, y)
    return any(a in b or b in a for a in wx for b in wy)


def _apart(a: Event, b: Event) -> bool:
    """Whether the two tellings name other days or places."""
    wa, wb = _when_key(a), _when_key(b)
    if wa and wb and wa != wb:
        return True
    pa, pb = _name_tokens(a.where), _name_tokens(b.where)
    return bool(pa and pb and not pa & pb)


def retells_attack(doc: Document, first: Event, later: Event) -> bool:
    """Whether `later`, in another sentence, tells the attack `first` again."""
    if not JOIN or first.type != "ASSAULT" or later.type != "ASSAULT":
        return False
    if first.sentence == later.sentence or None not in (first.source, later.source):
        return False
    if any(e.attrs.get(k) for e in (first, later) for k in _UNTOLD):
        return False
    return _same_victim(doc, first.target, later.target) and not _apart(first, later)
