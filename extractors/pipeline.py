"""The extraction pipeline: file → text → canonical text → context → sentences → mentions → facts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .catalog import Catalog, default_catalog
from .context import DocContext, document_context
from .fact import Fact
from .load import load_text
from .match import find_mentions
from .normalize import normalize
from .resolve import Resolver
from .sentences import segment


@dataclass(slots=True)
class Extraction:
    context: DocContext
    facts: list[Fact]
    chars: int


def extract_text(source: str, name: str, published: date | None = None,
                 catalog: Catalog | None = None) -> Extraction:
    """All facts in one decoded document; `published` overrides the date read from the text."""
    catalog = catalog or default_catalog()
    canon = normalize(source)
    text = canon.text
    ctx = document_context(text, name, published)
    seg = segment(text)
    resolver = Resolver(text, seg, ctx, catalog, source, canon.to_source)
    for s in seg.sentences:
        resolver.add_sentence(s, find_mentions(text, s.start, s.end, catalog))
    return Extraction(ctx, resolver.facts(), len(source))


def extract_file(path: str | Path) -> Extraction:
    loaded = load_text(path)
    return extract_text(loaded.text, Path(path).name)
