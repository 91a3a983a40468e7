"""Ingest throughput and peak memory: `rasd ingest` on a corpus into a fresh store.

Usage: python benchmarks/bench_ingest.py [INPUT ...] [--workers 2] [--store /tmp/bench.db]
                                         [--dask local|tcp://host:8786]
       (default input: ../shared/data/news, all ~72K articles)

Runs the real command (full default pipeline) in a subprocess and samples the
resident memory of its whole process tree (main + workers) from /proc every
0.2 s, so the peak is what the machine actually had to hold. CPU time of the
whole tree is taken from the kernel's accounting of waited-for children, so
articles per CPU-second (= per core) holds even when other jobs share the
cores; the wall time on idle cores is projected from it. Prints one JSON
object.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from rasd.pipeline import DEFAULT_STAGES
from rasd.store import Store

PAGE = os.sysconf("SC_PAGE_SIZE")


def _tree_rss(root: int) -> int:
    """Resident bytes of `root` and all its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry)
        children.setdefault(int(fields[1]), []).append(pid)
        rss[pid] = int(fields[21]) * PAGE
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, []))
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("inputs", nargs="*", default=["../shared/data/news"])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--store", type=Path, default=Path("/tmp/rasd-bench-ingest.db"))
    parser.add_argument("--dask", help="analyse on Dask: 'local' or a scheduler address")
    args = parser.parse_args()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{args.store}{suffix}").unlink(missing_ok=True)
    command = [sys.executable, "-m", "rasd.cli", "ingest", *args.inputs, "--store",
               str(args.store), "--workers", str(args.workers), "--quiet"]  # fmt: skip
    if args.dask:
        command += ["--dask", args.dask]
    start = time.perf_counter()
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss(proc.pid))
        time.sleep(0.2)
    elapsed = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = usage.ru_utime + usage.ru_stime
    summary = proc.stderr.read().strip().splitlines()[-1] if proc.stderr else ""
    with Store.open_readonly(args.store) as store:
        counts = store.stats()
    articles = counts["documents"]
    print(
        json.dumps(
            {
                "inputs": args.inputs,
                "stages": list(DEFAULT_STAGES),
                "workers": args.workers,
                "dask": args.dask,
                "articles": articles,
                "failed": counts["failures"],
                "seconds": round(elapsed, 1),
                "articles_per_s": round(articles / elapsed, 1),
                "cpu_seconds": round(cpu, 1),
                "articles_per_cpu_second": round(articles / cpu, 1),
                "projected_idle_seconds": round(cpu / args.workers, 1),
                "load_average_at_end": os.getloadavg(),
                "peak_rss_mib": round(peak / 2**20),
                "store_mib": round(args.store.stat().st_size / 2**20),
                "summary": summary,
                "exit_code": proc.returncode,
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
