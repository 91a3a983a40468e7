"""Hostile and careless files: each is one clear failure (or its good records are
read), never a traceback, a stall or gigabytes of memory; `analyze` and `ingest`
read every one of them alike. The files are generated here, not committed."""

from __future__ import annotations

import codecs
import gzip
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from rasd.cli import app
from rasd.document import Document
from rasd.inputs import read_inputs
from rasd.store import Store
from rasd.store.ingest import ingest
from rasd.text.limits import MAX_FILE_BYTES, MAX_JSON_DEPTH
from rasd.text.readers import Failure, Fields, read_bytes, read_path

ARTICLE = {"title": "عنوان", "text": "قال المتحدث إن الاجتماع انتهى بعد ساعتين من المحادثات."}


def _line(**changes: object) -> str:
    return json.dumps({**ARTICLE, **changes}, ensure_ascii=False)


def hostile_files(folder: Path) -> dict[str, tuple[int, int]]:
    """Each file written into `folder`, with (documents, failures) it must give."""
    expected: dict[str, tuple[int, int]] = {}

    def write(name: str, data: bytes, docs: int, failures: int) -> None:
        (folder / name).write_bytes(data)
        expected[name] = (docs, failures)

    good = [_line(text=f"قال المتحدث إن الجولة {i} من المحادثات انتهت.") for i in range(3)]
    deep = "[" * 100_000 + "]" * 100_000
    write("nested.jsonl", "\n".join([good[0], deep, good[1]]).encode(), 2, 1)
    deep_meta = json.dumps({**ARTICLE, "author": json.loads("[" * 300 + "]" * 300)})
    write("deep-meta.jsonl", f"{good[2]}\n{deep_meta}\n".encode(), 1, 1)
    write("nested.json", deep.encode(), 0, 1)
    bad_utf8 = good[0].encode() + b"\n" + b'{"text": "\xff\xfe bad"}\n' + good[1].encode()
    write("one-bad-line.jsonl", bad_utf8, 2, 1)
    write("utf16.jsonl", ("\n".join(good)).encode("utf-16"), 3, 0)
    write("utf16-le-nobom.jsonl", ("\n".join(good)).encode("utf-16-le"), 3, 0)
    write("binary.jsonl", bytes(range(256)) * 4096, 0, 1)  # 1 MB, "lines" and all
    write("binary.txt", bytes(range(256)) * 4096, 0, 1)
    write("bom.jsonl", codecs.BOM_UTF8 + "\n".join(good).encode(), 3, 0)
    write("unclosed.trec", b"<DOC>" * 200_000, 0, 1)
    write(
        "tags.trec", ("<DOC><TEXT>نص الخبر</TEXT>" + "<TITLE>" * 100_000 + "</DOC>").encode(), 1, 0
    )
    write("commas.txt", ("،" * 1_000_000).encode(), 0, 1)
    write("empty.txt", b"", 0, 1)
    write("spaces.jsonl", b"\n\n   \n", 0, 0)
    write("not-gzip.jsonl.gz", b"plain bytes pretending", 0, 1)
    write("truncated.txt.gz", gzip.compress(ARTICLE["text"].encode())[:20], 0, 1)
    # Decompresses to more than the limit: read up to it, then refused.
    bomb = gzip.compress(b"\x00" * (MAX_FILE_BYTES + 1024 * 1024), compresslevel=1)
    write("bomb.txt.gz", bomb, 0, 1)
    write("bomb-line.jsonl.gz", bomb, 0, 1)
    return expected


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, tuple[int, int]]]:
    folder = tmp_path_factory.mktemp("hostile")
    return folder, hostile_files(folder)


def _counts(items: list[Document | Failure]) -> tuple[int, int]:
    failures = sum(isinstance(i, Failure) for i in items)
    return len(items) - failures, failures


def test_each_hostile_file_gives_its_documents_and_one_failure_each(
    hostile: tuple[Path, dict[str, tuple[int, int]]],
) -> None:
    folder, expected = hostile
    found = {name: _counts(list(read_inputs([str(folder / name)], Fields()))) for name in expected}
    assert found == expected


def test_analyze_and_ingest_read_the_same(
    hostile: tuple[Path, dict[str, tuple[int, int]]], tmp_path: Path
) -> None:
    folder, expected = hostile
    docs = sum(d for d, _ in expected.values())
    failures = sum(f for _, f in expected.values())
    with Store(tmp_path / "rasd.db") as store:
        report = ingest(store, [str(folder)], workers=1, stages=["text"])
        # the same three articles recur across files: stored once, then present
        assert (report.added + report.present, report.failed) == (docs, failures)
        assert len(store) == 4
        assert len(store.failures()) == failures


def test_analyze_reports_each_failure_on_one_line_without_traceback(
    hostile: tuple[Path, dict[str, tuple[int, int]]],
) -> None:
    folder, expected = hostile
    result = CliRunner().invoke(app, ["analyze", "--stages", "text", str(folder)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    documents = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(documents) == sum(d for d, _ in expected.values())
    reported = [line for line in result.stderr.splitlines() if line.startswith("rasd: ")]
    assert len(reported) == sum(f for _, f in expected.values())


def test_json_nested_at_the_limit_is_read() -> None:
    meta = json.loads("[" * (MAX_JSON_DEPTH - 1) + "]" * (MAX_JSON_DEPTH - 1))
    line = json.dumps({**ARTICLE, "author": meta}).encode()
    [doc] = read_bytes(line, "ok.jsonl", ".jsonl")
    assert isinstance(doc, Document) and doc.meta["author"] == meta


# --- any bytes at all ------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    data=st.binary(max_size=2_000),
    fmt=st.sampled_from(["", ".jsonl", ".json", ".csv", ".trec", ".txt"]),
)
def test_any_bytes_give_documents_or_failures(data: bytes, fmt: str) -> None:
    for item in read_bytes(data, "fuzz", fmt):
        assert isinstance(item, Document | Failure)
        if isinstance(item, Document):
            assert item.text.strip()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(
    records=st.lists(
        st.dictionaries(
            st.sampled_from(["text", "title", "id", "published", "url", "author"]), json_values
        ),
        max_size=6,
    )
)
def test_each_jsonl_line_is_one_document_or_one_failure(records: list[dict[str, object]]) -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    items = list(read_bytes("\n".join(lines).encode(), "fuzz.jsonl", ".jsonl"))
    assert len(items) == len(lines)
    assert all(isinstance(i, Failure) or i.text.strip() for i in items)


def test_read_path_on_a_folder_is_a_failure(tmp_path: Path) -> None:
    [failure] = read_path(tmp_path)
    assert isinstance(failure, Failure) and "folder" in failure.reason
