"""Commands over the corpus store: ingest, search, entities, stories, export, failures."""

from __future__ import annotations

import csv
import json
import os
import re
import sys
from dataclasses import asdict, dataclass, fields
from enum import StrEnum
from html import unescape
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from rasd.inputs import FieldOption, parse_fields
from rasd.store.core import Store
from rasd.store.errors import StoreError
from rasd.store.query import QueryError
from rasd.store.results import EventRow, StoriesPage

err = Console(stderr=True, highlight=False)
DEFAULT_STORE = "rasd.db"

StoreOption = Annotated[
    Path,
    typer.Option(
        "--store",
        "-s",
        envvar="RASD_STORE",
        help="The store file (default ./rasd.db, or $RASD_STORE).",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON lines instead of tables.")]


class Layer(StrEnum):
    documents = "documents"
    entities = "entities"
    quotes = "quotes"
    events = "events"


class EntityLabel(StrEnum):
    PER = "PER"
    ORG = "ORG"
    LOC = "LOC"
    MISC = "MISC"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"rasd: {message}", markup=False)
    return typer.Exit(code)


def open_store(path: Path) -> Store:
    """The store for reading, or a one-line error naming how to build one."""
    try:
        return Store.open_readonly(path)
    except StoreError as exc:
        raise fail(str(exc)) from None


def _print_json(items: Any) -> None:
    for item in items:
        sys.stdout.write(json.dumps(asdict(item), ensure_ascii=False) + "\n")


_MARK = re.compile(r"<mark>(.*?)</mark>", re.S)


def snippet_text(snippet_html: str) -> Text:
    """A search snippet for the terminal: matches in bold yellow."""
    text = Text()
    pos = 0
    for m in _MARK.finditer(snippet_html):
        text.append(unescape(snippet_html[pos : m.start()]))
        text.append(unescape(m.group(1)), style="bold yellow")
        pos = m.end()
    text.append(unescape(snippet_html[pos:]))
    return text


def _date(value: str | None) -> str:
    return (value or "")[:10]


# --- ingest ------------------------------------------------------------------------


def _rate(progress: Progress) -> str:
    task = progress.tasks[0]
    return f"{task.speed:,.0f} docs/s" if task.speed else "…"


def ingest_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders, glob patterns (quote them) or RSS/Atom feed URLs: "
            "JSONL(.gz), JSON, CSV, ANT/TREC, .txt, HTML pages, .rss/.atom/.xml feeds."
        ),
    ],
    store_path: StoreOption = Path(DEFAULT_STORE),
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=0, help="Worker processes (default: all cores).")
    ] = 0,
    stages: Annotated[
        str | None, typer.Option(help="Comma-separated pipeline stages (default: all).")
    ] = None,
    field: FieldOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="ADDRESS",
            help="Analyse on a Dask cluster: a scheduler address (tcp://host:8786) or "
            "'local' for a new cluster of --workers processes here. The store is still "
            "written by this process. Needs the dask extra: pip install 'rasd[dask]'.",
        ),
    ] = None,
) -> None:
    """Analyse articles with the full pipeline and add them to the store.

    Running it again adds only what is new (an article is known by its text and its
    URL), so an interrupted ingest — even a killed one — is finished by running the
    same command again. Inputs that cannot be read are recorded with the reason
    (see `rasd failures`) and the rest goes on.

    Examples:

      rasd ingest ../shared/data/news/                # every file in a folder

      rasd ingest 'archive/**/*.jsonl.gz' --workers 2 --store news.db

      rasd ingest page.html feed.rss https://example.org/rss.xml

      rasd ingest 'archive/*.jsonl.gz' --dask tcp://scheduler:8786   # workers: dask worker tcp://scheduler:8786 --nthreads 1 --nworkers 8
    """
    from rasd.cli import _pipeline
    from rasd.store.analyse import ClusterError
    from rasd.store.ingest import IngestReport, estimate_total, ingest

    fields = parse_fields(field)
    names = _pipeline(stages).names
    cores = workers or os.cpu_count() or 1
    try:
        store = Store(store_path)
    except StoreError as exc:
        raise fail(str(exc)) from None
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    )
    report = IngestReport()
    with store, Progress(*columns, console=err, disable=quiet, transient=False) as bar:
        task = bar.add_task("counting…", total=None, rate="")
        total = None if quiet else estimate_total(paths)
        where = f"on Dask at {dask}" if dask else f"{cores} workers"
        bar.update(task, total=total, description=f"ingesting ({where})")

        def on_progress(r: IngestReport) -> None:
            bar.update(task, completed=r.seen, rate=_rate(bar))

        try:
            report = ingest(store, paths, workers=cores, stages=names, fields=fields,
                            progress=on_progress, cluster=dask)  # fmt: skip
        except ClusterError as exc:
            raise fail(f"{exc}. Nothing already ingested is lost.") from None
        except StoreError as exc:
            raise fail(f"{exc}. Nothing already ingested is lost.") from None
        except KeyboardInterrupt:
            raise fail(
                "interrupted; what was ingested is kept: run the same command again to finish",
                130,
            ) from None
    for failure in report.failures[:10]:
        err.print(f"rasd: {failure}", markup=False)
    if not report.seen:  # an empty file is no error, but say why nothing was added
        err.print(f"rasd: no articles in {', '.join(paths)}", markup=False)
    more = report.failed - min(10, len(report.failures))
    if more > 0:
        err.print(f"rasd: … and {more} more failures (rasd failures --store {store_path})")
    err.print(
        f"[bold]{report.added:,}[/] ingested, {report.present:,} already present, "
        f"{report.failed:,} failed → {store_path}"
    )
    if report.failed:
        raise typer.Exit(1)


# --- search ------------------------------------------------------------------------


def search_command(
    query: Annotated[
        str,
        typer.Argument(
            help='Words (all must match), "a phrase", a OR b, -left_out. Empty with filters: browse.'
        ),
    ] = "",
    store_path: StoreOption = Path(DEFAULT_STORE),
    source: Annotated[str | None, typer.Option(help="Only this source (e.g. BBC).")] = None,
    since: Annotated[str | None, typer.Option(help="Published on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Published on or before YYYY-MM-DD.")] = None,
    entity: Annotated[str | None, typer.Option(help="Only articles naming this entity.")] = None,
    speaker: Annotated[str | None, typer.Option(help="Only articles quoting this person.")] = None,
    event_type: Annotated[
        str | None, typer.Option("--event-type", help="Only articles with this PLOVER event.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many results.")] = 10,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many results (paging).")] = 0,
    as_json: JsonOption = False,
) -> None:
    """Search the corpus the way an Arabic reader searches.

    Spelling variants (diacritics, أ/إ/آ/ا, ى/ي, ة/ه, tatweel) and light
    morphology (و ف ب ل ك, the article, common suffixes) are folded, so "بسوريا"
    finds "سوريا" and "المساعدات" finds "مساعدات". Best matches first (BM25).

    Examples:

      rasd search "المساعدات الإنسانية" --since 2018-01-01

      rasd search '"وزير الخارجية" روسيا -سوريا' --source BBC

      rasd search "" --speaker "لافروف" --limit 5
    """
    with open_store(store_path) as store:
        try:
            page = store.search(
                query, source=source, since=since, until=until, entity=entity,
                speaker=speaker, event_type=event_type, limit=limit, offset=offset,
            )  # fmt: skip
        except QueryError as exc:
            raise fail(str(exc)) from None
    if as_json:
        _print_json(page.hits)
        return
    out = Console(highlight=False)
    shown = f"{offset + 1}–{offset + len(page.hits)}" if page.hits else "0"
    out.print(f"[bold]{page.total:,}[/] matching articles (showing {shown})")
    for hit in page.hits:
        out.print()
        out.print(f"[bold]{hit.title or '(untitled)'}[/]", markup=True)
        out.print(f"[dim]{_date(hit.published)}  {hit.source or ''}  {hit.id}[/]")
        out.print(snippet_text(hit.snippet_html))


# --- entities, quotes, events --------------------------------------------------------


def entities_command(
    store_path: StoreOption = Path(DEFAULT_STORE),
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="How many names.")] = 30,
    label: Annotated[
        EntityLabel | None, typer.Option(case_sensitive=False, help="PER, ORG, LOC or MISC.")
    ] = None,
    query: Annotated[str | None, typer.Option(help="Only names containing this name.")] = None,
    as_json: JsonOption = False,
) -> None:
    """The most mentioned people, organisations and places across the corpus,
    with spellings of the same name merged. A surname used alone ("أوباما") counts
    for the full name it stands for ("باراك أوباما") when most articles that give
    a full name with that surname give that one.

    Examples:

      rasd entities --top 20 --label PER

      rasd entities --query "الأمم المتحدة" --json
    """
    with open_store(store_path) as store:
        try:
            rows = store.entities(label=label, query=query, top=top)
        except QueryError as exc:
            raise fail(str(exc)) from None
    if as_json:
        _print_json(rows)
        return
    table = Table("name", "label", "mentions", "articles")
    for r in rows:
        table.add_row(r.name, r.label, f"{r.mentions:,}", f"{r.documents:,}")
    Console(highlight=False).print(table)


def show_quotes(
    store_path: Path,
    speaker: str | None = None,
    query: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 20,
    as_json: bool = False,
) -> None:
    """`rasd quotes --speaker NAME` over the corpus (for the quotes command's --store mode)."""
    with open_store(store_path) as store:
        try:
            rows = store.quotes(speaker=speaker, query=query, since=since, until=until,
                                limit=limit)  # fmt: skip
        except QueryError as exc:
            raise fail(str(exc)) from None
    if as_json:
        _print_json(rows)
        return
    out = Console(highlight=False)
    for r in rows:
        who = r.speaker_canonical or r.speaker or "?"
        out.print(f"[bold]{who}[/] [dim]({_date(r.published)}, {r.doc_id})[/]")
        out.print(f"  {r.text}", markup=False)


@dataclass(frozen=True, slots=True)
class EventQuery:
    """The filters `rasd events --store` passes on to the store."""

    type: str | None = None
    actor: str | None = None
    since: str | None = None
    until: str | None = None
    min_relevance: float | None = None


def _write_csv(header: list[str], rows: list[list[Any]]) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)


def show_events(
    store_path: Path,
    query: EventQuery,
    *,
    limit: int = 20,
    sort: str = "published",
    fmt: str = "table",
) -> None:
    """`rasd events --type T --actor NAME` over the corpus (for the events command's --store
    mode); `fmt` is table, json (or plover: the same rows) or csv."""
    from rasd.events.records import SIZE_FIELDS

    with open_store(store_path) as store:
        try:
            rows = store.events(**asdict(query), limit=limit, sort=sort)
        except QueryError as exc:
            raise fail(str(exc)) from None
    if fmt == "csv":
        records = [asdict(r) for r in rows]
        header = [f.name for f in fields(EventRow) if f.name != "attrs"]
        _write_csv(header, [[r[k] for k in header] for r in records])
        return
    if fmt != "table":
        _print_json(rows)
        return
    table = Table("published", "event day", "type", "source", "target", "casualties", "evidence")
    if sort == "relevance" or query.min_relevance is not None:
        table.add_column("relevance")
    for r in rows:
        cells = [
            _date(r.published),
            r.day or "",
            r.type,
            _actor(r.source_canonical or r.source, r.source_code),
            _actor(r.target_canonical or r.target, r.target_code),
            ", ".join(f"{k} {r.attrs[k]}" for k in SIZE_FIELDS if k in r.attrs),
            r.text if len(r.text) < 120 else r.text[:117] + "…",
        ]
        if len(table.columns) > 7:
            cells.append("" if r.relevance is None else f"{r.relevance:.2f}")
        table.add_row(*cells)
    Console(highlight=False).print(table)


def _actor(name: str | None, code: str | None) -> str:
    return f"{name} [{code}]" if name and code else name or ""


def count_events(store_path: Path, query: EventQuery, by: str, fmt: str = "table") -> None:
    """`rasd events --store S --count-by BY`: a table, CSV or JSON lines of counts."""
    with open_store(store_path) as store:
        try:
            counts = store.event_counts(by, **asdict(query))
        except QueryError as exc:
            raise fail(str(exc)) from None
    if fmt == "csv":
        _write_csv([by, "events"], [list(row) for row in counts])
        return
    if fmt != "table":
        for key, n in counts:
            sys.stdout.write(json.dumps({by: key, "events": n}, ensure_ascii=False) + "\n")
        return
    table = Table(by, "events")
    for key, n in counts:
        table.add_row(key, f"{n:,}")
    Console(highlight=False).print(table)
    err.print(f"{sum(n for _, n in counts):,} in {len(counts):,} rows")


# --- stories, export, failures -------------------------------------------------------


def stories_command(
    store_path: StoreOption = Path(DEFAULT_STORE),
    since: Annotated[str | None, typer.Option(help="From YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Until YYYY-MM-DD (inclusive).")] = None,
    window: Annotated[
        float, typer.Option(min=0, help="Days between linked articles, at most.")
    ] = 3.0,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many stories.")] = 10,
    as_json: JsonOption = False,
) -> None:
    """Stories: articles on the same event grouped across sources, near-duplicates marked.

    With no dates it covers the 30 days up to the newest article; the period
    covered, and the commands for the periods before and after it, are printed
    on stderr (so --json output stays clean).

    Examples:

      rasd stories --since 2018-10-01 --until 2018-10-31

      rasd stories --window 1 --json
    """
    with open_store(store_path) as store:
        try:
            page = store.stories_page(since=since, until=until, limit=limit, window_days=window)
        except QueryError as exc:
            raise fail(str(exc)) from None
    _say_period(page, store_path)
    stories = page.stories
    if as_json:
        _print_json(stories)
        return
    out = Console(highlight=False)
    for story in stories:
        out.print(
            f"[bold]{story.title}[/]  [dim]{story.size} articles, {_date(story.first)}"
            f" → {_date(story.last)}, {', '.join(story.sources)}[/]"
        )
        for d in story.documents[:8]:
            dup = f"  [dim](copy of {d.duplicate_of})[/]" if d.duplicate_of else ""
            out.print(f"  {_date(d.published)}  {d.source or ''}  {d.title}{dup}")
        if story.size > 8:
            out.print(f"  … {story.size - 8} more")
        out.print()


def _say_period(page: StoriesPage, store_path: Path) -> None:
    if page.period is None:
        err.print("no dated articles in the store: no stories")
        return
    found = len(page.stories)
    err.print(f"{found} stories of {page.period.since} → {page.period.until}", markup=False)
    for word, other in (("earlier", page.earlier), ("later", page.later)):
        if other is not None:
            err.print(
                f"  {word}: rasd stories --store {store_path} --since {other.since}"
                f" --until {other.until}",
                markup=False,
            )


def export_command(
    layer: Annotated[Layer, typer.Option(help="What to export.")] = Layer.documents,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="File format.")] = (
        ExportFormat.jsonl
    ),
    out: Annotated[
        str, typer.Option("--out", "-o", help="Output file, or - for standard output.")
    ] = "-",
    store_path: StoreOption = Path(DEFAULT_STORE),
) -> None:
    """Export a layer of the whole corpus, streaming (memory stays flat).

    Columns: documents id, title, published, source, url, text; entities doc_id,
    start, end, label, text, canonical, country, role; quotes doc_id, start, end,
    kind, text, speaker, speaker_canonical, cue; events doc_id, start, end, type,
    text, source, source_canonical, target, target_canonical, where, when, day
    (the event's own date, when its time resolved), dead, injured, attrs (JSON:
    trigger, CAMEO code, negation…), published, news_source, url, source_code,
    source_country, target_code, target_country, place_country, lat, lon (where
    the gazetteer has the place), quad_class (PLOVER 1-4), relevance (ASSAULT,
    PROTEST). Offsets are characters of the document text.

    Examples:

      rasd export --layer quotes --format csv -o quotes.csv

      rasd export --layer events --format parquet -o events.parquet

      rasd export --layer documents | head
    """
    if fmt is ExportFormat.parquet and out == "-":
        raise fail("parquet needs a file: add --out FILE.parquet")
    with open_store(store_path) as store:
        try:
            count = store.export(layer.value, fmt.value, out)
        except OSError as exc:
            raise fail(f"cannot write {out}: {exc.strerror or exc}") from None
    if out != "-":
        err.print(f"{count:,} {layer.value} rows → {out}")


def failures_command(
    store_path: StoreOption = Path(DEFAULT_STORE),
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many.")] = 100,
    as_json: JsonOption = False,
) -> None:
    """Inputs that could not be ingested, with where and why.

    Example:

      rasd failures --store news.db
    """
    with open_store(store_path) as store:
        rows = store.failures(limit=limit)
    if as_json:
        _print_json(rows)
        return
    if not rows:
        err.print("no failures recorded")
    for r in rows:
        where = f"{r.source}:{r.line}" if r.line is not None else r.source
        print(f"{r.at}  {where}: {r.reason}")


def register(app: typer.Typer, train_app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
    app.command("search")(search_command)
    app.command("entities")(entities_command)
    app.command("stories")(stories_command)
    app.command("export")(export_command)
    app.command("failures")(failures_command)
