"""End to end in a real headless Chromium (Debian's package, driven by Playwright).

One server runs for the whole module on a free loopback port, over a store built
from the first demo articles (analysed by the default pipeline) and the invented
articles of `api_corpus`. Screenshots of every page go to
test-artifacts/screenshots/. Chromium is installed with apt-get when missing; the
tests skip, saying why, only when that is impossible.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from api_corpus import FIRST_QUOTE, SECOND_QUOTE, SPEAKER, build_store
from rasd.api import create_app
from rasd.pipeline import STAGES, Pipeline
from rasd.samples import SAMPLE_ID

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "screenshots"
DEMO_ARTICLES = 6
# The query of the walk a new user takes (README): it finds the bundled sample article.
DEMO_QUERY = "لافروف"


def _install_chromium() -> str | None:
    """None when Chromium is there (installed now if need be), else why not."""
    if CHROMIUM.exists():
        return None
    if shutil.which("apt-get") is None:
        return f"no {CHROMIUM} and no apt-get to install Debian's chromium package"
    try:
        for command in (["apt-get", "update"], ["apt-get", "install", "-y", "chromium"]):
            subprocess.run(command, check=True, capture_output=True, timeout=900)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"cannot install chromium with apt-get: {exc}"
    return None if CHROMIUM.exists() else f"apt-get installed chromium but {CHROMIUM} is missing"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="needs Playwright for Python: pip install -e '.[test]'"
    )
    problem = _install_chromium()
    if problem:
        pytest.skip(problem)
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, nlp: Pipeline) -> Iterator[str]:
    store = build_store(tmp_path_factory.mktemp("e2e") / "rasd.db", nlp, DEMO_ARTICLES)
    port = _free_port()
    config = uvicorn.Config(
        create_app(store, pipeline=nlp), host="127.0.0.1", port=port, log_level="warning"
    )
    web = uvicorn.Server(config)
    thread = threading.Thread(target=web.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not web.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    web.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ar")
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield tab
    context.close()
    assert not errors, f"the browser reported errors: {errors}"


def shot(page: Any, name: str) -> None:
    """Save a screenshot, after checking the page reads right to left and fits its width."""
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{name}: the page is {overflow}px wider than the window"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_invented_articles_walk(server: str, page: Any) -> None:
    """search → article with highlights → speaker page → events timeline, over
    articles whose layers are known, so every mark is checked."""
    page.goto(f"{server}/")
    page.fill("input[name=q]", "المفاوضات")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("li.hit")
    assert page.locator("li.hit mark").first.inner_text() == "المفاوضات"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    shot(page, "fixture-search")

    page.click("a[href^='/article/fixture-1']")
    page.wait_for_selector("article.doc")
    title = page.locator("h1.doc-title").inner_text()
    assert "<script>alert('rasd')</script>" in title  # shown as text, never run
    assert page.locator(".ent-PER").count() >= 2
    assert page.locator(".ent-LOC").count() >= 2
    assert page.locator(f"span.quote:has-text('{FIRST_QUOTE}')").count() == 1
    assert page.locator("#events tr.event").count() == 1
    background = page.eval_on_selector(".ent-PER", "e => getComputedStyle(e).backgroundColor")
    page.uncheck("input[data-toggle=PER]")
    hidden = page.eval_on_selector(".ent-PER", "e => getComputedStyle(e).backgroundColor")
    assert background != hidden
    page.check("input[data-toggle=PER]")
    shot(page, "fixture-article")

    page.click("a.badge")
    page.wait_for_selector("section.speaker-page")
    assert SPEAKER in page.locator("h1").inner_text()
    quotes = page.locator("blockquote").all_inner_texts()
    assert quotes == [SECOND_QUOTE, FIRST_QUOTE]
    shot(page, "fixture-speaker")

    page.goto(f"{server}/events?since=2019-01-01&until=2019-12-31")
    page.wait_for_selector("svg#timeline")
    assert page.locator("svg#timeline circle").count() == 2
    box = page.locator("svg#timeline").bounding_box()
    assert box is not None and box["width"] > 500 and box["height"] > 50
    shot(page, "fixture-events")


def _provides(nlp: Pipeline, layer: str) -> bool:
    return any(layer in STAGES[name].provides for name in nlp.names)


def test_demo_walk_finds_the_sample_article_and_its_speakers(
    server: str, page: Any, nlp: Pipeline
) -> None:
    """The README's walk: search, read the sample article with its marks, open a
    speaker's page, see the events timeline. Marks of a layer are checked when the
    default pipeline has a stage for it."""
    page.goto(f"{server}/")
    page.fill("input[name=q]", DEMO_QUERY)
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("li.hit")
    assert page.locator("li.hit mark").count() >= 1
    shot(page, "demo-search")

    page.click(f"li.hit h2 a[href^='/article/{SAMPLE_ID}?']")
    page.wait_for_selector("article.doc")
    assert DEMO_QUERY in page.locator("article.doc").inner_text()
    shot(page, "demo-article")
    if _provides(nlp, "entities"):
        assert page.locator("article.doc .ent").count() > 0
    if _provides(nlp, "events"):
        assert page.locator("#events tr.event").count() > 0
    if not _provides(nlp, "quotes"):
        pytest.skip("the default pipeline has no quotes stage: no speaker to follow")
    assert page.locator("article.doc span.quote").count() > 0
    links = page.locator("#quotes a.speaker-link")
    assert links.count() > 0
    chosen = page.locator(f"#quotes a.speaker-link:has-text('{DEMO_QUERY}')")
    (chosen if chosen.count() else links).first.click()
    page.wait_for_selector("section.speaker-page")
    assert page.locator("section.speaker-page blockquote").count() >= 1
    shot(page, "demo-speaker")

    page.goto(f"{server}/events")
    page.wait_for_selector("svg#timeline")
    assert page.locator("svg#timeline circle").count() >= 1
    shot(page, "demo-events")


@pytest.mark.parametrize(
    ("path", "name", "selector"),
    [
        ("/network?q=النرويج", "network", "svg#network"),
        ("/stories", "stories", "section.story"),
        ("/analyze", "analyze", "form.paste"),
        ("/api/docs", "api-docs", "section.api-docs"),
    ],
)
def test_other_pages_render(server: str, page: Any, path: str, name: str, selector: str) -> None:
    page.goto(f"{server}{path}")
    page.wait_for_selector(selector)
    shot(page, name)


def test_a_phone_sized_window(server: str, browser: Any) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="ar")
    tab = context.new_page()
    tab.goto(f"{server}/article/fixture-1")
    tab.wait_for_selector("article.doc")
    shot(tab, "phone-article")
    tab.goto(f"{server}/events")
    tab.wait_for_selector("svg#timeline-phone")
    shot(tab, "phone-events")
    context.close()


SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


@pytest.fixture(params=sorted(SIZES))
def sized(request: pytest.FixtureRequest, browser: Any) -> Iterator[tuple[str, Any]]:
    context = browser.new_context(viewport=SIZES[request.param], locale="ar")
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield request.param, tab
    context.close()
    assert not errors, f"the browser reported errors: {errors}"


def test_events_page_timeline_counts_and_table(server: str, sized: tuple[str, Any]) -> None:
    size, tab = sized
    tab.goto(f"{server}/events?by=type")
    shown, hidden = (
        ("#timeline-phone", "#timeline") if size == "phone" else ("#timeline", "#timeline-phone")
    )
    tab.wait_for_selector(f"svg{shown}")
    assert not tab.locator(f"svg{hidden}").is_visible()
    labels = tab.locator(f"svg{shown} .lane text")
    assert labels.count() >= 1
    # lane labels are legible: at least 11 px tall on the screen
    assert labels.first.bounding_box()["height"] >= 11
    assert tab.locator("#counts progress").count() >= 2
    width = SIZES[size]["width"]
    first = tab.locator("table.event-list tr.event").first
    cells = first.locator("td:not(:empty)")
    for i in range(cells.count()):
        box = cells.nth(i).bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width, i
    shot(tab, f"{size}-events")


def test_entity_page(server: str, sized: tuple[str, Any]) -> None:
    size, tab = sized
    tab.goto(f"{server}/article/fixture-1")
    tab.click("article.doc a.ent-PER")
    tab.wait_for_selector("section.entity-page")
    assert tab.locator("h1").inner_text() == SPEAKER
    assert tab.locator("section.quotes-by blockquote").all_inner_texts() == [
        SECOND_QUOTE,
        FIRST_QUOTE,
    ]
    assert tab.locator("section.mentions progress").count() == 2
    assert tab.locator("section.neighbours a").count() >= 1
    shot(tab, f"{size}-entity")


def test_stories_period_and_network_labels(server: str, sized: tuple[str, Any]) -> None:
    size, tab = sized
    tab.goto(f"{server}/stories?since=2019-03-01&until=2019-03-31")
    tab.wait_for_selector("nav.period")
    assert "2019-03-01" in tab.locator("nav.period").inner_text()
    assert tab.locator("section.story").count() == 1
    shot(tab, f"{size}-stories")
    tab.goto(f"{server}/network?q=النرويج")
    tab.wait_for_selector("svg#network")
    frame = tab.locator("svg#network").bounding_box()  # the drawing, scrolled or not
    assert frame is not None
    for label in tab.locator("svg#network a text").all():
        box = label.bounding_box()
        assert box is not None and box["height"] >= 10  # legible on a phone too
        assert (
            frame["x"] - 1 <= box["x"]
            and box["x"] + box["width"] <= frame["x"] + frame["width"] + 1
        )
    shot(tab, f"{size}-network")


def test_paste_an_article(server: str, page: Any) -> None:
    page.goto(f"{server}/analyze")
    page.fill("input[name=title]", "خبر تجريبي")
    page.fill("textarea[name=text]", "<script>document.title='pwned'</script> وصل الوفد إلى جنيف.")
    page.click("form.paste button")
    page.wait_for_selector(".analysed article.doc")
    assert "<script>" in page.locator(".analysed article.doc").inner_text()
    assert page.title() != "pwned"
    shot(page, "analyze-result")
