"""The errors of opening and writing a store, in words for the user."""

from __future__ import annotations

import sqlite3
from pathlib import Path


class StoreError(RuntimeError):
    """The store cannot be opened or written; the message is for the user."""


def explain(exc: sqlite3.Error, path: Path) -> StoreError:
    message = str(exc)
    if "locked" in message or "busy" in message:
        return StoreError(f"store {path} is locked by another process (another ingest?)")
    if "readonly" in message or "read-only" in message:
        return StoreError(f"store {path} is read-only: cannot write to it")
    if "disk is full" in message or "disk I/O" in message:
        return StoreError(f"store {path}: {message}; what was written before is kept")
    if "not a database" in message or "malformed" in message:
        return StoreError(f"{path} is not a Rasd store (or it is damaged): {message}")
    if "unable to open" in message:
        return StoreError(f"cannot open store {path}: no such folder or no permission")
    return StoreError(f"store {path}: {message}")
