"""Readers: formats, encodings, and bad input reported with file and line."""

from __future__ import annotations

import codecs
import gzip
import itertools
import json
from pathlib import Path

import pytest

from rasd.document import Document
from rasd.text.readers import Failure, Fields, normalize_date, read_path

ARTICLE = "عنوان الخبر\n\nقال المتحدث إن الاجتماع انتهى.\nوأضاف أن المحادثات ستستمر."


def read_all(path: Path, fields: Fields | None = None) -> list[Document | Failure]:
    return list(read_path(path, fields))


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256"],
)
def test_encodings(tmp_path, encoding):
    path = tmp_path / "article.txt"
    path.write_bytes(ARTICLE.encode(encoding))
    [doc] = read_all(path)
    assert isinstance(doc, Document)
    assert doc.title == "عنوان الخبر"
    assert doc.text.startswith("عنوان الخبر\nقال المتحدث")


def test_seed_format_title_and_paragraphs(seed_path):
    [doc] = read_all(seed_path)
    assert doc.title.startswith("اجتماع مجموعة دعم سوريا")
    body = doc.text.split("\n")[1:]
    assert len(body) == 17
    assert "., " not in doc.text


def test_jsonl_with_malformed_lines_reports_line_numbers(tmp_path, fixtures):
    lines = (fixtures / "ant_sample.jsonl").read_text(encoding="utf-8").splitlines()
    broken = [lines[0], "{not json", lines[1], "[1, 2]", '{"title": ""}', lines[2]]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(broken), encoding="utf-8")
    items = read_all(path)
    assert [type(i).__name__ for i in items] == [
        "Document",
        "Failure",
        "Document",
        "Failure",
        "Failure",
        "Document",
    ]
    assert [i.line for i in items if isinstance(i, Failure)] == [2, 4, 5]
    assert "malformed JSON" in str(items[1])


def test_ant_jsonl_fields(fixtures):
    docs = read_all(fixtures / "ant_sample.jsonl")
    record = json.loads((fixtures / "ant_sample.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert all(isinstance(d, Document) for d in docs)
    first = docs[0]
    assert first.title == " ".join(record["title"].split())
    assert first.url == record["url"] and first.source == record["src"]
    assert first.published and first.published.startswith("2018")
    assert first.meta["cat"] == record["cat"]


def test_field_overrides_and_csv(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text("headline,body,day\nعنوان,نص الخبر هنا,2015-07-21\n", encoding="utf-8")
    [doc] = read_all(
        path, Fields().with_overrides({"title": "headline", "text": "body", "published": "day"})
    )
    assert isinstance(doc, Document)
    assert doc.title == "عنوان" and doc.published == "2015-07-21T00:00:00"


def test_bad_inputs_are_failures_not_exceptions(tmp_path):
    cases = {
        "empty.txt": b"",
        "blank.txt": b"   \n\n ",
        "binary.txt": bytes(range(256)) * 40,
        "latin1.txt": "caf\xe9 cr\xe8me".encode("latin-1") + b"\xff\xfe\xfa" * 3,
        "broken.jsonl.gz": b"\x1f\x8b\x08\x00garbage",
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        items = read_all(tmp_path / name)
        assert items and all(isinstance(i, Failure) for i in items), name
        assert name in str(items[0])


def test_truncated_gzip_keeps_what_was_read(tmp_path, fixtures):
    data = gzip.compress((fixtures / "ant_sample.jsonl").read_bytes())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) * 2 // 3])
    items = read_all(path)
    assert isinstance(items[0], Document)
    assert isinstance(items[-1], Failure) and "corrupt gzip" in items[-1].reason


def test_text_without_arabic_and_nul_bytes_carry_warnings(tmp_path):
    path = tmp_path / "english.txt"
    path.write_bytes(b"Just English\x00 text here.")
    [doc] = read_all(path)
    assert isinstance(doc, Document)
    assert "no Arabic text found" in doc.meta["warnings"]
    assert "NUL bytes removed" in doc.meta["warnings"]


def test_large_single_line_files(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("كلمة " * 10_000_000, encoding="utf-8")  # 50 MB on one line
    [failure] = read_all(path)
    assert isinstance(failure, Failure) and "too long for one article" in failure.reason
    path.write_text("كلمة " * 200_000, encoding="utf-8")  # 1 MB on one line: still an article
    [doc] = read_all(path)
    assert isinstance(doc, Document) and len(doc.text) == 1_000_000 - 1
    path.write_text("،" * 1_000_000, encoding="utf-8")  # a million tokens: gigabytes to analyse
    [failure] = read_all(path)
    assert isinstance(failure, Failure) and "too many words and signs" in failure.reason


def test_trec_gold_articles(shared):
    """Every TREC-style gold article is read with its id, title and the day its
    annotation gives (2015-2018: Jawhara FM, SaudiNewsNet and ANT)."""
    annotated_day = {}
    for gold_file in (shared / "gold").glob("*.json"):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        annotated_day[Path(gold["file"]).stem] = gold["published"]
    paths = sorted((shared / "gold" / "articles").glob("*.txt"))
    assert len(paths) == 52
    for path in paths:
        [doc] = read_all(path)
        assert isinstance(doc, Document) and doc.id == path.stem
        assert doc.published and doc.published[:10] == annotated_day[path.stem]
        assert doc.text.startswith(doc.title + "\n")


@pytest.mark.parametrize(
    ("corpus", "text_field"),
    [("ant-multisource", "text"), ("ant-jawharafm", "text"), ("saudinewsnet", "content")],
)
def test_news_corpora_samples(shared, tmp_path, corpus, text_field):
    source = shared / "data" / "news" / f"{corpus}.jsonl.gz"
    with gzip.open(source, "rt", encoding="utf-8") as f:
        lines = list(itertools.islice(f, 200))
    sample = tmp_path / f"{corpus}.jsonl.gz"
    sample.write_bytes(gzip.compress("".join(lines).encode("utf-8")))
    items = read_all(sample)
    docs = [i for i in items if isinstance(i, Document)]
    assert len(items) == 200 and len(docs) >= 195
    for doc, line in zip(docs[:20], lines, strict=False):
        record = json.loads(line)
        assert record[text_field].split()[0] in doc.text
        assert doc.published is not None


def test_utf16_without_bom(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes(codecs.encode("نص عربي قصير للتجربة", "utf-16-le"))
    [doc] = read_all(path)
    assert isinstance(doc, Document) and doc.text == "نص عربي قصير للتجربة"


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("08/05/2015", "2015-05-08T00:00:00"),
        ("31/07/2015 14:56", "2015-07-31T14:56:00"),
        ("2018-03-14T10:00:00", "2018-03-14T10:00:00"),
        ("Wed, 14 Mar 2018 10:00:00 +0000", "2018-03-14T10:00:00+00:00"),
        ("منذ ساعتين", "منذ ساعتين"),
    ],
)
def test_dates_are_read_day_first_as_news_sites_write_them(written, iso):
    assert normalize_date(written) == iso
