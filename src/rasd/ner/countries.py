"""Countries of entities: from the name lists and the actor dictionary, from
nationality adjectives in the name or the person's role ("الأميركي" → USA), or from
a country the role names ("وزير خارجية روسيا"). Every mention of an entity gets the
country any of its mentions found."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rasd.document import Document, Entity
from rasd.ner.gazetteer import Entry, loose_key
from rasd.text.normalize import match_key

# A country after these in a role is where the person is sent, not whose the person is
# ("المبعوث الخاص إلى سوريا" is not Syrian).
_PLACE_PREPOSITIONS = frozenset(match_key(w) for w in "إلى في لدى عن من على".split())
# The gazetteer labels whose country code an entity of each label takes.
_LABELS_OF = {"LOC": ("LOC",), "ORG": ("ORG", "ACTOR"), "PER": ("PER", "ACTOR")}


class Countries:
    """Sets `Entity.country` for a document's entities from the gazetteer."""

    def __init__(self, gazetteer: dict[str, tuple[Entry, ...]]) -> None:
        self.gazetteer = gazetteer

    def __call__(self, doc: Document, entities: Sequence[Entity]) -> None:
        for e in entities:
            e.country = self.listed(doc.slice(e), e.label)
            if e.country is None and e.label in ("PER", "ORG"):
                e.country = self.nationality(doc.slice(e).split())
            if e.country is None and e.label == "PER" and e.role:
                e.country = self.nationality(e.role.split()) or self.role_place(e.role)
        by_name: dict[tuple[str, str | None], str] = {}
        for e in entities:
            if e.country:
                by_name.setdefault((e.label, e.canonical), e.country)
        for e in entities:
            if e.country is None:
                e.country = by_name.get((e.label, e.canonical))

    def listed(self, text: str, label: str) -> str | None:
        """The country the lists give a name of this label most often."""
        entries = self.gazetteer.get(" ".join(loose_key(w) for w in text.split()), ())
        wanted = _LABELS_OF.get(label, ())
        codes = Counter(c for t, c in entries if c and t in wanted)
        return codes.most_common(1)[0][0] if codes else None

    def nationality(self, words: list[str]) -> str | None:
        """The country of the last nationality adjective among `words`."""
        for word in reversed(words):
            key = loose_key(word)
            # "الألماني" keys as "الماني": the adjective's own "ال" goes too ("ماني").
            for candidate in (key, loose_key(key)):
                for label, code in self.gazetteer.get(candidate, ()):
                    if label == "NAT" and code:
                        return code
        return None

    def role_place(self, role: str) -> str | None:
        """A country named in a title after its first word, unless a preposition comes
        first."""
        words = role.split()
        for i, word in enumerate(words):
            if match_key(word) in _PLACE_PREPOSITIONS:
                return None
            if i > 0:
                code = self.listed(word, "LOC")
                if code:
                    return code
        return None
