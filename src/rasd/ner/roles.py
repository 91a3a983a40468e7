"""Titles as names: within one article, "الرئيس الأمريكي" stands for the person the
article introduces with that title ("الرئيس الأمريكي دونالد ترامب")."""

from __future__ import annotations

from rasd.document import Document
from rasd.text.normalize import search_key


def role_holders(doc: Document) -> dict[str, str]:
    """Search key of a title → the canonical name of the one person the document
    gives it. A title two different people hold in the article ("الوزير" for two
    ministers) stands for neither."""
    holders: dict[str, set[str]] = {}
    for e in doc.entities or ():
        if e.label == "PER" and e.role:
            name = e.canonical or doc.slice(e)
            holders.setdefault(search_key(e.role).strip(), set()).add(name)
    return {role: next(iter(names)) for role, names in holders.items() if len(names) == 1}
