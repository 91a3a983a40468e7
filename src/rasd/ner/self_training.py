"""Training sentences from the news corpus, tagged by a trained model (self-training).

A model trained on ANERcorp and the gold news tags a sample of corpus articles; the
sentences it tags with a name and a high probability for the whole tag sequence are
kept, unless a name in them is tagged with another type elsewhere in the sample (the
confident and consistent names of the period: داعش، ترمب، قطاع غزة …). Articles that
share a 5-word sequence with a gold article or with the ANERcorp test set are never
used, so no scored text enters training this way.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice, zip_longest
from pathlib import Path

from rasd.document import Document
from rasd.ner.clusters import test_ngrams
from rasd.ner.corpora import Sentence
from rasd.ner.model import Tagger
from rasd.ner.scoring import chunks
from rasd.text.lexicon import news_texts
from rasd.text.normalize import match_key
from rasd.text.pipe import TextAnalyzer

# Fixed beforehand, not tuned: one text in SAMPLE_EVERY of the corpus, a sequence
# probability of at least MIN_PROBABILITY, each name's type agreed by MIN_AGREEMENT of
# its tagged occurrences in the kept sentences.
SAMPLE_EVERY = 97
MIN_PROBABILITY = 0.9
MIN_AGREEMENT = 0.9
MIN_WORDS, MAX_WORDS = 6, 60


def sample_texts(files: Sequence[Path], every: int = SAMPLE_EVERY) -> Iterator[str]:
    """Every `every`-th text of each news file, taking the files in turn so that
    every source is sampled (deterministic)."""
    streams = [islice(news_texts([path]), 0, None, every) for path in files]
    for texts in zip_longest(*streams):
        yield from (text for text in texts if text is not None)


def _grams(words: Sequence[str]) -> set[tuple[str, ...]]:
    return test_ngrams([list(words)])


def confident_sentences(
    texts: Iterable[str],
    tagger: Tagger,
    exclude: set[tuple[str, ...]],
    limit: int,
) -> list[Sentence]:
    """Up to `limit` sentences of `texts` with a name, tagged by `tagger` with a
    sequence probability of at least MIN_PROBABILITY; texts sharing a 5-gram with
    `exclude` are skipped whole."""
    analyse = TextAnalyzer()
    kept: list[Sentence] = []
    for text in texts:
        if _grams(text.split()) & exclude:
            continue
        doc = analyse(Document(text=text))
        for sentence in doc.sentences:
            tokens = doc.tokens[sentence.token_start : sentence.token_end]
            words = [doc.text[t.start : t.end] for t in tokens]
            if not MIN_WORDS <= len(words) <= MAX_WORDS:
                continue
            tags, probability = tagger.tag_with_probability(words)
            if probability >= MIN_PROBABILITY and any(t != "O" for t in tags):
                kept.append((words, tags))
        if len(kept) >= limit:
            break
    return consistent(kept[:limit])


def consistent(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences none of whose names takes a type that fewer than MIN_AGREEMENT
    of that name's occurrences across `sentences` take."""
    labels: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    names = []
    for words, tags in sentences:
        found = [(tuple(match_key(w) for w in words[a:b]), label) for label, a, b in chunks(tags)]
        for key, label in found:
            labels[key][label] += 1
        names.append(found)
    return [
        sentence
        for sentence, found in zip(sentences, names, strict=True)
        if all(labels[k][label] >= MIN_AGREEMENT * labels[k].total() for k, label in found)
    ]
