"""Structured queries, stories and exports over documents whose entity, quote and
event layers are written here by hand (the analysis stages change independently)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from rasd.document import Document, Entity, Event, Mention, Quote
from rasd.pipeline import Pipeline
from rasd.samples import demo_documents
from rasd.store import Store

PERSON = "سلمى حداد"
PERSON_VARIANT = "سلمى حدّاد"  # the same name with a shadda


def _span(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


def _day_before(published: str) -> str:
    return (date.fromisoformat(published) - timedelta(days=1)).isoformat()


def _article(nlp: Pipeline, n: int, speaker: str, published: str) -> Document:
    body = (
        f'قالت الوزيرة {speaker} إن "الحوار هو الطريق {n}" خلال زيارتها إلى عمّان.\n'
        f"واتهمت الحكومة الأردنية جماعة مسلحة بمهاجمة مركز حدودي في الرقم {n} أمس."
    )
    doc = nlp.analyze(body, title=f"تصريحات الوزيرة رقم {n}", published=published, source="test")
    t = doc.text
    quote = _span(t, f"الحوار هو الطريق {n}")
    doc.entities = [
        Entity(*_span(t, speaker), "PER", canonical=speaker),
        Entity(*_span(t, "عمّان"), "LOC", canonical="عمان", country="JOR"),
    ]
    doc.quotes = [
        Quote(*quote, "direct", cue=Mention(*_span(t, "قالت")), speaker=Mention(*_span(t, speaker)))
    ]
    accuse = t.index("واتهمت")
    doc.events = [
        Event(
            *_span(t, "واتهمت الحكومة الأردنية جماعة مسلحة"),
            type="ACCUSE",
            sentence=1,
            source=Mention(
                *_span(t, "الحكومة الأردنية", accuse),
                canonical="الحكومة الأردنية",
                attrs={"code": "JORGOV", "country": "JOR"},
            ),
            target=Mention(
                *_span(t, "جماعة مسلحة", accuse), attrs={"code": "JORREB", "country": "JOR"}
            ),
            when=Mention(*_span(t, "أمس", accuse), attrs={"date": _day_before(published)}),
            attrs={"mode": "verbal", "dead": n},
        )
    ]
    return doc


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    nlp = Pipeline(["text"])
    return [
        _article(nlp, 1, PERSON, "2019-03-10"),
        _article(nlp, 2, PERSON_VARIANT, "2019-03-12"),
        _article(nlp, 3, "أحمد يوسف", "2019-04-01"),
    ]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, docs: list[Document]) -> Store:
    path = tmp_path_factory.mktemp("queries") / "s.db"
    with Store(path) as writer:
        writer.add_documents(docs)
    with Store.open_readonly(path) as s:
        yield s


def test_documents_come_back_with_every_layer(store: Store, docs: list[Document]) -> None:
    for doc in docs:
        assert store.get(doc.id).to_dict() == doc.to_dict()
    assert store.get("no-such-id") is None


def test_entities_merge_spellings_across_documents(store: Store) -> None:
    people = store.entities(label="PER")
    top = people[0]
    assert (top.mentions, top.documents) == (2, 2)
    assert top.name in (PERSON, PERSON_VARIANT)
    assert [e.name for e in store.entities(query="حداد")] == [top.name]


def test_a_surname_alone_counts_for_the_full_name_it_stands_for(tmp_path: Path) -> None:
    nlp = Pipeline(["text"])
    speakers = [PERSON, "حداد", "حداد", "أحمد يوسف", "سارة يوسف", "يوسف"]
    docs = [_article(nlp, n, name, "2019-05-01") for n, name in enumerate(speakers)]
    with Store(tmp_path / "s.db") as store:
        store.add_documents(docs)
        people = {e.name: (e.mentions, e.documents) for e in store.entities(label="PER")}
    assert people[PERSON] == (3, 3) and "حداد" not in people
    # Two people share the surname equally: it stays a name of its own.
    assert people["يوسف"] == (1, 1) and people["أحمد يوسف"] == (1, 1)


def test_quotes_by_speaker_any_spelling_or_part_of_the_name(store: Store) -> None:
    for name in (PERSON, PERSON_VARIANT, "حداد"):
        quotes = store.quotes(speaker=name)
        assert [q.text for q in quotes] == ["الحوار هو الطريق 2", "الحوار هو الطريق 1"]
    assert store.quotes(speaker="حداد", since="2019-03-11")[0].cue == "قالت"
    assert [q.text for q in store.quotes(query="الطريق 3")] == ["الحوار هو الطريق 3"]


def test_events_by_type_actor_and_date(store: Store) -> None:
    events = store.events(type="ACCUSE", actor="الحكومة الاردنية", until="2019-03-31")
    assert len(events) == 2
    assert events[0].target == "جماعة مسلحة" and events[0].source_canonical == "الحكومة الأردنية"
    assert store.events(type="PROTEST") == []
    assert (events[0].when, events[0].day) == ("أمس", "2019-03-11")
    assert events[0].attrs == {"mode": "verbal", "dead": 2}


def test_a_store_of_schema_1_gets_the_event_details(docs: list[Document], tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Store(path) as store:
        store.add_documents(docs)
    with sqlite3.connect(path) as db:  # what Rasd 0.1 wrote: no day, no attrs
        db.execute("ALTER TABLE events DROP COLUMN day")
        db.execute("ALTER TABLE events DROP COLUMN attrs")
        db.execute("UPDATE meta SET value = '1' WHERE key = 'schema'")
    with Store.open_readonly(path) as old:
        assert [(e.day, e.attrs) for e in old.events()] == [(None, {})] * 3
    with Store(path) as upgraded:
        assert [e.day for e in upgraded.events()] == ["2019-03-31", "2019-03-11", "2019-03-09"]
        assert upgraded.events()[0].attrs == {"mode": "verbal", "dead": 3}


def test_actor_network(store: Store) -> None:
    network = store.actor_network()
    assert len(network.edges) == 1
    edge = network.edges[0]
    assert edge.weight == 3 and edge.types == {"ACCUSE": 3}
    assert {n.name for n in network.nodes} == {"الحكومة الأردنية", "جماعة مسلحة"}


def test_search_filters_on_layers(store: Store) -> None:
    assert store.search("الوزيرة", speaker="حداد").total == 2
    assert store.search("", entity="عمان").total == 3
    assert store.search("", event_type="ACCUSE", since="2019-04-01").total == 1


@pytest.mark.parametrize("layer", ["documents", "entities", "quotes", "events"])
def test_exports_in_three_formats_agree(store: Store, layer: str, tmp_path: Path) -> None:
    buffer = io.BytesIO()
    count = store.export(layer, "jsonl", buffer)
    rows = [json.loads(line) for line in buffer.getvalue().decode().splitlines()]
    assert len(rows) == count > 0
    store.export(layer, "csv", tmp_path / "x.csv")
    with open(tmp_path / "x.csv", encoding="utf-8", newline="") as f:
        csv_rows = list(csv.DictReader(f))
    store.export(layer, "parquet", tmp_path / "x.parquet")
    table = pq.read_table(tmp_path / "x.parquet").to_pylist()
    assert len(csv_rows) == len(table) == count
    assert table[0]["doc_id" if layer != "documents" else "id"] == rows[0].get(
        "doc_id", rows[0].get("id")
    )


def test_stories_group_copies_and_retellings(tmp_path: Path) -> None:
    nlp = Pipeline(["text"])
    docs = list(demo_documents())[1:41]
    original = docs[5]
    copy = nlp.analyze(
        original.text + "\nنقلا عن وكالة.",
        title="",
        published=original.published,
        source="copycat",
    )
    with Store(tmp_path / "s.db") as store:
        store.add_documents([nlp(d) for d in docs] + [copy])
        stories = store.stories(limit=50)
        together = [s for s in stories if copy.id in {d.id for d in s.documents}]
        assert together and original.id in {d.id for d in together[0].documents}
        marked = {d.id: d.duplicate_of for d in together[0].documents}
        assert marked[copy.id] == original.id
        far = store.stories(since="2030-01-01")
        assert far == []


def test_commands_over_the_store(store: Store, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from rasd.cli import app

    runner = CliRunner()
    db = str(store.path)
    people = runner.invoke(app, ["entities", "--store", db, "--label", "PER", "--json"])
    assert people.exit_code == 0
    assert json.loads(people.output.splitlines()[0])["mentions"] == 2
    out = tmp_path / "quotes.csv"
    exported = runner.invoke(
        app, ["export", "--store", db, "--layer", "quotes", "-f", "csv", "-o", str(out)]
    )
    assert exported.exit_code == 0 and "3 quotes rows" in exported.output
    assert out.read_text(encoding="utf-8").count("الحوار هو الطريق") == 3
    parquet = runner.invoke(app, ["export", "--store", db, "-f", "parquet"])
    assert parquet.exit_code == 2 and "--out" in parquet.output
    stories = runner.invoke(app, ["stories", "--store", db, "--since", "2019-01-01", "--json"])
    assert stories.exit_code == 0
    quotes = runner.invoke(app, ["quotes", "--store", db, "--speaker", "حداد", "-f", "json"])
    assert quotes.exit_code == 0
    assert [json.loads(line)["text"] for line in quotes.output.splitlines()] == [
        "الحوار هو الطريق 2",
        "الحوار هو الطريق 1",
    ]
    events = runner.invoke(app, ["events", "--store", db, "--type", "ACCUSE", "-f", "json"])
    assert events.exit_code == 0 and len(events.output.splitlines()) == 3
    bad = runner.invoke(app, ["stories", "--store", db, "--since", "yesterday"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output
