"""PLOVER records, table rows and the `rasd events` / `rasd eval events` commands."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from rasd.cli import app
from rasd.events.records import event_row, plover_records
from rasd.pipeline import Pipeline

TEXT = "وقتل 12 شخصا على الأقل في هجوم شنه مسلحون على سوق في مدينة الموصل أمس."


def test_plover_record_fields():
    doc = Pipeline(["text", "events"]).analyze(TEXT, published="2018-03-01", title="")
    records = plover_records(doc)
    attack = next(r for r in records if r["event"] == ["ASSAULT"])
    for name in (
        "id",
        "date",
        "actor",
        "recipient",
        "event",
        "quad_code",
        "event_text",
        "text_info",
    ):
        assert name in attack
    assert attack["date"] == "2018-02-28"
    assert attack["quad_code"] == 4
    assert attack["dead"] == 12
    assert attack["event_loc"]["country_code"] == "IRQ"
    assert attack["actor"][0]["entity_text"] == "مسلحون"
    assert attack["actor"][0]["sector"] == "UAF"
    assert attack["text_info"]["sequence"] == 0
    assert json.loads(json.dumps(attack, ensure_ascii=False)) == attack


def test_table_row_is_flat_and_readable():
    doc = Pipeline(["text", "events"]).analyze(TEXT, published="2018-03-01")
    row = event_row(doc, next(e for e in doc.events if e.type == "ASSAULT"))
    assert row["type"] == "ASSAULT"
    assert row["date"] == "2018-02-28"
    assert row["casualties"] == "dead 12"
    assert row["evidence"] in doc.text


def test_cli_events_formats(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["events", str(article), "--format", "plover"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert any(r["event"] == ["ASSAULT"] for r in records)
    table = runner.invoke(app, ["events", str(article)])
    assert table.exit_code == 0 and "ASSAULT" in table.stdout


def test_cli_events_bad_input(tmp_path):
    runner = CliRunner()
    missing = runner.invoke(app, ["events", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 1
    assert "no such file" in missing.output and "Traceback" not in missing.output
    nothing = runner.invoke(app, ["events"])
    assert nothing.exit_code == 2 and "Traceback" not in nothing.output


def test_cli_eval_events_without_data(tmp_path):
    result = CliRunner().invoke(app, ["eval", "events", "--shared", str(tmp_path)])
    assert result.exit_code == 2
    assert "arabic-event-gsr" in result.output
