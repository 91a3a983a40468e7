"""Names across the corpus: which person a name stands for. Spellings are
merged by key when stored; here a surname alone ("كيري") is read as the full
name most articles give it ("جون كيري")."""

from __future__ import annotations

from rasd.store.connections import Query
from rasd.store.results import EntityCount
from rasd.text.normalize import search_key

SURNAME_SHARE = 0.75  # of the full names ending in a surname, the one it stands for


def _is_surname_of(surname: str, name: str) -> bool:
    parts = name.split()
    return len(parts) > 1 and parts[-1] == surname


def full_name(read: Query, row: EntityCount) -> EntityCount | None:
    """The full name a person's surname stands for across the corpus: "كيري"
    alone in some articles is "جون كيري" when that is how most articles name a
    كيري in full. Within an article the pipeline has already linked them, so
    the articles counted under each are different ones."""
    if row.label != "PER" or " " in row.key:
        return None
    found = read(
        "SELECT n.display, n.key, e.label, e.mentions, e.documents"
        " FROM entity_counts e JOIN names n ON n.id = e.name"
        " WHERE e.label = 'PER' AND e.name IN"
        " (SELECT rowid FROM names_fts WHERE names_fts MATCH ?)",
        ['"' + row.key.replace('"', '""') + '"'],
    )
    fuller = [EntityCount(*r) for r in found if _is_surname_of(row.key, r[1])]
    if not fuller:
        return None
    best = max(fuller, key=lambda e: (e.mentions, e.key))
    if best.mentions < SURNAME_SHARE * sum(e.mentions for e in fuller):
        return None  # "الأسد": more than one well-known holder of the name
    return best


def person_key(read: Query, key: str) -> str:
    """The key of the full name a one-word person name stands for in the corpus
    ("لافروف" → "سيرغي لافروف"), else `key` itself."""
    if " " in key:
        return key
    full = full_name(read, EntityCount(key, key, "PER", 0, 0))
    return full.key if full is not None else key


def person_display(read: Query, name: str) -> str:
    """The name of the person a name stands for ("لافروف" → "سيرغي لافروف")."""
    key = search_key(name).strip()
    full = person_key(read, key)
    if full == key:
        return name
    return read("SELECT display FROM names WHERE key = ?", (full,))[0][0]
