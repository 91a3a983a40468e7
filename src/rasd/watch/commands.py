"""`rasd watch add|list|rm|alerts` and `rasd follow`."""

from __future__ import annotations

import json
import re
import signal
import sys
import time
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from rasd.inputs import FieldOption, parse_fields
from rasd.store import Store, StoreError
from rasd.store.commands import DEFAULT_STORE, StoreOption, fail, open_store
from rasd.watch.spec import Watch, WatchError
from rasd.watch.storage import WatchBook

if TYPE_CHECKING:
    from rasd.watch.fetch import Fetcher
    from rasd.watch.follow import Outcome

err = Console(stderr=True, highlight=False, soft_wrap=True)
watch_app = typer.Typer(
    help="Standing questions over incoming news: each new article that matches one "
    "raises an alert (see also rasd follow).",
    no_args_is_help=True,
    rich_markup_mode="rich",
)


class AlertFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"


def register(app: typer.Typer, train_app: typer.Typer, eval_app: typer.Typer) -> None:
    app.add_typer(watch_app, name="watch")
    app.command("follow")(follow_command)


def _writable(path: Path) -> Store:
    try:
        return Store(path)
    except StoreError as exc:
        raise fail(str(exc)) from None


@watch_app.command("add")
def add_command(
    name: Annotated[str, typer.Argument(help="A short name: letters, digits, - and _.")],
    query: Annotated[
        str | None,
        typer.Argument(help='Words as rasd search reads them: words, "a phrase", a OR b, -not.'),
    ] = None,
    event_type: Annotated[
        str | None, typer.Option("--event-type", help="A PLOVER event type, e.g. ASSAULT.")
    ] = None,
    actor: Annotated[
        str | None, typer.Option(help="Source or target of that event (any spelling).")
    ] = None,
    speaker: Annotated[str | None, typer.Option(help="Quoted speaker (any spelling).")] = None,
    place: Annotated[
        str | None, typer.Option(help="Where the event happened (or a place named).")
    ] = None,
    country: Annotated[
        str | None, typer.Option(help="An entity of this country (ISO alpha-3, e.g. TUN).")
    ] = None,
    source: Annotated[str | None, typer.Option(help="Only this news source.")] = None,
    min_relevance: Annotated[
        float | None,
        typer.Option(help="ASSAULT/PROTEST events reported, not just mentioned (0-1)."),
    ] = None,
    webhook: Annotated[
        str | None, typer.Option(help="POST each alert as JSON to this URL (rasd follow).")
    ] = None,
    store_path: StoreOption = Path(DEFAULT_STORE),
) -> None:
    """Save a watch: articles stored from now on that match it raise alerts.

    Articles stored by rasd follow or rasd ingest are checked as they are stored;
    every filter given must hold.

    Examples:

      rasd watch add idlib-shelling --event-type ASSAULT --actor "الجيش السوري" --place إدلب

      rasd watch add lavrov-syria سوريا --speaker لافروف

      rasd watch add tunisia-protests --event-type PROTEST --country TUN --min-relevance 0.5

      rasd watch add hts '"هيئة تحرير الشام"' --webhook https://hooks.example.org/rasd
    """
    try:
        watch = Watch(
            name, query, event_type and event_type.upper(), actor, speaker, place,
            country and country.upper(), source, min_relevance, webhook,
        )  # fmt: skip
        with _writable(store_path) as store:
            WatchBook(store).add(watch)
    except (WatchError, StoreError) as exc:
        raise fail(str(exc)) from None
    err.print(f"watch {name} saved: {watch.describe()}", markup=False)


@watch_app.command("list")
def list_command(
    store_path: StoreOption = Path(DEFAULT_STORE),
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per watch.")] = False,
) -> None:
    """The saved watches, with their number of alerts and days of unusual activity.

    Example: rasd watch list --store news.db
    """
    from rasd.watch.spikes import daily

    with open_store(store_path) as store:
        book = WatchBook(store)
        rows = [
            (s, [d for d in daily(book.daily_counts(s.watch.name)) if d.spike]) for s in book.all()
        ]
    if as_json:
        for saved, spikes in rows:
            record = {"name": saved.watch.name, **saved.watch.to_dict(), "alerts": saved.alerts,
                      "created": saved.created, "spikes": [d.day for d in spikes]}  # fmt: skip
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    if not rows:
        err.print("no watches yet; add one with rasd watch add NAME QUERY …")
        return
    table = Table("name", "question", "alerts", "spikes", "since")
    for saved, spikes in rows:
        flag = ", ".join(d.day for d in spikes[-3:])
        table.add_row(saved.watch.name, escape(saved.watch.describe()), str(saved.alerts),
                      f"⚠ {flag}" if flag else "", saved.created[:10])  # fmt: skip
    Console(highlight=False).print(table)


@watch_app.command("rm")
def rm_command(
    name: Annotated[str, typer.Argument(help="The watch to remove (with its alerts).")],
    store_path: StoreOption = Path(DEFAULT_STORE),
) -> None:
    """Remove a watch and its alerts. Example: rasd watch rm idlib-shelling"""
    try:
        with _writable(store_path) as store:
            removed = WatchBook(store).remove(name)
    except (WatchError, StoreError) as exc:
        raise fail(str(exc)) from None
    err.print(f"watch {name} removed, with its {removed} alerts", markup=False)


def _day(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; write YYYY-MM-DD") from None


@watch_app.command("alerts")
def alerts_command(
    name: Annotated[str | None, typer.Argument(help="Only this watch's alerts.")] = None,
    since: Annotated[
        str | None, typer.Option(help="Alerts of articles of this day (YYYY-MM-DD) or later.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many alerts.")] = 50,
    fmt: Annotated[AlertFormat, typer.Option("--format", "-f", help="table or jsonl.")] = (
        AlertFormat.table
    ),
    store_path: StoreOption = Path(DEFAULT_STORE),
) -> None:
    """Alerts newest first: the watch, the article and the evidence.

    The evidence is the event, the quotation or the words that matched. Days far
    above a watch's usual count (mean + 3 sd of the 30 days before) are flagged ⚠.

    Examples:

      rasd watch alerts idlib-shelling --since 2024-05-01

      rasd watch alerts --format jsonl > alerts.jsonl
    """
    from rasd.watch.spikes import daily
    from rasd.watch.webhook import payload

    with open_store(store_path) as store:
        book = WatchBook(store)
        try:
            alerts = book.alerts(name, since=_day(since), limit=limit)
            names = [name] if name else [s.watch.name for s in book.all(counts=False)]
            spikes = {n: {d.day: d for d in daily(book.daily_counts(n)) if d.spike} for n in names}
        except WatchError as exc:
            raise fail(str(exc)) from None
    if fmt is AlertFormat.jsonl:
        for alert in alerts:
            record = payload(alert, spike=alert.day in spikes[alert.watch])
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    out = Console(highlight=False)
    for watch, days in spikes.items():
        for day in sorted(days.values(), key=lambda d: d.day)[-5:]:
            out.print(f"⚠ {watch}: {day.count} alerts on {day.day} (usually {day.baseline:g})")
    if not alerts:
        err.print("no alerts yet")
        return
    table = Table("day", "watch", "kind", "evidence", "article")
    for a in alerts:
        flag = "⚠ " if a.day in spikes[a.watch] else ""
        table.add_row(
            flag + a.day, a.watch, a.kind, escape(a.evidence), escape(a.title or a.doc_id)
        )
    out.print(table)


_EVERY = re.compile(r"^(\d+(?:\.\d+)?)\s*([smhd]?)$")
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def _seconds(every: str) -> float:
    m = _EVERY.match(every.strip().lower())
    if not m or float(m[1]) <= 0:
        raise typer.BadParameter(f"{every!r}: write a duration such as 30s, 10m or 1h")
    return float(m[1]) * _UNIT[m[2]]


def _stop(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt  # a service manager's SIGTERM stops as Ctrl+C does


def follow_command(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="RSS/Atom feed URLs, folders (new files) and .jsonl files (new lines)."
        ),
    ],
    every: Annotated[str, typer.Option(help="How often to poll each source: 30s, 10m, 1h.")] = (
        "10m"
    ),
    once: Annotated[
        bool, typer.Option("--once", help="Poll every source once and exit (for cron).")
    ] = False,
    stages: Annotated[
        str | None, typer.Option(help="Comma-separated pipeline stages (default: all).")
    ] = None,
    timeout: Annotated[
        float, typer.Option(min=0.1, help="Seconds to wait for a feed or page to answer.")
    ] = 20.0,
    field: FieldOption = None,
    store_path: StoreOption = Path(DEFAULT_STORE),
) -> None:
    """Follow news as it arrives: poll sources, store what is new, raise alerts.

    Each new article is analysed, stored and checked against the saved watches
    (rasd watch add).

    Feeds are asked with ETag / Last-Modified, so an unchanged feed costs little;
    an entry with only a summary has its page fetched. A source that fails (down,
    slow, not a feed) is reported and tried again later, with a growing delay; the
    others go on. Ctrl+C stops cleanly; running the same command again resumes
    where it stopped, without losing or repeating an alert. Exit code 1 with
    --once when a source failed.

    Examples:

      rasd follow https://www.bbc.com/arabic/index.xml inbox/ wire.jsonl --every 10m

      rasd follow https://example.org/feed.atom --once --store news.db   # from cron
    """
    from rasd.cli import _pipeline
    from rasd.store.analyse import Analyzer
    from rasd.watch.fetch import Fetcher
    from rasd.watch.follow import Follower, SourceError, source_for

    period = _seconds(every)
    fetcher = Fetcher(timeout=timeout)
    fields = parse_fields(field)
    try:
        followed = [source_for(s, fetcher, fields) for s in sources]
    except SourceError as exc:
        raise fail(str(exc)) from None
    names = _pipeline(stages).names
    signal.signal(signal.SIGTERM, _stop)
    with _writable(store_path) as store:
        try:
            with err.status("loading the analysis models…"):
                analyzer = Analyzer(names)
            follower = Follower(store, followed, analyzer, on_outcome=_say)
            last = follower.book.last_alert()
            failed = False
            while True:
                outcomes = follower.poll(period)
                failed = failed or any(o.error for o in outcomes)
                last = _announce(follower.book, last, fetcher)
                if once:
                    break
                time.sleep(max(1.0, follower.next_due()))
        except StoreError as exc:
            raise fail(f"{exc}. What was stored before is kept.") from None
        except KeyboardInterrupt:
            raise fail(
                "stopped; run the same command again to resume where it stopped", 130
            ) from None
    if failed:
        raise typer.Exit(1)


def _say(outcome: Outcome) -> None:
    if outcome.error:
        err.print(
            f"✗ {outcome.source}: {outcome.error} (next try in {outcome.retry_in:.0f} s)",
            markup=False,
        )
        return
    r = outcome.report
    err.print(
        f"✓ {outcome.source}: {r.added} new, {r.present} already stored, {r.failed} failed",
        markup=False,
    )


ANNOUNCED = 200  # alerts printed per poll; the rest are for rasd watch alerts


def _announce(book: WatchBook, last: int, fetcher: Fetcher) -> int:
    """Print the alerts raised since alert `last` (on stdout, for a pipe), send
    webhooks; the newest alert's id."""
    from rasd.watch.spikes import daily
    from rasd.watch.webhook import deliver

    out = Console(highlight=False, soft_wrap=True)
    new = book.alerts(after=last, limit=ANNOUNCED + 1)
    for alert in sorted(new[:ANNOUNCED], key=lambda a: a.id):
        out.print(f"🔔 {alert.watch}: {alert.title} — {alert.evidence[:120]}", markup=False)
    if len(new) > ANNOUNCED:
        out.print("🔔 … and more: rasd watch alerts lists them all", markup=False)

    def spikes(name: str) -> set[str]:
        return {d.day for d in daily(book.daily_counts(name)) if d.spike}

    for name, (sent, error) in deliver(book, fetcher, spikes).items():
        if error:
            err.print(
                f"✗ webhook of {name}: {error} ({sent} sent; retried next poll)", markup=False
            )
    return book.last_alert()
