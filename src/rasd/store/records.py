"""From an analysed `Document` to the rows the store writes: a pure function.

`Indexer()(doc)` does every per-document computation of ingest (index terms,
compact JSON, structured rows, MinHash signatures) so that the writer only
inserts. It holds no state besides caches and can run in any worker process
(or on a distributed engine) next to the pipeline.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import orjson
from datasketch import MinHash

from rasd.document import Document, Mention, content_id
from rasd.store.analysis import SearchAnalyzer
from rasd.text.normalize import search_key

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
    # start, end, type, text, source NameRef|None, target NameRef|None, where, when
    dup_sig: bytes = b""
    topic_sig: bytes = b""


def document_hash(doc: Document) -> str:
    """The content key: the same text is the same article, whatever its id."""
    return content_id(doc.text)


def _strip_texts(value: Any) -> Any:
    # Span texts are redundant with the offsets; `Document.from_dict` accepts them absent.
    if isinstance(value, dict):
        return {k: _strip_texts(v) for k, v in value.items() if k != "text"}
    if isinstance(value, list):
        return [_strip_texts(v) for v in value]
    return value


def pack_document(doc: Document) -> bytes:
    data = doc.to_dict()
    compact = {k: (v if k in ("text", "meta") else _strip_texts(v)) for k, v in data.items()}
    return zlib.compress(orjson.dumps(compact), 3)


def unpack_document(blob: bytes) -> Document:
    return Document.from_dict(orjson.loads(zlib.decompress(blob)))


def _name(doc: Document, m: Mention | None) -> NameRef | None:
    if m is None:
        return None
    text = doc.slice(m)
    key = search_key(m.canonical or text).strip()
    if not key:
        return None
    return NameRef(text, m.canonical, key)


class Indexer:
    """Analysed document → `Prepared` rows."""

    def __init__(self, analyzer: SearchAnalyzer | None = None) -> None:
        self.analyzer = analyzer or SearchAnalyzer()
        self._permutations = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=SCHEME).permutations

    def _signature(self, features: set[str]) -> bytes:
        mh = MinHash(num_perm=NUM_PERM, seed=_SEED, permutations=self._permutations, scheme=SCHEME)
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
            published=doc.published,
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
        for q in doc.quotes or ():
            cue = doc.slice(q.cue) if q.cue else None
            out.quotes.append((q.start, q.end, q.kind, doc.slice(q), _name(doc, q.speaker), cue))
        for ev in doc.events or ():
            out.events.append(
                (
                    ev.start,
                    ev.end,
                    ev.type,
                    doc.slice(ev),
                    _name(doc, ev.source),
                    _name(doc, ev.target),
                    doc.slice(ev.where) if ev.where else None,
                    (ev.when.canonical or doc.slice(ev.when)) if ev.when else None,
                )
            )
