"""The bare word طلب is as often the noun "a request" as the verb "asked": "في سهولة
طلب سيارة أجرة"، "لعدم طلب ضمان"، "ويستند طلب التسجيل"، "طلب صداقة". Read as the verb,
the trigger rules take a word near it as the one who asked, which is then a common
noun. A DEMAND told by the bare form is that noun, not an act, when its source is
neither a named entity nor an actor the dictionary codes, no subject stands right
before it ("ماندلبيلت طلب") and no "من" follows within four words ("الوزير الذي طلب
منه"، "طلب منظمو الاحتفال من الحشد"), which mark the verb.
"""

from __future__ import annotations

import re

from rasd.document import Document, Event, Mention
from rasd.text.normalize import match_key

_BARE = "طلب"
_FROM = {"من", "منه", "منها", "منهم", "منهما", "مني", "منا", "منك", "منكم"}
_WORD = re.compile(r"\w+")


def request_noun(doc: Document, event: Event) -> bool:
    """Whether the event is a DEMAND read off the noun طلب with a common noun as source."""
    if event.type != "DEMAND" or match_key(str(event.attrs.get("trigger", ""))) != _BARE:
        return False
    source = event.source
    if source is None or _actor(doc, source):
        return False
    at = _trigger_at(doc, event)
    if at is None or (source.end <= at and not doc.text[source.end : at].strip()):
        return False  # "ماندلبيلت طلب": a subject right before the verb
    after = [match_key(w) for w in _WORD.findall(doc.text[at + len(_BARE) : at + 80])[:4]]
    return not _FROM.intersection(after)


def _actor(doc: Document, side: Mention) -> bool:
    if side.attrs.get("code"):
        return True
    return any(e.start < side.end and side.start < e.end for e in doc.entities or [])


def _trigger_at(doc: Document, event: Event) -> int | None:
    span = doc.text[event.start : event.end]
    found = next((m for m in _WORD.finditer(span) if match_key(m.group()) == _BARE), None)
    return event.start + found.start() if found else None
