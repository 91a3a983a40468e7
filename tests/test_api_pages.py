"""The server-rendered pages through FastAPI's test client: content, escaping, errors."""

from __future__ import annotations

import re
from html import unescape as html_unescape
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from api_corpus import FIRST_QUOTE, SECOND_QUOTE, SPEAKER, build_store
from rasd.api import create_app
from rasd.document import Document, Quote
from rasd.pipeline import Pipeline
from rasd.web.article import article_view
from rasd.web.filters import snippet


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, nlp: Pipeline) -> TestClient:
    path = build_store(tmp_path_factory.mktemp("pages") / "rasd.db", nlp, demo_articles=2)
    return TestClient(create_app(path, pipeline=nlp))


def test_pages_are_rtl_arabic_with_local_assets_only(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert '<html lang="ar" dir="rtl">' in page.text
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert all(s.startswith(("/", "#")) for s in sources), sources
    assert "default-src 'self'" in page.headers["content-security-policy"]
    css = client.get("/static/rasd.css")
    assert css.status_code == 200 and "Noto Naskh Arabic" in css.text
    assert client.get("/static/rasd.js").headers["content-type"].startswith("text/javascript")


def test_home_page_offers_sources_and_people(client: TestClient) -> None:
    page = client.get("/").text
    assert '<option value="fixture-copy" >fixture-copy (1)</option>' in page
    people = page.split("أكثر الأشخاص ذكرًا")[1]
    assert f'href="/entity?name={quote(SPEAKER)}"' in people


@pytest.mark.parametrize("name", ["../api/app.py", "..%2Fviews.py", "nope.css", "article.html"])
def test_static_serves_only_the_shipped_assets(client: TestClient, name: str) -> None:
    assert client.get(f"/static/{name}").status_code == 404


def test_search_page_lists_highlighted_hits(client: TestClient) -> None:
    page = client.get("/search", params={"q": "المفاوضات", "source": "fixture"})
    assert page.status_code == 200
    assert 'href="/article/fixture-1?q=' in page.text
    assert "<mark>المفاوضات</mark>" in page.text
    assert "1 نتيجة" in page.text


def test_search_page_escapes_the_query_and_titles(client: TestClient) -> None:
    page = client.get("/search", params={"q": "<script>alert(1)</script> عمّان"})
    assert page.status_code == 200
    assert "<script>alert" not in page.text
    assert "&lt;script&gt;alert" in page.text


def test_article_page_marks_entities_quotes_and_events(client: TestClient) -> None:
    page = client.get("/article/fixture-1")
    assert page.status_code == 200
    html = page.text
    assert "<script>alert('rasd')" not in html
    assert "&lt;script&gt;alert(" in html
    person = re.search(
        r'<a class="ent ent-PER[^"]*" href="([^"]+)" data-label="PER"[^>]*>سلمى حداد<', html
    )
    assert person and person.group(1) == f"/entity?name={quote(SPEAKER)}"
    assert 'class="ent ent-LOC" href="/entity?name=' in html
    assert f'data-quote="1">{FIRST_QUOTE}</span>' in html
    assert 'class="badge"' in html and "/speaker?name=" in html
    assert "استنكار (DISAPPROVE)" in html
    badge = re.search(
        r'<a class="ev-badge" href="#ev1" title="([^"]+)">استنكار \(DISAPPROVE\)</a>واتهمت', html
    )
    assert badge and "واتهمت حداد" in badge.group(1)
    assert '<tr class="event" id="ev1"' in html
    events = html.split('id="events"')[1]
    assert "واتهمت حداد حكومة النرويج بعرقلة المفاوضات" in events
    assert "2019-03-10" in events
    assert "الملخص" in html


def test_article_without_layers_shows_no_empty_sections(client: TestClient) -> None:
    html = client.get("/article/fixture-copy").text
    for absent in ('id="quotes"', 'id="events"', "الملخص", 'class="legend"'):
        assert absent not in html
    assert "نقلا عن وكالة الأنباء" in html


def test_article_view_nests_speaker_inside_quote_and_keeps_all_text() -> None:
    doc = Pipeline(["text"]).analyze('قال "نحن مستعدون" الوزير.')
    start = doc.text.index("نحن")
    doc.quotes = [Quote(start, start + len("نحن مستعدون"), "direct")]
    doc.entities = []
    view = article_view(doc)
    pieces = [
        p for para in ([view.heading] if view.heading else []) + view.paragraphs for p in para
    ]
    assert "".join(p.text for p in pieces) == doc.text
    quoted = [p for p in pieces if p.quote == 1]
    assert [p.text for p in quoted] == ["نحن مستعدون"]
    assert quoted[0].quote_start is not None and quoted[0].quote_start.speaker is None


def test_article_view_has_no_layers_the_document_lacks() -> None:
    doc = Document(text="نص\nفقرة ثانية")
    view = article_view(doc)
    assert view.quotes is None and view.events is None and view.summary is None
    assert [[p.text for p in para] for para in view.paragraphs] == [["نص"], ["فقرة ثانية"]]


def test_speaker_page_lists_quotes_newest_first(client: TestClient) -> None:
    page = client.get("/speaker", params={"name": "حداد"})
    assert page.status_code == 200
    assert f"ما قاله {SPEAKER}" in page.text
    assert page.text.index(SECOND_QUOTE) < page.text.index(FIRST_QUOTE)
    assert 'href="/article/fixture-1#q-' in page.text
    nobody = client.get("/speaker", params={"name": "<b>أحد</b>"})
    assert nobody.status_code == 200 and "&lt;b&gt;أحد&lt;/b&gt;" in nobody.text
    assert client.get("/speaker").status_code == 422


def test_events_page_table_and_timeline(client: TestClient) -> None:
    page = client.get("/events", params={"since": "2019-01-01", "until": "2019-12-31"})
    assert page.status_code == 200
    svg = page.text.split('<svg class="chart timeline" id="timeline"')[1].split("</svg>")[0]
    assert svg.count("<circle") == 2
    assert "DISAPPROVE · 2019-03-10 · 1" in svg and "REJECT · 2019-04-01 · 1" in svg
    filtered = client.get("/events", params={"type": "REJECT", "since": "2019-01-01"})
    assert "ورفضت النرويج الاتهام" in filtered.text
    assert "واتهمت" not in filtered.text
    assert client.get("/events", params={"since": "2020-13-01"}).status_code == 422


def test_network_page_draws_actors(client: TestClient) -> None:
    page = client.get("/network", params={"q": "النرويج"})
    assert page.status_code == 200
    svg = page.text.split('id="network"')[1].split("</svg>")[0]
    assert svg.count('class="node"') == 2
    assert svg.count('class="edge"') == 2
    assert "النرويج" in svg and SPEAKER in svg


def test_stories_page_groups_the_copy(client: TestClient) -> None:
    page = client.get("/stories", params={"since": "2019-01-01", "until": "2019-12-31"})
    assert page.status_code == 200
    assert page.text.count('class="story"') == 1
    assert "/article/fixture-copy" in page.text and "/article/fixture-1" in page.text


def test_paste_an_article_page(client: TestClient) -> None:
    form = client.get("/analyze")
    assert form.status_code == 200 and "<textarea" in form.text
    answer = client.post(
        "/analyze",
        data={"title": "<i>عنوان</i>", "text": "أعلنت الحكومة <script>x()</script> أمس."},
    )
    assert answer.status_code == 200
    assert "<script>x()" not in answer.text
    assert "&lt;script&gt;x()&lt;/script&gt;" in answer.text
    assert 'class="article-page analysed' in answer.text
    assert client.post("/analyze", data={"text": ""}).status_code == 422


def test_error_pages_are_html_in_arabic(client: TestClient) -> None:
    missing = client.get("/article/no-such-article")
    assert missing.status_code == 404
    assert "تعذّر عرض الصفحة" in missing.text and "no-such-article" in missing.text
    assert missing.headers["content-type"].startswith("text/html")
    bad = client.get("/search", params={"q": "-وحدها"})
    assert bad.status_code == 422 and 'dir="rtl"' in bad.text


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("a <mark>b</mark> c", "a <mark>b</mark> c"),
        ("&lt;script&gt; <mark>x</mark>", "&lt;script&gt; <mark>x</mark>"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("<mark>open", "<mark>open</mark>"),
        ("</mark>close <img src=x onerror=y>", "close &lt;img src=x onerror=y&gt;"),
    ],
)
def test_snippet_keeps_only_mark_tags(raw: str, shown: str) -> None:
    assert str(snippet(raw)) == shown


def test_api_docs_page_is_served_locally(client: TestClient) -> None:
    page = client.get("/api/docs")
    assert page.status_code == 200
    assert "cdn" not in page.text.lower()
    assert "/api/openapi.json" in page.text


def test_store_path_from_a_request_never_opens_files(client: TestClient, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("سر")
    for url in (f"/article/{secret}", f"/static/{secret}", f"/article/..%2F..%2F{secret.name}"):
        answer = client.get(url)
        assert answer.status_code in (404, 422)
        assert "سر" not in answer.text


def test_search_pages_keep_their_filters(client: TestClient) -> None:
    first = client.get("/search", params={"source": "fixture", "limit": 1}).text
    link = re.search(r'<a rel="next" href="([^"]+)"', first)
    assert link
    url = html_unescape(link.group(1))
    assert "source=fixture" in url and "limit=1" in url and "offset=1" in url
    second = client.get(url).text
    ids = [re.findall(r'href="/article/([^"?]+)', page)[0] for page in (first, second)]
    assert sorted(ids) == ["fixture-1", "fixture-2"]
    assert '<a rel="prev" href="/search?' in second
