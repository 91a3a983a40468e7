"""Query parameters the JSON API and the pages share: their types, limits and help."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import HTTPException, Path, Query
from pydantic import BeforeValidator

Limit = Annotated[int, Query(ge=1, le=100, description="Items per page (1-100).")]
Offset = Annotated[int, Query(ge=0, le=100_000, description="Items to skip.")]


def blank_is_none(value: Any) -> Any:
    """An empty form field ("since=") means no filter, as a browser sends it."""
    return None if isinstance(value, str) and not value.strip() else value


Day = Annotated[date | None, BeforeValidator(blank_is_none)]
Since = Annotated[Day, Query(description="Published on or after (YYYY-MM-DD).")]
Until = Annotated[Day, Query(description="Published on or before (YYYY-MM-DD).")]
NAMES = "any spelling that normalises alike, or a name containing it as whole words"
Source = Annotated[str | None, Query(max_length=200, description="Only this source (site).")]
Entity = Annotated[
    str | None, Query(max_length=200, description=f"Mentioning this entity: {NAMES}.")
]
Speaker = Annotated[
    str | None, Query(max_length=200, description=f"Quoting this speaker: {NAMES}.")
]
Actor = Annotated[
    str | None, Query(max_length=200, description=f"Source or target of the event: {NAMES}.")
]
EventType = Annotated[
    str | None, Query(max_length=200, description="A PLOVER event type, e.g. AGREE, ASSAULT.")
]
Text = Annotated[str | None, Query(max_length=500, description="Words to look for.")]
# ids come from the data (file names, TREC docnos, hashes): anything but slashes
DocId = Annotated[str, Path(max_length=200, pattern=r"^[^/\\\x00-\x1f]+$")]


def day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def check_range(since: date | None, until: date | None) -> None:
    if since and until and since > until:
        raise HTTPException(422, f"since ({since}) is after until ({until})")
