"""A user's mistake on the command line or in an API query gets one clear line
and a non-zero exit (or a 4xx with a JSON message), never a traceback or a 500."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api_corpus import build_store
from rasd.api import create_app
from rasd.cli import app
from rasd.pipeline import Pipeline
from rasd.store import QueryError, Store

runner = CliRunner()


@pytest.fixture(scope="module")
def text_stage() -> Pipeline:
    return Pipeline(["text"])


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory, text_stage: Pipeline) -> Path:
    return build_store(tmp_path_factory.mktemp("mistakes") / "rasd.db", text_stage, 0)


def _refused(args: list[str], says: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    assert says in result.output


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["search", "x", "-n", "-1"], "--limit"),
        (["search", "x", "--offset", "-5"], "--offset"),
        (["entities", "-n", "-1"], "--top"),
        (["stories", "-n", "0"], "--limit"),
        (["stories", "--window", "-1"], "--window"),
        (["failures", "-n", "-1"], "--limit"),
        (["events", "--limit", "-1"], "--limit"),
        (["quotes", "--limit", "-1"], "--limit"),
    ],
)
def test_a_negative_count_is_refused_not_read_as_no_limit(
    args: list[str], option: str, store_path: Path
) -> None:
    # SQLite reads LIMIT -1 as "no limit"; a negative window crashed the clustering
    _refused([*args, "--store", str(store_path)], option)


def test_a_negative_worker_count_is_refused(tmp_path: Path, fixtures: Path) -> None:
    store = tmp_path / "rasd.db"
    _refused(["ingest", str(fixtures / "ant_sample.jsonl"), "-s", str(store), "-w", "-1"], "-w")
    assert not store.exists()


def test_an_unknown_entity_label_is_named(store_path: Path) -> None:
    _refused(
        ["entities", "--label", "FOO", "--store", str(store_path)], "'per', 'org', 'loc', 'misc'"
    )
    result = runner.invoke(app, ["entities", "--label", "per", "--store", str(store_path)])
    assert result.exit_code == 0, result.output


def test_stages_that_name_nothing_are_refused(fixtures: Path) -> None:
    _refused(["analyze", str(fixtures / "ant_sample.jsonl"), "--stages", ","], "no stage named")


def test_the_calendars_last_day_is_a_date_like_any_other(store_path: Path) -> None:
    with Store.open_readonly(store_path) as store:
        everything = store.documents(limit=100)
        assert store.documents(until="9999-12-31", limit=100) == everything
        assert store.stories_page(since="9999-12-31").stories == []
    result = runner.invoke(app, ["search", "", "--until", "9999-12-31", "-s", str(store_path)])
    assert result.exit_code == 0, result.output


def test_a_negative_window_is_a_query_error(store_path: Path) -> None:
    with Store.open_readonly(store_path) as store, pytest.raises(QueryError, match="window"):
        store.stories_page(window_days=-1)


@pytest.mark.parametrize(
    "query",
    [
        "/api/documents?until=9999-12-31",
        "/api/search?q=x&until=9999-12-31",
        "/api/quotes?until=9999-12-31",
        "/api/events?until=9999-12-31",
        "/api/events/counts?until=9999-12-31",
        "/api/stories?since=9999-12-31",
        "/api/stories?until=9999-12-31",
        "/api/stories?since=0001-01-01",
        "/stories?until=9999-12-31",
        "/events?until=9999-12-31",
    ],
)
def test_extreme_dates_are_answered_not_500(
    query: str, store_path: Path, text_stage: Pipeline
) -> None:
    client = TestClient(create_app(store_path, pipeline=text_stage), raise_server_exceptions=False)
    assert client.get(query).status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "/api/search?limit=-1",
        "/api/search?q=%22&until=2020-13-45",
        "/api/entities?label=FOO",
        "/api/events?min_relevance=2",
        "/api/stories?since=2020-02-01&until=2020-01-01",
    ],
)
def test_bad_parameters_get_a_json_4xx(query: str, store_path: Path, text_stage: Pipeline) -> None:
    client = TestClient(create_app(store_path, pipeline=text_stage), raise_server_exceptions=False)
    answer = client.get(query)
    assert 400 <= answer.status_code < 500
    assert answer.json()["detail"]


def test_a_binary_file_is_no_treebank(tmp_path: Path) -> None:
    binary = tmp_path / "model.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    _refused(["eval", "segmentation", str(binary)], "not UTF-8 text")


def test_a_table_of_too_few_columns_is_no_treebank(tmp_path: Path) -> None:
    table = tmp_path / "words.tsv"
    table.write_text("# sent_id = 1\n1\tقال\tقال\n", encoding="utf-8")
    _refused(["eval", "segmentation", str(table)], "words.tsv:2: 3 columns, CoNLL-U has 10")


def test_an_empty_file_is_no_error_but_is_said(tmp_path: Path) -> None:
    empty = tmp_path / "news.jsonl"
    empty.write_bytes(b"")
    analysed = runner.invoke(app, ["analyze", str(empty), "--stages", "text"])
    assert analysed.exit_code == 0 and f"no articles in {empty}" in analysed.output
    store = str(tmp_path / "rasd.db")
    ingested = runner.invoke(app, ["ingest", str(empty), "-s", store, "-q", "--stages", "text"])
    assert ingested.exit_code == 0, ingested.output
    assert (
        "no articles in" in ingested.output and "0 ingested, 0 already present" in ingested.output
    )
