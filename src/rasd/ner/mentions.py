"""Mentions found in a document: each person's canonical name (the fullest name
of the document that contains the mention, in the news corpus's usual spelling) and
the title apposed before a name, its role."""

from __future__ import annotations

from dataclasses import dataclass

from rasd.document import Document, Entity, Token
from rasd.ner.gazetteer import loose_key
from rasd.text.normalize import match_key

# Heads of titles that can stand before a name (loose keys: no article, no final ة).
TITLE_HEADS = frozenset(
    loose_key(w)
    for w in (
        "وزير رئيس نائب مبعوث أمين سفير ملك أمير شيخ متحدث ناطق مستشار قائد زعيم مدير "
        "جنرال عقيد لواء عميد مندوب ممثل سيناتور نظير مرشد مساعد منسق مفوض محافظ حاكم "
        "عضو زعيم قاضي مدعي مرشح كاتب مراسل مسؤول رئيسة وزيرة عاهل ولي"
    ).split()
)
# Words that end a title when scanning back from a name: reporting verbs and
# complementisers belong to the clause, not to the title.
_BREAKS = frozenset(
    match_key(w)
    for w in (
        "قال أكد أعلن ذكر أشار أوضح أضاف دعا طالب التقى اجتمع بحث رأى اعتبر شدد "
        "أن إن بأن لأن كان كانت هو هي الذي التي"
    ).split()
)
_MAX_ROLE_WORDS = 8


@dataclass(slots=True)
class Found:
    """An entity found in a document, with its tokens."""

    entity: Entity
    tokens: list[Token]  # the entity's tokens
    index: int  # document index of its first token


def canonical_names(doc: Document, found: list[Found], variants: dict[str, str]) -> None:
    """A person's canonical name is the longest person name in the document whose
    words contain the mention's words in order; other entities keep their text.
    Distinct names are compared once each, so repeated mentions cost nothing."""

    def keys(f: Found) -> tuple[str, ...]:
        return tuple(variants.get(k, k) for k in _word_keys(doc, f))

    names: dict[tuple[str, ...], str] = {}
    for f in found:
        if f.entity.label == "PER":
            names.setdefault(keys(f), _text(doc, f))
    fullest = {
        k: max(
            ((other, text) for other, text in names.items() if _contains(other, k)),
            key=lambda item: len(item[0]),
        )[1]
        for k in names
    }
    for f in found:
        text = fullest[keys(f)] if f.entity.label == "PER" else _text(doc, f)
        f.entity.canonical = usual_spelling(text, variants)


def usual_spelling(text: str, variants: dict[str, str]) -> str:
    """`text` with each word that is a spelling variant in its usual spelling, and
    a hashtag name spaced ("دونالد_ترمب" → "دونالد ترامب")."""
    return " ".join(variants.get(match_key(w), w) for w in text.replace("_", " ").split())


def person_roles(doc: Document, found: list[Found]) -> set[int]:
    """Set each person's role; returns where the titles found before names start."""
    taken = {i for f in found if f.entity.label == "PER" for i in _indices(f)}
    starts = _sentence_starts(doc)
    titles: set[int] = set()
    for f in found:
        if f.entity.label != "PER":
            continue
        first = starts[f.index]
        head = _title_head(doc, f.index, first, taken)
        if head is not None:
            start = stem_start(doc.tokens[head])
            titles.add(start)
            f.entity.role = doc.text[start : doc.tokens[f.index - 1].end]
    # A person named again without a title keeps the role found with the full name.
    by_name: dict[str, str] = {}
    for f in found:
        if f.entity.role and f.entity.canonical:
            by_name.setdefault(f.entity.canonical, f.entity.role)
    for f in found:
        if f.entity.label == "PER" and not f.entity.role and f.entity.canonical:
            f.entity.role = by_name.get(f.entity.canonical)
    return titles


def stem_start(token: Token) -> int:
    for seg in token.segments:
        if seg.kind != "proclitic":
            return seg.start
    return token.start


def _indices(f: Found) -> range:
    return range(f.index, f.index + len(f.tokens))


def _text(doc: Document, f: Found) -> str:
    """The entity's text with its first stem's underlying form ("لأمم المتحدة" → "الأمم
    المتحدة")."""
    for seg in f.tokens[0].segments:
        if seg.start == f.entity.start and seg.form:
            return seg.form + doc.text[seg.end : f.entity.end]
    return doc.slice(f.entity)


def _word_keys(doc: Document, f: Found) -> list[str]:
    # Underscores separate the names of a hashtag ("#دونالد_ترمب" is دونالد ترمب).
    return [match_key(w) for w in _text(doc, f).replace("_", " ").split()]


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def _sentence_starts(doc: Document) -> dict[int, int]:
    """Token index -> index of the first token of its sentence (for entity starts)."""
    out: dict[int, int] = {}
    for s in doc.sentences:
        for i in range(s.token_start, s.token_end):
            out[i] = s.token_start
    return out


def _token_stem_key(doc: Document, token: Token) -> str:
    for seg in token.segments:
        if seg.kind == "stem":
            return match_key(seg.form or doc.text[seg.start : seg.end])
    return match_key(doc.text[token.start : token.end])


def _title_head(doc: Document, name: int, first: int, taken: set[int]) -> int | None:
    """Index of the first token of a title that ends right before token `name`."""
    head: int | None = None
    i = name - 1
    while i >= max(first, name - _MAX_ROLE_WORDS):
        token = doc.tokens[i]
        if token.kind not in ("word", "latin") or i in taken:
            break
        key = _token_stem_key(doc, token)
        if key in _BREAKS or match_key(doc.text[token.start : token.end]) in _BREAKS:
            break
        if loose_key(key) in TITLE_HEADS:
            head = i
        elif head is not None:
            break  # the title starts at the earliest run of heads ("نائب رئيس")
        if has_proclitic(token) and head == i:
            break  # "وزير" in "ووزير الخارجية": the title starts here
        i -= 1
    return head


def has_proclitic(token: Token) -> bool:
    return len(token.segments) > 1 and token.segments[0].kind == "proclitic"
