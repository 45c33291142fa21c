"""The extraction pipeline: file → text → canonical text → context → mentions → facts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import regex

from .context import DocContext, document_context
from .fact import Fact
from .load import load_text
from .normalize import normalize


@dataclass(slots=True)
class Extraction:
    context: DocContext
    facts: list[Fact]
    chars: int


_GROWTH = regex.compile(r"(?P<subject>[\p{Han}]{2,12}?)(?P<dir>增长|下降)(?P<num>\d+(?:\.\d+)?)%")
_SENT_END = "。！？；\n"


def _sentence(text: str, start: int, end: int) -> str:
    s = max(text.rfind(c, 0, start) for c in _SENT_END) + 1
    e = min((i for i in (text.find(c, end) for c in _SENT_END) if i != -1), default=len(text))
    return text[s:e + 1].strip()


def extract_text(source: str, name: str, published: date | None = None) -> Extraction:
    """All facts in one decoded document."""
    canon = normalize(source)
    ctx = document_context(canon.text, name, published)
    facts = []
    for m in _GROWTH.finditer(canon.text):
        value = float(m["num"]) * (-1 if m["dir"] == "下降" else 1)
        start, end = canon.source_span(m.start(), m.end())
        year = ctx.published.year if ctx.published else None
        facts.append(Fact(
            doc=name, published=ctx.published_iso, family="growth_rate", indicator=None,
            subject=m["subject"], region=ctx.city, period_start=f"{year}-01-01" if year else None,
            period_end=f"{year}-12-31" if year else None, value=value, value_high=None, unit="%",
            qualifier="exact", status="actual", quote=_sentence(canon.text, m.start(), m.end()),
            start=start, end=end, rule="growth.basic",
        ))
    return Extraction(ctx, facts, len(source))


def extract_file(path: str | Path) -> Extraction:
    loaded = load_text(path)
    return extract_text(loaded.text, Path(path).name)
