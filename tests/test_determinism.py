"""The same article gives the same analysis on every run: no annotation may follow the
order of a set of strings, which changes with Python's hash seed (a speaker's canonical
name once flipped between runs that way)."""

import os
import subprocess
import sys
from pathlib import Path


def _analyze(path: Path, hash_seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    done = subprocess.run(
        [sys.executable, "-m", "rasd.cli", "analyze", str(path)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def test_same_analysis_under_two_hash_seeds(
    fixtures: Path, seed_path: Path, tmp_path: Path
) -> None:
    articles = tmp_path / "articles.jsonl"
    articles.write_text(
        (fixtures / "ant_sample.jsonl").read_text(encoding="utf-8"), encoding="utf-8"
    )
    for path in (articles, seed_path):
        first = _analyze(path, "1")
        assert first.strip()
        assert _analyze(path, "2") == first
