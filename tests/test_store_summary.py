"""The summary stage: extractive summaries and keyphrases on the demo corpus, and ROUGE."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline
from rasd.samples import demo_documents
from rasd.summarize import Summarizer
from rasd.summarize.baselines import lead, textrank
from rasd.summarize.rouge import rouge
from rasd.text.search import SearchAnalyzer


@pytest.fixture(scope="module")
def docs() -> list:
    nlp = Pipeline(["text"])
    return [nlp(d) for d in list(demo_documents())[:40]]


@pytest.fixture(scope="module")
def summarizer() -> Summarizer:
    return Summarizer()


def test_summaries_are_whole_sentences_in_text_order(docs: list, summarizer: Summarizer) -> None:
    for doc in docs:
        summarizer(doc)
        assert 1 <= len(doc.summary) <= 3
        starts = {s.start for s in doc.sentences}
        assert all(span.start in starts for span in doc.summary)
        assert [s.start for s in doc.summary] == sorted(s.start for s in doc.summary)
        assert doc.text[: len(doc.title)] not in [doc.slice(s) for s in doc.summary]


def test_repeated_abstract_is_not_chosen_twice(docs: list, summarizer: Summarizer) -> None:
    analyzer = summarizer.analyzer
    for doc in docs:
        sets = [set(analyzer.terms(doc.slice(s))) for s in summarizer(doc).summary]
        for i, a in enumerate(sets):
            for b in sets[i + 1 :]:
                assert len(a & b) <= 0.6 * len(a | b)


def test_keyphrases_are_distinct_content_words(docs: list, summarizer: Summarizer) -> None:
    analyzer = SearchAnalyzer()
    doc = summarizer(docs[0])  # the sample article: Syria Support Group meeting
    phrases = [doc.slice(k) for k in doc.keyphrases]
    assert 3 <= len(phrases) <= 8
    terms = [t for p in phrases for t in analyzer.terms(p)]
    assert len(terms) == len(set(terms))
    assert any("سوري" in t for t in terms)


def test_keyphrases_take_names_whole(summarizer: Summarizer) -> None:
    nlp = Pipeline(["text", "ner"])
    for doc in (nlp(d) for d in list(demo_documents())[:40]):
        names = [(e.start, e.end) for e in doc.entities or []]
        for k in summarizer(doc).keyphrases:
            inside = [(a, b) for a, b in names if k.start < b and a < k.end]
            # A keyphrase touching a name is that name (a proclitic may precede it).
            assert all(k.start <= a <= k.start + 2 and b == k.end for a, b in inside)


def test_stage_output_survives_the_json_round_trip(docs: list) -> None:
    nlp = Pipeline(["text", "summary"])
    doc = nlp(next(demo_documents()))
    again = type(doc).from_dict(doc.to_dict())
    assert [again.slice(s) for s in again.summary] == [doc.slice(s) for s in doc.summary]


def test_rouge_scores() -> None:
    a = "قال الوزير إن المحادثات مستمرة".split()
    assert rouge(a, a).r1 == rouge(a, a).rl == 1.0
    assert rouge(a, ["لا", "شيء"]).r2 == 0.0
    assert 0 < rouge(a[:3], a).rl < 1


def test_baselines_pick_whole_sentences(docs: list, summarizer: Summarizer) -> None:
    for doc in docs[:10]:
        firsts = [(s.start, s.end) for s in lead(summarizer, doc, 2)]
        assert firsts == summarizer.candidates(doc)[:2]
        ranked = textrank(summarizer, doc, 2)
        assert len(ranked) <= 2 and all(
            (s.start, s.end) in summarizer.candidates(doc) for s in ranked
        )
