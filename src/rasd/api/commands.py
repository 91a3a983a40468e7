"""`rasd serve`: the web pages and the JSON API over a corpus store."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

if TYPE_CHECKING:
    from rasd.pipeline import Pipeline

DEFAULT_STORE = Path("rasd.db")


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
) -> None:
    """Serve the web pages (search, articles, speakers, events, network, stories,
    paste-an-article) and the JSON API (documented at /api/docs) over a store.

    Set RASD_API_TOKEN to require that token for writing (POST /api/documents).

    Examples:

      rasd serve --store rasd.db --demo        # first run: build the demo store, then serve

      rasd serve --store news.db --port 8080

      RASD_STORE=news.db rasd serve

      RASD_API_TOKEN=secret rasd serve --host 0.0.0.0
    """
    serve_store(store, host=host, port=port, demo=demo)


def serve_store(
    store: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    demo: bool = False,
    pipeline: Pipeline | None = None,
) -> None:
    """Start the server (blocking), building the demo store first when `demo` is set
    and there is none; for other commands, e.g. a demo that ends by serving (pass its
    `pipeline` so the models are not loaded twice). Problems end the command with one
    line on stderr and exit code 2."""
    import uvicorn

    from rasd.api import create_app
    from rasd.store import StoreError, build_demo_store

    err = Console(stderr=True, highlight=False, soft_wrap=True)
    problem = _cannot_listen(host, port)
    if problem:
        err.print(
            f"rasd: cannot listen on {host}:{port}: {problem}; choose another --host or --port"
        )
        raise typer.Exit(2)
    try:
        if demo and not store.exists():
            with err.status(f"building the demo store at {store} (analysing the demo corpus)…"):
                build_demo_store(store, pipeline).close()
        web = create_app(store, pipeline=pipeline)
    except StoreError as exc:
        hint = "" if demo else " (or add --demo to build the demo store there)"
        err.print(f"rasd: {exc}{hint}", markup=False)
        raise typer.Exit(2) from None
    shown = "localhost" if host in ("127.0.0.1", "0.0.0.0") else host
    err.print(f"Rasd is serving {store} at http://{shown}:{port}/  (Ctrl+C to stop)", markup=False)
    uvicorn.run(web, host=host, port=port, log_level="warning")
