"""Reported Indicators: numeric facts from Chinese report texts (the library; CLI and dashboard are shells)."""

EXTRACTOR_VERSION = "0.4.10"
