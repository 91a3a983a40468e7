"""Request bodies of the writing endpoints, validated by pydantic."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    field_validator,
)

from rasd.text.limits import strip_bidi

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


class ErrorOut(BaseModel):
    """Every error answer: `detail` is one line for people; `errors` lists the
    invalid fields of a request that failed validation."""

    detail: str
    errors: list[dict[str, Any]] | None = None


# --- rasd.document/1, strictly: what a client posts is checked before anything is
# stored, so a stored document always renders (see docs/schema.md).

Offset = Annotated[StrictInt, Field(ge=0)]
Name = Annotated[StrictStr, Field(max_length=2_000)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SpanIn(_Strict):
    start: Offset
    end: Offset
    text: StrictStr | None = None


class SentenceIn(SpanIn):
    tokens: tuple[Offset, Offset] | None = None


class SegmentIn(SpanIn):
    kind: Name
    form: Name | None = None


class TokenIn(SpanIn):
    kind: Name
    segments: list[SegmentIn] = Field(default_factory=list)


class EntityIn(SpanIn):
    label: Annotated[StrictStr, Field(pattern=r"^[A-Z]{2,8}$")]
    canonical: Name | None = None
    country: Name | None = None
    role: Name | None = None


Scalar = StrictStr | StrictInt | StrictFloat | StrictBool | None


class MentionIn(SpanIn):
    model_config = ConfigDict(extra="allow")  # stage attributes, e.g. a speaker's role
    __pydantic_extra__: dict[str, Scalar]
    canonical: Name | None = None


class QuoteIn(SpanIn):
    kind: Name
    speaker: MentionIn | None = None
    cue: MentionIn | None = None
    audience: MentionIn | None = None


class EventIn(SpanIn):
    model_config = ConfigDict(extra="allow")  # event attributes: dead, injured, day…
    __pydantic_extra__: dict[str, Scalar | list[Scalar]]
    type: Annotated[StrictStr, Field(min_length=1, max_length=64)]
    sentence: Offset = 0
    source: MentionIn | None = None
    target: MentionIn | None = None
    where: MentionIn | None = None
    when: MentionIn | None = None


class DocumentIn(_Strict):
    """A `rasd.document/1` document as posted: every field of its type, offsets as
    integers inside the text (checked after this by `Document.from_dict`)."""

    schema_: Literal["rasd.document/1"] = Field(alias="schema")
    text: Annotated[StrictStr, Field(min_length=1, max_length=MAX_TEXT_CHARS)]
    id: Annotated[StrictStr, Field(max_length=200, pattern=r"^[^/\\\x00-\x1f]*$")] = ""
    title: Name = ""
    published: Annotated[StrictStr, Field(max_length=64)] | None = None
    source: Annotated[StrictStr, Field(max_length=200)] | None = None
    url: Annotated[StrictStr, Field(max_length=2_000)] | None = None
    meta: dict[str, Any] = Field(default_factory=dict)
    paragraphs: list[SpanIn] = Field(default_factory=list)
    sentences: list[SentenceIn] = Field(default_factory=list)
    tokens: list[TokenIn] = Field(default_factory=list)
    entities: list[EntityIn] | None = None
    quotes: list[QuoteIn] | None = None
    events: list[EventIn] | None = None
    summary: list[SpanIn] | None = None
    keyphrases: list[SpanIn] | None = None

    @field_validator("text")
    @classmethod
    def has_words(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("the text is blank")
        return text

    @field_validator("id", "title", "source", "url")
    @classmethod
    def no_bidi_controls(cls, value: str | None) -> str | None:
        return strip_bidi(value)
