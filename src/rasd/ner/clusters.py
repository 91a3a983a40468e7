"""Word clusters from the news corpus: distributional features for the tagger.

Words are clustered by their stem (clitics split off by Rasd's segmenter, as at
tagging time), so "وواشنطن" and "لواشنطن" fall in the cluster of "واشنطن". A
word2vec model is trained on the news articles, its vectors grouped by k-means into
fine clusters, and the fine centroids grouped again into coarse ones, so each word
gets two granularities (like prefixes of a Brown-cluster path). Sentences sharing
any 5-word sequence with the ANERcorp test set are left out of the training text.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

import numpy as np

from rasd.text.normalize import match_key
from rasd.text.tokens import TOKEN_RE, Segmenter

CLUSTERS_RESOURCE = "clusters.tsv.gz"
_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+|\n+")
_NGRAM = 5


def stem_key(word: str, segmenter: Segmenter) -> str:
    """The match key of a word's stem: the unit clusters and gazetteers are keyed by."""
    for start, end, kind, form in segmenter.split(word).pieces:
        if kind == "stem":
            return match_key(form or word[start:end])
    return match_key(word)


def _unit(match: re.Match[str], segmenter: Segmenter) -> str | None:
    kind = match.lastgroup
    if kind == "word":
        return stem_key(match.group(), segmenter)
    if kind == "latin":
        return match.group().lower()
    if kind == "number":
        return "0"
    return None


def sentence_units(text: str, segmenter: Segmenter) -> list[str]:
    return [u for m in TOKEN_RE.finditer(text) if (u := _unit(m, segmenter)) is not None]


def _word_keys(text: str) -> list[str]:
    return [match_key(m.group()) for m in TOKEN_RE.finditer(text) if m.lastgroup == "word"]


def test_ngrams(sentences: Iterable[list[str]]) -> set[tuple[str, ...]]:
    """Every 5-word sequence of held-out sentences (given as ANERcorp word lists)."""
    grams: set[tuple[str, ...]] = set()
    for words in sentences:
        keys = _word_keys(" ".join(words))
        grams.update(tuple(keys[i : i + _NGRAM]) for i in range(len(keys) - _NGRAM + 1))
    return grams


def news_sentences(
    texts: Iterable[str], segmenter: Segmenter, exclude: set[tuple[str, ...]]
) -> Iterator[list[str]]:
    """Stem sequences of the news sentences that share no 5-gram with `exclude`."""
    for text in texts:
        for sentence in _SENTENCE_END.split(text):
            keys = _word_keys(sentence)
            if any(tuple(keys[i : i + _NGRAM]) in exclude for i in range(len(keys) - _NGRAM + 1)):
                continue
            units = sentence_units(sentence, segmenter)
            if len(units) > 2:
                yield units


def train_word2vec(
    sentences: list[list[str]], vocabulary: int = 150_000, seed: int = 13, workers: int = 1
) -> tuple[list[str], np.ndarray]:
    """word2vec (CBOW) over stem sequences: the words, most frequent first, and their vectors."""
    from gensim.models import Word2Vec

    model = Word2Vec(
        sentences,
        vector_size=100,
        window=5,
        min_count=5,
        sg=0,
        epochs=4,
        seed=seed,
        workers=workers,
        max_final_vocab=vocabulary,
    )
    return list(model.wv.index_to_key), np.asarray(model.wv.vectors)


def train_clusters(
    words: list[str], vectors: np.ndarray, fine: int = 1000, coarse: int = 100, seed: int = 13
) -> dict[str, tuple[int, int]]:
    """Two-level k-means of word vectors; returns stem -> (fine, coarse) cluster ids."""
    from sklearn.cluster import KMeans, MiniBatchKMeans

    unit = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    fine_model = MiniBatchKMeans(
        n_clusters=fine, random_state=seed, batch_size=4096, n_init=3, max_iter=200
    ).fit(unit)
    coarse_model = KMeans(n_clusters=coarse, random_state=seed, n_init=4).fit(
        fine_model.cluster_centers_
    )
    fine_ids = fine_model.predict(unit)
    coarse_of = np.asarray(coarse_model.labels_)
    return {w: (int(f), int(coarse_of[f])) for w, f in zip(words, fine_ids, strict=True)}


def write_clusters(clusters: dict[str, tuple[int, int]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = (f"{w}\t{f}\t{c}" for w, (f, c) in clusters.items())
    # mtime=0: the same clusters give the same bytes.
    path.write_bytes(gzip.compress("\n".join(rows).encode("utf-8"), 9, mtime=0))


def load_clusters(path: str | Path | None = None) -> dict[str, tuple[str, str]]:
    """stem -> (fine, coarse) cluster names, from `path` or the shipped resource."""
    if path is None:
        raw = (resources.files("rasd.ner") / "data" / CLUSTERS_RESOURCE).read_bytes()
    else:
        raw = Path(path).read_bytes()
    out: dict[str, tuple[str, str]] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        word, fine, coarse = line.split("\t")
        out[word] = (fine, coarse)
    return out
