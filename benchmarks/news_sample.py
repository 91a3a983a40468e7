"""Random unseen news articles for the audits (`sample_events.py`,
`sample_speech_acts.py`): one file of the news folder drawn by the seed, its records
shuffled, the annotated articles left out, each analysed as the gold articles are."""

from __future__ import annotations

import gzip
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from rasd.document import Document
from rasd.pipeline import Pipeline
from rasd.text.readers import Fields

ANNOTATED = (Path("../shared/gold"), Path("benchmarks/news-gold"))
AUDITED_CHARS = 3000  # an audit reads the opening of an article, as a person would
ARABIC_WORD = re.compile(r"[\u0621-\u064A]+")
MARKS = re.compile(r"[\u064B-\u065F\u0640]")  # short vowels and tatweel


def annotated() -> set[str]:
    """Ids and urls of the annotated articles. Run from elsewhere than the repository
    root, the folders are not found and nothing would be left out: a sample or a mined
    list would then read the check parts, so that stops here. (Without ../shared there
    is no gold folder, and no news corpus to read either.)"""
    if not ANNOTATED[-1].is_dir():
        raise SystemExit(f"run from the repository root: {ANNOTATED[-1]} not found")
    known: set[str] = set()
    for folder in ANNOTATED:
        for path in folder.rglob("*.json"):
            known.add(path.stem)
            data = json.loads(path.read_text("utf-8"))
            if isinstance(data, dict):
                known |= {str(data[k]) for k in ("id", "url") if data.get(k)}
    return known


def record_text(record: dict) -> str:
    return record.get("text") or record.get("body") or record.get("content") or ""


def unannotated_records(path: Path, known: set[str], stride: int = 1) -> Iterator[dict]:
    """Every `stride`-th record of the news file `path`, in file order, whose id or url
    is not in `known` (`annotated()`); truncated lines of the crawl are skipped."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n % stride:
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if record.get("id") not in known and record.get("url") not in known:
                yield record


def unannotated_words(path: Path, known: set[str]) -> Iterator[list[str]]:
    """The Arabic words (title, abstract and text, marks removed) of each article of
    the news file `path` whose id or url is not in `known` (`annotated()`): what the
    corpus miners count."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if record.get("id") in known or record.get("url") in known:
                continue
            parts = (record.get("title") or "", record.get("abstract") or "")
            yield ARABIC_WORD.findall(MARKS.sub("", " ".join((*parts, record_text(record)))))


def unseen_records(news: Path, seed: int, skipped: list[dict] | None = None) -> Iterator[dict]:
    """The records of one file of `news`, shuffled by `seed`, with text and not
    annotated (those annotated are appended to `skipped`)."""
    rng = random.Random(seed)
    # a file names itself; a folder gives one of its files, drawn by the seed
    path = rng.choice([news] if news.is_file() else sorted(news.glob("*.jsonl.gz")))
    with gzip.open(path, "rt", encoding="utf-8") as f:
        lines = f.read().splitlines()
    rng.shuffle(lines)
    known = annotated()
    for line in lines:
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue  # a truncated line of the crawl
        if not record_text(record):
            continue
        if record.get("id") in known or record.get("url") in known:
            if skipped is not None:
                skipped.append(record)
            continue
        yield record


def seeds(spec: str) -> list[int]:
    """ "10930-10934" → the five seeds; "10930" → one."""
    lo, _, hi = spec.partition("-")
    return list(range(int(lo), int(hi or lo) + 1))


def drawn_records(
    news: Path, seed_spec: str, n: int, contains: str = ""
) -> Iterator[tuple[int, int, dict]]:
    """(seed, index, record) for the first `n` unseen records of each seed of
    `seed_spec`, only those whose audited opening matches `contains` when given."""
    pattern = re.compile(contains) if contains else None
    for seed in seeds(seed_spec):
        records = unseen_records(news, seed)
        if pattern is not None:
            records = (r for r in records if pattern.search(record_text(r)[:AUDITED_CHARS]))
        for i, record in enumerate(records):
            if i >= n:
                break
            yield seed, i, record


def analyze_record(nlp: Pipeline, record: dict) -> Document:
    """The article's opening with title, abstract, section and date as the gold articles
    have them: the section keeps a film title or a match report from being read as a
    meeting or an attack, and the date says which years are history
    (`rasd.events.history`), as when `rasd` reads a news file."""
    meta = {"cat": record["cat"]} if record.get("cat") else {}
    published = next((record[k] for k in Fields().published if record.get(k)), None)
    return nlp.analyze(
        record_text(record)[:AUDITED_CHARS],
        title=record.get("title") or "",
        abstract=record.get("abstract") or "",
        published=published,
        meta=meta,
    )
