"""`rasd eval gold`: entity, quote and event scores on the gold articles."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table


class Part(StrEnum):
    all = "all"
    dev = "dev"
    check = "check"


def register(app: typer.Typer, train_app: typer.Typer, eval_app: typer.Typer) -> None:
    eval_app.command("gold")(eval_gold)


def eval_gold(
    gold_dir: Annotated[
        Path, typer.Argument(help="The gold folder (index.txt and *.json), e.g. ../shared/gold.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="List every miss and spurious item.")
    ] = False,
    part: Annotated[
        Part,
        typer.Option(
            help="Articles to score: the development part (rules are chosen on it), "
            "the check part (held out) or all."
        ),
    ] = Part.all,
    by_fold: Annotated[
        bool, typer.Option("--folds", help="Also print the scores of each fold and part.")
    ] = False,
) -> None:
    """Score entities, quotes (span and attributed) and events on the gold articles,
    by the rules of the gold folder's README.

    The articles are split into five fixed folds (rasd.evaluate.folds): folds 0-2 are
    the development part, folds 3-4 the check part that no rule was chosen on.

    Examples:
      rasd eval gold ../shared/gold --folds
      rasd eval gold ../shared/gold --part dev --verbose
    """
    from rasd.evaluate.gold import evaluate_gold
    from rasd.pipeline import Pipeline

    console = Console(highlight=False)
    if not (gold_dir / "index.txt").is_file() and not any(gold_dir.glob("*.json")):
        Console(stderr=True, soft_wrap=True).print(
            f"rasd: {gold_dir} holds no gold annotations (index.txt or *.json)"
        )
        raise typer.Exit(2)
    try:
        results = evaluate_gold(gold_dir, Pipeline(), part=part.value)
    except (ValueError, OSError, KeyError) as exc:
        Console(stderr=True, soft_wrap=True).print(
            f"rasd: cannot evaluate {gold_dir}: {exc}", markup=False
        )
        raise typer.Exit(2) from None
    if as_json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return
    table = Table(
        title=f"Gold evaluation ({len(results['articles'])} articles)", title_justify="left"
    )
    for column in ("layer", "precision", "recall", "F1", "tp / predicted / gold"):
        table.add_column(column)
    for layer, s in results["total"].items():
        table.add_row(
            layer,
            f"{s['precision']:.3f}",
            f"{s['recall']:.3f}",
            f"{s['f1']:.3f}",
            f"{s['tp']:g} / {s['predicted']:g} / {s['gold']:g}",
        )
    console.print(table)
    if by_fold:
        console.print(_groups_table(results["groups"]))
    if verbose:
        for article, data in results["articles"].items():
            console.print(f"\n[bold]{article}[/bold]")
            for error in data["errors"]:
                console.print(f"  {error}", markup=False)


def _groups_table(groups: dict[str, dict[str, dict[str, float]]]) -> Table:
    """F1 of each layer per fold and part (micro over the group's articles)."""
    table = Table(title="F1 per fold and part", title_justify="left")
    layers = next(iter(groups.values()), {})
    table.add_column("group")
    for layer in layers:
        table.add_column(layer)
    for group, scores in groups.items():
        table.add_row(group, *(f"{scores[layer]['f1']:.3f}" for layer in layers))
    return table
