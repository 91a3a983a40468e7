"""The command line as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys

from typer.testing import CliRunner

from rasd.cli import app
from rasd.document import SCHEMA, Document

runner = CliRunner()


def test_analyze_seed_prints_one_valid_document(seed_path):
    result = runner.invoke(app, ["analyze", str(seed_path)])
    assert result.exit_code == 0, result.output
    [line] = result.stdout.strip().split("\n")
    data = json.loads(line)
    assert data["schema"] == SCHEMA
    doc = Document.from_dict(data)
    assert len(doc.text.split("\n")) == 18 and "., " not in doc.text


def test_text_and_conll_formats(fixtures):
    path = fixtures / "ant_sample.jsonl"
    text = runner.invoke(app, ["analyze", str(path), "--format", "text"])
    assert text.exit_code == 0 and "Sentences" in text.stdout
    conll = runner.invoke(app, ["analyze", str(path), "-f", "conll"])
    assert conll.exit_code == 0
    rows = [r.split("\t") for r in conll.stdout.splitlines() if r and not r.startswith("#")]
    assert all(len(r) == 10 for r in rows)
    assert any("-" in r[0] for r in rows)  # words split into clitic segments


def test_unreadable_files_are_reported_and_others_still_processed(tmp_path, fixtures):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(
        app,
        ["analyze", str(empty), str(tmp_path / "missing.txt"), str(fixtures / "ant_sample.jsonl")],
    )
    assert result.exit_code == 1
    assert len(result.stdout.strip().split("\n")) == 5
    assert f"{empty}: empty" in result.stderr
    assert "missing.txt: no such file" in result.stderr
    assert "Traceback" not in result.output


def test_standard_input():
    result = runner.invoke(app, ["analyze", "-"], input="قال المتحدث إن الاجتماع انتهى.")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["text"] == "قال المتحدث إن الاجتماع انتهى."


def test_bad_options_get_a_clear_message(fixtures):
    result = runner.invoke(
        app, ["analyze", str(fixtures / "ant_sample.jsonl"), "--field", "nonsense"]
    )
    assert result.exit_code == 2 and "KEY=NAME" in result.output
    result = runner.invoke(app, ["analyze", "x.txt", "--stages", "nope"])
    assert result.exit_code == 2 and "unknown stage" in result.output


def test_console_script_demo_runs():
    result = subprocess.run(
        [sys.executable, "-m", "rasd.cli", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and "analyze" in result.stdout
