"""Search over a store of the demo corpus: Arabic-aware matching, phrases,
filters, highlighted snippets, and user strings that must never break it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.pipeline import Pipeline
from rasd.store import QueryError, Store, build_demo_store
from rasd.text.search import SearchAnalyzer

VARIANTS = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "morph_variants.tsv"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    path = tmp_path_factory.mktemp("search") / "demo.db"
    build_demo_store(path, Pipeline(["text"])).close()
    with Store.open_readonly(path) as s:
        yield s


@pytest.fixture(scope="module")
def analyzer() -> SearchAnalyzer:
    return SearchAnalyzer()


def _marked(snippet: str) -> list[str]:
    return re.findall(r"<mark>(.*?)</mark>", snippet)


def test_clitic_form_finds_the_bare_word_and_marks_it(store: Store) -> None:
    page = store.search("بسوريا")
    assert page.total > 10
    marked = {m for hit in page.hits for m in _marked(hit.snippet_html)}
    assert "سوريا" in marked  # the bare form in the articles, highlighted as written


def test_article_and_plural_suffix_are_folded(store: Store) -> None:
    with_article = store.search("المساعدات", limit=1000)
    without = store.search("مساعدات", limit=1000)
    assert with_article.total == without.total > 0
    assert any("مساعد" in m for hit in without.hits for m in _marked(hit.snippet_html))


def test_spelling_variants_meet(store: Store) -> None:
    assert store.search("إيران").total == store.search("ايران").total > 0
    assert store.search("سُوريا").total == store.search("سوريا").total
    assert store.search("ســوريا").total == store.search("سوريا").total  # tatweel


def test_phrase_is_stricter_than_its_words(store: Store) -> None:
    words = store.search("وزير الخارجية").total
    phrase = store.search('"وزير الخارجية"').total
    reversed_phrase = store.search('"الخارجية وزير"').total
    assert 0 < phrase <= words
    assert reversed_phrase < phrase


def test_or_and_exclusion(store: Store) -> None:
    a, b = store.search("ترامب").total, store.search("بوتين").total
    either = store.search("ترامب OR بوتين").total
    assert max(a, b) <= either <= a + b
    assert store.search("ترامب -بوتين").total == either - b


def test_titles_rank_first(store: Store) -> None:
    hit = store.search("خاشقجي").hits[0]
    assert "خاشقجي" in hit.title


def test_filters_by_source_and_dates(store: Store) -> None:
    everything = store.search("الحكومة", limit=1000)
    bbc = store.search("الحكومة", source="BBC", limit=1000)
    assert 0 < bbc.total < everything.total
    assert all(h.source == "BBC" for h in bbc.hits)
    october = store.search("الحكومة", since="2018-10-01", until="2018-10-31", limit=1000)
    assert all("2018-10-01" <= h.published[:10] <= "2018-10-31" for h in october.hits)
    assert october.total < everything.total


def test_empty_query_with_filter_browses_newest_first(store: Store) -> None:
    page = store.search("", source="CNN", limit=5)
    assert page.total == 60
    dates = [h.published for h in page.hits]
    assert dates == sorted(dates, reverse=True)


def test_bad_dates_and_empty_queries_get_clear_errors(store: Store) -> None:
    with pytest.raises(QueryError, match="YYYY-MM-DD"):
        store.search("سوريا", since="last week")
    with pytest.raises(QueryError, match="no words"):
        store.search('"" ... !!')
    with pytest.raises(QueryError, match="not only what to leave out"):
        store.search("-سوريا")


@pytest.mark.parametrize(
    "query",
    ['NEAR(a b)', "title:سوريا", '"unbalanced', "سوريا*", "^سوريا", "(سوريا", "a AND OR NOT b",
     "'; DROP TABLE documents; --", "سوريا\x00", "{title body}: x", "AND", "OR سوريا"],
)  # fmt: skip
def test_fts_syntax_is_only_text(store: Store, query: str) -> None:
    try:
        page = store.search(query)
    except QueryError:
        return
    assert page.total >= 0
    assert len(store) > 0  # still there


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40))
def test_any_string_is_safe(store: Store, query: str) -> None:
    try:
        store.search(query, limit=3)
    except QueryError as exc:
        assert str(exc)


def test_snippets_are_escaped(tmp_path: Path, nlp: Pipeline) -> None:
    doc = nlp.analyze("زار الوزير <script>alert(1)</script> سوريا & لبنان أمس.", title="خبر")
    with Store(tmp_path / "s.db") as s:
        s.add_documents([doc])
        snippet = s.search("سوريا").hits[0].snippet_html
    assert "<script>" not in snippet and "&lt;script&gt;" in snippet
    assert "<mark>سوريا</mark>" in snippet and "&amp;" in snippet


def test_morphological_variant_list_meets_target(analyzer: SearchAnalyzer) -> None:
    pairs = [
        line.rstrip("\n").split("\t")
        for line in VARIANTS.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert len(pairs) >= 50
    same = sum(analyzer.terms(w) == analyzer.terms(v) for w, v in pairs)
    assert same / len(pairs) >= 0.95
