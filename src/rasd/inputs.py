"""What every command that reads articles shares: the `--field` option and the loop
that reads inputs, reporting each unreadable one on stderr and counting it.

`rasd analyze` reads its inputs exactly as `rasd ingest` does (`read_sources`):
the same formats, folders and globs, and the same failure for the same record."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Annotated

import typer
from rich.console import Console

from rasd.document import Document
from rasd.text.limits import InputTooLarge, read_limited
from rasd.text.readers import Failure, Fields, read_bytes

FieldOption = Annotated[
    list[str] | None,
    typer.Option(
        "--field",
        help="Record field names for JSONL/CSV, e.g. --field text=content --field published=date_extracted.",
    ),
]


def parse_fields(overrides: list[str] | None) -> Fields:
    """`["text=content"]` → the reader's field mapping; a clear option error otherwise."""
    pairs: dict[str, str] = {}
    for item in overrides or []:
        key, sep, value = item.partition("=")
        if not sep or not value:
            raise typer.BadParameter(
                f"{item!r}: write KEY=NAME, e.g. text=content", param_hint="--field"
            )
        pairs[key.strip()] = value
    try:
        return Fields().with_overrides(pairs)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--field") from None


def read_inputs(paths: list[str], fields: Fields) -> Iterator[Document | Failure]:
    """Documents and failures from files, folders or globs, in order; "-" is
    standard input."""
    from rasd.store.sources import read_sources

    for name in paths:
        if name != "-":
            yield from read_sources([name], fields)
            continue
        try:
            data = read_limited(sys.stdin.buffer)
        except InputTooLarge as exc:
            yield Failure("<stdin>", str(exc))
            continue
        yield from read_bytes(data, "<stdin>", "", fields)


class ReadReport:
    """Iterates the readable documents of `paths`; each failure is one stderr line and
    is counted in `failed`, so the command can end with exit code 1."""

    def __init__(self, paths: list[str], fields: Fields) -> None:
        self.paths = paths
        self.fields = fields
        self.failed = 0
        self.read = 0
        self._err = Console(stderr=True, highlight=False, soft_wrap=True)

    def __iter__(self) -> Iterator[Document]:
        for item in read_inputs(self.paths, self.fields):
            if isinstance(item, Failure):
                self.failed += 1
                self._err.print(f"rasd: {item}", markup=False)
                continue
            self.read += 1
            yield item

    def exit_if_failed(self) -> None:
        if self.failed:
            raise typer.Exit(1)
        if not self.read:  # an empty file is no error, but say why nothing was printed
            self._err.print(f"rasd: no articles in {', '.join(self.paths)}", markup=False)
