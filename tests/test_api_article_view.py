"""The article view model and template on arbitrary layers: nothing lost, nothing unescaped."""

from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.api.app import _templates
from rasd.document import Document, Entity, Event, Mention, Quote, Span
from rasd.web.article import article_view

TEMPLATES = _templates()
ARTICLE = TEMPLATES.env.get_template("_article.html").module

ALPHABET = st.sampled_from([*"قال الوزير إن <b>&\"' x", "\n", "<script>"])


@st.composite
def documents(draw: st.DrawFn) -> Document:
    text = "".join(draw(st.lists(ALPHABET, min_size=1, max_size=60)))
    n = len(text)

    def span() -> tuple[int, int]:
        a, b = draw(st.integers(0, n)), draw(st.integers(0, n))
        return min(a, b), max(a, b)

    def mention() -> Mention | None:
        return Mention(*span(), canonical=draw(st.sampled_from([None, "<i>اسم</i>"])))

    doc = Document(text=text, title=text.split("\n")[0] if draw(st.booleans()) else "")
    start = 0
    for line in text.split("\n"):
        doc.paragraphs.append(Span(start, start + len(line)))
        start += len(line) + 1
    doc.entities = [
        Entity(*span(), draw(st.sampled_from(["PER", "ORG", "LOC", "MISC"])))
        for _ in range(draw(st.integers(0, 6)))
    ]
    doc.quotes = [
        Quote(*span(), "direct", cue=mention(), speaker=mention())
        for _ in range(draw(st.integers(0, 3)))
    ]
    doc.events = [
        Event(*span(), "AGREE", 0, source=mention()) for _ in range(draw(st.integers(0, 3)))
    ]
    return doc


@settings(max_examples=150, deadline=None)
@given(documents())
def test_pieces_keep_every_character_and_html_escapes_them(doc: Document) -> None:
    view = article_view(doc)
    shown = [view.heading or [], *view.paragraphs]
    assert ["".join(p.text for p in pieces) for pieces in shown if pieces] == [
        doc.slice(p) for p in doc.paragraphs if p.end > p.start
    ]
    markup = str(ARTICLE.article_body(view))
    assert "<script>" not in markup and "<b>" not in markup and "<i>" not in markup
    text_part = markup.split('<div class="text">')[1].split("</div>")[0]
    visible = html.unescape(
        re.sub(r"<a class=\"(?:badge|ev-badge)\"[^>]*>.*?</a>|<[^>]+>", "", text_part, flags=re.S)
    )
    assert "".join(visible.split()) == "".join(
        "".join(doc.slice(p).split()) for p in doc.paragraphs[1 if view.heading else 0 :]
    )
