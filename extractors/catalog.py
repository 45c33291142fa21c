"""The indicator catalog: loading `catalog/*.toml` and choosing the indicator a mention measures.

Each indicator is data: id, names, family, the mention kinds it takes (`change` = a growth rate,
`level` = an amount or count, `zero` = `无新增…`), accepted units, aliases (regexes over the subject),
optional context words that must appear in the paragraph or headline, subject words to drop, a
subject template and a default period. Catalog patterns (`[[pattern]]`) are templates composed from
the lexicon's named entries (`{up}`, `{comparison_base}` …, see lexicon.py); their named groups (`subject`, …) are the interface to match.py.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex

from .lexicon import lexicon

CATALOG_DIR = Path(__file__).resolve().parent / "catalog"
FAMILY_FILES = ("covid", "hotline", "sock", "investment", "growth", "other")


@dataclass(frozen=True, slots=True)
class Indicator:
    id: str
    name_zh: str
    name_en: str
    family: str
    kinds: tuple[str, ...]
    units: tuple[str, ...]
    aliases: regex.Pattern
    context: regex.Pattern | None
    exclude: regex.Pattern | None
    strip: regex.Pattern | None
    subject_template: str
    period: str | None
    total: bool      # a whole (本周共受理…): a part after `其中` is not this indicator
    order: int


@dataclass(frozen=True, slots=True)
class CatalogPattern:
    id: str
    regex: regex.Pattern
    kind: str
    value: float
    unit: str
    prefix: str      # prepended to the matched subject (list items that share a head word)


@dataclass(frozen=True, slots=True)
class Catalog:
    indicators: tuple[Indicator, ...]
    patterns: tuple[CatalogPattern, ...]
    by_id: dict
    context_patterns: tuple[regex.Pattern, ...]   # each distinct context pattern once

    def context_hits(self, context: str) -> frozenset[str]:
        """Ids of the context-bound indicators whose context words appear in `context`; decided once per
        paragraph, since searching the paragraph again for every figure is quadratic on run-on text. Each
        distinct context pattern is searched once, however many indicators share it."""
        found = {pattern: pattern.search(context) is not None for pattern in self.context_patterns}
        return frozenset(ind.id for ind in self.indicators if ind.context and found[ind.context])


    def classify(self, kind: str, subject: str, unit: str | None, context: frozenset[str],
                 part: bool = False) -> Indicator | None:
        """The indicator a mention measures: the longest alias found wins, then the one nearest the number
        (Chinese puts the head noun last: `园区企业拥有的自主品牌` is about brands, not companies)."""
        best, best_key = None, None
        for ind in self.indicators:
            if kind not in ind.kinds or (ind.units and unit not in ind.units) or (part and ind.total):
                continue
            m = ind.aliases.search(subject)
            if not m or (ind.exclude and ind.exclude.search(subject)):
                continue
            if ind.context and ind.id not in context:
                continue
            key = (-(m.end() - m.start()), -m.end(), ind.order)
            if best_key is None or key < best_key:
                best, best_key = ind, key
        return best


def _alternation(words: list[str]) -> regex.Pattern | None:
    return regex.compile("|".join(f"(?:{w})" for w in words)) if words else None


def _indicator(entry: dict, order: int, family: str) -> Indicator:
    return Indicator(
        id=entry["id"], name_zh=entry["name_zh"], name_en=entry["name_en"],
        family=entry.get("family", family), kinds=tuple(entry.get("kinds", ["level"])),
        units=tuple(entry.get("units", [])), aliases=_alternation(entry["aliases"]),
        context=_alternation(entry.get("context", [])), exclude=_alternation(entry.get("exclude", [])),
        strip=_alternation(entry.get("strip", [])), subject_template=entry.get("subject_template", "{subject}"),
        period=entry.get("period"), total=entry.get("total", False), order=order,
    )


def load_catalog(directory: Path = CATALOG_DIR) -> Catalog:
    """Read every family file; indicators keep file order (covid, hotline, sock, investment, growth)."""
    indicators, patterns = [], []
    files = [directory / f"{name}.toml" for name in FAMILY_FILES if (directory / f"{name}.toml").exists()]
    files += sorted(p for p in directory.glob("*.toml") if p not in files)
    for path in files:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        family = data.get("family", "other")
        for entry in data.get("indicator", []):
            indicators.append(_indicator(entry, len(indicators), family))
        for entry in data.get("pattern", []):
            patterns.append(CatalogPattern(entry["id"], lexicon().compile(entry["template"]),
                                           entry.get("kind", "zero"), entry.get("value", 0), entry["unit"],
                                           entry.get("prefix", "")))
    ids = [i.id for i in indicators]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate indicator ids in the catalog")
    contexts = tuple(dict.fromkeys(i.context for i in indicators if i.context))
    return Catalog(tuple(indicators), tuple(patterns), {i.id: i for i in indicators}, contexts)


@cache
def default_catalog() -> Catalog:
    return load_catalog()
