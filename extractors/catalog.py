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
    fallback: bool = False                      # only when no other indicator fits (`hotline.count`)
    document_kinds: tuple[str, ...] = ()        # in these kinds of document no context words are needed


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
                 part: bool = False, document_kind: str = "") -> Indicator | None:
        """The indicator a mention measures: the longest alias found wins, then the one nearest the number
        (Chinese puts the head noun last: `园区企业拥有的自主品牌` is about brands, not companies). An alias
        inside a longer measure does not count (`单位国内生产总值能耗` is no GDP); fallback indicators count
        only when nothing else fits."""
        best, best_key = None, None
        for ind in self.indicators:
            if kind not in ind.kinds or (ind.units and unit not in ind.units) or (part and ind.total):
                continue
            m = ind.aliases.search(subject)
            if not m or (ind.exclude and ind.exclude.search(subject)) or not _is_head(subject, m):
                continue
            if (ind.context or ind.document_kinds) and ind.id not in context \
                    and document_kind not in ind.document_kinds:
                continue  # context words in the paragraph, or a document of the right kind
            key = (ind.fallback, -(m.end() - m.start()), -m.end(), ind.order)
            if best_key is None or key < best_key:
                best, best_key = ind, key
        return best


_NOT_HEAD_BEFORE = lexicon().compile("(?:{not_head_before})$")
_NOT_HEAD_AFTER = lexicon().compile("(?:{not_head_after})")


def _is_head(subject: str, m: regex.Match) -> bool:
    """The alias names what the subject measures, not a part of another measure (`占GDP比重`, `人均GDP`)."""
    if m.start() == m.end():
        return True
    return not (_NOT_HEAD_BEFORE.search(subject, 0, m.start()) or _NOT_HEAD_AFTER.match(subject, m.end()))


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
        fallback=entry.get("fallback", False), document_kinds=tuple(entry.get("document_kinds", [])),
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
