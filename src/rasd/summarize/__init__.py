"""Extractive summaries and keyphrases (the `summary` stage): see `stage.py`."""

from rasd.summarize.stage import Summarizer

__all__ = ["Summarizer"]
