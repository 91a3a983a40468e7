"""The text stage: paragraphs, tokens with clitic segments, sentences."""

from __future__ import annotations

from rasd.document import Document
from rasd.text.sentences import paragraphs, split_sentences
from rasd.text.tokens import Segmenter, Tokenizer, load_lexicon


class TextAnalyzer:
    """Fills `paragraphs`, `tokens` and `sentences` of a cleaned document."""

    def __init__(self, tokenizer: Tokenizer | None = None) -> None:
        self.tokenizer = tokenizer or Tokenizer(Segmenter(load_lexicon()))

    def __call__(self, doc: Document) -> Document:
        doc.paragraphs = paragraphs(doc.text)
        doc.tokens = self.tokenizer(doc.text)
        doc.sentences = split_sentences(doc.text, doc.tokens, doc.paragraphs)
        return doc
