"""The events stage's faster lookups (issue 13) read what the plain ones read: the
actor and place dictionaries tried only for the lengths an entry starting with a word
can have, and the group-anaphor test memoised; sentences with no form of the trigger
lexicon skipped, their topic found only when the next sentence needs it. Words of the
seed article."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.events.actors import ActorFinder
from rasd.events.extract import EventExtractor
from rasd.events.sentence import Word, group_noun, named_group
from rasd.events.triggers import faced, find_triggers
from rasd.pipeline import Pipeline

SEED = Path(__file__).resolve().parents[1] / ".." / "shared" / "seed" / "000_2514444d647d30b0.txt"


def _every_length(finder: ActorFinder, words: list[Word], i: int) -> tuple[int, object] | None:
    """`ActorFinder._dictionary_at` with every length up to the run tried in both
    dictionaries (the lookup before the bound)."""
    hit = finder._dictionary_at(words, i)
    if hit is None:
        return None
    longest = max(finder.actors.max_len, finder.gazetteer.max_len)
    run = 1
    while (
        run < longest
        and i + run < len(words)
        and words[i + run].token.kind == "word"
        and not words[i + run].conj
    ):
        run += 1
    for n in range(run, hit[0] - i, -1):
        chunk = words[i : i + n]
        assert finder.gazetteer.get(tuple(w.keys[0] for w in chunk)) is None
        assert finder.gazetteer.get(tuple(w.keys[-1] for w in chunk)) is None
        assert finder.actors.get(tuple(w.light[-1] if w.light else "" for w in chunk)) is None
    return hit


@pytest.fixture(scope="module")
def seed_words() -> list[list[Word]]:
    if not SEED.is_file():
        pytest.skip("the seed article is not checked out")
    doc = Pipeline(["text", "ner", "quotes"]).analyze(SEED.read_text(encoding="utf-8"))
    extractor = EventExtractor()
    return [extractor._reader.words(doc, s) for s in doc.sentences], extractor


def test_no_longer_name_starts_where_the_bounded_lookup_stops(seed_words):
    sentences, extractor = seed_words
    finder = ActorFinder(extractor.actors, extractor.gazetteer, extractor.triggers)
    hits = [_every_length(finder, words, i) for words in sentences for i in range(len(words))]
    assert sum(h is not None for h in hits) > 10  # the seed names many actors and places


def test_the_memoised_group_noun_is_the_definite_group_word():
    assert group_noun("والتنظيم") == "تنظيم"
    assert group_noun("الحركة") == "حركة"
    assert group_noun("تنظيم") is None  # indefinite: the name itself, no anaphor
    assert group_noun("الهجوم") is None
    assert named_group(None, [], [], "الهجوم", 0) is None  # type: ignore[arg-type]


def test_no_entry_is_longer_than_the_bound_its_first_word_gives(seed_words):
    _, extractor = seed_words
    for entries, longest in (
        (extractor.actors.entries, extractor.actors.longest),
        (extractor.gazetteer.places, extractor.gazetteer.longest),
    ):
        assert all(len(key) <= longest[key[0]] for key in entries)


def test_a_sentence_without_trigger_forms_codes_nothing(seed_words):
    sentences, extractor = seed_words
    lexicon = extractor.triggers
    skipped = 0
    for words in sentences:
        keys_found = any(lexicon.lookup(w.keys) for w in words)
        if not keys_found:
            skipped += 1
            found = find_triggers(words, lexicon, lambda offset: False)
            assert faced(words, found, lexicon, lambda offset: False) == []
    assert 0 < skipped < len(sentences)  # the seed has sentences of both kinds
