"""Hostile requests: malformed documents are refused whole (422, nothing stored),
input errors are 4xx with no file name, every answer carries the security headers,
and analysis is bounded in time and in how many run at once."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api_corpus import build_store
from rasd.api import create_app
from rasd.api.analysis import Busy, InProcess, OverBudget, WorkerPool
from rasd.api.security import trusted_hosts
from rasd.document import Document
from rasd.pipeline import Pipeline
from rasd.store import Store

TOKEN = "hostile-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = "قال الوزير إن المحادثات ستستمر."


@pytest.fixture(scope="module")
def text_stage() -> Pipeline:
    return Pipeline(["text"])


@pytest.fixture
def writable(tmp_path: Path, text_stage: Pipeline) -> tuple[TestClient, Path]:
    path = build_store(tmp_path / "rasd.db", text_stage, demo_articles=0)
    return TestClient(create_app(path, pipeline=text_stage, token=TOKEN)), path


def _stored(text_stage: Pipeline, **changes: object) -> dict[str, object]:
    doc = text_stage.analyze(TEXT, id="posted-1").to_dict()
    doc["entities"] = [{"start": 10, "end": 16, "label": "PER"}]
    doc.update(changes)
    return doc


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"id": 123}, "documents.1.id"),
        ({"entities": [{"start": 10, "end": 16, "label": 5}]}, "documents.1.entities.0.label"),
        ({"entities": [{"start": "10", "end": 16, "label": "PER"}]}, "entities.0.start"),
        ({"entities": [{"start": 10, "end": 999, "label": "PER"}]}, "outside the text"),
        ({"text": ""}, "documents.1.text"),
        ({"text": "   \n"}, "documents.1.text"),
        ({"tokens": [{"start": 0, "end": 3}]}, "documents.1.tokens.0.kind"),
        ({"quotes": [{"start": 0, "end": 3, "kind": "direct", "speaker": 7}]}, "speaker"),
        ({"meta": json.loads("[" * 300 + "]" * 300)}, "nested deeper"),
        ({"published": ["2020"]}, "documents.1.published"),
    ],
)
def test_a_malformed_document_is_refused_and_nothing_is_stored(
    writable: tuple[TestClient, Path],
    text_stage: Pipeline,
    change: dict[str, object],
    where: str,
) -> None:
    client, path = writable
    before = len(Store.open_readonly(path))
    good = text_stage.analyze("نص آخر سليم.", id="good-1").to_dict()
    answer = client.post(
        "/api/documents", json={"documents": [good, _stored(text_stage, **change)]}, headers=AUTH
    )
    assert answer.status_code in (400, 422), answer.text
    assert where in answer.json()["detail"]
    assert len(Store.open_readonly(path)) == before  # the good one is not stored either


def test_a_valid_posted_document_is_stored_and_its_page_renders(
    writable: tuple[TestClient, Path], text_stage: Pipeline
) -> None:
    client, _ = writable
    posted = _stored(text_stage, source="\u202etxt.exe", title="عنوان")
    answer = client.post("/api/documents", json={"documents": [posted]}, headers=AUTH)
    assert answer.status_code == 201, answer.text
    stored = client.get("/api/documents/posted-1").json()
    assert stored["source"] == "txt.exe"  # the direction override is gone
    assert stored["entities"][0]["label"] == "PER"
    assert client.get("/article/posted-1").status_code == 200


def test_direction_overrides_are_not_reflected(writable: tuple[TestClient, Path]) -> None:
    client, _ = writable
    answer = client.get("/api/documents/\u202eexe.txt")
    assert answer.status_code == 404 and "\u202e" not in answer.json()["detail"]


def test_json_nested_100000_deep_is_a_400_not_a_crash(writable: tuple[TestClient, Path]) -> None:
    client, _ = writable
    deep = "[" * 100_000 + "]" * 100_000
    for path in ("/api/documents", "/api/analyze"):
        answer = client.post(
            path, content=deep, headers={**AUTH, "content-type": "application/json"}
        )
        assert answer.status_code == 400 and "JSON" in answer.json()["detail"]


def test_nul_in_a_query_is_an_input_error_without_file_names(
    writable: tuple[TestClient, Path],
) -> None:
    client, path = writable
    for url in ("/api/search?q=%00", "/api/documents?source=a%00b", "/search?q=x%00"):
        answer = client.get(url)
        assert answer.status_code == 400
        assert path.name not in answer.text and "NUL" in answer.text


def test_security_headers_on_413_and_500(tmp_path: Path, text_stage: Pipeline) -> None:
    path = build_store(tmp_path / "rasd.db", text_stage, demo_articles=0)
    app = create_app(path, pipeline=text_stage, max_body_bytes=1_000)
    client = TestClient(app, raise_server_exceptions=False)
    too_big = client.post("/api/analyze", json={"text": "نص " * 1_000})
    assert too_big.status_code == 413
    app.state.rasd.store = object()  # any unexpected error inside a route
    broken = client.get("/api/documents")
    assert broken.status_code == 500
    for answer in (too_big, broken):
        assert "default-src 'self'" in answer.headers["content-security-policy"]
        assert answer.headers["x-content-type-options"] == "nosniff"


def test_a_cross_site_form_cannot_make_the_server_analyse(
    writable: tuple[TestClient, Path],
) -> None:
    client, _ = writable
    form = {"text": TEXT}
    assert client.post("/analyze", data=form).status_code == 200
    for headers in ({"origin": "http://evil.example"}, {"sec-fetch-site": "cross-site"}):
        assert client.post("/analyze", data=form, headers=headers).status_code == 403
        assert client.post("/api/analyze", json=form, headers=headers).status_code == 403
    # under the no-referrer policy a browser's own form post says Origin: null
    same = {"origin": "null", "sec-fetch-site": "same-origin"}
    assert client.post("/analyze", data=form, headers=same).status_code == 200


@pytest.mark.parametrize("bound", ["::1", "127.0.0.1", "localhost"])
def test_a_loopback_server_answers_to_its_ipv6_names_and_refuses_others(
    tmp_path: Path, text_stage: Pipeline, bound: str
) -> None:
    path = build_store(tmp_path / "rasd.db", text_stage, demo_articles=0)
    client = TestClient(create_app(path, pipeline=text_stage, trusted_hosts=trusted_hosts(bound)))
    for host in ("[::1]:8000", "[::1]", "[0:0:0:0:0:0:0:1]:8000", "localhost:8000", "127.0.0.1"):
        assert client.get("/api/documents", headers={"host": host}).status_code == 200, host
    # names that resolve to this machine only through a hostile DNS, and malformed headers
    for host in ("evil.example", "evil.example:8000", "[::2]:8000", "[::1", "localhost:x"):
        refused = client.get("/api/documents", headers={"host": host})
        assert refused.status_code == 400, host
        assert refused.headers["x-content-type-options"] == "nosniff"


def test_a_server_on_all_addresses_answers_to_the_names_it_is_given(
    tmp_path: Path, text_stage: Pipeline
) -> None:
    path = build_store(tmp_path / "rasd.db", text_stage, demo_articles=0)
    hosts = trusted_hosts("::", ["news.example", "*.rasd.example", "2001:db8::5"])
    client = TestClient(create_app(path, pipeline=text_stage, trusted_hosts=hosts))
    for host in ("news.example:8000", "a.rasd.example", "[2001:DB8:0::5]:8000"):
        assert client.get("/api/documents", headers={"host": host}).status_code == 200, host
    for host in ("evil.example", "rasd.example", "localhost:8000"):
        assert client.get("/api/documents", headers={"host": host}).status_code == 400, host


def test_csv_export_cells_cannot_be_formulas(tmp_path: Path, text_stage: Pipeline) -> None:
    doc = text_stage.analyze('=HYPERLINK("http://evil.example","نص")', title="@SUM(A1)")
    with Store(tmp_path / "rasd.db") as store:
        store.add_documents([doc])
        out = tmp_path / "docs.csv"
        store.export("documents", "csv", out)
    row = out.read_text(encoding="utf-8").splitlines()[1]
    assert ",'@SUM(A1)," in row and "'=HYPERLINK" not in row.replace(",'@SUM(A1),", "")


# --- bounded, timed analysis -------------------------------------------------------------


class Slow:
    """A pipeline stand-in that takes `seconds` per document."""

    names = ("slow",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __call__(self, doc: Document) -> Document:
        time.sleep(self.seconds)
        return doc


def test_in_process_analysis_is_bounded() -> None:
    analyse = InProcess(Slow(1.0), budget_s=5.0)  # type: ignore[arg-type]
    outcomes: list[str] = []

    def call() -> None:
        try:
            analyse(Document(TEXT))
            outcomes.append("done")
        except Busy:
            outcomes.append("busy")

    threads = [threading.Thread(target=call) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count("busy") == 3  # one runs, two wait, the rest are told to retry


def test_a_worker_over_budget_is_replaced_and_others_are_served() -> None:
    pool = WorkerPool(["text"], workers=1, budget_s=60)
    try:
        small = Document(TEXT)
        assert pool(small).tokens  # waits for the worker to load
        pool.budget_s = 0.5
        with pytest.raises(OverBudget):
            pool(Document("كلمة " * 100_000))
        pool.budget_s = 60
        assert pool(small).tokens  # a fresh worker took the killed one's place
    finally:
        pool.close()
