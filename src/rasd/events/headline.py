"""The headline's events against the body's: a headline sums up the story's main act,
so its event is the body's first of that type, which it completes (`fold_headline`),
and it is flagged as the body tells that act (to come, hypothetical or denied;
`HeadlineTellings`, fed by `merging.merge`). Apart from `merging.py`, which asks
whether two mentions are one act: these ask what the headline's telling is worth.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rasd.document import Document, Event

if TYPE_CHECKING:
    from rasd.events.merging import Candidate


def fold_headline(doc: Document, events: list[Event]) -> list[Event]:
    """A headline sums up the story's main event: an event coded in the title is
    the first body event of its type, which it completes."""
    if not doc.title or not doc.paragraphs:
        return events
    title_end = doc.paragraphs[0].end
    kept: list[Event] = []
    for ev in events:
        if ev.start < title_end:
            body = next((e for e in events if e.type == ev.type and e.start >= title_end), None)
            if body is not None:
                for name in ("source", "target", "where", "when"):
                    if getattr(body, name) is None:
                        setattr(body, name, getattr(ev, name))
                body.attrs["headline"] = True
                continue
        kept.append(ev)
    return kept


# A switch for `benchmarks/event_diff.py`.
HEADLINE_TAKES_FLAG = True
# Flags of a body telling whose act is not done (`_UNTOLD` less "background": a body
# telling of an earlier act does not make the headline's news an earlier act).
_NOT_DONE = ("future", "hypothetical", "negated")


def _flag_of(ev: Event) -> str | None:
    return next((k for k in _NOT_DONE if ev.attrs.get(k)), None)


@dataclass(slots=True)
class HeadlineTellings:
    """How the body tells each headline event again. "اضراب منتظر لأعوان …" over "أن
    إطارات وأعوان المستشفى سينفذون اضرابا": the strike is to come, not held. A headline
    takes the flag of the body's tellings joined to it when none is told as done, and
    is the body's first event of its type (`fold_headline`) when that type is told
    only as to come."""

    body: int
    flagged: dict[int, str]  # id of a headline event → the flag of a telling joined to it
    done: set[int]  # ids of headline events a telling told as done was joined to

    def note(self, headline: Event, c: Candidate) -> None:
        """A candidate joined to a kept event: a telling of it if that is a headline's."""
        if headline.start >= self.body or c.at < self.body:
            return
        flag = "negated" if c.negated else _flag_of(c.event)
        if flag is None:
            self.done.add(id(headline))
        else:
            self.flagged.setdefault(id(headline), flag)

    def _flag(self, headline: Event, kept: list[Event]) -> str | None:
        if id(headline) in self.done:
            return None
        told = [e for e in kept if e.start >= self.body and e.type == headline.type]
        if any(_flag_of(e) is None for e in told):
            return None  # told as done: `fold_headline` folds the headline into it
        if id(headline) in self.flagged:
            return self.flagged[id(headline)]
        # An intention or a proposal read in the body ("انضم … إلى اقتراح يطالب") need
        # not be the act the headline tells as made ("مستثمرون يطالبون بإبعاد"): only
        # an act to come stands for the headline's without being joined to it.
        return "future" if told and all(e.attrs.get("future") for e in told) else None

    def settle(self, kept: list[Event], keep_negated: bool) -> list[Event]:
        """The events, each headline whose act the body tells only as not done flagged
        (dropped when negated and negations are not kept)."""
        if not HEADLINE_TAKES_FLAG:
            return kept
        settled: list[Event] = []
        for ev in kept:
            flag = self._flag(ev, kept) if ev.start < self.body else None
            if flag == "negated" and not keep_negated:
                continue
            if flag is not None:
                ev.attrs[flag] = True
            settled.append(ev)
        return settled
