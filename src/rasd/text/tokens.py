"""Tokens, with Arabic clitic segmentation.

A token is a run of one script (Arabic word, number, Latin word) or one punctuation
mark. Arabic words are split into proclitics (و ف ب ل ك س, and ل before the article),
a stem and a pronoun enclitic. Which splits are real is decided by a word-frequency
lexicon learnt from the news corpus (`rasd train lexicon`): "وروسيا" splits because
"روسيا" is a frequent word on its own, "وزير" does not because "زير" is not.
"""

from __future__ import annotations

import gc
import gzip
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rasd.document import Segment, Token
from rasd.text.normalize import match_key

_AR = "\u0621-\u063a\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06fa-\u06ff"
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
TOKEN_RE = re.compile(
    rf"(?P<word>[{_AR}][{_AR}{_MARKS}]*(?:_[{_AR}][{_AR}{_MARKS}]*)*)"
    r"|(?P<number>[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*%?)"
    r"|(?P<latin>[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)?)"
    r"|(?P<punct>\.{2,}|-{2,}|[!?؟]+|[.,،؛;:!?؟\"'«»“”„()\[\]{}\-–—/…*#@]|[^\w\s])"
    r"|(?P<symbol>[^\s])"
)

_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
_FUTURE = "س"
# A form that itself takes a preposition this often (share of its own count, and at
# least `_STACKED_MIN` times) is a word, not a clitic and a stem: "ببكين", "لفيصل" show
# that "بكين" and "فيصل" are names, whereas "ببشكل" never occurs.
_STACKED_SHARE = 0.01
_STACKED_MIN = 3
_IMPERFECT = ("ي", "ت", "ن", "أ")
# Longest first, so "هما" is tried before "ها" and "ه". The possessive "ي" is left
# out: in news a final ي is far more often the nisba adjective (دولي, مصري).
_ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك")

# Frequent words whose first letters look like clitics but are part of the word.
_NEVER_SPLIT = frozenset(
    "بعد بين بينما بدون بلا كانت كانوا كلما كيف لكن لكي لقد لدى ليس ليست لولا لعل لذلك لهذا "
    "لأن فقط فوق كذلك هكذا وراء وسط وفق وفقا سوى سوف باتت بقيت ظلت".split()
)

LEXICON_RESOURCE = "lexicon.tsv.gz"
MAX_CACHED_FORMS = 100_000


def load_lexicon(path: str | Path | None = None) -> dict[str, int]:
    """Word-form frequencies (match keys) from `path` or the shipped resource."""
    if path is None:
        ref = resources.files("rasd.text") / "data" / LEXICON_RESOURCE
        raw = ref.read_bytes()
    else:
        raw = Path(path).read_bytes()
    lexicon: dict[str, int] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        word, _, count = line.partition("\t")
        lexicon[word] = int(count)
    return lexicon


Pieces = tuple[tuple[int, int, str, str | None], ...]


@dataclass(frozen=True, slots=True)
class _Split:
    """A segmentation of one word form, in offsets relative to the word."""

    pieces: Pieces  # (start, end, kind, form) of each segment


class Segmenter:
    """Clitic segmentation of Arabic word forms, cached per form.

    `ratio`: a clitic is split off when the rest is at least `ratio` times as
    frequent as the whole form (tuned on UD Arabic-PADT dev, see docs/performance.md).
    """

    def __init__(self, lexicon: dict[str, int], ratio: float = 0.1, min_count: int = 20) -> None:
        self.lexicon = lexicon
        self.ratio = ratio
        self.min_count = min_count
        # Word form -> pieces. Bounded, since a large corpus keeps bringing new forms
        # (names, typos) and a worker must not grow with the vocabulary.
        self.cache: dict[str, Pieces] = {}

    def _freq(self, form: str) -> int:
        return self.lexicon.get(form, 0)

    def _known(self, rest: str, whole: str) -> bool:
        f = self._freq(rest)
        return f >= self.min_count and f >= self.ratio * self._freq(whole)

    def pieces(self, word: str) -> Pieces:
        """(start, end, kind, form) of each segment of `word`, offsets in the word."""
        cached = self.cache.get(word)
        if cached is None:
            if len(self.cache) >= MAX_CACHED_FORMS:
                self.cache.clear()
            cached = self.cache[word] = self._split(word).pieces
        return cached

    def split(self, word: str) -> _Split:
        return _Split(self.pieces(word))

    def _split(self, word: str) -> _Split:
        key = match_key(word)
        # Diacritics and tatweel do not count as letters for the decisions, so work
        # on the key and map letter positions back to the surface.
        letter_at = [i for i, ch in enumerate(word) if not _is_mark(ch)]
        if len(letter_at) != len(key):
            return _Split(((0, len(word), "stem", None),))
        prefixes, elided_article = self._proclitics(key)
        pieces: list[tuple[int, int, str, str | None]] = []
        start = 0
        for prefix in prefixes:
            pieces.append((start, start + len(prefix), "proclitic", None))
            start += len(prefix)
        stem_key = key[start:]
        enclitic = None if elided_article else self._enclitic(stem_key)
        stem_end = len(key) - len(enclitic[0]) if enclitic else len(key)
        pieces.append((start, stem_end, "stem", None))
        if enclitic:
            pieces.append((stem_end, len(key), "enclitic", None))
        surface = [_to_surface(p, letter_at, len(word)) for p in pieces]
        if elided_article or (enclitic and enclitic[1]):
            i = len(prefixes)
            s, e, kind, _ = surface[i]
            stem = word[s:e]
            form = "ا" + stem if elided_article else _restore(stem, enclitic[1])  # type: ignore[index]
            surface[i] = (s, e, kind, form)
        return _Split(tuple(surface))

    def _proclitics(self, key: str) -> tuple[list[str], bool]:
        """The proclitics of `key`, and whether "لل" hid the article's alef."""
        found: list[str] = []
        if key in _NEVER_SPLIT:
            return found, False
        rest = key
        if (
            len(rest) > 3
            and rest[0] in _CONJ
            and self._known(rest[1:], rest)
            and not self._takes_clitics(rest)
        ):
            found.append(rest[0])
            rest = rest[1:]
        if len(rest) > 3 and rest.startswith("لل") and self._known("ا" + rest[1:], rest):
            found.append("ل")
            return found, True
        if (
            len(rest) > 3
            and rest[0] in _PREP
            and self._known(rest[1:], rest)
            and not self._takes_clitics(rest)
        ) or (
            len(rest) > 3
            and rest[0] == _FUTURE
            and rest[1] in _IMPERFECT
            and self._known(rest[1:], rest)
        ):
            found.append(rest[0])
        return found, False

    def _takes_clitics(self, form: str) -> bool:
        """Whether `form`, starting with ب ف or ك, is a word of its own: it carries a
        preposition itself (and a ف-form the conjunction و, which never precedes the
        conjunction ف). Frequency alone cannot tell: "كين" and "يصل" are frequent words,
        yet "بكين" and "فيصل" are names."""
        if form[0] not in "بفك":
            return False
        stacked = sum(self._freq(p + form) for p in ("ب", "ل", "ك"))
        if form[0] == "ف":
            stacked += self._freq("و" + form)
        return stacked >= _STACKED_MIN and stacked >= _STACKED_SHARE * self._freq(form)

    def _enclitic(self, stem_key: str) -> tuple[str, str | None] | None:
        """The enclitic of `stem_key` and how the stem is restored ("ة", "ى" or None)."""
        for enclitic in _ENCLITICS:
            base = stem_key[: -len(enclitic)]
            if not stem_key.endswith(enclitic) or len(base) < 2:
                continue
            if base.startswith("ال"):
                continue  # the article and a possessive never go together
            for candidate, restored in _stem_candidates(base):
                if self._known(candidate, stem_key):
                    return enclitic, restored
        return None


def _stem_candidates(base: str) -> Iterator[tuple[str, str | None]]:
    yield base, None
    if base.endswith("ت"):
        yield base[:-1] + "ة", "ة"  # حكومته → حكومة + ه
    if base.endswith("ا") or base.endswith("ي"):
        yield base[:-1] + "ى", "ى"  # عليه → على + ه


def _restore(stem: str, last_letter: str) -> str:
    return stem[:-1] + last_letter


def _is_mark(ch: str) -> bool:
    return "\u064b" <= ch <= "\u065f" or ch in "\u0670\u0640" or "\u0610" <= ch <= "\u061a"


def _to_surface(
    piece: tuple[int, int, str, str | None], letter_at: list[int], length: int
) -> tuple[int, int, str, str | None]:
    start, end, kind, form = piece
    s = letter_at[start] if start < len(letter_at) else length
    e = letter_at[end] if end < len(letter_at) else length
    return s, e, kind, form


@contextmanager
def _cycles_not_collected() -> Iterator[None]:
    """Pauses CPython's cycle collector, which would otherwise walk every token made
    so far each time a few thousand more are: tokens hold no reference cycles, and
    on 100,000 characters of commas those walks, out of the CPU caches, took half
    the stage's time and made it grow 20× from 10K to 100K characters (10× without).
    Reference counting still frees everything; the collector is left as it was."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class Tokenizer:
    """Splits text into `Token`s; Arabic words carry their segments."""

    def __init__(self, segmenter: Segmenter) -> None:
        self.segmenter = segmenter

    def __call__(self, text: str, start: int = 0, end: int | None = None) -> list[Token]:
        with _cycles_not_collected():
            return self._tokens(text, start, end)

    def _tokens(self, text: str, start: int, end: int | None) -> list[Token]:
        tokens: list[Token] = []
        append = tokens.append
        known = self.segmenter.cache
        pieces_of = self.segmenter.pieces
        stop = len(text) if end is None else end
        for m in TOKEN_RE.finditer(text, start, stop):
            a, b = m.span()
            kind = m.lastgroup or "symbol"
            pieces = None
            if kind == "word":
                word = m.group()
                pieces = known.get(word) or pieces_of(word)
            if pieces is None or (len(pieces) == 1 and pieces[0][3] is None):
                append(Token(a, b, kind, [Segment(a, b, "stem")]))
            else:
                append(Token(a, b, kind, [Segment(a + s, a + e, k, f) for s, e, k, f in pieces]))
        return tokens
