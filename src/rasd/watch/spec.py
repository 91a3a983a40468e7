"""A watch: a named, saved question over incoming news, with the store's filters."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from typing import Any

from rasd.events.lexicon import PLOVER_TYPES

# Names appear in URLs (/watches/NAME.atom) and file names: letters of any script,
# digits, - and _.
_NAME = re.compile(r"^[^\W][\w-]{0,63}$")


class WatchError(ValueError):
    """A watch that cannot be saved or found; the message is for the user."""


@dataclass(frozen=True, slots=True)
class Watch:
    """What a new document must have to raise an alert: every filter given must hold.

    `event_type`, `actor`, `place` and `min_relevance` hold together for one event
    (the Syrian army shelling Idlib is one event with that actor and that place);
    `speaker` needs a quotation by that person; `query` is the search syntax of
    `rasd search` over the whole article; `country` needs an entity of that
    country (ISO 3166-1 alpha-3); `source` the news source."""

    name: str
    query: str | None = None
    event_type: str | None = None
    actor: str | None = None
    speaker: str | None = None
    place: str | None = None
    country: str | None = None
    source: str | None = None
    min_relevance: float | None = None
    webhook: str | None = None

    def __post_init__(self) -> None:
        if not _NAME.match(self.name):
            raise WatchError(
                f"watch name {self.name!r}: use up to 64 letters, digits, - or _ "
                "(it becomes part of the feed's URL), starting with a letter or digit"
            )
        if self.event_type and self.event_type not in PLOVER_TYPES:
            raise WatchError(
                f"unknown event type {self.event_type!r}; one of {', '.join(PLOVER_TYPES)}"
            )
        if self.country and not re.fullmatch(r"[A-Z]{3}", self.country):
            raise WatchError(f"country {self.country!r}: an ISO 3166-1 alpha-3 code, e.g. SYR")
        if self.min_relevance is not None and not 0 <= self.min_relevance <= 1:
            raise WatchError("minimum relevance is between 0 and 1")
        if self.webhook and not self.webhook.startswith(("http://", "https://")):
            raise WatchError(f"webhook {self.webhook!r}: an http(s) URL")
        if not any(getattr(self, f) for f in FILTERS) and self.min_relevance is None:
            raise WatchError(
                "a watch needs something to look for: a query or a filter "
                "(--event-type, --actor, --speaker, --place, --country, --source)"
            )

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None and k != "name"}

    @classmethod
    def from_dict(cls, name: str, data: dict[str, Any]) -> Watch:
        known = {f.name for f in fields(cls)}
        return cls(name=name, **{k: v for k, v in data.items() if k in known})

    def describe(self) -> str:
        """The question in one line, as `rasd watch list` shows it."""
        parts = [self.query if '"' in self.query else f'"{self.query}"'] if self.query else []
        parts += [f"{k}={getattr(self, k)}" for k in FILTERS[1:] if getattr(self, k)]
        if self.min_relevance is not None:
            parts.append(f"min_relevance={self.min_relevance:g}")
        return " ".join(parts)


FILTERS = ("query", "event_type", "actor", "speaker", "place", "country", "source")
