"""Acts done once to a party, told again in a later sentence.

An arrest, an inquiry, a visit or meeting, an agreement or a sanction is one act
however often an article tells it: "ألقت الشرطة الهندية القبض على المشتبه به الرئيسي …"
then "كما أوضحت أنها قبضت على المتهم الرئيسي بويان …". The retelling often uses another
word (قبضت after ألقت القبض), so `merging` keeps it apart, as it must for statements:
each criticism, demand or threat is its own act, and the gold lists each. An audit of
unseen news (evaudit, session 20) found such retellings coded twice.

A later event is the same act when it names the same party acted upon (the target;
either party of a meeting or agreement) and no other doer, and no other day. The step
runs on the article's final events, after the confidence filter: a telling the filter
dropped joins nothing, and the first telling keeps its confidence. An attack told again
with its attacker unsaid is joined here too (`retold_attacks`).
"""

from __future__ import annotations

from rasd.document import Document, Event, Mention
from rasd.events.merging import RECIPROCAL, _when_key
from rasd.events.retold_attacks import retells_attack
from rasd.text.normalize import match_key

# Acts done to a party once; statements and incidents have their own merging rules.
DONE_ONCE = frozenset({"COERCE", "CONSULT", "INVESTIGATE", "AGREE", "SANCTION"})
# Off, the step keeps every telling (`benchmarks/event_diff.py` compares both).
JOIN = True


def _names(doc: Document, m: Mention | None) -> list[str]:
    """A side's written words and canonical name, spaced for whole-word containment."""
    if m is None:
        return []
    keys = {" ".join(match_key(text).split()) for text in (doc.slice(m), m.canonical or "")}
    return [f" {key} " for key in keys if key]


def _one(x: list[str], y: list[str]) -> bool:
    """Whether one name holds the other's words in a row, as the gold rules compare
    names ("الرئيسي" and "المتهم الرئيسي بويان"; not "الدول" and "ثلاث دول")."""
    return any(a in b or b in a for a in x for b in y)


def _same_party(doc: Document, first: Event, later: Event) -> bool:
    """Whether `later` acts on a party of `first` and names no other doer."""
    src_a, tgt_a = _names(doc, first.source), _names(doc, first.target)
    src_b, tgt_b = _names(doc, later.source), _names(doc, later.target)

    def fits(x: list[str], y: list[str]) -> bool:
        return not x or not y or _one(x, y)

    if _one(tgt_a, tgt_b) and fits(src_a, src_b):
        return True
    if first.type not in RECIPROCAL:
        return False
    # A meeting or agreement told from the other party's side ("زيارة ولي العهد" then
    # "استقبل السيسي ولي العهد").
    return (_one(src_a, tgt_b) and fits(tgt_a, src_b)) or (
        _one(tgt_a, src_b) and fits(src_a, tgt_b)
    )


def _retells(doc: Document, first: Event, later: Event) -> bool:
    if first.type != later.type or first.sentence == later.sentence:
        return False
    wa, wb = _when_key(first), _when_key(later)
    if wa and wb and wa != wb:
        return False  # two arrests or visits on two days are two acts
    return _same_party(doc, first, later)


def join_retold_acts(doc: Document, events: list[Event]) -> list[Event]:
    """The events with each later telling of an act done once folded into its first
    telling, which takes the sides and circumstances it lacked."""
    if not JOIN:
        return events
    kept: list[Event] = []
    for ev in events:
        first = None
        if ev.type in DONE_ONCE:
            first = next((e for e in kept if _retells(doc, e, ev)), None)
        else:
            first = next((e for e in kept if retells_attack(doc, e, ev)), None)
        if first is None:
            kept.append(ev)
            continue
        for name in ("source", "target", "where", "when"):
            if getattr(first, name) is None:
                setattr(first, name, getattr(ev, name))
        first.attrs["mentions"] = first.attrs.get("mentions", 1) + 1
    return kept
