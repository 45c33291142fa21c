"""The extractor's version: a hash of everything that decides its facts — its code, its lexicon and its catalog.

Nobody has to remember to bump it: editing a word in `lexicon/*.toml`, an alias in `catalog/*.toml` or a line of
the extraction code gives a new version, and `indicators ingest` re-extracts every document stored by another
one. Files are hashed in a fixed order by their path relative to the package and their bytes, so the version
is the same on every machine and in every checkout of the same tree.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
_PARTS = ("*.py", "lexicon/*.toml", "lexicon/*.tsv", "catalog/*.toml")
_SHOWN = 12  # hex digits shown: enough to tell versions apart, short enough to read in a table


def source_files() -> list[Path]:
    """Every file whose content decides what the extractor outputs, in a fixed order."""
    return sorted({p for pattern in _PARTS for p in PACKAGE.glob(pattern)}, key=lambda p: p.relative_to(PACKAGE).as_posix())


@cache
def extractor_version() -> str:
    h = hashlib.sha256()
    for path in source_files():
        h.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:_SHOWN]
