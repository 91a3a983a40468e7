"""Watches: standing questions over incoming news, and the alerts they raise.

A watch (`Watch`) is a named, saved question with the store's filters: words,
event type, actor, speaker, place, country, news source, minimum relevance. It is
kept in the store (`WatchBook(store).add(watch)`), and from then on every
document ingest stores — `rasd ingest`, or `rasd follow` polling feeds, folders
and JSONL files — is checked against it as it is written (`Watcher.check`), in
memory, from the rows ingest prepared: no query runs over the store. A match is
kept as an alert: the watch, the document and the evidence (the event, the
quotation, or the words matched, with their offsets into `Document.text`).

Alerts are read with `rasd watch alerts`, served as an Atom feed and a page per
watch (`/watches/NAME.atom`, `/watches/NAME`), and POSTed to a watch's webhook
by `rasd follow`. A day far above a watch's recent count (mean + 3 sd of the 30
days before) is flagged as a spike everywhere they are shown.
"""

from rasd.watch.spec import Watch, WatchError

__all__ = ["Watch", "WatchError"]
