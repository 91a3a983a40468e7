"""`rasd eval gold`: entity, quote and event scores on the gold articles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table


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
) -> None:
    """Score entities, quotes (span and attributed) and events on the gold articles,
    by the rules of the gold folder's README.

    Example: rasd eval gold ../shared/gold --verbose
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
        results = evaluate_gold(gold_dir, Pipeline())
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
    if verbose:
        for article, data in results["articles"].items():
            console.print(f"\n[bold]{article}[/bold]")
            for error in data["errors"]:
                console.print(f"  {error}", markup=False)
