"""Rasd: Arabic news to structured, searchable, verifiable knowledge."""

from rasd.document import SCHEMA, Document
from rasd.pipeline import Pipeline

__version__ = "0.1.0"

__all__ = ["SCHEMA", "Document", "Pipeline", "__version__"]
