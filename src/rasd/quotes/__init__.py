"""Quotations and their speakers (direct, indirect, headline and attributed speech)."""

from rasd.quotes.extract import QuoteExtractor, extract_quotes
from rasd.quotes.pipe import QuoteStage

__all__ = ["QuoteExtractor", "QuoteStage", "extract_quotes"]
