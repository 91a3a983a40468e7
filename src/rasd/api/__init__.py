"""Rasd over HTTP: the JSON API and the web pages (`rasd serve`)."""

from rasd.api.app import create_app

__all__ = ["create_app"]
