"""Dense word vectors for the tagger: a few principal components of word2vec.

Clusters tell the CRF which words are alike in coarse steps; the vector components
themselves let it weigh finer similarities (a foreign surname near other surnames,
a club near other clubs). The word2vec vectors trained for the clusters are reduced
by PCA to a few dimensions, so the resource stays small and a token adds only a few
real-valued attributes. Values are scaled to a standard deviation of `SCALE`, so
they weigh about as much as the binary features under the same L2 penalty.
"""

from __future__ import annotations

import io
from importlib import resources
from pathlib import Path

import numpy as np

VECTORS_RESOURCE = "vectors.npz"
DIMENSIONS = 25
SCALE = 0.5
_PCA_SAMPLE = 50_000  # the most frequent words: enough to find the main directions


# The tagger's window: the word's own vector and those of the words before and after,
# named as crfsuite names a nested attribute ("v:3", "-1v:3", "+1v:3").
SLOTS = ("v", "-1v", "+1v")
# A stem's attributes for the three slots, ready for crfsuite.
SlotAttributes = tuple[dict[bytes, float], dict[bytes, float], dict[bytes, float]]


class WordVectors:
    """stem -> reduced vector, as crfsuite attributes {component: value}."""

    def __init__(self, words: list[str], matrix: np.ndarray) -> None:
        self._row = {w: i for i, w in enumerate(words)}
        self._matrix = matrix
        self._names = [str(i) for i in range(matrix.shape[1])]
        self._slot_names = tuple(
            [f"{slot}:{name}".encode() for name in self._names] for slot in SLOTS
        )
        # Built on first use, at most one per stem of the vectors.
        self._slots: dict[str, SlotAttributes] = {}

    def __len__(self) -> int:
        return len(self._row)

    def attributes(self, stem: str) -> dict[str, float] | None:
        row = self._row.get(stem)
        if row is None:
            return None
        return dict(zip(self._names, self._matrix[row].tolist(), strict=True))

    def slot_attributes(self, stem: str) -> SlotAttributes | None:
        """The stem's components under each slot's full attribute names, so that a
        token's item is one dict update per slot instead of a nested dict crfsuite
        flattens by concatenating names for every token (the same attributes, in
        the same order)."""
        found = self._slots.get(stem)
        if found is None:
            row = self._row.get(stem)
            if row is None:  # not cached: unknown stems would grow the cache unbounded
                return None
            values = self._matrix[row].tolist()
            own, before, after = (dict(zip(n, values, strict=True)) for n in self._slot_names)
            found = (own, before, after)
            self._slots[stem] = found
        return found


def reduce_vectors(vectors: np.ndarray, dimensions: int = DIMENSIONS) -> np.ndarray:
    """PCA of unit-length vectors (rows ordered most frequent first), scaled, float16."""
    unit = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    mean = unit.mean(axis=0)
    _, _, components = np.linalg.svd(unit[:_PCA_SAMPLE] - mean, full_matrices=False)
    reduced = (unit - mean) @ components[:dimensions].T
    return (reduced * (SCALE / reduced.std())).astype(np.float16)


def write_vectors(words: list[str], matrix: np.ndarray, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    np.savez_compressed(buffer, words=np.array(words), matrix=matrix)
    path.write_bytes(buffer.getvalue())


def load_vectors(path: str | Path | None = None) -> WordVectors:
    """The shipped word vectors, or those at `path`."""
    if path is None:
        raw = (resources.files("rasd.ner") / "data" / VECTORS_RESOURCE).read_bytes()
    else:
        raw = Path(path).read_bytes()
    with np.load(io.BytesIO(raw), allow_pickle=False) as data:
        return WordVectors([str(w) for w in data["words"]], data["matrix"])
