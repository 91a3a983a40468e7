"""`rasd events`, `rasd eval events` and `rasd train events`."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from rasd.inputs import FieldOption, ReadReport, parse_fields
from rasd.training import (
    GoldDirs,
    ModelOut,
    analysed_dev_articles,
    require_training,
    write_model,
)

if TYPE_CHECKING:
    from rasd.events.speech_model import SpeechActModel
    from rasd.events.speech_train import Articles

EVENT_STAGES = ("text", "ner", "quotes", "events")


class EventFormat(StrEnum):
    table = "table"
    plover = "plover"
    json = "json"
    csv = "csv"


class CountBy(StrEnum):
    day = "day"
    week = "week"
    actor = "actor"
    country = "country"
    type = "type"


class EventSort(StrEnum):
    published = "published"
    relevance = "relevance"


def register(app: typer.Typer, train_app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("events")(events)
    eval_app.command("events")(eval_events)
    train_app.command("events")(train_events)
    train_app.command("sides")(train_sides)
    train_app.command("event-filter")(train_event_filter)
    train_app.command("speech-acts")(train_speech_acts)


def _fail(message: str, code: int = 2) -> typer.Exit:
    Console(stderr=True, soft_wrap=True, highlight=False).print(f"rasd: {message}", markup=False)
    return typer.Exit(code)


def _match_cell(m: dict) -> str:
    return f"{m['match']:.3f} ({m['matched']}/{m['total']})"


def _pipeline(keep_negated: bool, keep_background: bool = False, confidence: bool = True):
    from rasd.events.extract import EventExtractor
    from rasd.pipeline import DEFAULT_STAGES, Pipeline

    names = [n for n in DEFAULT_STAGES if n in EVENT_STAGES]
    extractor = EventExtractor(
        keep_negated=keep_negated, keep_background=keep_background, confidence=confidence
    )
    return Pipeline(names, components={"events": extractor})


def events(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Articles (.txt, .jsonl(.gz), .json, .csv, ANT files) or - for stdin."),
    ] = None,
    fmt: Annotated[
        EventFormat,
        typer.Option(
            "--format",
            "-f",
            help="table: for people; plover: one PLOVER JSON record per line; json: rows as "
            "JSON lines; csv (with --store): rows or counts as CSV.",
        ),
    ] = EventFormat.table,
    field: FieldOption = None,
    negated: Annotated[
        bool, typer.Option("--negated", help="Also show events a negation or failure cancels.")
    ] = False,
    background: Annotated[
        bool,
        typer.Option(
            "--background",
            help="Also show events told as background, generic or future (flagged).",
        ),
    ] = False,
    store: Annotated[
        Path | None,
        typer.Option(help="Query an analysed corpus store instead of reading articles."),
    ] = None,
    type_: Annotated[
        str | None, typer.Option("--type", help="With --store: only this PLOVER type.")
    ] = None,
    actor: Annotated[
        str | None, typer.Option(help="With --store: only events with this source or target.")
    ] = None,
    since: Annotated[str | None, typer.Option(help="With --store: published on or after.")] = None,
    until: Annotated[str | None, typer.Option(help="With --store: published on or before.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="With --store: at most this many events.")] = 20,
    min_relevance: Annotated[
        float | None,
        typer.Option(
            "--min-relevance",
            min=0.0,
            max=1.0,
            help="With --store: only events whose relevance score (ASSAULT, PROTEST: how "
            "likely a specific, new event) is at least this; events without a score are left out.",
        ),
    ] = None,
    sort: Annotated[
        EventSort, typer.Option(help="With --store: newest first, or most relevant first.")
    ] = EventSort.published,
    count_by: Annotated[
        CountBy | None,
        typer.Option(
            "--count-by",
            help="With --store: count the matching events per day, week (its Monday), actor, "
            "country or type instead of listing them.",
        ),
    ] = None,
) -> None:
    """Who did what to whom, where and when: PLOVER events of Arabic articles.

    Each event has a type (AGREE, CONSULT, … ASSAULT), source and target actors
    with country+role codes (RUS, SYRMIL …), place, time resolved to a date when
    the article has a publication date, casualties, and the sentence that proves it.

    Examples:

      rasd events article.txt

      rasd events article.txt --negated --background   (flagged events too)

      rasd events news.jsonl.gz --field text=content --format plover > events.jsonl

      rasd events --store corpus.db --type ASSAULT --actor "روسيا" --since 2018-01-01

      rasd events --store corpus.db --type PROTEST --min-relevance 0.5 --sort relevance

      rasd events --store corpus.db --count-by week --format csv > weekly.csv

      rasd events --store corpus.db --count-by country --actor "إسرائيل"
    """
    if store is not None:
        from rasd.store.commands import EventQuery, count_events, show_events

        query = EventQuery(type_, actor, since, until, min_relevance)
        if count_by is not None:
            count_events(store, query, count_by.value, fmt.value)
        else:
            show_events(store, query, limit=limit, sort=sort.value, fmt=fmt.value)
        return
    if fmt is EventFormat.csv:
        raise _fail("--format csv is for --store queries; use json or plover for articles")
    if not paths:
        raise _fail("give article files (or - for stdin), or --store PATH; see rasd events --help")
    from rasd.events.records import event_row, events_table, plover_records

    nlp = _pipeline(negated, background)
    out = Console(highlight=False)
    documents = ReadReport(paths, parse_fields(field))
    for item in documents:
        doc = nlp(item)
        if fmt is EventFormat.plover:
            for record in plover_records(doc):
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif fmt is EventFormat.json:
            for ev in doc.events or []:
                sys.stdout.write(json.dumps(event_row(doc, ev), ensure_ascii=False) + "\n")
        else:
            rows = [event_row(doc, ev) for ev in doc.events or []]
            title = f"{doc.title or doc.id}: {len(rows)} events"
            out.print(events_table(rows, title=title))
    documents.exit_if_failed()


def eval_events(
    shared: Annotated[
        Path, typer.Option(help="The shared data folder holding data/events/arabic-event-gsr.")
    ] = Path("../shared"),
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Detection P/R/F1 for ASSAULT and PROTEST and source/target actor match on
    arabic-event-gsr (dev half; see rasd.events.gsr for the split).

    Example: rasd eval events --shared ../shared
    """
    from rasd.events.gsr import GSR, evaluate_gsr

    if not (shared / GSR).is_dir():
        raise _fail(f"no {GSR} under {shared}; pass --shared PATH")
    nlp, coded = _pipeline(False), _pipeline(False, keep_background=True)
    results = evaluate_gsr(shared, nlp.analyze, coded=coded.analyze)
    if as_json:
        print(json.dumps(results, indent=2))
        return
    from rich.table import Table

    table = Table(title="arabic-event-gsr, dev half", title_justify="left")
    for column in ("type", "decision", "precision", "recall", "F1", "tp / fp / fn"):
        table.add_column(column)
    for event_type, r in results.items():
        for decision, d in r["detection"].items():
            if decision == "reported" and r["threshold"] is not None:
                decision = f"reported (relevance ≥ {r['threshold']:.2f})"
            table.add_row(
                event_type,
                decision,
                f"{d['precision']:.3f}",
                f"{d['recall']:.3f}",
                f"{d['f1']:.3f}",
                f"{d['tp']} / {d['fp']} / {d['fn']}",
            )
    actors = Table(title="source / target actor match (spans files)", title_justify="left")
    for column in ("type", "records", "source", "target"):
        actors.add_column(column)
    for event_type, r in results.items():
        for label, pick in (
            ("all", lambda m: m),
            ("held out", lambda m: m["held_out"]),
            ("country of matched", lambda m: m["codes"]["country"]),
            ("role of matched", lambda m: m["codes"]["role"]),
        ):
            source, target = pick(r["actors"]["source"]), pick(r["actors"]["target"])
            actors.add_row(event_type, label, _match_cell(source), _match_cell(target))
    console = Console(highlight=False)
    console.print(table)
    console.print(actors)


def train_events(
    shared: Annotated[Path, typer.Option(help="The shared data folder.")] = Path("../shared"),
    out: Annotated[Path, typer.Option(help="Where to write the resources.")] = Path(
        "src/rasd/events/data"
    ),
    relevance: Annotated[
        bool,
        typer.Option(
            "--relevance/--no-relevance",
            help="Also fit the ASSAULT/PROTEST relevance model on the GSR train half (needs scikit-learn).",
        ),
    ] = False,
) -> None:
    """Compile the actor dictionary (UniversalPetrarch actors and agents, countries,
    demonyms) and the place gazetteer (countries with coordinates, cities) into
    actors.tsv.gz and places.tsv.gz; with --relevance, also refit relevance.json.gz
    from the train half of arabic-event-gsr (never its dev half).

    Examples:

      rasd train events --shared ../shared

      rasd train events --shared ../shared --relevance
    """
    from rasd.events.build import EVENTS, build_actors, build_places, write_tsv

    if not (shared / EVENTS).is_dir():
        raise _fail(f"no {EVENTS} under {shared}; pass --shared PATH")
    out.mkdir(parents=True, exist_ok=True)
    actors = build_actors(shared)
    places = build_places(shared)
    write_tsv(actors, out / "actors.tsv.gz")
    write_tsv(places, out / "places.tsv.gz")
    print(f"{len(actors):,} actor phrases, {len(places):,} places → {out}")
    if relevance:
        _train_relevance(shared, out)


def train_sides(
    gold_dirs: GoldDirs,
    shared: Annotated[
        Path, typer.Option(help="The shared data folder holding data/events/arabic-event-gsr.")
    ] = Path("../shared"),
    out: ModelOut = None,
) -> None:
    """Fit the event side ranker on the gold events of the development folds (0-2; the
    check folds are never read) and the train half of arabic-event-gsr (never its
    held-out records), choosing each side's regularisation by cross-validation across
    the development folds, and write its weights. Needs scikit-learn (the train extra).

    Examples:

      rasd train sides ../shared/gold

      rasd train sides ../shared/gold --shared ../shared --out /tmp/side_ranker.json
    """
    from importlib import resources

    from rasd.events.gsr import GSR
    from rasd.events.side_ranker import MODEL_RESOURCE, PACKAGE
    from rasd.events.train import gold_groups, gsr_groups, side_groups
    from rasd.events.train import train_sides as fit_sides
    from rasd.pipeline import DEFAULT_STAGES, Pipeline

    err = Console(stderr=True, soft_wrap=True, highlight=False)
    require_training(gold_dirs, err)
    if not (shared / GSR).is_dir():
        raise _fail(f"no {GSR} under {shared}; pass --shared PATH")
    nlp = Pipeline([n for n in DEFAULT_STAGES if n in EVENT_STAGES and n != "events"])
    articles = analysed_dev_articles(gold_dirs, nlp, "analysing dev articles", err)
    with err.status("analysing the GSR train sentences…"):
        groups = side_groups(gold_groups(articles), gsr_groups(shared, nlp))
    ranker, report = fit_sides(articles, groups)
    out_path = out or Path(str(resources.files(PACKAGE).joinpath(MODEL_RESOURCE)))
    write_model({**ranker.to_dict(), "report": report}, out_path, err)
    for side in ("source", "target"):
        r = report[side]
        folds = " ".join(
            f"fold {f}: rules {v['rules']:.3f} ranker {v['ranker']:.3f}"
            for f, v in r["folds"].items()
        )
        print(
            f"{side}: {r['groups']} groups ({r['with_right']} with a right candidate), C={r['C']}; {folds}"
        )
    f1 = report["events_f1"]
    print(
        f"held-out dev event F1: rules {f1['rules']:.3f}, ranker "
        + ", ".join(f"{v:.3f} (keep_empty {k})" for k, v in f1["keep_empty"].items())
        + f"; chosen keep_empty {ranker.keep_empty}"
    )
    print(f"weights → {out_path}")


def _train_relevance(shared: Path, out: Path) -> None:
    from rasd.events.extract import EventExtractor
    from rasd.events.gsr import GSR, NEGATIVE, POSITIVE, TYPES, read_labelled, split
    from rasd.events.relevance import (
        RESOURCE,
        ContextVectors,
        Example,
        FeatureRecorder,
        save,
        train,
    )
    from rasd.pipeline import DEFAULT_STAGES, Pipeline

    try:
        import sklearn  # noqa: F401
    except ImportError:
        raise _fail("--relevance needs scikit-learn: pip install scikit-learn") from None
    recorder = FeatureRecorder()
    names = [n for n in DEFAULT_STAGES if n in EVENT_STAGES]
    nlp = Pipeline(
        names, components={"events": EventExtractor(relevance=recorder, confidence=False)}
    )
    examples: list[Example] = []
    for event_type in TYPES:
        labelled = split(read_labelled(shared / GSR / f"{event_type.lower()}_gsr.csv"), dev=False)
        for row in labelled:
            if row.label not in POSITIVE | NEGATIVE:
                continue
            recorder.clear()
            doc = nlp.analyze(row.text)
            coded = any(e.type == event_type for e in doc.events or [])
            feats = recorder.seen.get(event_type) if coded else None
            examples.append(Example(event_type, feats, row.accept, row.reject, row.label))
    model = train(examples, context=ContextVectors())
    save(model, out / RESOURCE)
    for event_type in TYPES:
        cv = model["cv"][event_type]
        verdict = (
            f"threshold {model['thresholds'][event_type]}"
            if event_type in model["thresholds"]
            else "not covered (no better than reporting every mention)"
        )
        print(
            f"{event_type}: {model['train_sentences'][event_type]} sentences "
            f"({model['train_yes'][event_type]} yes), CV F1 {cv['f1']:.3f} "
            f"(every mention: {cv['mentioned_f1']:.3f}; one annotator of the panel: "
            f"{cv['annotator_f1']:.3f}), {verdict}"
        )
    print(f"{len(model['weights']):,} weights → {out / RESOURCE}")


def _coded_dev_articles(gold_dirs: list[Path], err: Console) -> Articles:
    """The development articles with the events the rules code (no filter), each
    fold's speech acts typed by a speech-act model fitted without that fold."""
    from rasd.events.extract import EventExtractor
    from rasd.events.speech_lexicon import SpeechActs
    from rasd.events.speech_model import load_speech_model
    from rasd.events.speech_train import C, cross_fitted, examples_of
    from rasd.pipeline import DEFAULT_STAGES, Pipeline

    nlp = Pipeline([n for n in DEFAULT_STAGES if n in EVENT_STAGES and n != "events"])
    articles = analysed_dev_articles(gold_dirs, nlp, "analysing dev articles", err)
    shipped = load_speech_model()
    models: dict[int, SpeechActModel | bool] = {}
    if shipped is not None:
        with err.status("fitting the speech-act model without each fold…"):
            folds = examples_of(articles, SpeechActs.load())
            models |= cross_fitted(
                folds, C, shipped.threshold, shipped.coded, shipped.aimed, shipped.judging
            )
    coders = {
        f: EventExtractor(confidence=False, speech_model=models.get(f, False))
        for f in {f for _, _, f in articles}
    }
    return [(g, coders[f](d), f) for g, d, f in articles]


def train_event_filter(gold_dirs: GoldDirs, out: ModelOut = None) -> None:
    """Fit the event confidence model on the events coded in the development folds
    (0-2 of each folder; the check folds are never read), choosing its regularisation
    and threshold by cross-validation across those folds, and write its weights.
    Needs scikit-learn (the train extra).

    Examples:

      rasd train event-filter ../shared/gold benchmarks/news-gold

      rasd train event-filter ../shared/gold --out /tmp/event_confidence.json
    """
    from importlib import resources

    from rasd.events.confidence import MODEL_RESOURCE, PACKAGE
    from rasd.events.confidence_train import choose, examples_of, fit

    err = Console(stderr=True, highlight=False)
    articles = _coded_dev_articles(gold_dirs, err)
    folds = examples_of(articles)
    c, threshold, table = choose(folds)
    model = fit(list(folds.values()), c, threshold)
    out_path = out or Path(str(resources.files(PACKAGE).joinpath(MODEL_RESOURCE)))
    events = sum(len(e.labels) for e in folds.values())
    data = model.to_dict() | {"C": c, "events": events, "articles": len(articles)}
    write_model(data, out_path, err)
    console = Console(highlight=False)
    console.print(f"{events} coded events of {len(articles)} dev articles")
    p, r, f1 = table[(c, 0.0)]
    console.print(f"held-out folds, all events kept: P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    p, r, f1 = table[(c, threshold)]
    console.print(f"chosen C = {c}, threshold {threshold}: P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    console.print(f"wrote {out_path}", markup=False)


def train_speech_acts(
    gold_dirs: GoldDirs,
    out: ModelOut = None,
    aimed: Annotated[
        bool,
        typer.Option(
            "--aimed",
            help="Keep the model's acts only when aimed at a person or body other than "
            "the speaker (both held-out tables are printed either way).",
        ),
    ] = False,
    judging: Annotated[
        bool,
        typer.Option(
            "--judging/--no-judging",
            help="Keep the model's acts only when the quotation holds a word of blame "
            "(words.tsv `evaluative`), the threshold chosen on those acts (the default).",
        ),
    ] = True,
) -> None:
    """Fit the speech-act model on the quotations of the development folds (0-2 of each
    folder; the check folds are never read): a quotation under a plain cue ("قال"،
    "أكد") whose words criticise, demand, reject, threaten or support is coded as that
    act. Its threshold is chosen by the held-out event F1 of the development articles,
    one fold at a time (a few minutes). Needs scikit-learn (the train extra).

    Examples:

      rasd train speech-acts ../shared/gold benchmarks/news-gold

      rasd train speech-acts ../shared/gold --out /tmp/speech_act_model.json
    """
    from importlib import resources

    from rasd.events.speech_lexicon import SpeechActs
    from rasd.events.speech_model import MODEL_RESOURCE, PACKAGE, load_speech_model
    from rasd.events.speech_train import C, choose, examples_of, fit
    from rasd.pipeline import DEFAULT_STAGES, Pipeline

    err = Console(stderr=True, highlight=False)
    nlp = Pipeline([n for n in DEFAULT_STAGES if n in EVENT_STAGES and n != "events"])
    articles = analysed_dev_articles(gold_dirs, nlp, "analysing dev articles", err)
    folds = examples_of(articles, SpeechActs.load())
    with err.status("choosing the types and threshold by held-out event F1…"):
        choice = choose(articles, folds, aimed, load_speech_model(), judging)
    model = fit(list(folds.values()), C, choice.threshold)
    model.coded = choice.coded
    model.aimed = choice.aimed_chosen
    model.judging = choice.judging
    out_path = out or Path(str(resources.files(PACKAGE).joinpath(MODEL_RESOURCE)))
    acts = sum(label is not None for e in folds.values() for label in e.labels)
    quotes = sum(len(e.labels) for e in folds.values())
    held = {str(t): h.events.as_dict() for t, h in choice.table.items()}
    every = {str(t): h.events.as_dict() | {"acts": h.acts} for t, h in choice.every.items()}
    aimed_table = {str(t): h.events.as_dict() | {"acts": h.acts} for t, h in choice.aimed.items()}
    data = model.to_dict() | {
        "C": C,
        "quotes": quotes,
        "acts": acts,
        "held_out": held,
        "held_out_every_type": every,
        "held_out_aimed": aimed_table,
    }
    write_model(data, out_path, err)
    console = Console(highlight=False)
    console.print(f"{quotes} uncoded quotations of {len(articles)} dev articles, {acts} acts")
    tables = (
        ("every type", choice.every),
        ("coded types" + (", a word of blame asked" if choice.judging else ""), choice.table),
        ("coded types aimed", choice.aimed),
        ("the shipped model's types", choice.previous),
    )
    for title, table in tables:
        for t, h in table.items():
            s = h.events
            name = "lexicon alone" if t > 1 else f"threshold {t}"
            per_type = ", ".join(f"{k} {r}/{r + w}" for k, (r, w) in sorted(h.acts.items()))
            console.print(
                f"held-out events, {title}, {name}: P {s.precision:.3f} R {s.recall:.3f} "
                f"F1 {s.f1:.3f}; right acts {per_type or '-'}"
            )
    threshold = choice.threshold
    console.print(f"coded types: {', '.join(sorted(choice.coded))}")
    console.print(f"chosen threshold {threshold}; wrote {out_path}", markup=False)
