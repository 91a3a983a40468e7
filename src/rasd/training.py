"""What every `rasd train` command that learns from gold folders shares: the folders
argument, the checks a user needs a clear message for, the development articles they
learn from (analysed with a progress bar) and writing the model's JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from rasd.document import Document

GoldDirs = Annotated[
    list[Path],
    typer.Argument(
        help="Gold folders (index.txt and *.json), e.g. ../shared/gold benchmarks/news-gold."
    ),
]
ModelOut = Annotated[
    Path | None,
    typer.Option(help="Where to write the model's JSON (default: the packaged model)."),
]


def _fail(err: Console, message: str, code: int = 2) -> typer.Exit:
    err.print(f"rasd: {message}", markup=False)
    return typer.Exit(code)


def require_training(gold_dirs: list[Path], err: Console) -> None:
    """A clear error unless every folder holds gold annotations and scikit-learn (the
    train extra) is installed."""
    for gold_dir in gold_dirs:
        if not (gold_dir / "index.txt").is_file():
            raise _fail(err, f"{gold_dir} holds no gold index.txt")
    try:
        import sklearn  # noqa: F401
    except ImportError:
        raise _fail(err, "training needs scikit-learn: pip install 'rasd[train]'") from None


def analysed_dev_articles(
    gold_dirs: list[Path], analyse: Callable[[Document], Document], what: str, err: Console
) -> list[tuple[dict[str, Any], Document, int]]:
    """The development articles of every folder, analysed, after checking that each
    folder holds gold annotations and that scikit-learn (the train extra) is there."""
    from rich.progress import Progress

    from rasd.evaluate.gold import development_articles

    require_training(gold_dirs, err)
    articles = [item for gold_dir in gold_dirs for item in development_articles(gold_dir)]
    out = []
    with Progress(transient=True, console=err) as progress:
        task = progress.add_task(what, total=len(articles))
        for gold, doc, fold in articles:
            out.append((gold, analyse(doc), fold))
            progress.advance(task)
    return out


def write_model(data: dict[str, Any], out: Path, err: Console) -> None:
    try:
        out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    except OSError as exc:
        raise _fail(err, f"cannot write {out}: {exc.strerror}", 1) from None
