"""From an analysed `Document` to the rows the store writes: a pure function.

`Indexer()(doc)` does every per-document computation of ingest (index terms,
compact JSON, structured rows, MinHash signatures) so that the writer only
inserts. It holds no state besides caches and can run in any worker process
(or on a distributed engine) next to the pipeline.
"""

from __future__ import annotations

import contextlib
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import numpy as np
import orjson
from datasketch import MinHash

from rasd.document import Document, Event, Mention, Segment, Sentence, Span, Token, content_id
from rasd.events.records import QUAD
from rasd.ner.roles import role_holders
from rasd.store.results import EventRow
from rasd.text.normalize import search_key
from rasd.text.search import SearchAnalyzer

NUM_PERM = 64
SCHEME = "affine32"
_SEED = 7
# Frequent function words (as terms) that say nothing about what a story is about.
_STOP_TERMS = frozenset(
    "في من علي الي عن مع ان هذا هذه ذلك تلك التي الذي الذين كان كانت قد لقد ما لا لم لن "
    "او ام ثم حتي بين بعد قبل عند كل بعض غير اي هو هي هم نحن انه انها الا اذا لكن منذ "
    "حيث خلال ضد دون وقال قال يكون تكون اكثر اخري اخر عام يوم امس اليوم".split()
)


@dataclass(slots=True)
class NameRef:
    """A person/organisation/place as the store keys it across documents."""

    text: str  # as written in this document
    canonical: str | None
    key: str  # search_key of the canonical form (or the text): merges spellings


@dataclass(slots=True)
class Prepared:
    id: str
    hash: str
    url: str | None
    title: str
    published: str | None
    source: str | None
    text: str
    data: bytes  # zlib-compressed compact rasd.document/1 JSON
    index_title: str
    index_body: str
    entities: list[tuple[int, int, str, NameRef, str | None, str | None]] = field(
        default_factory=list
    )  # start, end, label, name, country, role
    quotes: list[tuple[int, int, str, str, NameRef | None, str | None]] = field(
        default_factory=list
    )  # start, end, kind, text, speaker, cue text
    events: list[tuple[Any, ...]] = field(default_factory=list)
    # start, end, type, text, source NameRef|None, target NameRef|None, where, when,
    # then `event_details`: day, attrs JSON
    dup_sig: bytes = b""
    topic_sig: bytes = b""


_DAY_FIRST = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_COMPACT_TIME = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d)(\d\d)(\d\d)\b")


def sortable_date(published: str | None) -> str | None:
    """`published` as ISO 8601, so that dates sort and filter as strings; the
    readers leave some forms as found (the ANT Jawhara files write 17/05/2015)."""
    if not published:
        return None
    text = published.strip()
    try:
        return datetime.fromisoformat(text).isoformat()
    except ValueError:
        pass
    if m := _COMPACT_TIME.match(text):
        return f"{m[1]}T{m[2]}:{m[3]}:{m[4]}"
    if m := _DAY_FIRST.match(text):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
        with contextlib.suppress(ValueError):
            return date(year, month, day).isoformat()
    with contextlib.suppress(TypeError, ValueError, IndexError):
        return parsedate_to_datetime(text).isoformat()
    return None


def document_hash(doc: Document) -> str:
    """The content key: the same text is the same article, whatever its id."""
    return content_id(doc.text)


def _encode_token(tok: Token) -> list[Any]:
    segs = tok.segments
    if len(segs) == 1:
        g = segs[0]
        if g.start == tok.start and g.end == tok.end and g.kind == "stem" and g.form is None:
            return [tok.start, tok.end, tok.kind]  # the common case, stored short
    return [tok.start, tok.end, tok.kind, [[g.start, g.end, g.kind, g.form] for g in segs]]


def _decode_token(item: list[Any]) -> Token:
    if len(item) == 3:
        s, e, kind = item
        return Token(s, e, kind, [Segment(s, e, "stem")])
    s, e, kind, segs = item
    return Token(s, e, kind, [Segment(*g) for g in segs])


def pack_document(doc: Document) -> bytes:
    """The document with all its layers, compactly: the text layers (the bulk) as
    arrays, the rest in its rasd.document/1 form. `unpack_document` inverts it."""
    rest = replace(doc, paragraphs=[], sentences=[], tokens=[]).to_dict()
    rest["paragraphs_"] = [[p.start, p.end] for p in doc.paragraphs]
    rest["sentences_"] = [[s.start, s.end, s.token_start, s.token_end] for s in doc.sentences]
    rest["tokens_"] = [_encode_token(t) for t in doc.tokens]
    return zlib.compress(orjson.dumps(rest), 3)


DETAILS = "_details"  # the key of `event_details`'s derived fields in the attrs JSON


def _actor_details(prefix: str, m: Mention | None) -> dict[str, Any]:
    if m is None:
        return {}
    return {f"{prefix}_{k}": m.attrs[k] for k in ("code", "country") if m.attrs.get(k)}


def event_details(ev: Event) -> tuple[str | None, str]:
    """The event's own calendar day (when the pipeline resolved its time) and its
    attributes (casualties, negation, trigger, CAMEO code…) as JSON, with what the
    store's readers need of its mentions under `DETAILS`: the actors' codes and
    countries, the place's country and coordinates (when the gazetteer has them)."""
    day = ev.when.attrs.get("date") if ev.when else None
    details = {**_actor_details("source", ev.source), **_actor_details("target", ev.target)}
    if ev.where is not None:
        for key, name in (("country", "place_country"), ("lat", "lat"), ("lon", "lon")):
            if ev.where.attrs.get(key) is not None:
                details[name] = ev.where.attrs[key]
    attrs = {**ev.attrs, DETAILS: details} if details else ev.attrs
    return day, orjson.dumps(attrs).decode()


def event_row(row: Sequence[Any]) -> EventRow:
    """An `EventRow` from the store's columns: the 14 of `EventRow` up to `day`,
    then the article's source and URL, then the attrs JSON of `event_details`."""
    attrs = orjson.loads(row[-1] or "{}")
    details = attrs.pop(DETAILS, {})
    return EventRow(
        *row[:14],
        attrs=attrs,
        news_source=row[14],
        url=row[15],
        quad_class=QUAD.get(row[3]),
        relevance=attrs.get("relevance"),
        **details,
    )


def unpack_document(blob: bytes) -> Document:
    data = orjson.loads(zlib.decompress(blob))
    paragraphs = data.pop("paragraphs_", [])
    sentences = data.pop("sentences_", [])
    tokens = data.pop("tokens_", [])
    doc = Document.from_dict(data)
    doc.paragraphs = [Span(s, e) for s, e in paragraphs]
    doc.sentences = [Sentence(*s) for s in sentences]
    doc.tokens = [_decode_token(t) for t in tokens]
    return doc


def _name(
    doc: Document, m: Mention | None, holders: dict[str, str] | None = None
) -> NameRef | None:
    """The name a mention is stored under; a title the article gives one person
    (`role_holders`) is stored under that person's name, so the network and the
    speaker pages count "الرئيس الأمريكي" and "دونالد ترامب" of one article once."""
    if m is None:
        return None
    text = doc.slice(m)
    key = search_key(m.canonical or text).strip()
    if not key:
        return None
    holder = (holders or {}).get(search_key(text).strip())
    if holder is not None:
        return NameRef(text, holder, search_key(holder).strip())
    return NameRef(text, m.canonical, key)


class Indexer:
    """Analysed document → `Prepared` rows."""

    def __init__(self, analyzer: SearchAnalyzer | None = None) -> None:
        self.analyzer = analyzer or SearchAnalyzer()
        self._permutations = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=SCHEME).permutations

    def _signature(self, features: set[str]) -> bytes:
        mh = MinHash(
            num_perm=NUM_PERM,
            seed=_SEED,
            hashfunc=zlib.crc32,  # deterministic across processes, and cheaper than SHA-1
            permutations=self._permutations,
            scheme=SCHEME,
        )
        mh.update_batch([f.encode("utf-8") for f in features])
        return mh.hashvalues.astype(np.uint32).tobytes()

    def __call__(self, doc: Document) -> Prepared:
        title_end = len(doc.title) if doc.title and doc.text.startswith(doc.title) else 0
        terms = self.analyzer.terms(doc.text[title_end:])
        shingles = {" ".join(terms[i : i + 4]) for i in range(max(1, len(terms) - 3))}
        topic = {t for t in terms if len(t) > 2 and t not in _STOP_TERMS}
        prepared = Prepared(
            id=doc.id,
            hash=document_hash(doc),
            url=doc.url or None,
            title=doc.title,
            published=sortable_date(doc.published),
            source=doc.source,
            text=doc.text,
            data=pack_document(doc),
            index_title=self.analyzer.index_text(doc.text[:title_end]),
            index_body=" ".join(terms),
            dup_sig=self._signature(shingles),
            topic_sig=self._signature(topic),
        )
        self._structured(doc, prepared)
        return prepared

    @staticmethod
    def _structured(doc: Document, out: Prepared) -> None:
        for e in doc.entities or ():
            ref = _name(doc, Mention(e.start, e.end, e.canonical))
            if ref is not None:
                out.entities.append((e.start, e.end, e.label, ref, e.country, e.role))
        holders = role_holders(doc)
        for q in doc.quotes or ():
            cue = doc.slice(q.cue) if q.cue else None
            out.quotes.append(
                (q.start, q.end, q.kind, doc.slice(q), _name(doc, q.speaker, holders), cue)
            )
        for ev in doc.events or ():
            out.events.append(
                (
                    ev.start,
                    ev.end,
                    ev.type,
                    doc.slice(ev),
                    _name(doc, ev.source, holders),
                    _name(doc, ev.target, holders),
                    doc.slice(ev.where) if ev.where else None,
                    (ev.when.canonical or doc.slice(ev.when)) if ev.when else None,
                    *event_details(ev),
                )
            )
