"""Reported Indicators: numeric facts from Chinese report texts (the library; CLI and dashboard are shells)."""

from .version import extractor_version

EXTRACTOR_VERSION = extractor_version()
"""A hash of the extraction code, lexicon and catalog (version.py): a new version re-extracts at ingest."""
