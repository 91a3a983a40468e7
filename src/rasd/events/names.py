"""The named entities of a document by offset, as the event rules ask about them:
which names a side holds, whether a word lies inside a name, and which person a
title stands for.

The event rules read sides off word positions; the entity layer has already told
persons from places and groups, so a question about a span ("is it a person?",
"is this trigger inside a place name?") is answered by the entity under it rather
than guessed again from the words.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from rasd.document import Document, Entity, Mention
from rasd.events.phrases import title_words
from rasd.events.sentence import WORD_LISTS
from rasd.text.normalize import match_key

_MEDIA = WORD_LISTS.words("media")
# Quote marks between a media noun and the outlet's name ("قناة «المسيرة»").
_QUOTES = "\"'«»“”"


def _outlet(doc: Document, entity: Entity) -> bool:
    """ "بثّته قناة \"المسيرة\""، "صحيفة «الاتحاد»": an organisation named right after a
    media noun is an outlet, whose name is no act even where a word of it is a
    trigger (a march, a union)."""
    before = doc.text[max(0, entity.start - 16) : entity.start].strip(" " + _QUOTES).split()
    return bool(before) and match_key(before[-1]).removeprefix("و").removeprefix("ال") in _MEDIA


@dataclass(frozen=True, slots=True)
class Names:
    """A document's named entities, sorted by start, with their start offsets."""

    doc: Document
    entities: list[Entity]
    starts: list[int]
    # The words of each person named in more than one word, which the actor finder
    # asks of every sentence (`actors._persons_apart`).
    person_words: list[list[str]]
    # The outlets' names, where no word is a trigger either (`in_name`).
    outlets: frozenset[int]

    @classmethod
    def of(cls, doc: Document) -> Names:
        entities = sorted(doc.entities or [], key=lambda e: e.start)
        persons = [doc.slice(e).split() for e in entities if e.label == "PER"]
        outlets = frozenset(
            i for i, e in enumerate(entities) if e.label == "ORG" and _outlet(doc, e)
        )
        return cls(
            doc, entities, [e.start for e in entities], [p for p in persons if len(p) > 1], outlets
        )

    def labels_in(self, m: Mention) -> set[str]:
        """The labels of the names in the mention ("الرئيس الأميركي، دونالد ترامب": PER)."""
        k = bisect_left(self.starts, m.start)
        return {
            e.label
            for e in itertools.takewhile(lambda e: e.start < m.end, self.entities[k:])
            if e.label in ("PER", "ORG", "LOC")
        }

    def label(self, m: Mention) -> str | None:
        """The label of the named entity the mention starts in, if any."""
        k = bisect_right(self.starts, m.start)
        entity = self.entities[k - 1] if k else None
        return entity.label if entity is not None and m.start < entity.end else None

    def entity_at(self, offset: int) -> Entity | None:
        """The named entity holding the offset, if any."""
        k = bisect_right(self.starts, offset)
        entity = self.entities[k - 1] if k else None
        return entity if entity is not None and offset < entity.end else None

    def in_name(self, offset: int) -> bool:
        """Whether the offset lies inside the name of a place, a person or an outlet."""
        k = bisect_right(self.starts, offset)
        entity = self.entities[k - 1] if k else None
        return (
            entity is not None
            and (entity.label in ("LOC", "PER") or k - 1 in self.outlets)
            and offset < entity.end
        )

    def ends_in_place(self, m: Mention) -> bool:
        """Whether the last name starting before the mention's end is a place that
        overlaps it ("يزور [بكين]")."""
        i = bisect_left(self.starts, m.end)
        return i > 0 and self.entities[i - 1].end > m.start and self.entities[i - 1].label == "LOC"

    def named(self, side: Mention | None) -> Mention | None:
        """A title followed by the person's name stands for the name ("نظيره التركي
        رجب طيب أردوغان"، "وزير الخارجية الفرنسي جان إيف لودريان")."""
        if side is None:
            return side
        i = bisect_left(self.starts, side.end)
        inside = bisect_right(self.starts, side.start)
        if inside > 0 and self.entities[inside - 1].end > side.start:
            return side  # the side is (inside) a named entity already
        # (a name inside the title, "الأمين العام للجامعة العربية أحمد أبو الغيط", is not)
        if i == len(self.entities):
            return side
        name = self.entities[i]
        between = self.doc.text[side.end : name.start].split()
        # "وزير الخارجية الروسي، سيرغي لافروف،": the name in apposition after a comma
        apposed = between in (["،"], [","])
        if name.label != "PER" or not (title_words(between) or apposed):
            return side
        # The title stays in the span: "وزير الخارجية الصيني وانغ يي".
        return Mention(side.start, name.end, name.canonical or self.doc.slice(name), side.attrs)
