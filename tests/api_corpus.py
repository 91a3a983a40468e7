"""A small corpus for the API and page tests: invented articles whose entity,
quote and event layers are written here by hand (so the pages can be tested while
the analysis stages change), plus the first demo articles as the pipeline sees them.

The invented names are nobody in the gold or seed data; the first title carries a
<script> tag to check that content is shown as text.
"""

from __future__ import annotations

from itertools import islice
from pathlib import Path

from rasd.document import Document, Entity, Event, Mention, Quote
from rasd.pipeline import Pipeline
from rasd.samples import demo_documents
from rasd.store import Store
from rasd.text.readers import Article, to_document

SCRIPT_TITLE = "وزيرة الخارجية تلتقي نظيرها في عمّان <script>alert('rasd')</script>"
SPEAKER = "سلمى حداد"
FIRST_QUOTE = "الحوار هو الطريق الوحيد"
SECOND_QUOTE = "لن نتراجع عن موقفنا"


def _find(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


def _mention(text: str, words: str, canonical: str | None = None) -> Mention:
    return Mention(*_find(text, words), canonical=canonical)


def first_article(text_stage: Pipeline) -> Document:
    body = (
        f'قالت وزيرة الخارجية {SPEAKER} إن "{FIRST_QUOTE}" بعد لقائها نظيرها النرويجي في عمّان.\n'
        "واتهمت حداد حكومة النرويج بعرقلة المفاوضات في عمّان يوم الأحد."
    )
    doc = text_stage(
        to_document(
            Article(
                text=body,
                title=SCRIPT_TITLE,
                id="fixture-1",
                published="2019-03-10",
                source="fixture",
            )
        )
    )
    t = doc.text
    accuse = t.index("واتهمت")
    doc.entities = [
        Entity(*_find(t, SPEAKER), "PER", canonical=SPEAKER, role="وزيرة الخارجية"),
        Entity(*_find(t, "عمّان"), "LOC", canonical="عمان", country="JOR"),
        Entity(*_find(t, "النرويج", accuse), "LOC", canonical="النرويج", country="NOR"),
        Entity(*_find(t, "حداد", accuse), "PER", canonical=SPEAKER),
    ]
    doc.quotes = [
        Quote(
            *_find(t, FIRST_QUOTE),
            kind="direct",
            cue=_mention(t, "قالت"),
            speaker=_mention(t, SPEAKER, SPEAKER),
        )
    ]
    sentence = t.index("\n", accuse) if "\n" in t[accuse:] else len(t)
    doc.events = [
        Event(
            accuse,
            sentence,
            "DISAPPROVE",
            sentence=len(doc.sentences) - 1,
            source=Mention(*_find(t, "حداد", accuse), canonical=SPEAKER),
            target=Mention(*_find(t, "حكومة النرويج"), canonical="النرويج"),
            where=Mention(*_find(t, "عمّان", accuse)),
            when=Mention(*_find(t, "يوم الأحد"), attrs={"date": "2019-03-10"}),
        )
    ]
    doc.summary = [doc.sentences[1]] if len(doc.sentences) > 1 else []
    return doc


def second_article(text_stage: Pipeline) -> Document:
    body = f'وقالت {SPEAKER} في مؤتمر صحفي "{SECOND_QUOTE}"، ورفضت النرويج الاتهام.'
    doc = text_stage(
        to_document(
            Article(
                text=body,
                title="حداد: لن نتراجع",
                id="fixture-2",
                published="2019-04-01",
                source="fixture",
            )
        )
    )
    t = doc.text
    doc.entities = [
        Entity(*_find(t, SPEAKER), "PER", canonical=SPEAKER),
        Entity(*_find(t, "النرويج"), "LOC", canonical="النرويج"),
    ]
    doc.quotes = [
        Quote(
            *_find(t, SECOND_QUOTE),
            kind="direct",
            cue=_mention(t, "وقالت"),
            speaker=_mention(t, SPEAKER, SPEAKER),
        )
    ]
    reject = t.index("ورفضت")
    doc.events = [
        Event(
            reject,
            len(t),
            "REJECT",
            sentence=0,
            source=Mention(*_find(t, "النرويج", reject), canonical="النرويج"),
            target=Mention(*_find(t, SPEAKER), canonical=SPEAKER),
        )
    ]
    return doc


def republished_copy(first: Document, text_stage: Pipeline) -> Document:
    """The first article as another site republished it: one story, two sources."""
    title, _, body = first.text.partition("\n")
    return text_stage(
        to_document(
            Article(
                text=body + "\nنقلا عن وكالة الأنباء.",
                title=title,
                id="fixture-copy",
                published="2019-03-11",
                source="fixture-copy",
            )
        )
    )


def build_store(path: Path, nlp: Pipeline, demo_articles: int = 4) -> Path:
    """The invented articles and the first demo articles, analysed by `nlp`."""
    text_stage = Pipeline(["text"])
    first = first_article(text_stage)
    docs = [first, second_article(text_stage), republished_copy(first, text_stage)]
    docs += [nlp(doc) for doc in islice(demo_documents(), demo_articles)]
    with Store(path) as store:
        store.add_documents(docs)
    return path
