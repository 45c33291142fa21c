"""The `indicators` command line: a thin shell over the library (`extractors`) and the store (`store`)."""

from .commands import main

__all__ = ["main"]
