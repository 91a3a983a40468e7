"""The JSON API through FastAPI's test client: answers, filters, pages and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api_corpus import FIRST_QUOTE, SECOND_QUOTE, SPEAKER, build_store
from rasd.api import create_app
from rasd.document import SCHEMA, Document
from rasd.pipeline import Pipeline
from rasd.store import StoreError

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory, nlp: Pipeline) -> Path:
    return build_store(tmp_path_factory.mktemp("api") / "rasd.db", nlp)


@pytest.fixture(scope="module")
def client(store_path: Path, nlp: Pipeline) -> TestClient:
    return TestClient(create_app(store_path, pipeline=nlp, token=""))


# --- analysis ------------------------------------------------------------------


def test_analyze_json_article_gives_a_document(client: TestClient) -> None:
    answer = client.post(
        "/api/analyze",
        json={"title": "عنوان الخبر", "text": "قال الوزير إن الاجتماع كان مفيدا.", "source": "t"},
    )
    assert answer.status_code == 200
    doc = Document.from_dict(answer.json())
    assert doc.title == "عنوان الخبر"
    assert doc.text.startswith("عنوان الخبر\n")
    assert doc.source == "t"
    assert doc.sentences and doc.tokens


def test_analyze_plain_text(client: TestClient) -> None:
    answer = client.post(
        "/api/analyze",
        content="وصل الوفد إلى القاهرة.".encode(),
        headers={"content-type": "text/plain; charset=utf-8"},
    )
    assert answer.status_code == 200
    assert answer.json()["schema"] == SCHEMA
    assert answer.json()["text"] == "وصل الوفد إلى القاهرة."


@pytest.mark.parametrize(
    ("body", "headers", "status", "words"),
    [
        ('{"text": ""}', {"content-type": "application/json"}, 422, "text"),
        ('{"title": "x"}', {"content-type": "application/json"}, 422, "text"),
        ('{"text": "x", "colour": 1}', {"content-type": "application/json"}, 422, "colour"),
        ("{not json", {"content-type": "application/json"}, 400, "JSON"),
        ('["a list"]', {"content-type": "application/json"}, 422, "body"),
        ("<a>x</a>", {"content-type": "application/xml"}, 415, "text/plain"),
        (b"\xff\xfe\xfa", {"content-type": "text/plain"}, 400, "UTF-8"),
        (
            '{"text": "x", "id": "../../etc/passwd"}',
            {"content-type": "application/json"},
            422,
            "id",
        ),
    ],
)
def test_analyze_refuses_bad_input_with_one_clear_line(
    client: TestClient, body: str | bytes, headers: dict[str, str], status: int, words: str
) -> None:
    answer = client.post("/api/analyze", content=body, headers=headers)
    assert answer.status_code == status
    detail = answer.json()["detail"]
    assert isinstance(detail, str) and "\n" not in detail
    assert words in detail


def test_request_size_limit(store_path: Path, nlp: Pipeline) -> None:
    small = TestClient(create_app(store_path, pipeline=nlp, max_body_bytes=2_000))
    answer = small.post("/api/analyze", json={"text": "كلمة " * 1_000})
    assert answer.status_code == 413
    # The API documents every error as JSON with a one-line detail, this one too.
    assert answer.headers["content-type"] == "application/json"
    assert "2,000 bytes" in answer.json()["detail"]
    assert small.post("/api/analyze", json={"text": "كلمة"}).status_code == 200


# --- reading the store ---------------------------------------------------------


def test_document_by_id_round_trips(client: TestClient) -> None:
    answer = client.get("/api/documents/fixture-1")
    assert answer.status_code == 200
    doc = Document.from_dict(answer.json())
    assert doc.quotes is not None and doc.slice(doc.quotes[0]) == FIRST_QUOTE
    assert [e.type for e in doc.events or []] == ["DISAPPROVE"]


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/documents/no-such-id", 404),
        ("/api/documents/a%20b", 404),
        ("/api/documents/a%5Cb", 422),
        ("/api/documents/..", 404),
        ("/api/documents/" + "x" * 201, 422),
    ],
)
def test_document_missing_or_malformed_id(client: TestClient, path: str, status: int) -> None:
    assert client.get(path).status_code == status


def test_documents_list_filters_and_pages(client: TestClient) -> None:
    everything = client.get("/api/documents", params={"limit": 100}).json()
    assert len(everything) == 7
    fixture = client.get("/api/documents", params={"source": "fixture"}).json()
    assert {d["id"] for d in fixture} == {"fixture-1", "fixture-2"}
    march = client.get(
        "/api/documents", params={"source": "fixture", "since": "2019-03-01", "until": "2019-03-31"}
    ).json()
    assert [d["id"] for d in march] == ["fixture-1"]
    first = client.get("/api/documents", params={"limit": 2}).json()
    second = client.get("/api/documents", params={"limit": 2, "offset": 2}).json()
    assert len(first) == len(second) == 2
    assert not {d["id"] for d in first} & {d["id"] for d in second}


def test_search_finds_and_highlights(client: TestClient) -> None:
    page = client.get("/api/search", params={"q": "المفاوضات", "source": "fixture"}).json()
    assert page["total"] == 1
    hit = page["hits"][0]
    assert hit["id"] == "fixture-1"
    assert "<mark>" in hit["snippet_html"]
    both = client.get("/api/search", params={"q": "المفاوضات"}).json()
    assert {h["id"] for h in both["hits"]} == {"fixture-1", "fixture-copy"}


def test_search_filters(client: TestClient) -> None:
    by_speaker = client.get("/api/search", params={"speaker": SPEAKER}).json()
    assert {h["id"] for h in by_speaker["hits"]} == {"fixture-1", "fixture-2"}
    by_type = client.get("/api/search", params={"event_type": "REJECT", "source": "fixture"}).json()
    assert [h["id"] for h in by_type["hits"]] == ["fixture-2"]
    by_entity = client.get("/api/search", params={"entity": "النرويج", "until": "2019-03-31"})
    assert [h["id"] for h in by_entity.json()["hits"]] == ["fixture-1"]


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"q": "x", "limit": 1000}, "limit"),
        ({"q": "x", "limit": 0}, "limit"),
        ({"q": "x", "offset": -1}, "offset"),
        ({"q": "x", "since": "yesterday"}, "since"),
        ({"since": "2020-01-01", "until": "2019-01-01"}, "after"),
        ({"q": "-سوريا"}, "leave out"),
        ({"q": "ب" * 501}, "q"),
    ],
)
def test_search_bad_input(client: TestClient, params: dict[str, object], words: str) -> None:
    answer = client.get("/api/search", params=params)
    assert answer.status_code == 422
    assert words in answer.json()["detail"]


def test_quotes_of_a_speaker_newest_first(client: TestClient) -> None:
    rows = client.get("/api/quotes", params={"speaker": "حداد"}).json()
    assert [r["text"] for r in rows] == [SECOND_QUOTE, FIRST_QUOTE]
    assert rows[0]["published"] > rows[1]["published"]
    none = client.get("/api/quotes", params={"speaker": "حداد", "until": "2019-01-01"}).json()
    assert none == []


def test_events_filter_by_type_and_actor(client: TestClient) -> None:
    rows = client.get("/api/events", params={"actor": "النرويج", "since": "2019-01-01"}).json()
    assert {r["type"] for r in rows} == {"DISAPPROVE", "REJECT"}
    accuse = client.get("/api/events", params={"type": "DISAPPROVE", "since": "2019-01-01"}).json()
    assert [r["doc_id"] for r in accuse] == ["fixture-1"]


def test_entities_network_and_stories(client: TestClient) -> None:
    people = client.get("/api/entities", params={"label": "PER", "q": "حداد"}).json()
    assert people and people[0]["mentions"] >= 3
    assert client.get("/api/entities", params={"label": "PERSON"}).status_code == 422
    network = client.get("/api/network", params={"q": "النرويج"}).json()
    assert len(network["edges"]) == 2
    page = client.get("/api/stories", params={"since": "2019-01-01", "until": "2019-12-31"}).json()
    stories = page["stories"]
    assert [sorted(d["id"] for d in s["documents"]) for s in stories] == [
        ["fixture-1", "fixture-copy"]
    ]
    assert stories[0]["sources"] == ["fixture", "fixture-copy"]
    assert page["period"] == {"since": "2019-01-01", "until": "2019-12-31"}


def test_openapi_schema_documents_every_endpoint(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    paths = set(schema["paths"])
    for path in (
        "/api/analyze",
        "/api/documents",
        "/api/documents/{doc_id}",
        "/api/search",
        "/api/entities",
        "/api/quotes",
        "/api/events",
        "/api/stories",
    ):
        assert path in paths
    assert "text/plain" in schema["paths"]["/api/analyze"]["post"]["requestBody"]["content"]
    assert not any(p.startswith("/article") for p in paths)  # pages are not API
    docs = client.get("/api/docs")
    assert docs.status_code == 200 and "/api/search" in docs.text


# --- writing -------------------------------------------------------------------


@pytest.fixture
def writable(tmp_path: Path, nlp: Pipeline) -> TestClient:
    path = build_store(tmp_path / "rasd.db", nlp, demo_articles=0)
    return TestClient(create_app(path, pipeline=nlp, token=TOKEN))


ARTICLE = {
    "id": "new-1",
    "title": "خبر جديد",
    "text": "أعلن المتحدث باسم الحكومة أن الاجتماع سيعقد غدا.",
    "published": "2020-01-05",
    "source": "api",
}


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"X-Rasd-Token": "wrong"}, {"Authorization": TOKEN}],
)
def test_writing_needs_the_token(writable: TestClient, headers: dict[str, str]) -> None:
    answer = writable.post("/api/documents", json={"documents": [ARTICLE]}, headers=headers)
    assert answer.status_code == 401
    assert answer.headers["www-authenticate"] == "Bearer"
    assert writable.get("/api/documents/new-1").status_code == 404


def test_ingest_articles_and_documents(writable: TestClient, nlp: Pipeline) -> None:
    analysed = nlp.analyze("نص مقال محلل مسبقا.", title="محلل", id="pre-1").to_dict()
    answer = writable.post(
        "/api/documents",
        json={"documents": [ARTICLE, analysed]},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert answer.status_code == 201
    assert answer.json() == {"added": 2, "present": 0, "failed": 0, "ids": ["new-1", "pre-1"]}
    stored = writable.get("/api/documents/new-1").json()
    assert stored["published"].startswith("2020-01-05") and stored["tokens"]
    found = writable.get("/api/search", params={"q": "الاجتماع"}).json()
    assert "new-1" in {h["id"] for h in found["hits"]}
    again = writable.post(
        "/api/documents", json={"documents": [ARTICLE]}, headers={"X-Rasd-Token": TOKEN}
    )
    assert again.json()["present"] == 1


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"documents": []}, "documents"),
        ({"documents": [{"text": ""}]}, "documents.0.text"),
        ({"documents": [ARTICLE] * 101}, "documents"),
        (
            {"documents": [{"schema": SCHEMA, "text": "abc", "tokens": [{"start": 0, "end": 9}]}]},
            "documents.0",
        ),
        ({"docs": [ARTICLE]}, "docs"),
    ],
)
def test_ingest_bad_input(writable: TestClient, body: dict[str, object], words: str) -> None:
    answer = writable.post("/api/documents", json=body, headers={"X-Rasd-Token": TOKEN})
    assert answer.status_code == 422
    assert words in answer.json()["detail"]


def test_a_cross_site_form_cannot_ingest(store_path: Path, nlp: Pipeline) -> None:
    """Even with writes open, a page elsewhere cannot make a browser post here: its
    Origin is refused, and a form's text/plain body is not read as JSON."""
    open_server = TestClient(create_app(store_path, pipeline=nlp, token="", allow_writes=True))
    body = '{"documents": [{"id": "forged", "text": "نص"}]}'
    answer = open_server.post(
        "/api/documents", content=body, headers={"content-type": "text/plain"}
    )
    assert answer.status_code == 415
    forged = open_server.post(
        "/api/documents",
        content=body,
        headers={"content-type": "application/json", "origin": "http://evil.example"},
    )
    assert forged.status_code == 403
    assert open_server.get("/api/documents/forged").status_code == 404


def test_writes_are_closed_without_a_token(store_path: Path, nlp: Pipeline) -> None:
    closed = TestClient(create_app(store_path, pipeline=nlp, token=""))
    answer = closed.post("/api/documents", json={"documents": [ARTICLE]})
    assert answer.status_code == 403 and "--allow-writes" in answer.json()["detail"]
    assert closed.get("/api/documents/new-1").status_code == 404


def test_no_store_means_analysis_only(nlp: Pipeline) -> None:
    client = TestClient(create_app(None, pipeline=nlp))
    assert client.post("/api/analyze", json={"text": "نص"}).status_code == 200
    answer = client.get("/api/search", params={"q": "نص"})
    assert answer.status_code == 503
    assert "--store" in answer.json()["detail"]


def test_missing_store_is_a_clear_error(tmp_path: Path, nlp: Pipeline) -> None:
    with pytest.raises(StoreError, match="no store"):
        create_app(tmp_path / "absent.db", pipeline=nlp)
