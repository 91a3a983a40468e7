"""The entity page's view model: what the corpus says of one person, organisation or
place, gathered from the store's queries (mentions, quotes, events, neighbours)."""

from __future__ import annotations

from dataclasses import dataclass, field

from rasd.store import EntityCount, EventRow, QuoteRow, Store
from rasd.text.normalize import search_key

SHOWN = 20


@dataclass(slots=True)
class EntityPage:
    name: str  # the canonical name shown
    asked: str  # the name in the address
    entity: EntityCount | None
    weeks: list[tuple[str, int]] = field(default_factory=list)
    quotes_by: list[QuoteRow] = field(default_factory=list)
    quotes_about: list[QuoteRow] = field(default_factory=list)
    as_source: list[EventRow] = field(default_factory=list)
    as_target: list[EventRow] = field(default_factory=list)
    neighbours: list[tuple[str, int]] = field(default_factory=list)

    @property
    def busiest(self) -> int:
        return max((n for _, n in self.weeks), default=0)


def canonical_entity(store: Store, name: str) -> EntityCount | None:
    """The corpus's entity for `name`: the one spelled alike, else the most mentioned
    one containing it (a surname folds into its full name in `Store.entities`)."""
    found = store.entities(query=name, top=10)
    key = search_key(name).strip()
    for entity in found:
        if entity.key == key or _is_part(key, entity.key):
            return entity
    return found[0] if found else None


def _is_part(key: str, full: str) -> bool:
    return len(key.split()) == 1 and full.split()[-1:] == [key]


def _names(store: Store, row_name: str | None, key: str) -> bool:
    """Whether `row_name` names the entity of `key` (a surname its full name)."""
    words = store.person_key(search_key(row_name or "").strip()).split()
    wanted = key.split()
    return any(words[i : i + len(wanted)] == wanted for i in range(len(words)))


def entity_page(store: Store, asked: str) -> EntityPage:
    entity = canonical_entity(store, asked)
    name = entity.name if entity is not None else asked
    key = search_key(name).strip()
    events = store.events(actor=name, limit=2 * SHOWN)
    spoken = store.quotes(speaker=name, limit=SHOWN)
    about = [
        q
        for q in store.quotes(query=name, limit=2 * SHOWN)
        if not _names(store, q.speaker_canonical, key)
    ]
    return EntityPage(
        name=name,
        asked=asked,
        entity=entity,
        weeks=store.mentions_by_week(name),
        quotes_by=spoken,
        quotes_about=about[:SHOWN],
        as_source=[e for e in events if _names(store, e.source_canonical or e.source, key)][:SHOWN],
        as_target=[e for e in events if _names(store, e.target_canonical or e.target, key)][:SHOWN],
        neighbours=store.co_mentioned(name),
    )
