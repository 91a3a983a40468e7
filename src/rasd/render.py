"""Human-readable renderings of a `Document`: rich tables and CoNLL-U tokens."""

from __future__ import annotations

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from rasd.document import Document, Mention
from rasd.text.normalize import match_key


def _mention(doc: Document, m: Mention | None) -> str:
    if m is None:
        return ""
    surface = doc.slice(m)
    if m.canonical and match_key(m.canonical) != match_key(surface):
        return f"{surface} ({m.canonical})"
    return surface


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False, expand=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def document_tables(doc: Document) -> Group:
    """Title, sentences and every present layer, one table each."""
    parts: list[Table | Text] = [
        Text(f"{doc.title or '(no title)'}", style="bold"),
        Text(f"id {doc.id}  published {doc.published or '-'}  source {doc.source or '-'}"),
    ]
    for warning in doc.meta.get("warnings", []):
        parts.append(Text(f"warning: {warning}", style="yellow"))
    sentences = _table(f"Sentences ({len(doc.sentences)})", "#", "sentence")
    for i, s in enumerate(doc.sentences):
        sentences.add_row(str(i), doc.slice(s))
    parts.append(sentences)
    if doc.entities is not None:
        entities = _table(
            f"Entities ({len(doc.entities)})", "text", "label", "canonical", "country", "role"
        )
        for e in doc.entities:
            entities.add_row(
                doc.slice(e), e.label, e.canonical or "", e.country or "", e.role or ""
            )
        parts.append(entities)
    if doc.quotes is not None:
        quotes = _table(f"Quotes ({len(doc.quotes)})", "speaker", "cue", "kind", "quote")
        for q in doc.quotes:
            quotes.add_row(_mention(doc, q.speaker), _mention(doc, q.cue), q.kind, doc.slice(q))
        parts.append(quotes)
    if doc.events is not None:
        events = _table(
            f"Events ({len(doc.events)})", "type", "source", "target", "where", "when", "evidence"
        )
        for ev in doc.events:
            when = _mention(doc, ev.when)
            if ev.when is not None and ev.when.attrs.get("date"):
                when = f"{when} = {ev.when.attrs['date']}"
            events.add_row(
                ev.type,
                _mention(doc, ev.source),
                _mention(doc, ev.target),
                _mention(doc, ev.where),
                when,
                doc.slice(ev),
            )
        parts.append(events)
    if doc.summary is not None:
        summary = _table("Summary", "sentence")
        for s in doc.summary:
            summary.add_row(doc.slice(s))
        parts.append(summary)
    if doc.keyphrases is not None:
        parts.append(Text("Keyphrases: " + "، ".join(doc.slice(k) for k in doc.keyphrases)))
    return Group(*parts)


def print_text(doc: Document, console: Console) -> None:
    console.print(document_tables(doc))
    console.print()


def conll(doc: Document) -> str:
    """Tokens in CoNLL-U: a multiword-token line for each segmented word, then one
    line per segment (FORM is the surface, LEMMA column holds the restored form)."""
    lines = [f"# doc_id = {doc.id}"]
    for number, sentence in enumerate(doc.sentences, 1):
        lines.append(f"# sent_id = {doc.id}-{number}")
        lines.append(f"# text = {doc.slice(sentence)}")
        index = 0
        tokens = doc.sentence_tokens(sentence)
        for t_i, token in enumerate(tokens):
            space = "" if t_i + 1 < len(tokens) and tokens[t_i + 1].start == token.end else None
            misc = f"start={token.start}|end={token.end}" + (
                "|SpaceAfter=No" if space == "" else ""
            )
            if len(token.segments) > 1:
                lines.append(
                    f"{index + 1}-{index + len(token.segments)}\t{doc.slice(token)}\t_\t_\t_\t_\t_\t_\t_\t{misc}"
                )
                for seg in token.segments:
                    index += 1
                    lines.append(
                        f"{index}\t{doc.slice(seg)}\t{seg.form or '_'}\t_\t_\t_\t_\t_\t_\tkind={seg.kind}"
                    )
            else:
                index += 1
                lines.append(f"{index}\t{doc.slice(token)}\t_\t_\t_\t_\t_\t_\t_\t{misc}")
        lines.append("")
    return "\n".join(lines) + "\n"
