"""Sides shared between the triggers of one attack or protest in a sentence ("قتل
أربعة جنود في هجوم شنه مسلحون": the killing has the victims, the attack the
attackers), and a protest's target taken from what its protesters demand or condemn.
Run on a sentence's events before `merging.merge`, which joins mentions across
sentences; this module only fills sides in.
"""

from __future__ import annotations

from rasd.document import Event, Mention
from rasd.events.counts import number
from rasd.events.merging import _VOICED, ONE_INCIDENT, _spans_overlap, fought
from rasd.text.normalize import match_key

# Protest nouns told as the purpose of an act ("نفذ … اعتصاما … احتجاجا على").
_PURPOSES = {"احتجاجا", "تنديدا"}


def _purposes_held(events: list[Event]) -> None:
    """ "نفذ أكثر من ألف شخص اعتصاما … احتجاجا على قتل": the protest told as a purpose
    is the one held, by its holder (`frames.holder`), not by the one reporting it."""
    held = next(
        (
            e.source
            for e in events
            if e.type == "PROTEST" and e.source and e.source.attrs.get("held")
        ),
        None,
    )
    if held is None:
        return
    for ev in events:
        if (
            ev.type == "PROTEST"
            and match_key(ev.attrs.get("trigger", "")).removeprefix("و") in _PURPOSES
        ):
            ev.source = held


def share_sides(events: list[Event]) -> None:
    """Triggers of one attack or protest in a sentence complete each other: in "قتل
    أربعة جنود في هجوم شنه مسلحون" the killing has the victims and the attack the
    attackers. A side is taken from the nearest such event that has it, unless it
    is the event's other side."""
    _purposes_held(events)
    for ev in events:
        if ev.type not in ONE_INCIDENT:
            continue
        if ev.source is not None and any(
            e.type == "ASSAULT" == ev.type
            and e.target is not None
            and _spans_overlap(ev.source, e.target)
            and _counted(e.target)
            for e in events
        ):
            ev.source = None  # the counted victims of an attack are not its attackers
        siblings = sorted(
            # a fight's parties are no other attack's ("ووقعت مواجهات بين مصلين فلسطينيين
            # والشرطة" does not make the worshippers the settlers' stormers)
            (e for e in events if e is not ev and e.type == ev.type and not fought(e)),
            key=lambda e: abs(e.start - ev.start),
        )
        for side, other in (("source", "target"), ("target", "source")):
            if getattr(ev, side) is not None:
                continue
            kept = getattr(ev, other)
            given = next(
                (
                    m
                    for e in siblings
                    if (m := getattr(e, side)) is not None
                    and not (kept is not None and _spans_overlap(m, kept))
                ),
                None,
            )
            setattr(ev, side, given)
        if ev.type == "PROTEST" and ev.target is None:
            # "المتظاهرون يطالبون بتدخل الأمم المتحدة"، "وهاجم المتظاهرون المحافظ": whom
            # the protesters make demands of, condemn or attack is whom they protest
            # against.
            voiced = next((e for e in events if _voiced_by(e, ev)), None)
            if voiced is not None and not (
                ev.source is not None and _spans_overlap(voiced.target, ev.source)
            ):
                ev.target = voiced.target


def _voiced_by(event: Event, protest: Event) -> bool:
    """Whether `event` is a demand, condemnation or rejection with a target, or an
    attack by the protest's own source."""
    if event.target is None:
        return False
    if event.type in _VOICED:
        return True
    return (
        event.type == "ASSAULT"
        and event.source is not None
        and protest.source is not None
        and _spans_overlap(event.source, protest.source)
    )


def _counted(m: Mention) -> bool:
    """Whether a side opens with a number ("أربعة جنود"). A side built without a
    display name has no words to read, so it counts nobody."""
    words = (m.canonical or "").split()
    return bool(words) and number(words[0]) is not None
