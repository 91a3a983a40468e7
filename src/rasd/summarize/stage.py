"""The `summary` stage: an extractive summary (a few sentences) and keyphrases.

Sentences are scored by a weighted sum of three signals that news summaries
follow: closeness to the whole article (TF-IDF cosine with its centroid),
closeness to the title, and position (news puts the gist first). The weights and
the IDF table were fitted on data apart from the evaluation (see
`data/README.md`). Keyphrases are the best-scoring runs of one to three content
words (TF-IDF, with a bonus for the title and the opening), one per stem.
"""

from __future__ import annotations

import gzip
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rasd.document import Document, Span
from rasd.store.analysis import SearchAnalyzer

IDF_RESOURCE = "idf.tsv.gz"
REPEAT = 0.6  # a sentence sharing this share of its terms with a chosen one is a repeat
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
            out.append((s.start, s.end))
        return out

    def rank(self, doc: Document) -> list[tuple[int, int]]:
        """Candidate sentences, best first."""
        spans = self.candidates(doc)
        if not spans:
            return []
        terms = [self.analyzer.terms(doc.text[a:b]) for a, b in spans]
        vectors = [self._vector(t) for t in terms]
        centroid: Counter[str] = Counter()
        for v in vectors:
            centroid.update(v)
        title = self._vector(self.analyzer.terms(doc.title)) if doc.title else {}
        w = self.weights
        scores = [
            w.centroid * _cosine(v, centroid)
            + w.title * (_cosine(v, title) if title else 0.0)
            + w.position / (1 + i)
            for i, v in enumerate(vectors)
        ]
        order = sorted(range(len(spans)), key=lambda i: -scores[i])
        return [spans[i] for i in order]

    def summarize(self, doc: Document, size: int | None = None) -> list[Span]:
        """The best sentences, skipping repeats of one already chosen, until
        `size` sentences or the word budget (always at least one sentence)."""
        limit = size or self.size
        chosen: list[tuple[int, int]] = []
        seen: list[set[str]] = []
        words = 0
        for a, b in self.rank(doc):
            length = len(doc.text[a:b].split())
            if chosen and (len(chosen) >= limit or words + length > self.max_words):
                break
            terms = set(self.analyzer.terms(doc.text[a:b]))
            if any(len(terms & other) > REPEAT * len(terms | other) for other in seen):
                continue  # the abstract repeated in the body, a wire copy of a line
            chosen.append((a, b))
            seen.append(terms)
            words += length
        return [Span(a, b) for a, b in sorted(chosen)]

    def keyphrases(self, doc: Document) -> list[Span]:
        spans = list(self.analyzer.spans(doc.text))
        if not spans:
            return []
        tf = Counter(t for _, _, t in spans)
        title_terms = set(self.analyzer.terms(doc.title)) if doc.title else set()
        opening = len(doc.text) // 5

        def useful(t: str) -> bool:
            return t not in STOP_TERMS and len(t) > 2 and not t.isdigit()

        best: dict[tuple[str, ...], tuple[float, int, int]] = {}
        for i in range(len(spans)):
            for n in (1, 2, 3):
                window = spans[i : i + n]
                if len(window) < n or not all(useful(t) for _, _, t in window):
                    break
                if any(doc.text[window[k][1] : window[k + 1][0]].strip() for k in range(n - 1)):
                    break  # punctuation between the words: not one phrase
                key = tuple(t for _, _, t in window)
                if key in best:
                    continue
                base = sum(tf[t] * self.idf.get(t, self.unseen_idf) for t in key) / n
                bonus = 1.0 + 0.5 * bool(title_terms & set(key)) + 0.3 * (window[0][0] < opening)
                best[key] = (base * bonus * (1 + 0.3 * (n - 1)), window[0][0], window[-1][1])
        chosen: list[tuple[int, int]] = []
        used: set[str] = set()
        for key, (_, start, end) in sorted(best.items(), key=lambda kv: -kv[1][0]):
            if used & set(key):
                continue
            used.update(key)
            chosen.append((start, end))
            if len(chosen) >= self.keyphrase_count:
                break
        return [Span(a, b) for a, b in chosen]

    def __call__(self, doc: Document) -> Document:
        doc.summary = self.summarize(doc)
        doc.keyphrases = self.keyphrases(doc)
        return doc
