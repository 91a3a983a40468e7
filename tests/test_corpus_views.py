"""What a user reads off a corpus: stories by period, events with their codes, places
and relevance, counts over time, the actor network, one page per person, the entity
page. The layers are written here by hand, so each figure is known."""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import socket
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from rasd.api import create_app
from rasd.cli import app
from rasd.document import Document, Entity, Event, Mention, Quote
from rasd.ner.roles import role_holders
from rasd.pipeline import Pipeline
from rasd.store import Period, Store
from rasd.store.stories import neighbours, story_period
from rasd.summarize.stage import glued_byline_end, is_byline
from rasd.text.normalize import search_key
from rasd.web import charts

PERSON = "سيرغي لافروف"
SURNAME = "لافروف"


def _span(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


def _article(nlp: Pipeline, n: int, published: str, full_name: bool) -> Document:
    """A statement by the minister (named in full or by surname), a strike on a city
    with coordinates, and a sentence whose 'actor' is a currency."""
    who = PERSON if full_name else SURNAME
    body = (
        f'قال وزير الخارجية الروسي {who} إن "الحل سياسي رقم {n}" في موسكو.\n'
        f"وقصفت القوات السورية مدينة حلب فقتل {n} مدنيين.\n"
        "وارتفع الدولار أمام الليرة."
    )
    doc = nlp.analyze(
        body,
        title=f"تصريحات رقم {n}",
        published=published,
        source="agency" if n % 2 else "daily",
        url=f"https://example.org/{n}",
    )
    t = doc.text
    strike = t.index("وقصفت")
    rise = t.index("وارتفع")
    doc.entities = [
        Entity(*_span(t, who), "PER", canonical=who),
        Entity(*_span(t, "موسكو"), "LOC", canonical="موسكو", country="RUS"),
        Entity(*_span(t, "حلب"), "LOC", canonical="حلب", country="SYR"),
        Entity(*_span(t, "الدولار"), "MISC", canonical="الدولار"),
    ]
    doc.quotes = [
        Quote(
            *_span(t, f"الحل سياسي رقم {n}"),
            "direct",
            cue=Mention(*_span(t, "قال")),
            speaker=Mention(*_span(t, who), canonical=who),
        )
    ]
    doc.events = [
        Event(
            *_span(t, f"وقصفت القوات السورية مدينة حلب فقتل {n} مدنيين"),
            type="ASSAULT",
            sentence=2,
            source=Mention(*_span(t, "القوات السورية"), attrs={"code": "SYRMIL", "country": "SYR"}),
            target=Mention(*_span(t, "مدنيين", strike), attrs={"code": "SYRCVL", "country": "SYR"}),
            where=Mention(
                *_span(t, "حلب", strike),
                canonical="حلب",
                attrs={"country": "SYR", "lat": 36.2, "lon": 37.16},
            ),
            attrs={"dead": n, "relevance": round(0.2 * n, 2)},
        ),
        Event(
            *_span(t, "وارتفع الدولار أمام الليرة"),
            type="COERCE",
            sentence=3,
            source=Mention(*_span(t, "الدولار", rise), canonical="الدولار"),
            target=Mention(*_span(t, "الليرة", rise), attrs={"code": "SYR", "country": "SYR"}),
        ),
        Event(
            *_span(t, f"قال وزير الخارجية الروسي {who}"),
            type="CONSULT",
            sentence=1,
            source=Mention(
                *_span(t, who), canonical=who, attrs={"code": "RUSGOV", "country": "RUS"}
            ),
            target=Mention(
                *_span(t, "موسكو"), canonical="موسكو", attrs={"code": "RUS", "country": "RUS"}
            ),
        ),
    ]
    return doc


DAYS = ["2018-02-05", "2018-02-20", "2018-03-14", "2018-04-02", "2018-07-01"]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    nlp = Pipeline(["text"])
    docs = [_article(nlp, n, day, full_name=n % 3 != 0) for n, day in enumerate(DAYS, 1)]
    path = tmp_path_factory.mktemp("views") / "rasd.db"
    with Store(path) as writer:
        writer.add_documents(docs)
    return Store.open_readonly(path)


@pytest.fixture(scope="module")
def client(store: Store) -> TestClient:
    return TestClient(create_app(store.path, pipeline=Pipeline(["text"])))


# --- stories: the period covered, and the periods around it ---------------------------


def test_story_period_fills_each_end_from_the_corpus() -> None:
    corpus = ("2018-02-01T10:00:00", "2018-07-20T08:00:00")
    assert story_period(None, None, *corpus, 30) == Period("2018-06-20", "2018-07-20")
    assert story_period("2018-03-01", None, *corpus, 30) == Period("2018-03-01", "2018-07-20")
    assert story_period(None, "2018-03-01", *corpus, 30) == Period("2018-02-01", "2018-03-01")
    assert story_period(None, None, None, None, 30) is None
    earlier, later = neighbours(Period("2018-03-01", "2018-03-10"), *corpus)
    assert earlier == Period("2018-02-19", "2018-02-28")
    assert later == Period("2018-03-11", "2018-03-20")
    assert neighbours(Period("2018-02-01", "2018-07-20"), *corpus) == (None, None)


def test_story_period_before_the_corpus_or_at_the_calendar_edge() -> None:
    # found by schemathesis: /api/stories?until=1010-01-01 overflowed the date
    corpus = ("2018-02-01T10:00:00", "2018-07-20T08:00:00")
    assert story_period(None, "1010-01-01", *corpus, 30) == Period("1009-12-02", "1010-01-01")
    edge = story_period(None, "0001-01-01", *corpus, 30)
    assert edge == Period("0001-01-01", "0001-01-01")
    assert neighbours(edge, *corpus)[0] is None


def test_stories_say_their_period_everywhere(store: Store, client: TestClient) -> None:
    page = store.stories_page()
    assert page.period == Period("2018-06-01", "2018-07-01")
    assert page.later is None and page.earlier == Period("2018-05-01", "2018-05-31")
    api = client.get("/api/stories").json()
    assert api["period"] == {"since": "2018-06-01", "until": "2018-07-01"}
    assert api["earlier"] == {"since": "2018-05-01", "until": "2018-05-31"}
    html = client.get("/stories").text
    assert 'href="/stories?since=2018-05-01&amp;until=2018-05-31"' in html
    assert '<time datetime="2018-06-01">' in html
    said = CliRunner().invoke(app, ["stories", "--store", str(store.path), "--json"])
    assert said.exit_code == 0
    assert "2018-06-01 → 2018-07-01" in said.output
    assert "--since 2018-05-01 --until 2018-05-31" in said.output


def test_serve_reads_the_store_from_the_environment(tmp_path: Path) -> None:
    missing = tmp_path / "elsewhere.db"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = str(probe.getsockname()[1])
    result = CliRunner().invoke(app, ["serve", "--port", port], env={"RASD_STORE": str(missing)})
    assert result.exit_code == 2
    assert "elsewhere.db" in result.output and "rasd.db" not in result.output


# --- events: what GDELT, ACLED and POLECAT users expect in a row ----------------------


def test_event_rows_carry_source_codes_place_quad_and_relevance(store: Store) -> None:
    assault = store.events(type="ASSAULT", limit=1)[0]
    assert assault.published.startswith("2018-07-01") and assault.news_source == "agency"
    assert assault.url == "https://example.org/5"
    assert (assault.source_code, assault.source_country) == ("SYRMIL", "SYR")
    assert (assault.target_code, assault.target_country) == ("SYRCVL", "SYR")
    assert (assault.place_country, assault.lat, assault.lon) == ("SYR", 36.2, 37.16)
    assert assault.quad_class == 4 and assault.relevance == 1.0
    assert "_details" not in assault.attrs
    consult = store.events(type="CONSULT", limit=1)[0]
    assert consult.quad_class == 1 and consult.relevance is None


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_of_events_has_the_new_columns(store: Store, fmt: str) -> None:
    buffer = io.BytesIO()
    count = store.export("events", fmt, buffer)
    text = buffer.getvalue().decode()
    rows = (
        [json.loads(line) for line in text.splitlines()]
        if fmt == "jsonl"
        else list(csv.DictReader(io.StringIO(text)))
    )
    assert len(rows) == count == 3 * len(DAYS)
    assault = next(r for r in rows if r["type"] == "ASSAULT")
    for column in ("published", "news_source", "url", "source_code", "target_country", "lat"):
        assert assault[column] not in (None, ""), column
    assert str(assault["quad_class"]) == "4"
    assert "_details" not in str(assault["attrs"])


def test_min_relevance_and_sort_by_relevance(store: Store, client: TestClient) -> None:
    kept = store.events(min_relevance=0.5, sort="relevance")
    assert [e.relevance for e in kept] == [1.0, 0.8, 0.6]
    api = client.get("/api/events", params={"min_relevance": 0.5, "sort": "relevance"}).json()
    assert [e["relevance"] for e in api] == [1.0, 0.8, 0.6]
    assert client.get("/api/events", params={"sort": "size"}).status_code == 422
    out = CliRunner().invoke(
        app,
        ["events", "--store", str(store.path), "--min-relevance", "0.7", "-f", "csv"],
    )
    assert out.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.output)))
    assert sorted(r["relevance"] for r in rows) == ["0.8", "1.0"]


def test_counts_by_week_actor_country_and_type(store: Store, client: TestClient) -> None:
    weeks = store.event_counts("week")
    assert [w for w, _ in weeks] == ["2018-02-05", "2018-02-19", "2018-03-12", "2018-04-02",
                                     "2018-06-25"]  # fmt: skip
    assert all(date.fromisoformat(w).weekday() == 0 for w, _ in weeks)
    assert {n for _, n in weeks} == {3}
    assert dict(store.event_counts("type")) == {"ASSAULT": 5, "COERCE": 5, "CONSULT": 5}
    countries = dict(store.event_counts("country"))
    assert countries["SYR"] == 15 and countries["RUS"] == 10
    actors = dict(store.event_counts("actor", type="CONSULT"))
    assert actors[PERSON] == len(DAYS) and SURNAME not in actors  # one count per person
    runner = CliRunner()
    table = runner.invoke(app, ["events", "--store", str(store.path), "--count-by", "day"])
    assert table.exit_code == 0 and "2018-07-01" in table.output
    as_csv = runner.invoke(
        app, ["events", "--store", str(store.path), "--count-by", "type", "-f", "csv"]
    )
    assert as_csv.output.splitlines()[0] == "type,events"
    assert client.get("/api/events/counts", params={"by": "country"}).json()[0] == {
        "key": "SYR",
        "events": 15,
    }
    page = client.get("/events", params={"by": "country"}).text
    assert '<progress max="15" value="15">' in page


def test_timeline_scales_to_where_the_events_are() -> None:
    busy = [("ASSAULT", f"2018-03-{d:02d}") for d in range(1, 29) for _ in range(3)]
    old = [("ASSAULT", "1969-01-01"), ("AGREE", "2014-02-05")]
    chart = charts.timeline(busy + old)
    assert chart.outliers == [("1969-01-01", 1), ("2014-02-05", 1)]
    assert chart.ticks[0].label == "2018-03-01"
    xs = [d.x for d in chart.dots]
    assert max(xs) - min(xs) > 0.9 * (chart.right - chart.left)  # the month fills the axis
    phone = charts.timeline(busy + old, charts.NARROW)
    assert phone.width == 390 and len(phone.ticks) == 2


# --- actors and people ---------------------------------------------------------------


def test_network_nodes_are_actors_one_per_actor(store: Store) -> None:
    network = store.actor_network()
    names = {n.name for n in network.nodes}
    assert "الدولار" not in names  # a currency is no actor
    assert SURNAME not in names and PERSON in names  # one node for the minister
    assert {"القوات السورية", "مدنيين", "موسكو"} <= names


def test_network_view_box_holds_long_labels() -> None:
    long = "التحالف العربي بقيادة المملكة العربية السعودية"
    graph = charts.network([(long, "ب", 3), ("ب", "ج", 1), ("ج", long, 1)])
    assert graph.view_x < 0 or graph.view_x + graph.view_width > graph.size
    for node in graph.nodes:
        left, right = charts._label_extent(node)
        assert graph.view_x <= left and right <= graph.view_x + graph.view_width


def test_one_person_one_page(store: Store, client: TestClient) -> None:
    by_full = store.quotes(speaker=PERSON)
    by_surname = store.quotes(speaker=SURNAME)
    assert len(by_full) == len(DAYS) and by_full == by_surname
    full_page = client.get("/speaker", params={"name": PERSON}).text
    surname_page = client.get("/speaker", params={"name": SURNAME}).text
    assert f"ما قاله {PERSON}" in full_page and f"ما قاله {PERSON}" in surname_page
    assert full_page.count("<blockquote>") == surname_page.count("<blockquote>") == len(DAYS)
    api = client.get("/api/quotes", params={"speaker": SURNAME}).json()
    assert len(api) == len(DAYS)
    assert {q["speaker_canonical"] for q in api} == {PERSON}
    assert {q["speaker"] for q in api} == {PERSON, SURNAME}  # as each article wrote it


def test_entity_page(client: TestClient) -> None:
    page = client.get("/entity", params={"name": SURNAME})
    assert page.status_code == 200
    html = page.text
    assert f"<h1>{PERSON}</h1>" in html
    assert html.count('<progress max="1" value="1">') == len(DAYS)  # one article a week
    assert "الحل سياسي رقم 5" in html  # quotes by
    assert "فاعلًا في الأحداث (5)" in html and "مستهدفًا في الأحداث (0)" in html
    assert 'href="/entity?name=%D9%85%D9%88%D8%B3%D9%83%D9%88"' in html  # co-mentioned موسكو
    nobody = client.get("/entity", params={"name": "<b>أحد</b>"})
    assert nobody.status_code == 200 and "&lt;b&gt;أحد&lt;/b&gt;" in nobody.text


# --- polish ----------------------------------------------------------------------------


@pytest.mark.parametrize("command", [[], ["events"], ["serve"], ["stories"], ["demo"]])
def test_help_teaches_with_examples_and_no_bool_arguments(command: list[str]) -> None:
    shown = CliRunner().invoke(app, [*command, "--help"], terminal_width=100)
    assert shown.exit_code == 0
    assert "Examples:" in shown.output and "<bool>" not in shown.output


def test_error_pages_speak_arabic(client: TestClient) -> None:
    missing = client.get("/article/nothing-here")
    assert missing.status_code == 404 and "لا مقال بالمعرّف nothing-here" in missing.text
    bad = client.get("/events", params={"since": "2018-13-40"})
    assert bad.status_code == 422
    assert "تأكد من كتابة التواريخ بالصيغة YYYY-MM-DD" in bad.text
    assert '<details><summary>التفاصيل التقنية</summary><p dir="ltr" lang="en">' in bad.text


# --- the text shown is the article's ---------------------------------------------------


def test_a_tatweel_after_a_clitic_stays_in_the_text() -> None:
    nlp = Pipeline(["text"])
    doc = nlp.analyze('فاز الفريق بـ7 أهداف، وقال لـ"رويترز" إن الـCIA تعلم، وهذا جميـــل.')
    assert "بـ7" in doc.text and 'لـ"رويترز"' in doc.text and "الـCIA" in doc.text
    assert "جميل" in doc.text  # a tatweel that only stretches a word still goes


def test_keyphrases_leave_clitics_and_the_title_line_apart() -> None:
    nlp = Pipeline()
    body = (
        "وروسيا والصين تبحثان في بكين ملف التجارة بين البلدين. "
        "وقالت روسيا إن التجارة مع الصين تنمو. وروسيا شريك تجاري كبير للصين منذ سنوات."
    )
    doc = nlp.analyze(body, title="قمة بين روسيا والصين")
    shown = [doc.slice(k) for k in doc.keyphrases]
    assert shown and not any(k.startswith(("وروسيا", "والصين")) for k in shown)
    assert not any("\n" in k for k in shown)


def test_a_byline_never_opens_the_summary() -> None:
    nlp = Pipeline()
    body = (
        "عين اليوم – متابعات\n"
        "أكدت وزارة العمل أنه يحق للمقيمين اليمنيين الذين صححوا أوضاعهم العمل في المملكة. "
        "وقال المتحدث باسم الوزارة إن القرار يشمل الجميع دون استثناء في كل المناطق."
    )
    doc = nlp.analyze(body, title="وزارة العمل تؤكد حق المقيمين اليمنيين")
    assert doc.summary and doc.slice(doc.summary[0]).startswith("أكدت وزارة العمل")
    assert not any("عين" in doc.slice(k) for k in doc.keyphrases)


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        ("عين اليوم – متابعات\nأكدت الوزارة", True),
        ("داليا أبوالعيش، عمر إبراهيم – عين اليوم\nهاجم الأمير", True),
        ("أميرة المولد- عين اليوم\nقال", True),
        ("قال الوزير - في بيان - إن الحرب انتهت.\nوأضاف", False),
        ("أدت اتفاقية سايكس - بيكو قبل مائة عام إلى تقاسم المنطقة بين الدولتين\nثم", False),
    ],
)
def test_bylines_are_told_from_sentences(text: str, byline: bool) -> None:
    assert is_byline(text, 0, text.index("\n")) is byline


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("أحمد علي- سبق- القاهرة: تسعى بريطانيا للاستثمار.", "تسعى"),
        ("واس- جدة:\xa0التقى صاحب السمو الملكي الأمير محمد بن سلمان.", "التقى"),
        ("رويترز- بنغازي (ليبيا): قال يوم الاثنين متحدثون عسكريون.", "قال"),
        ("فهد الغبيوي - سبق - مكة المكرمة: كشف فرع الهيئة العامة للسياحة.", "كشف"),
        ("قال الوزير إن الوضع - كما قال: سيئ للغاية.", "قال"),
        ("وقالت - في تصريح لها: إن البلاد تعيش أزمة.", "وقالت"),
    ],
)
def test_a_byline_glued_to_a_paragraph_is_told_apart(text: str, content: str) -> None:
    assert text[glued_byline_end(text, 0, len(text)) :].startswith(content)


def test_summaries_of_news_with_glued_bylines_start_after_them(shared: Path) -> None:
    """SaudiNewsNet paragraphs open with "NAME- سبق- PLACE:"; the summary quotes the
    sentence, not the byline."""
    nlp = Pipeline(["text", "summary"])
    BYLINE = r"[^\n:]{0,40}- ?سبق ?- ?[^\n:]{0,20}:"
    checked = 0
    with gzip.open(shared / "data" / "news" / "saudinewsnet.jsonl.gz", "rt") as lines:
        for line in lines:
            record = json.loads(line)
            body = record["content"].strip()
            if not re.match(BYLINE, body):
                continue
            doc = nlp.analyze(body, title=record["title"])
            assert doc.summary
            assert not any(re.match(BYLINE, doc.slice(s)) for s in doc.summary)
            checked += 1
            if checked == 10:
                break
    assert checked == 10


def test_a_title_the_article_gives_a_person_joins_that_persons_node(
    shared: Path, tmp_path: Path
) -> None:
    """News names a person once with a title ("الرئيس الإيراني حسن روحاني") and then by
    the title alone; the network has one node for both, never the title's own."""
    nlp = Pipeline()
    titled = re.compile(r"(?:الرئيس|وزير|رئيس الوزراء) \w+ي ")
    docs, held = [], set()
    with gzip.open(shared / "data" / "news" / "saudinewsnet.jsonl.gz", "rt") as lines:
        for line in lines:
            record = json.loads(line)
            if len(titled.findall(record["content"])) < 2:
                continue
            doc = nlp.analyze(record["content"], title=record["title"], id=record["url"])
            holders = role_holders(doc)
            sides = [m for ev in doc.events for m in (ev.source, ev.target) if m is not None]
            titles = {search_key(doc.slice(m)) for m in sides} & holders.keys()
            if titles:
                docs.append(doc)
                held |= {(title, search_key(holders[title])) for title in titles}
            if len(docs) == 3:
                break
    assert len(docs) == 3
    with Store(tmp_path / "rasd.db") as store:
        store.add_documents(docs)
        nodes = {n.id for n in store.actor_network().nodes}
    assert not {title for title, _ in held} & nodes
    # a side is a node only when its event has an actor on the other side too
    assert any(person in nodes or store.person_key(person) in nodes for _, person in held)
