"""Request bodies of the writing endpoints, validated by pydantic."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

MAX_TEXT_CHARS = 500_000
MAX_BATCH = 100


class ArticleIn(BaseModel):
    """An article before analysis. The title, when given, becomes the first paragraph."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "title": "لافروف وكيري يبحثان الهدنة",
                    "text": 'وقال الوزير "نأمل أن تصمد الهدنة".',
                    "published": "2016-09-22",
                    "source": "example",
                }
            ]
        },
    )

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS, description="The article body.")
    title: str = Field("", max_length=2_000)
    abstract: str = Field("", max_length=20_000, description="A lead paragraph, if separate.")
    id: str = Field(
        "",
        max_length=200,
        pattern=r"^[^/\\\x00-\x1f]*$",
        description="Your identifier (no slashes); by default one is derived from the text.",
    )
    published: str | None = Field(None, max_length=64, description="ISO 8601 date or time.")
    source: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2_000)
    meta: dict[str, Any] = Field(default_factory=dict)


class IngestIn(BaseModel):
    """Documents to add to the store: articles (analysed here) or `rasd.document/1`
    objects (stored as given, for documents analysed elsewhere)."""

    model_config = ConfigDict(extra="forbid")

    documents: list[dict[str, Any]] = Field(min_length=1, max_length=MAX_BATCH)


class IngestOut(BaseModel):
    added: int = Field(description="Documents new to the store.")
    present: int = Field(description="Already stored (same text or same URL).")
    failed: int = Field(description="Could not be stored.")
    ids: list[str]
