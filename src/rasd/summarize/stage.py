"""The `summary` stage: an extractive summary (a few sentences) and keyphrases.

Sentences are scored by a weighted sum of three signals that news summaries
follow: closeness to the whole article (TF-IDF cosine with its centroid),
closeness to the title, and position (news puts the gist first). The weights and
the IDF table were fitted on data apart from the evaluation (see
`data/README.md`). Keyphrases are the best-scoring runs of one to three content
words (TF-IDF, with a bonus for the title, the opening and the names the entity
layer found; none cuts a name in two), one per stem.
"""

from __future__ import annotations

import gzip
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import accumulate
from pathlib import Path

from rasd.document import Document, Span
from rasd.text.normalize import search_key
from rasd.text.search import SearchAnalyzer

# A byline on its own line: a few words (names, a place, an agency) either side of a
# dash, with no sentence punctuation ("عين اليوم – متابعات", "أميرة المولد- عين اليوم",
# "داليا أبوالعيش، عمر إبراهيم – عين اليوم").
_DASHED = re.compile(r"\S ?[-–—]{1,2} ?\S")
# Only spaces and tabs before the end of the line: matched in place, since copying
# the rest of the text for each sentence made the stage quadratic in its length.
_LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")
BYLINE_WORDS = 8


def is_byline(text: str, start: int, end: int) -> bool:
    line = text[start:end].strip()
    return (
        "\n" not in line
        and len(line.split()) <= BYLINE_WORDS
        and _DASHED.search(line) is not None
        and line[-1:] not in ".!?؟"
        and _LINE_END.match(text, end) is not None
    )


# A byline glued to the paragraph it opens: a few words with a dash among them, up to
# a colon ("أحمد علي- سبق- القاهرة: تسعى …", "واس- جدة: التقى …", "رويترز- بنغازي
# (ليبيا): قال …").
_GLUED_BYLINE = re.compile(
    r"[^\n.!?؟،؛:\"«»]{0,80}?\S ?[-–—]{1,2} ?[^\n.!?؟،؛:\"«»]{0,80}?\s?:[\s\u200e\u200f\u202a-\u202e]*"
)


# Words a byline (names, an agency, a place) never holds but a sentence with a dash
# and a colon does ("قال الوزير - في تصريح: …").
_CLAUSE_WORDS = frozenset(
    search_key(w)
    for w in "في من على إلى عن مع إن أن كما لها له هو هي قال قالت وقال وقالت أضاف وأضاف".split()
)


def glued_byline_end(text: str, start: int, end: int) -> int:
    """Where the sentence at `start` begins after a byline glued to it; `start` when
    it has none. Only a paragraph's first sentence can carry one, and its first
    part (before the first dash) is a name of at most three words."""
    before = start  # stepped back over spaces, not copied: the text may be long
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    if before > 0 and text[before - 1] != "\n":
        return start
    found = _GLUED_BYLINE.match(text, start, end)
    if found is None or found.end() >= end:
        return start
    words = found.group().split()
    first_part = re.split(r"[-–—]", found.group(), maxsplit=1)[0].split()
    if (
        len(words) > BYLINE_WORDS
        or len(first_part) > 3
        or any(search_key(w) in _CLAUSE_WORDS for w in words)
    ):
        return start
    return found.end()


Spans = list[tuple[int, int, str]]  # (start, end, term) of every indexed word
IDF_RESOURCE = "idf.tsv.gz"
REPEAT = 0.6  # a sentence sharing this share of its terms with a chosen one is a repeat
NAME_BONUS = 1.5  # a keyphrase that is exactly a name the entity layer found
# Function words (as search terms) that never make a keyphrase or drive similarity.
STOP_TERMS = frozenset(
    "في من علي الي عن مع ان هذا هذه ذلك تلك التي الذي الذين كان كانت قد لقد ما لا لم لن "
    "او ام ثم حتي بين بعد قبل عند كل بعض غير اي هو هي هم نحن انه انها الا اذا لكن منذ "
    "حيث خلال ضد دون قال يكون تكون اكثر اخري اخر عام يوم امس اليوم ايض وقد فقد كما وفي "
    "ولا اذ اما هنا هناك عليه عليها فيه فيها منه منها له لها لهم به بها الذى التى".split()
)


@dataclass(frozen=True, slots=True)
class Weights:
    centroid: float = 1.0
    title: float = 0.6
    position: float = 4.0


def load_idf(path: str | Path | None = None) -> tuple[dict[str, float], float]:
    """Term → IDF, and the IDF of an unseen term."""
    raw = (
        Path(path).read_bytes()
        if path is not None
        else (resources.files("rasd.summarize") / "data" / IDF_RESOURCE).read_bytes()
    )
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    documents = int(lines[0].split("\t")[1])
    idf = {}
    for line in lines[1:]:
        term, _, df = line.partition("\t")
        idf[term] = math.log((documents + 1) / (int(df) + 1)) + 1
    return idf, math.log(documents + 1) + 1


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    if not dot:
        return 0.0
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    return dot / (na * nb)


Names = dict[int, set[int]]  # end offset -> start offsets of the entities ending there


def _is_name(start: int, end: int, names: Names) -> bool:
    # An entity may start after a proclitic of the phrase's first word ("لروسيا").
    return any(start <= a <= start + 2 for a in names.get(end, ()))


def _within(offset: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether `offset` is inside one of `ranges` (in text order, not overlapping)."""
    i = bisect_right(ranges, offset, key=lambda r: r[0]) - 1
    return i >= 0 and ranges[i][0] <= offset < ranges[i][1]


class _Covered:
    """Answers "does any name overlap this range?" in log time: the names sorted by
    start, with the furthest end reached so far. Asking every name each time made
    the keyphrases quadratic on a text of many names."""

    def __init__(self, names: Names) -> None:
        spans = sorted((a, b) for b, starts in names.items() for a in starts)
        self.starts = [a for a, _ in spans]
        self.reach = list(accumulate((b for _, b in spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect_left(self.starts, end)  # the names starting before `end`
        return before > 0 and self.reach[before - 1] > start


def _cuts_a_name(start: int, end: int, names: Names, covered: _Covered) -> bool:
    """Whether the phrase overlaps a name without being it: "نيكولاس" or "مادورو
    بالتشافيزية" of a text naming "نيكولاس مادورو"; the name itself is a phrase."""
    return covered.overlaps(start, end) and not _is_name(start, end, names)


def _stem_starts(doc: Document) -> dict[int, int]:
    """Word start → where the word is shown from in a keyphrase: after its proclitics
    ("وروسيا" → روسيا), unless the stem's written form differs from the text's
    ("للأمم": the article's alef is elided, so the word is kept whole)."""
    starts = {}
    for token in doc.tokens:
        segments = token.segments
        first = next((g for g in segments if g.kind != "proclitic"), None)
        if first is not None and first is not segments[0] and first.form is None:
            starts[token.start] = first.start
    return starts


class Summarizer:
    """Fills `doc.summary` (sentence spans in text order) and `doc.keyphrases`."""

    def __init__(
        self,
        sentences: int = 3,
        max_words: int = 45,
        keyphrases: int = 8,
        weights: Weights | None = None,
        analyzer: SearchAnalyzer | None = None,
        idf: tuple[dict[str, float], float] | None = None,
    ) -> None:
        self.size = sentences
        self.max_words = max_words
        self.keyphrase_count = keyphrases
        self.weights = weights or Weights()
        self.analyzer = analyzer or SearchAnalyzer()
        self.idf, self.unseen_idf = idf or load_idf()

    def _vector(self, terms: Sequence[str]) -> dict[str, float]:
        counts = Counter(t for t in terms if t not in STOP_TERMS)
        idf, unseen = self.idf, self.unseen_idf
        return {t: n * idf.get(t, unseen) for t, n in counts.items()}

    def candidates(self, doc: Document) -> list[tuple[int, int]]:
        """Sentence spans that may be chosen: not the title, not fragments."""
        title_end = len(doc.title) if doc.title and doc.text.startswith(doc.title) else 0
        out = []
        for s in doc.sentences:
            if s.start < title_end or s.token_end - s.token_start < 4:
                continue
            if is_byline(doc.text, s.start, s.end):
                continue
            out.append((glued_byline_end(doc.text, s.start, s.end), s.end))
        return out

    def _spans(self, doc: Document, spans: Spans | None) -> Spans:
        return list(self.analyzer.spans(doc.text)) if spans is None else spans

    @staticmethod
    def _terms_in(
        spans: Spans, ranges: list[tuple[int, int]], starts: list[int] | None = None
    ) -> list[list[str]]:
        """The terms of each character range, from the document's one analysis
        (`starts`: the spans' starts, when the caller asks range after range)."""
        starts = [a for a, _, _ in spans] if starts is None else starts
        return [
            [t for _, _, t in spans[bisect_left(starts, a) : bisect_left(starts, b)]]
            for a, b in ranges
        ]

    def rank(self, doc: Document, spans: Spans | None = None) -> list[tuple[int, int]]:
        """Candidate sentences, best first."""
        candidates = self.candidates(doc)
        if not candidates:
            return []
        analysed = self._spans(doc, spans)
        terms = self._terms_in(analysed, candidates)
        vectors = [self._vector(t) for t in terms]
        centroid: Counter[str] = Counter()
        for v in vectors:
            centroid.update(v)
        title_end = len(doc.title) if doc.title and doc.text.startswith(doc.title) else 0
        title = self._vector(self._terms_in(analysed, [(0, title_end)])[0]) if title_end else {}
        w = self.weights
        scores = [
            w.centroid * _cosine(v, centroid)
            + w.title * (_cosine(v, title) if title else 0.0)
            + w.position / (1 + i)
            for i, v in enumerate(vectors)
        ]
        order = sorted(range(len(candidates)), key=lambda i: -scores[i])
        return [candidates[i] for i in order]

    def summarize(
        self, doc: Document, size: int | None = None, spans: Spans | None = None
    ) -> list[Span]:
        """The best sentences, skipping repeats of one already chosen, until
        `size` sentences or the word budget (always at least one sentence)."""
        limit = size or self.size
        chosen: list[tuple[int, int]] = []
        seen: list[set[str]] = []
        words = 0
        analysed = self._spans(doc, spans)
        starts = [a for a, _, _ in analysed]
        for a, b in self.rank(doc, analysed):
            length = len(doc.text[a:b].split())
            if chosen and (len(chosen) >= limit or words + length > self.max_words):
                break
            terms = set(self._terms_in(analysed, [(a, b)], starts)[0])
            if any(len(terms & other) > REPEAT * len(terms | other) for other in seen):
                continue  # the abstract repeated in the body, a wire copy of a line
            chosen.append((a, b))
            seen.append(terms)
            words += length
        return [Span(a, b) for a, b in sorted(chosen)]

    def keyphrases(self, doc: Document, spans: Spans | None = None) -> list[Span]:
        spans = self._spans(doc, spans)
        if not spans:
            return []
        tf = Counter(t for _, _, t in spans)
        title_end = len(doc.title) if doc.title and doc.text.startswith(doc.title) else 0
        title_terms = set(self._terms_in(spans, [(0, title_end)])[0])
        opening = len(doc.text) // 5
        text, idf, unseen = doc.text, self.idf, self.unseen_idf
        terms = [t for _, _, t in spans]
        bylines = [
            (
                s.start,
                s.end
                if is_byline(text, s.start, s.end)
                else glued_byline_end(text, s.start, s.end),
            )
            for s in doc.sentences
        ]
        useful = [
            t not in STOP_TERMS and len(t) > 2 and not t.isdigit() and not _within(start, bylines)
            for (start, _, t) in spans
        ]
        weight = [tf[t] * idf.get(t, unseen) for t in terms]
        # Words joined only by spaces can form a phrase; punctuation or a line break
        # (the title's end, a paragraph's) ends one.
        gaps = [text[spans[i][1] : spans[i + 1][0]] for i in range(len(spans) - 1)]
        joined = [not gap.strip() and "\n" not in gap for gap in gaps]
        names: Names = {}
        for e in doc.entities or ():
            names.setdefault(e.end, set()).add(e.start)
        stems = _stem_starts(doc)
        best: dict[tuple[str, ...], tuple[float, int, int]] = {}
        for i in range(len(spans)):
            if not useful[i]:
                continue
            total, in_title = 0.0, False
            for j in range(i, min(i + 3, len(spans))):
                if j > i and not (useful[j] and joined[j - 1]):
                    break
                total += weight[j]
                in_title = in_title or terms[j] in title_terms
                key = tuple(terms[i : j + 1])
                if key in best:
                    continue
                n = j - i + 1
                bonus = 1.0 + 0.5 * in_title + 0.3 * (spans[i][0] < opening)
                bonus *= NAME_BONUS if _is_name(spans[i][0], spans[j][1], names) else 1.0
                best[key] = (total / n * bonus * (1 + 0.3 * (n - 1)), spans[i][0], spans[j][1])
        chosen: list[tuple[int, int]] = []
        used: set[str] = set()
        covered = _Covered(names)
        for key, (_, start, end) in sorted(best.items(), key=lambda kv: -kv[1][0]):
            if used & set(key) or _cuts_a_name(start, end, names, covered):
                continue
            used.update(key)
            # A name that the entity layer starts at the word's first letter keeps it
            # ("بالو", a city, not ب + "الو").
            shown = start if start in names.get(end, ()) else stems.get(start, start)
            chosen.append((shown, end))
            if len(chosen) >= self.keyphrase_count:
                break
        return [Span(a, b) for a, b in chosen]

    def __call__(self, doc: Document) -> Document:
        spans = list(self.analyzer.spans(doc.text))
        doc.summary = self.summarize(doc, spans=spans)
        doc.keyphrases = self.keyphrases(doc, spans)
        return doc
