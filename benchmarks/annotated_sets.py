"""The `--sets` option of the benchmarks that read both annotated sets' development
folds (the check folds are never read): `add_sets_option(parser)`, then `args.sets`."""

from __future__ import annotations

import argparse
from pathlib import Path

DEFAULT_SETS = (Path("../shared/gold"), Path("benchmarks/news-gold"))


def add_sets_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--sets",
        nargs="+",
        type=Path,
        default=list(DEFAULT_SETS),
        help="annotated sets to read (default: ../shared/gold benchmarks/news-gold)",
    )
