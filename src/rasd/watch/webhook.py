"""Webhooks: each alert of a watch with a webhook POSTed as JSON, until it is taken.

Delivery is at least once: an alert is marked delivered only after a 2xx answer,
so a run killed between the two sends it again (`alert` is its stable id, for
receivers that must not act twice). A failing receiver is tried a few times with
growing pauses, then left for the next poll."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from rasd.watch.fetch import Fetcher, FetchError
from rasd.watch.storage import Alert, WatchBook

TRIES = 3  # per alert and poll
PAUSE = 1.0  # seconds before the second try, doubled before each next one
BATCH = 200  # alerts sent per watch and poll, oldest first


def payload(alert: Alert, spike: bool) -> dict[str, Any]:
    """The JSON of an alert, as webhooks receive it and `rasd watch alerts -f jsonl` prints it."""
    fields = asdict(alert)
    evidence = {k: fields.pop(k) for k in ("kind", "start", "end")}
    evidence["text"] = fields.pop("evidence")
    head = {k: fields.pop(k) for k in ("id", "watch", "day", "created")}
    fields["id"] = fields.pop("doc_id")
    return {**head, "spike": spike, "evidence": evidence, "document": fields}


def deliver(
    book: WatchBook,
    fetcher: Fetcher,
    spike_days: Callable[[str], set[str]],
    pause: float = PAUSE,
) -> dict[str, tuple[int, str | None]]:
    """Send the undelivered alerts of every watch with a webhook; per watch, how
    many were delivered and the last error (None when all went)."""
    done: dict[str, tuple[int, str | None]] = {}
    for saved in book.all(counts=False):
        url = saved.watch.webhook
        if not url:
            continue
        name = saved.watch.name
        pending = book.alerts(name, limit=BATCH, undelivered=True)[::-1]
        if not pending:
            continue
        spikes = spike_days(name)
        sent, error = 0, None
        for alert in pending:
            error = _post(fetcher, url, payload(alert, alert.day in spikes), pause)
            book.delivered(alert.id, ok=error is None)
            if error is not None:
                break  # the receiver is down: keep the order, try again next poll
            sent += 1
        done[name] = (sent, error)
    return done


def _post(fetcher: Fetcher, url: str, body: dict[str, Any], pause: float) -> str | None:
    error = None
    for attempt in range(TRIES):
        if attempt:
            time.sleep(pause * 2 ** (attempt - 1))
        try:
            fetcher.post_json(url, body)
            return None
        except FetchError as exc:
            error = str(exc)
    return error
