"""Self-training sentences drawn from the news corpus by the shipped tagger."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

from rasd.ner.clusters import test_ngrams as five_grams
from rasd.ner.model import Tagger
from rasd.ner.self_training import (
    MIN_PROBABILITY,
    confident_sentences,
    consistent,
    sample_texts,
)


def _corpus_sample(shared: Path, n: int) -> list[str]:
    return list(islice(sample_texts(sorted((shared / "data" / "news").glob("*.jsonl*"))), n))


def test_kept_sentences_are_confidently_tagged_names(shared: Path) -> None:
    tagger = Tagger()
    kept = confident_sentences(_corpus_sample(shared, 40), tagger, set(), limit=25)
    assert 5 <= len(kept) <= 25
    for words, tags in kept:
        assert any(t != "O" for t in tags)
        best, probability = tagger.tag_with_probability(words)
        assert best == tags and probability >= MIN_PROBABILITY
    assert consistent(kept) == kept


def test_texts_sharing_a_five_gram_with_scored_text_are_skipped(shared: Path) -> None:
    texts = _corpus_sample(shared, 10)
    exclude = five_grams(text.split() for text in texts)
    assert confident_sentences(texts, Tagger(), exclude, limit=25) == []


def test_a_name_tagged_two_ways_drops_the_minority_sentences() -> None:
    london = (["زار", "الوفد", "لندن", "أمس"], ["O", "O", "B-LOC", "O"])
    odd = (["قال", "نادي", "لندن", "اليوم"], ["O", "O", "B-ORG", "O"])
    kept = consistent([london] * 9 + [odd])
    assert kept == [london] * 9
    assert consistent([london, odd]) == []
