"""Pipelines: named stages composed in order, each a callable `Document -> Document`.

A stage is registered by name with what it provides and requires (as in Stanza),
and built lazily from an import path, so the pipeline checks its order when it is
constructed and a stage's model is loaded once per pipeline, not per document.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from rasd.document import Document
from rasd.text.readers import Article, to_document

Component = Callable[[Document], Document]


@dataclass(frozen=True, slots=True)
class StageSpec:
    name: str
    factory: str  # "module:callable" returning a Component
    provides: tuple[str, ...]
    requires: tuple[str, ...] = ()


STAGES: dict[str, StageSpec] = {
    spec.name: spec
    for spec in (
        StageSpec("text", "rasd.text.pipe:TextAnalyzer", ("paragraphs", "tokens", "sentences")),
        StageSpec("ner", "rasd.ner.stage:EntityRecognizer", ("entities",), ("tokens", "sentences")),
        StageSpec("quotes", "rasd.quotes.pipe:QuoteStage", ("quotes",), ("tokens", "sentences")),
        StageSpec(
            "events", "rasd.events.extract:EventExtractor", ("events",), ("tokens", "sentences")
        ),
        StageSpec(
            "summary",
            "rasd.summarize:Summarizer",
            ("summary", "keyphrases"),
            ("tokens", "sentences"),
        ),
    )
}

DEFAULT_STAGES: tuple[str, ...] = tuple(STAGES)


class PipelineError(ValueError):
    """A pipeline was asked for an unknown stage or stages in an impossible order."""


def _build(spec: StageSpec) -> Component:
    module_name, _, attr = spec.factory.partition(":")
    return getattr(importlib.import_module(module_name), attr)()


class Pipeline:
    """Stages run in order over each document.

    >>> nlp = Pipeline()                       # doctest: +SKIP
    >>> doc = nlp.analyze("وقال كيري إن ...")   # doctest: +SKIP
    """

    def __init__(
        self,
        stages: Iterable[str] = DEFAULT_STAGES,
        components: dict[str, Component] | None = None,
    ) -> None:
        self.names = list(stages)
        provided: set[str] = set()
        for name in self.names:
            spec = STAGES.get(name)
            if spec is None:
                raise PipelineError(f"unknown stage {name!r}; known: {', '.join(STAGES)}")
            missing = [r for r in spec.requires if r not in provided]
            if missing:
                raise PipelineError(f"stage {name!r} needs {', '.join(missing)} first")
            provided.update(spec.provides)
        given = components or {}
        self.components = [(n, given.get(n) or _build(STAGES[n])) for n in self.names]

    def __call__(self, doc: Document) -> Document:
        for _, component in self.components:
            doc = component(doc)
        return doc

    def analyze(self, text: str, title: str = "", **metadata: object) -> Document:
        """Clean and analyse one article given as text."""
        article = Article(text=text, title=title, **metadata)  # type: ignore[arg-type]
        return self(to_document(article))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)
