"""`rasd quotes`: the table and JSON lines, and clean errors."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from rasd.cli import app

CASES = Path(__file__).resolve().parent / "fixtures" / "quotes" / "cases.txt"


def test_table_shows_speaker_cue_and_quote() -> None:
    result = CliRunner().invoke(app, ["quotes", str(CASES)])
    assert result.exit_code == 0, result.output
    assert "speaker" in result.output and "quote" in result.output
    assert "سارة الخطيب" in result.output


def test_json_lines_one_quote_each() -> None:
    result = CliRunner().invoke(app, ["quotes", str(CASES), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    assert len(rows) >= 10
    assert {"speaker", "canonical", "cue", "kind", "quote", "audience"} <= set(rows[0])
    assert any(r["canonical"] == "كادري سيمسون" for r in rows)


def test_missing_file_is_one_line_and_exit_1(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["quotes", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "no such file" in result.output
