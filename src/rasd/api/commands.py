"""`rasd serve`: the web pages and the JSON API over a corpus store."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from rasd.api.security import trusted_hosts

if TYPE_CHECKING:
    from fastapi import FastAPI

    from rasd.pipeline import Pipeline

DEFAULT_STORE = Path("rasd.db")
# `--workers N` starts N server processes, each building the app from this.
SETTINGS_ENV = "RASD_SERVE_SETTINGS"


def register(app: typer.Typer, train_app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command()(serve)


def _cannot_listen(host: str, port: int) -> str | None:
    """Why the server could not listen there (None: it can), before loading anything."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except socket.gaierror as exc:
        return f"unknown address ({exc.strerror})"
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            return exc.strerror or str(exc)
    return None


def serve(
    store: Annotated[
        Path,
        typer.Option(
            "--store",
            "-s",
            envvar="RASD_STORE",
            help="The corpus store (a SQLite file) to serve (default ./rasd.db, or $RASD_STORE).",
        ),
    ] = DEFAULT_STORE,
    host: Annotated[
        str, typer.Option(help="Address to listen on; 0.0.0.0 to be reachable from other machines.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    demo: Annotated[
        bool,
        typer.Option(
            "--demo",
            help="When the store does not exist yet, build it from the bundled demo corpus first.",
        ),
    ] = False,
    allow_writes: Annotated[
        bool,
        typer.Option(
            "--allow-writes",
            help="Accept POST /api/documents without a token (local use only). "
            "Without it and without RASD_API_TOKEN, the store cannot be written through the API.",
        ),
    ] = False,
    trusted_host: Annotated[
        list[str] | None,
        typer.Option(
            "--trusted-host",
            help="A host name the server answers to (repeat for more); by default the "
            "loopback names and --host.",
        ),
    ] = None,
    workers: Annotated[
        int, typer.Option(min=1, max=64, help="Server processes (e.g. one per core).")
    ] = 1,
    analysis_workers: Annotated[
        int,
        typer.Option(
            min=1, max=32, help="Processes analysing posted articles, per server process."
        ),
    ] = 2,
    budget: Annotated[
        float,
        typer.Option(
            min=0.5, help="Seconds one article may take to analyse before it is refused (413)."
        ),
    ] = 8.0,
) -> None:
    """Serve the web pages (search, articles, speakers, events, network, stories,
    paste-an-article) and the JSON API (documented at /api/docs) over a store.

    Writing (POST /api/documents) is closed unless RASD_API_TOKEN is set (then the
    token is required) or --allow-writes is given.

    Examples:

      rasd serve --store rasd.db --demo        # first run: build the demo store, then serve

      rasd serve --store news.db --port 8080 --workers 2

      RASD_STORE=news.db rasd serve

      RASD_API_TOKEN=secret rasd serve --host 0.0.0.0 --trusted-host news.example.org

      rasd serve --store mine.db --allow-writes   # local use: post documents without a token
    """
    serve_store(
        store,
        host=host,
        port=port,
        demo=demo,
        settings={
            "allow_writes": allow_writes,
            "trusted_hosts": trusted_hosts(host, trusted_host or ()),
            "analysis_workers": analysis_workers,
            "budget_s": budget,
        },
        workers=workers,
    )


def app_from_env() -> FastAPI:
    """The app of one of the `--workers` server processes, from the settings the
    command put in the environment."""
    from rasd.api import create_app
    from rasd.store.ingest import exit_with_parent

    exit_with_parent(os.getppid())  # the supervisor killed with SIGKILL: stop too
    settings = json.loads(os.environ[SETTINGS_ENV])
    return create_app(settings.pop("store"), **settings)


def serve_store(
    store: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    demo: bool = False,
    pipeline: Pipeline | None = None,
    settings: dict[str, Any] | None = None,
    workers: int = 1,
) -> None:
    """Start the server (blocking), building the demo store first when `demo` is set
    and there is none; for other commands, e.g. a demo that ends by serving (pass its
    `pipeline` so the models are not loaded twice). `settings` go to `create_app`
    (by default: loopback names trusted, writes closed, two analysis workers).
    Problems end the command with one line on stderr and exit code 2."""
    import uvicorn

    from rasd.api import create_app
    from rasd.store import Store, StoreError, build_demo_store

    err = Console(stderr=True, highlight=False, soft_wrap=True)
    problem = _cannot_listen(host, port)
    if problem:
        err.print(
            f"rasd: cannot listen on {host}:{port}: {problem}; choose another --host or --port"
        )
        raise typer.Exit(2)
    settings = settings or {"trusted_hosts": trusted_hosts(host), "analysis_workers": 2}
    try:
        if demo and not store.exists():
            with err.status(f"building the demo store at {store} (analysing the demo corpus)…"):
                build_demo_store(store, pipeline).close()
        web = create_app(store, pipeline=pipeline, **settings) if workers == 1 else None
        if web is None:
            Store.open_readonly(store).close()  # a missing store is told here, not N times
    except StoreError as exc:
        hint = "" if demo else " (or add --demo to build the demo store there)"
        err.print(f"rasd: {exc}{hint}", markup=False)
        raise typer.Exit(2) from None
    shown = "localhost" if host in ("127.0.0.1", "0.0.0.0") else host
    shown = f"[{shown}]" if ":" in shown else shown  # http://[::1]:8000/
    err.print(f"Rasd is serving {store} at http://{shown}:{port}/  (Ctrl+C to stop)", markup=False)
    if web is not None:
        uvicorn.run(web, host=host, port=port, log_level="warning")
        return
    os.environ[SETTINGS_ENV] = json.dumps({"store": str(store), **settings})
    uvicorn.run(
        "rasd.api.commands:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        # A server process imports the whole CLI before it answers the supervisor's
        # health checks: on a loaded machine that takes longer than uvicorn's 5 s.
        timeout_worker_healthcheck=120,
    )
