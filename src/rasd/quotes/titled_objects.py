"""A title with its person's name after a verb that never goes without its object is
that object (issue 12, qobject).

"ووصف الفنانة أليسا بأنها"، "واتهم الرئيس ترامب بالتحريض": a verb of judging or
charging (cues.tsv flag M: وصف، اتهم، نعت) with one person's phrase, a title and the
name it heads, between it and its preposition has that person for its object, and its
subject is an earlier clause's, as `candidates._object_after` reads a bare name
("واتهمت واشنطن بمحاولة"). A title is kept apart there because a title phrase may run
on into the object ("اتهم وزير الإعلام الفنزويلي المعارضة بـ"); a phrase that ends in
the name its title heads holds no second noun.
"""

from __future__ import annotations

from rasd.quotes.number import speaks_for_several
from rasd.quotes.ranker import Candidate
from rasd.quotes.view import DocView

PERSON = "PER"  # the entity label of a person's name


def titled_name(v: DocView, c: Candidate) -> bool:
    """The candidate's phrase, which opens with a title, ends in one person's name
    ("الفنانة أليسا"، "زعيم حزب العمال جيرمي كوربن"), with no other person's name
    and no head of several people before it."""
    if v.entity_at is None:
        return False
    tokens = [j for j in range(c.token, v.n) if v.tokens[j].start < c.mention.end]
    named = [v.entity_at.get(j) for j in tokens]
    last = named[-1] if named else None
    if last is None or last.label != PERSON:
        return False
    # Words of one entity between the title and the name belong to the title
    # ("زعيم حزب العمال"); another person's name would be a second noun, and so
    # would a name after a head of several ("واتهم أعضاء الائتلاف الحاكم نتانياهو").
    if any(e is not last and e is not None and e.label == PERSON for e in named):
        return False
    return not any(
        speaks_for_several(v, j) for j, e in zip(tokens, named, strict=True) if e is not last
    )
