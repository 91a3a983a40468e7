"""The quotes stage's shortcuts give what the long way gives, on the seed article: the
per-document memos of candidate speakers and full names, the token lists the passes
start from, the entity index, and the speaker ranker's sums in Python."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from rasd.document import Document, Entity
from rasd.linear import LinearModel
from rasd.pipeline import Pipeline
from rasd.quotes.candidates import memo_mention
from rasd.quotes.clues import entity_spans
from rasd.quotes.extract import QuoteExtractor
from rasd.quotes.full_names import _fullest_name, fullest_name
from rasd.quotes.lexicon import load_lexicon
from rasd.quotes.ranker import load_ranker
from rasd.quotes.speaker_words import Phrase
from rasd.quotes.speakers import speaker_mention
from rasd.quotes.view import DocView
from rasd.quotes.word_forms import _complementizer_form
from rasd.text.tokens import load_lexicon as load_frequencies


@pytest.fixture(scope="module")
def seed_doc(seed_path: Path) -> Document:
    return Pipeline(["text", "ner"]).analyze(seed_path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def resources() -> tuple:
    return load_lexicon(), load_frequencies()


def _view(doc: Document, resources: tuple) -> DocView:
    return DocView(doc, *resources)


def _name_phrases(v: DocView) -> list[Phrase]:
    return [Phrase(a, b, name=(a, b)) for a, b, label in entity_spans(v) if label == "PER"]


def test_memo_mention_is_a_fresh_copy_of_speaker_mention(seed_doc, resources) -> None:
    v = _view(seed_doc, resources)
    phrases = _name_phrases(v)
    assert len(phrases) >= 5
    for phrase in phrases:
        first, again = memo_mention(v, phrase, "m"), memo_mention(v, phrase, "m")
        # A quote keeps (and later completes) its speaker: never two quotes' same object.
        assert first == again and first is not again and first.attrs is not again.attrs
        assert first == speaker_mention(_view(seed_doc, resources), phrase, "m")
    # Another gender is another mention.
    phrase = phrases[0]
    assert memo_mention(v, phrase, "f").attrs["gender"] == "f"


def test_fullest_name_memo_agrees_with_the_search(seed_doc, resources) -> None:
    v = _view(seed_doc, resources)
    for phrase in _name_phrases(v):
        a, b = phrase.name
        assert fullest_name(v, a, b) == fullest_name(v, a, b)
        assert fullest_name(v, a, b) == _fullest_name(_view(seed_doc, resources), a, b)


def test_token_lists_hold_every_token_the_scans_would_visit(seed_doc, resources) -> None:
    v = _view(seed_doc, resources)
    for category in ("attribution", "launched", "title", "function", "slogans"):
        assert v.positions(category) == [k for k in range(v.n) if v.is_(category, k)]
    cues = [k for k in range(v.n) if v.cue(k) is not None]
    assert cues and set(cues) <= set(v.cue_positions())
    assert v.cue_positions() == sorted(v.cue_positions())


def _entities_by_scan(v: DocView, entities: list[Entity]) -> dict[int, Entity]:
    """Each token's first overlapping entity among the next three by start."""
    ordered = sorted(entities, key=lambda e: e.start)
    at: dict[int, Entity] = {}
    j = 0
    for k, tok in enumerate(v.tokens):
        while j < len(ordered) and ordered[j].end <= tok.start:
            j += 1
        for e in ordered[j : j + 3]:
            if e.start < tok.end and tok.start < e.end:
                at[k] = e
                break
    return at


def test_entity_index_matches_the_token_by_token_scan(seed_doc, resources) -> None:
    v = _view(seed_doc, resources)
    assert v.entity_at and v.entity_at == _entities_by_scan(v, seed_doc.entities or [])


def test_ranker_picks_what_numpy_scores_pick(seed_doc) -> None:
    ranker = load_ranker()
    assert ranker is not None
    choices = QuoteExtractor().choices(seed_doc)
    rows_of = [c.rows for c in choices if c.rows]
    assert len(rows_of) >= 5
    for rows in rows_of:
        assert ranker.best(rows) == int(np.argmax(LinearModel.scores(ranker, rows)))


def test_the_word_cache_across_documents_changes_nothing(seed_doc) -> None:
    extractor = QuoteExtractor()
    cold = extractor(seed_doc)
    assert extractor.words  # the forms of the first pass are cached
    assert extractor(seed_doc) == cold and len(cold) >= 5


def test_name_like_answers_once_what_the_test_answers(seed_doc, resources) -> None:
    v = _view(seed_doc, resources)
    for loose in (False, True):
        expected = [v._looks_like_name(k, loose) for k in range(-1, v.n + 1)]
        assert [v.name_like(k, loose) for k in range(-1, v.n + 1)] == expected
        assert [v.name_like(k, loose) for k in range(-1, v.n + 1)] == expected
    assert any(v.name_like(k) for k in range(v.n)) and not all(v.name_like(k) for k in range(v.n))


def test_complementizer_needs_a_form_that_may_be_one(seed_doc, resources) -> None:
    """The per-form flag only stops early: every complementizer has it, and the
    seed's "أن"/"إن" still count."""
    v = _view(seed_doc, resources)
    found = [k for k in range(v.n) if v.complementizer(k)]
    assert len(found) >= 3
    assert all(_complementizer_form(v.keys[k], v.stems[k]) for k in found)
    assert not v.complementizer(-1) and not v.complementizer(v.n)
