"""The CRF tagger: training with crfsuite (L-BFGS, elastic net) and tagging.

The artifact is crfsuite's own model file; the feature groups it was trained with
are stored next to it (`model.json`), so tagging always builds the same features.
"""

from __future__ import annotations

import json
import struct
import tempfile
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import pycrfsuite

from rasd.ner.clusters import load_clusters
from rasd.ner.consistency import propagate
from rasd.ner.corpora import Sentence
from rasd.ner.features import GROUPS, Featurizer, Form
from rasd.ner.first_names import first_names
from rasd.ner.gazetteer import load_gazetteer
from rasd.ner.occupation_names import occupation_names
from rasd.ner.vectors import load_vectors
from rasd.text.tokens import Segmenter, load_lexicon

MODEL_RESOURCE = "ner.crfsuite"
META_RESOURCE = "model.json"
# Where crfsuite's model header keeps the offset of its attribute dictionary (after
# magic, size, type, version, three counts and the feature and label offsets).
_ATTRIBUTES_OFFSET_AT = 36
# Sentences of a BIO file taken as one document by `Tagger.tag_corpus`.
DOCUMENT_WINDOW = 20
# News sentences stay under 600 words (1,200 corpus articles: the longest 570); longer
# runs come from text with no sentence ends and are tagged in pieces of this many words.
MAX_SEQUENCE = 1000
# Chosen on the dev split (benchmarks/ner_ablation.py --dev): lighter L1, heavier L2.
DEFAULT_PARAMS = {"c1": 0.02, "c2": 0.1, "max_iterations": 150}


def default_featurizer(groups: Iterable[str] = GROUPS) -> Featurizer:
    """A featurizer over the shipped lexicon, clusters, gazetteer (and word vectors,
    when the groups use them)."""
    groups = tuple(groups)
    vectors = load_vectors() if "vectors" in groups else None
    return Featurizer(Segmenter(load_lexicon()), load_clusters(), load_gazetteer(), groups, vectors)


def train(
    sentences: Sequence[Sentence],
    featurizer: Featurizer,
    path: Path,
    params: dict[str, Any] | None = None,
    domains: Sequence[str] | None = None,
    target: str | None = None,
    marks: Sequence[str | None] | None = None,
    copies: Sequence[str | None] | None = None,
) -> None:
    """Train a CRF on (words, tags) sentences and write it to `path` (+ its meta file).

    `domains` names each sentence's corpus for domain adaptation; `target` is the
    domain whose features are added at tagging time (the news corpus, ANERcorp).
    `marks` gives each sentence a corpus attribute or None (`Featurizer.sentence`),
    recorded in the meta file. The ANERcorp sentences carry one in the shipped
    model: ANERcorp's label habits (MISC, nisba adjectives tagged) go to its weights,
    so that news, tagged without it, gets the gold news conventions, and ANERcorp data,
    tagged with it (`Tagger.mark`), its own (one domain indicator, Daumé 2007).
    `copies` gives each sentence a copy prefix or None (`Featurizer.sentence`): the
    full feature augmentation of Daumé 2007 for the sentences of one corpus, recorded
    in the meta file and added when tagging that corpus's data (`Tagger.copy`).
    """
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params({**DEFAULT_PARAMS, **(params or {}), "feature.possible_transitions": True})
    for n, (words, tags) in enumerate(sentences):
        if words:
            domain = domains[n] if domains is not None else None
            mark = marks[n] if marks is not None else None
            copy = copies[n] if copies is not None else None
            trainer.append(featurizer.sentence(words, domain, mark, copy), tags)
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))
    meta = {
        "groups": sorted(featurizer.groups),
        "params": {**DEFAULT_PARAMS, **(params or {})},
        "domain": target if domains is not None else None,
        "marks": sorted({m for m in marks or () if m is not None}),
        "copies": sorted({c for c in copies or () if c is not None}),
    }
    path.with_name(META_RESOURCE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")


class Tagger:
    """BIO tags for word sequences, from a trained crfsuite model."""

    def __init__(self, model: Path | None = None, featurizer: Featurizer | None = None) -> None:
        if model is None:
            model = Path(str(resources.files("rasd.ner") / "data" / MODEL_RESOURCE))
        meta_path = model.with_name(META_RESOURCE)
        groups = GROUPS
        self.domain: str | None = None
        # The corpus attributes and copy prefixes the model was trained with (`train`).
        self.marks: tuple[str, ...] = ()
        self.copies: tuple[str, ...] = ()
        if meta_path.is_file():
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            groups = tuple(meta["groups"])
            self.domain = meta.get("domain")
            self.marks = tuple(meta.get("marks", ()))
            self.copies = tuple(meta.get("copies", ()))
        # The corpus attribute added when tagging: none by default (the news conventions).
        self.mark: str | None = None
        # The copy prefix added when tagging (one of `copies`): none by default, as news.
        self.copy: str | None = None
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model))
        # Only the attributes the model has weights for: crfsuite ignores the rest.
        attributes = _attributes(Path(model))
        self.featurizer = (featurizer or default_featurizer(groups)).for_model(attributes)

    def tag(self, words: Sequence[str]) -> list[str]:
        """BIO tags of one sentence."""
        return self._tag([self.featurizer.form(w) for w in words])

    def tag_with_probability(self, words: Sequence[str]) -> tuple[list[str], float]:
        """The best tags of one sentence (at most `MAX_SEQUENCE` words) and the
        model's probability of that whole tag sequence."""
        self._tagger.set(
            self.featurizer.sentence(words[:MAX_SEQUENCE], self.domain, self.mark, self.copy)
        )
        tags = self._tagger.tag()
        return tags, self._tagger.probability(tags)

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tags for the sentences of one document, names made consistent across it."""
        return self.tag_forms([[self.featurizer.form(w) for w in words] for words in sentences])

    def tag_forms(self, sentences: Sequence[Sequence[Form]]) -> list[list[str]]:
        """`tag_document` for the words' forms (`Featurizer.form`): names after an
        occupation title (`rasd.ner.occupation_names`), the document spread, then first
        names alone (`rasd.ner.first_names`)."""
        tags = [self._tag(forms) for forms in sentences]
        keys = [[f.key for f in forms] for forms in sentences]
        words = [[f.word for f in forms] for forms in sentences]
        occupation_names(keys, words, tags, self.featurizer.segmenter.lexicon, self._person)
        propagate(keys, tags, words)
        first_names(keys, words, tags, self.featurizer.segmenter.lexicon)
        return tags

    def _person(self, key: str) -> bool:
        return any(label == "PER" for label, _ in self.featurizer.gazetteer.get(key, ()))

    def _tag(self, forms: Sequence[Form]) -> list[str]:
        """A "sentence" longer than `MAX_SEQUENCE` words (a text with no sentence ends)
        is tagged in pieces, as crfsuite's time grows faster than its length on
        sequences of many thousand words."""
        tags: list[str] = []
        for start in range(0, len(forms), MAX_SEQUENCE):
            piece = forms[start : start + MAX_SEQUENCE]
            tags += self._tagger.tag(
                self.featurizer.items(piece, self.domain, self.mark, self.copy)
            )
        return tags

    def tag_corpus(
        self, sentences: Sequence[Sequence[str]], window: int = DOCUMENT_WINDOW
    ) -> list[list[str]]:
        """Tags for a corpus without document boundaries (a BIO file): every
        `window` consecutive sentences are taken as one document."""
        out: list[list[str]] = []
        for start in range(0, len(sentences), window):
            out.extend(self.tag_document(sentences[start : start + window]))
        return out


def _attributes(model: Path) -> list[str]:
    """The attribute names of a crfsuite model, in id order, read from the model file's
    attribute dictionary (a CQDB chunk: its backward array points at each id's record,
    `id, size, name + NUL`). Not `Tagger.dump` or `Tagger.info`: python-crfsuite closes
    the dump's file descriptor twice, which in a threaded process (a Dask worker, the web
    server) can close a file another thread has just opened."""
    data = model.read_bytes()
    if data[:4] != b"lCRF":
        raise ValueError(f"{model} is not a crfsuite model")
    (chunk,) = struct.unpack_from("<I", data, _ATTRIBUTES_OFFSET_AT)
    if data[chunk : chunk + 4] != b"CQDB":
        raise ValueError(f"{model}: no attribute dictionary where the header points")
    count, backward = struct.unpack_from("<2I", data, chunk + 16)
    names = []
    for record in struct.unpack_from(f"<{count}I", data, chunk + backward):
        _, size = struct.unpack_from("<iI", data, chunk + record)
        start = chunk + record + 8
        names.append(data[start : start + size - 1].decode("utf-8"))
    return names


def train_to_temp(sentences: Sequence[Sentence], featurizer: Featurizer) -> Tagger:
    """Train into a temporary folder and return a tagger on it (for measurements)."""
    folder = Path(tempfile.mkdtemp(prefix="rasd-ner-"))
    path = folder / MODEL_RESOURCE
    train(sentences, featurizer, path)
    return Tagger(path, featurizer)
