"""One heavy request must not delay the others: measured against a real `rasd serve`.

Starts `rasd serve` on a store (the demo store by default), waits until its analysis
workers answer, then
  1. sends a 500,000-character article to POST /api/analyze and, while it runs, a
     small analyze, a search and a document fetch: the heavy one must finish or be
     refused within 10 s, the small ones answer in < 1 s;
  2. runs two searches for "من" ×160 (the costliest query form) in a loop while
     fetching one document: the fetch must stay fast.

    python benchmarks/bench_isolation.py --store rasd-demo.db
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

SMALL = "وقال وزير الخارجية إن المحادثات ستستمر غدا في جنيف."
HEAVY_UNIT = 'وقال لافروف إن "'  # what makes quote and event scanning slow
COSTLY_QUERY = " ".join(["من"] * 160)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def timed(call: object) -> tuple[float, int]:
    start = time.perf_counter()
    status = call().status_code  # type: ignore[operator]
    return time.perf_counter() - start, status


def wait_ready(client: httpx.Client, limit_s: float = 300) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < limit_s:
        try:
            if client.post("/api/analyze", json={"text": SMALL}).status_code == 200:
                return time.perf_counter() - start
        except httpx.TransportError:
            pass
        time.sleep(1)
    raise SystemExit("the server did not become ready")


def heavy_analyze(client: httpx.Client) -> None:
    text = (HEAVY_UNIT * (500_000 // len(HEAVY_UNIT) + 1))[:500_000]
    elapsed, status = timed(lambda: client.post("/api/analyze", json={"text": text}))
    print(f"heavy analyze (500,000 chars): {status} in {elapsed:.2f} s")


def small_requests(client: httpx.Client, label: str) -> None:
    for name, call in (
        ("small analyze", lambda: client.post("/api/analyze", json={"text": SMALL})),
        ("search", lambda: client.get("/api/search", params={"q": "سوريا"})),
        ("document fetch", lambda: client.get("/api/documents/sample")),
    ):
        elapsed, status = timed(call)
        print(f"  {label}: {name}: {status} in {elapsed * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--store", type=Path, default=Path("rasd-demo.db"))
    args = parser.parse_args()
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "rasd.cli",
            "serve",
            "--store",
            str(args.store),
            "--port",
            str(port),
        ],
        start_new_session=True,
    )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            print(f"server ready in {wait_ready(client):.1f} s")
            small_requests(client, "idle")
            heavy = threading.Thread(target=heavy_analyze, args=(client,))
            heavy.start()
            time.sleep(1.0)  # the heavy article is being analysed now
            small_requests(client, "during heavy analyze")
            heavy.join()
            stop = threading.Event()

            def costly() -> None:
                while not stop.is_set():
                    elapsed, status = timed(
                        lambda: client.get("/api/search", params={"q": COSTLY_QUERY})
                    )
                    print(f"  costly search: {status} in {elapsed:.2f} s")

            searches = [threading.Thread(target=costly) for _ in range(2)]
            for thread in searches:
                thread.start()
            time.sleep(0.5)
            fetches = [timed(lambda: client.get("/api/documents/sample"))[0] for _ in range(20)]
            stop.set()
            for thread in searches:
                thread.join()
            fetches.sort()
            print(
                f"document fetch during 2 costly searches: median {fetches[10] * 1000:.0f} ms,"
                f" max {fetches[-1] * 1000:.0f} ms"
            )
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(30)


if __name__ == "__main__":
    main()
