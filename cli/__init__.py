"""The `indicators` command line: a thin shell over the library (`extractors`) and the store (`store`)."""

from . import archive  # noqa: F401  (registers extract-batches and publish)
from .commands import main

__all__ = ["main"]
