"""The extraction pipeline: file → text → canonical text → context → sentences → mentions → facts."""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .catalog import Catalog, default_catalog
from .context import DocContext, document_context
from .errors import ReportError
from .fact import Fact
from .lexicon import lexicon
from .load import load_text
from .match import find_mentions, pattern_hits
from .normalize import normalize
from .periods import time_mentions
from .quantities import TooManyQuantities, find_quantities
from .resolve import Resolver
from .sentences import segment

_OPENING_REACH = 48   # a time expression this close to a sentence start may open it (after a byline)
_THIS = lexicon().compile(r"\s*{this_is}", engine=re)
# Each figure costs about 0.6 KB while a document is resolved; a real report has a few thousand. Far more is a
# data dump or generated text, refused before it can exhaust memory (the store records the refusal).
MAX_FIGURES = int(os.environ.get("INDICATORS_MAX_FIGURES", "300000"))


@dataclass(slots=True)
class Extraction:
    context: DocContext
    facts: list[Fact]
    chars: int


def _by_sentence(items, position, starts: list[int], sentences) -> dict[int, list]:
    """Items grouped by the index of the sentence holding their position (items in text order)."""
    out: dict[int, list] = defaultdict(list)
    for item in items:
        pos = position(item)
        i = bisect_right(starts, pos) - 1
        if i >= 0 and pos < sentences[i].end:
            out[i].append(item)
    return out


def extract_text(source: str, name: str, published: date | None = None,
                 catalog: Catalog | None = None, region: str | None = None,
                 publisher: str | None = None) -> Extraction:
    """All facts in one decoded document; `published`, `region` and `publisher` are what the user declared
    about it, and win over what is read from the text.

    Quantities, catalog patterns and time expressions are found in one pass each over the whole text; only
    sentences holding a number, a pattern hit, an opening time expression or `这…` are resolved.
    """
    catalog = catalog or default_catalog()
    canon = normalize(source)
    text = canon.text
    ctx = document_context(text, name, published, region, publisher)
    seg = segment(text)
    sentences = seg.sentences
    starts = [s.start for s in sentences]
    try:
        found = find_quantities(text, limit=MAX_FIGURES)
    except TooManyQuantities:
        raise ReportError(name, f"more than {MAX_FIGURES} figures in one document (the limit is "
                                "INDICATORS_MAX_FIGURES): a data dump, not a report") from None
    quantities = _by_sentence(found, lambda q: q.start, starts, sentences)
    hits = _by_sentence(pattern_hits(text, catalog), lambda h: h[1].start(), starts, sentences)
    times = _by_sentence(time_mentions(text, 0, len(text)), lambda t: t.start, starts, sentences)
    resolver = Resolver(text, seg, ctx, catalog, source, canon.to_source)
    seen_articles: set[int] = set()
    for i, s in enumerate(sentences):
        first_in_article = False
        if s.article not in seen_articles and seg.paragraphs[s.paragraph][0] not in seg.headline_starts:
            seen_articles.add(s.article)
            first_in_article = True
        opening = i in times and times[i][0].start - s.start <= _OPENING_REACH
        if not (i in quantities or i in hits or opening or _THIS.match(text, s.start, s.end)):
            continue
        mentions = []
        if i in quantities or i in hits:
            mentions = find_mentions(text, s.start, s.end, catalog, quantities.get(i, []), hits.get(i, []))
        previous = (sentences[i - 1], times.get(i - 1, [])) if i else None
        resolver.add_sentence(i, s, mentions, times.get(i, []), first_in_article, previous)
    return Extraction(ctx, resolver.facts(), len(source))


def extract_file(path: str | Path) -> Extraction:
    loaded = load_text(path)
    return extract_text(loaded.text, Path(path).name)
