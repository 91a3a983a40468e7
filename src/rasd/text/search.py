"""Search analysis: the one function from text to index terms, used at index and
query time alike, and the highlighter that marks matches in the original text.

A term is built like Lucene's Arabic analyzer (normalisation + Light-10 stemming),
with clitics split first by Rasd's lexicon-driven segmenter, so "بسوريا" and
"سوريا" share the term "سوريا" and "المساعدات" and "مساعدات" share "مساعد".
Because the term of a word form never depends on its context, highlighting can
re-analyse the original text and mark exactly the words whose terms matched.
"""

from __future__ import annotations

import html
from collections.abc import Iterator

from rasd.text.normalize import search_key
from rasd.text.tokens import TOKEN_RE, Segmenter, load_lexicon

# Light-10 article prefixes (after normalisation), longest first.
_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")
# Light-10 suffixes, in Light-10's order, after ة→ه and ى→ي folding.
_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
CACHE_LIMIT = 200_000  # word forms whose terms are remembered
SNIPPET_HITS = 4  # matches found before the snippet stops looking further
_PRONOUNS = frozenset({"ها", "ه"})
_INDEXED = frozenset({"word", "number", "latin"})


def strip_prefix(key: str) -> str:
    """The Light-10 article prefixes. The lone conjunction و is left to the
    segmenter, which knows "وزير" from "وروسيا"."""
    for prefix in _PREFIXES:
        if key.startswith(prefix) and len(key) - len(prefix) >= 2:
            return key[len(prefix) :]
    return key


def light_stem(key: str) -> str:
    """Light-10 affix stripping on a normalised key (Larkey et al. 2007), plus two
    endings news is full of: the accusative alef ("اتفاقا") and a ta marbuta
    written ت before a pronoun ("حكومتها" → حكوم, like "حكومة")."""
    key = strip_prefix(key)
    if len(key) >= 5 and key.endswith("ا") and key[-2] not in "يوءا":
        key = key[:-1]
    for suffix in _SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= 2:
            key = key[: -len(suffix)]
            if suffix in _PRONOUNS and key.endswith("ت") and len(key) >= 4:
                key = key[:-1]
    return key


class SearchAnalyzer:
    """Text → terms. Word forms are cached: news reuses a small vocabulary."""

    def __init__(self, segmenter: Segmenter | None = None) -> None:
        self.segmenter = segmenter or Segmenter(load_lexicon())
        self._cache: dict[str, str] = {}

    def term(self, word: str, kind: str = "word") -> str:
        cached = self._cache.get(word)
        if cached is None:
            if len(self._cache) >= CACHE_LIMIT:
                self._cache.clear()  # rare forms pile up over a corpus: keep memory flat
            cached = self._cache[word] = self._term(word, kind)
        return cached

    def _term(self, word: str, kind: str) -> str:
        if kind != "word":
            return search_key(word)
        stem, enclitic, restored = word, False, False
        for start, end, piece_kind, form in self.segmenter.split(word).pieces:
            if piece_kind == "stem":
                stem, restored = form or word[start:end], form is not None
            elif piece_kind == "enclitic":
                enclitic = True
        key = search_key(stem)
        if not enclitic:
            return light_stem(key)
        # The segmenter took a pronoun off: strip no other suffix ("مدينه" is
        # مدين + ه), only a ta marbuta, restored or left as ت ("دولته" → دول).
        key = strip_prefix(key)
        if (restored and key.endswith("ه")) or key.endswith("ت"):
            key = key[:-1] if len(key) >= 4 else key
        return key

    def spans(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, term) for every indexed word of `text`."""
        term = self.term
        for m in TOKEN_RE.finditer(text):
            kind = m.lastgroup
            if kind in _INDEXED:
                t = term(m.group(), kind)
                if t:
                    yield m.start(), m.end(), t

    def terms(self, text: str) -> list[str]:
        return [t for _, _, t in self.spans(text)]

    def index_text(self, text: str) -> str:
        """What goes into the full-text index: terms joined by spaces."""
        return " ".join(self.terms(text))


def snippet_html(analyzer: SearchAnalyzer, text: str, wanted: set[str], width: int = 240) -> str:
    """An HTML-escaped window of `text` around its densest run of matched words,
    each match in <mark>; offsets are the original text's, so nothing is rewritten.

    Only as much of the text is analysed as it takes to find a few matches: long
    articles would otherwise cost more than the search itself."""
    spans: list[tuple[int, int, str]] = []
    hits: list[int] = []
    for span in analyzer.spans(text):
        if span[2] in wanted:
            hits.append(len(spans))
        spans.append(span)
        if (len(hits) >= SNIPPET_HITS and span[0] > spans[hits[0]][0] + width) or (
            not wanted and span[0] > width
        ):
            break
    if not spans:
        return html.escape(text[:width])
    start_char, end_char = _window(spans, hits, text, width)
    out: list[str] = []
    pos = start_char
    for i in hits:
        s, e, _ = spans[i]
        if s < start_char or e > end_char:
            continue
        out.append(html.escape(text[pos:s]))
        out.append(f"<mark>{html.escape(text[s:e])}</mark>")
        pos = e
    out.append(html.escape(text[pos:end_char]))
    prefix = "… " if start_char > 0 else ""
    suffix = " …" if end_char < len(text) else ""
    return prefix + "".join(out).replace("\n", " ").strip() + suffix


def _window(
    spans: list[tuple[int, int, str]], hits: list[int], text: str, width: int
) -> tuple[int, int]:
    """The character window of about `width` holding the most hits."""
    if not hits:
        return 0, _cut(text, 0, width)
    best, best_count, j = hits[0], 0, 0
    for i, h in enumerate(hits):
        while spans[hits[j]][0] < spans[h][0] - width:
            j += 1
        if i - j + 1 > best_count:
            best, best_count = hits[j], i - j + 1
    start = max(0, spans[best][0] - width // 6)
    # Start on a word boundary so the snippet never opens with half a word.
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return start, _cut(text, start, width)


def _cut(text: str, start: int, width: int) -> int:
    end = min(len(text), start + width)
    while end < len(text) and not text[end].isspace():
        end += 1
    return end
