"""`rasd serve`: what it prints, and one clear line when it cannot start."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api_corpus import build_store
from rasd.cli import app
from rasd.pipeline import Pipeline


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """What `rasd serve` hands to uvicorn.run (which is not run)."""
    options: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda web, **given: options.update(web=web, **given))
    return options


def test_serve_prints_its_address_and_serves_the_store(
    tmp_path: Path, started: dict[str, Any]
) -> None:
    store = build_store(tmp_path / "rasd.db", Pipeline(["text"]), demo_articles=0)
    port = _free_port()
    result = CliRunner().invoke(app, ["serve", "--store", str(store), "--port", str(port)])
    assert result.exit_code == 0, result.output
    assert f"http://localhost:{port}/" in result.output
    assert started["host"] == "127.0.0.1" and started["port"] == port
    with TestClient(started["web"], base_url=f"http://localhost:{port}") as client:
        page = client.get("/search", params={"q": "المفاوضات"})
        assert "/article/fixture-1" in page.text
        # a page on another name resolved to this address (DNS rebinding) is refused
        rebound = client.get("/api/search", headers={"host": "evil.example"})
        assert rebound.status_code == 400
        assert rebound.headers["x-content-type-options"] == "nosniff"
        closed = client.post("/api/documents", json={"documents": [{"text": "نص"}]})
        assert closed.status_code == 403


def test_serve_without_a_store_says_how_to_get_one(tmp_path: Path) -> None:
    # A free port: a developer's own `rasd demo` on 8000 must not change the answer.
    args = ["serve", "--store", str(tmp_path / "none.db"), "--port", str(_free_port())]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "--demo" in lines[0] and "Traceback" not in result.output


def test_serve_on_a_busy_port_is_one_line(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(
            app, ["serve", "--store", str(tmp_path / "x.db"), "--port", str(port)]
        )
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and f"127.0.0.1:{port}" in lines[0] and "--port" in lines[0]


def test_serve_demo_builds_the_store_only_when_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import rasd.store

    built: list[Path] = []

    def fake_demo(path: Path, pipeline: Pipeline | None = None) -> rasd.store.Store:
        built.append(path)
        build_store(path, Pipeline(["text"]), demo_articles=0)
        return rasd.store.Store(path)

    monkeypatch.setattr(rasd.store, "build_demo_store", fake_demo)
    monkeypatch.setattr(uvicorn, "run", lambda web, **options: None)
    store = tmp_path / "demo.db"
    for _ in range(2):
        port = str(_free_port())
        result = CliRunner().invoke(app, ["serve", "--store", str(store), "--demo", "--port", port])
        assert result.exit_code == 0, result.output
    assert built == [store]


def test_serve_with_workers_builds_each_app_from_the_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, started: dict[str, Any]
) -> None:
    from rasd.api.commands import SETTINGS_ENV, app_from_env

    store = build_store(tmp_path / "rasd.db", Pipeline(["text"]), demo_articles=0)
    monkeypatch.setenv(SETTINGS_ENV, "")  # restored (removed) after the test
    args = ["serve", "--store", str(store), "--port", str(_free_port()), "--workers", "2"]
    result = CliRunner().invoke(app, [*args, "--allow-writes", "--trusted-host", "rasd.example"])
    assert result.exit_code == 0, result.output
    assert started["web"] == "rasd.api.commands:app_from_env" and started["factory"]
    assert started["workers"] == 2
    monkeypatch.setattr("rasd.store.ingest.exit_with_parent", lambda parent: None)
    settings = json.loads(os.environ[SETTINGS_ENV])
    assert settings["allow_writes"] and "rasd.example" in settings["trusted_hosts"]
    settings["analysis_workers"] = 0  # analyse in process here: no worker to start
    monkeypatch.setenv(SETTINGS_ENV, json.dumps(settings))
    with TestClient(app_from_env(), base_url="http://rasd.example") as client:
        assert client.get("/api/documents").status_code == 200
