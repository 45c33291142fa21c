"""The indicator catalog: loading `catalog/*.toml` and choosing the indicator a mention measures.

Each indicator is data: id, names, family, the mention kinds it takes (`change` = a growth rate,
`level` = an amount or count, `zero` = `无新增…`), accepted units, aliases (regexes over the subject),
optional context words that must appear in the paragraph or headline, subject words to drop (every such regex
may name lexicon entries as `{name}` slots: `{hotline_title}` is the lexicon's words for a hotline), a
subject template (and, for a subject that names too little, `[indicator.bare_subject]`: `解除医学观察` in an
asymptomatic bulletin becomes `解除医学观察无症状感染者`) and a default period (`day`, `week`, or `point` for a
running total told as of a day). An `[[indicator.alias_group]]` binds context words to some aliases only
(`AliasGroup`): a bare `确诊病例` is cumulative where the paragraph counts up to a day, while the indicator's
other aliases need no context. Catalog patterns (`[[pattern]]`) are templates composed from
the lexicon's named entries (`{up}`, `{comparison_base}` …, see lexicon.py); their named groups (`subject`, …)
are the interface to match.py.

A family file's `[display]` table says how the family is presented (its page, names, default and headline
indicators) and, under `[display.indicators]`, how an indicator is charted (`Display`). The extractor ignores
it; the store's views and the dashboard are generated from it.
"""

from __future__ import annotations

import tomllib
from collections.abc import Container
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import regex

from .catalog_display import PLAIN, Display, Page, family_displays
from .lexicon import LexiconError, lexicon

CATALOG_DIR = Path(__file__).resolve().parent / "catalog"
FAMILY_FILES = ("covid", "hotline", "sock", "investment", "growth", "other")


@dataclass(frozen=True, slots=True)
class AliasGroup:
    """Aliases that name the indicator only where the paragraph or headline holds `context` words and none of
    the `unless` words, with one of `units` if given; `key` is what `ContextWords` answers for it. Its examples
    and negatives are sentences that must, and must not, yield a fact of the indicator (tests/test_catalog.py)."""

    key: str
    aliases: regex.Pattern
    context: regex.Pattern
    unless: regex.Pattern | None = None
    units: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    negatives: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Indicator:
    id: str
    name_zh: str
    name_en: str
    family: str
    kinds: tuple[str, ...]
    units: tuple[str, ...]
    aliases: regex.Pattern | None
    context: regex.Pattern | None
    exclude: regex.Pattern | None
    strip: regex.Pattern | None
    subject_template: str
    period: str | None
    total: bool      # a whole (本周共受理…): a part after `其中` is not this indicator
    order: int
    fallback: bool = False                      # only when no other indicator fits (`hotline.count`)
    whole: bool = False                         # a region's whole: nothing narrows it (`重工业增加值`)
    document_kinds: tuple[str, ...] = ()        # in these kinds of document no context words are needed
    display: Display = Display()
    alias_groups: tuple[AliasGroup, ...] = ()   # aliases with context words of their own
    bare_subject: tuple[regex.Pattern, str] | None = None  # (words a subject must name, template when it does not)

    def named_subject(self, subject: str) -> str:
        """The subject as the indicator writes it: its template, then the bare template if the subject names
        none of the words that say what the indicator counts (a bare alias group's `解除医学观察`)."""
        subject = self.subject_template.format(subject=subject or self.name_zh)
        if self.bare_subject is not None and not self.bare_subject[0].search(subject):
            subject = self.bare_subject[1].format(subject=subject)
        return subject


@dataclass(frozen=True, slots=True)
class CatalogPattern:
    id: str
    regex: regex.Pattern
    kind: str
    value: float
    unit: str
    prefix: str      # prepended to the matched subject (list items that share a head word)
    qualifier: str = "exact"  # `基本持平` states its value roughly


@dataclass(frozen=True, slots=True)
class Catalog:
    indicators: tuple[Indicator, ...]
    patterns: tuple[CatalogPattern, ...]
    by_id: dict
    # context key (a context-bound indicator's id, or an alias group's key) → (context words, unless words)
    bound: dict
    pages: tuple[Page, ...] = ()
    # (kind, unit, part) → the indicators that take such a mention, in catalog order: found once, not per figure
    fitting: dict = field(default_factory=dict, compare=False, repr=False)

    def context_words(self, context: str) -> ContextWords:
        """What `context_hits` says, decided lazily: most paragraphs hold no figure that any context-bound
        indicator could take, so searching every context pattern up front was wasted (about 2% of the time)."""
        return ContextWords(self, context)

    def context_hits(self, context: str) -> frozenset[str]:
        """Context keys (ids of context-bound indicators, keys of alias groups) whose context words appear in
        `context` (and whose `unless` words do not); decided once per paragraph, since searching the paragraph
        again for every figure is quadratic on run-on text."""
        words = self.context_words(context)
        return frozenset(key for key in self.bound if key in words)

    def classify(self, kind: str, subject: str, unit: str | None, context: Container[str],
                 part: bool = False, document_kind: str = "") -> Indicator | None:
        """The indicator a mention measures: the longest alias found wins, then the one nearest the number
        (Chinese puts the head noun last: `园区企业拥有的自主品牌` is about brands, not companies). An alias
        inside a longer measure does not count (`单位国内生产总值能耗` is no GDP); fallback indicators count
        only when nothing else fits."""
        best, best_key = None, None
        subject = _VERB_INSIDE.sub("", subject)  # `服务业实现增加值` names 服务业增加值
        fitting = self.fitting.get((kind, unit, part))
        if fitting is None:
            fitting = self.fitting[kind, unit, part] = tuple(
                ind for ind in self.indicators
                if kind in ind.kinds and (not ind.units or unit in ind.units) and not (part and ind.total))
        for ind in fitting:
            m = _alias_found(ind, subject, unit, context, document_kind)
            if m is None:
                continue
            key = (ind.fallback, -(m.end() - m.start()), -m.end(), ind.order)
            if best_key is None or key < best_key:
                best, best_key = ind, key
        return best


def _alias_found(ind: Indicator, subject: str, unit: str | None, context: Container[str],
                 document_kind: str) -> regex.Match | None:
    """The longest (then latest) alias of `ind` that names the subject's measure and whose context words the
    paragraph holds (or the document is of a kind that needs none), or None."""
    waived = document_kind in ind.document_kinds
    found = []  # aliases are searched first: most indicators name nothing in a subject, and their exclude and
    # context words need not be asked then (classify runs for every figure over every fitting indicator)
    if ind.aliases is not None and (m := ind.aliases.search(subject)) \
            and (waived or not (ind.context or ind.document_kinds) or ind.id in context):
        found.append(m)
    for g in ind.alias_groups:
        # a group with `unless` words asks its paragraph even where the document needs no context words
        if (not g.units or unit in g.units) and (m := g.aliases.search(subject)) \
                and (waived and g.unless is None or g.key in context):
            found.append(m)
    if not found or (ind.exclude and ind.exclude.search(subject)):
        return None
    found = [m for m in found if _is_head(subject, m)
             and not (ind.whole and not _WHOLE_PREFIX.fullmatch(subject, 0, m.start()))]
    # `whole`: a sector's, a product's or a group's share of the measure is not the region's whole
    return max(found, key=lambda m: (m.end() - m.start(), m.end()), default=None)


class ContextWords:
    """The context keys whose context words appear in a text (and whose `unless` words do not), as a
    container: each distinct pattern is searched once, when an indicator that needs it is first asked for."""

    __slots__ = ("_bound", "_text", "_found")

    def __init__(self, catalog: Catalog, text: str):
        self._bound, self._text = catalog.bound, text
        self._found: dict[regex.Pattern, bool] = {}

    def __contains__(self, key: object) -> bool:
        words = self._bound.get(key)
        if words is None:
            return False
        context, unless = words
        return self._search(context) and not (unless is not None and self._search(unless))

    def _search(self, pattern: regex.Pattern) -> bool:
        found = self._found.get(pattern)
        if found is None:
            found = self._found[pattern] = pattern.search(self._text) is not None
        return found


_NOT_HEAD_BEFORE = lexicon().compile("(?:{not_head_before})$")
_NOT_HEAD_AFTER = lexicon().compile("(?:{not_head_after})")
_WHOLE_PREFIX = lexicon().compile("whole_measure_prefix")
_NOT_HEAD_TAIL = lexicon().compile("not_head_tail")
_VERB_INSIDE = lexicon().compile("verb_inside_measure")


def _is_head(subject: str, m: regex.Match) -> bool:
    """The alias names what the subject measures, not a part of another measure (`占GDP比重`, `人均GDP`)."""
    if m.start() == m.end():
        return True
    return not (_NOT_HEAD_BEFORE.search(subject, 0, m.start()) or _NOT_HEAD_AFTER.match(subject, m.end())
                or _NOT_HEAD_TAIL.search(subject, m.end()))


def _alternation(words: list[str]) -> regex.Pattern | None:
    """The words' alternation, composed by the lexicon: a `{name}` slot is that lexicon entry's pattern
    (`{hotline_title}`), so words the lexicon keeps are not copied into the catalog."""
    return lexicon().compile("|".join(f"(?:{w})" for w in words)) if words else None


def _indicator(entry: dict, order: int, family: str, where: str, display: Display = PLAIN) -> Indicator:
    if not entry.get("aliases") and not entry.get("alias_group"):
        raise ValueError(f"{where}: an indicator needs aliases or an [[indicator.alias_group]]")
    try:
        return _indicator_of(entry, order, family, where, display)
    except (regex.error, LexiconError) as e:
        raise ValueError(f"{where}: indicator {entry['id']} has a bad pattern: {e}") from None


def _indicator_of(entry: dict, order: int, family: str, where: str, display: Display) -> Indicator:
    return Indicator(
        id=entry["id"], name_zh=entry["name_zh"], name_en=entry["name_en"],
        family=entry.get("family", family), kinds=tuple(entry.get("kinds", ["level"])),
        units=tuple(entry.get("units", [])), aliases=_alternation(entry.get("aliases", [])),
        context=_alternation(entry.get("context", [])), exclude=_alternation(entry.get("exclude", [])),
        strip=_alternation(entry.get("strip", [])), subject_template=entry.get("subject_template", "{subject}"),
        period=entry.get("period"), total=entry.get("total", False), order=order, display=display,
        fallback=entry.get("fallback", False), whole=entry.get("whole", False), document_kinds=tuple(entry.get("document_kinds", [])),
        alias_groups=tuple(_alias_group(g, f"{entry['id']}[{n}]", where)
                           for n, g in enumerate(entry.get("alias_group", []), 1)),
        bare_subject=_bare_subject(entry.get("bare_subject")),
    )


def _bare_subject(entry: dict | None) -> tuple[regex.Pattern, str] | None:
    """`[indicator.bare_subject]`: `names` (the words a subject must hold) and `template` (`{subject}…`)."""
    if entry is None:
        return None
    return _alternation([entry["names"]]), entry["template"]


_GROUP_KEYS = {"aliases", "context", "unless", "units", "examples", "negatives"}


def _alias_group(entry: dict, key: str, where: str) -> AliasGroup:
    """One `[[indicator.alias_group]]`: its aliases, context words and examples are all required, since a
    group without context words is just more aliases, and one without examples is untested."""
    unknown = set(entry) - _GROUP_KEYS
    if unknown:
        raise ValueError(f"{where}: alias group {key} has unknown keys {sorted(unknown)}")
    missing = [k for k in ("aliases", "context", "examples", "negatives") if not entry.get(k)]
    if missing:
        raise ValueError(f"{where}: alias group {key} needs {', '.join(missing)}")
    try:
        return AliasGroup(key, _alternation(entry["aliases"]), _alternation(entry["context"]),
                          _alternation(entry.get("unless", [])), tuple(entry.get("units", [])),
                          tuple(entry["examples"]), tuple(entry["negatives"]))
    except (regex.error, LexiconError) as e:
        raise ValueError(f"{where}: alias group {key} has a bad pattern: {e}") from None


def load_catalog(directory: Path = CATALOG_DIR) -> Catalog:
    """Read every family file; indicators keep file order (covid, hotline, sock, investment, growth)."""
    indicators, patterns, pages = [], [], []
    files = [directory / f"{name}.toml" for name in FAMILY_FILES if (directory / f"{name}.toml").exists()]
    files += sorted(p for p in directory.glob("*.toml") if p not in files)
    for path in files:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        family = data.get("family", "other")
        display = data.get("display", {})
        hints = family_displays(display, path)
        for entry in data.get("indicator", []):
            indicators.append(_indicator(entry, len(indicators), family, path.name,
                                          hints.pop(entry["id"], Display())))
        if hints:
            raise ValueError(f"{path.name}: [display] names indicators that are not in the file: {sorted(hints)}")
        if "page" in display:
            pages.append(Page(family, display["page"], display.get("name_en", family),
                              display.get("name_zh", family), display.get("order", 100)))
        for entry in data.get("pattern", []):
            patterns.append(CatalogPattern(entry["id"], lexicon().compile(entry["template"]),
                                           entry.get("kind", "zero"), entry.get("value", 0), entry["unit"],
                                           entry.get("prefix", ""), entry.get("qualifier", "exact")))
    ids = [i.id for i in indicators]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate indicator ids in the catalog")
    pages.sort(key=lambda p: p.order)
    return Catalog(tuple(indicators), tuple(patterns), {i.id: i for i in indicators}, _bound(indicators),
                   tuple(pages))


def _bound(indicators: list[Indicator]) -> dict:
    """Context key → (context words, unless words): each context-bound indicator and each alias group."""
    bound = {i.id: (i.context, None) for i in indicators if i.context}
    bound |= {g.key: (g.context, g.unless) for i in indicators for g in i.alias_groups}
    return bound


@cache
def default_catalog() -> Catalog:
    return load_catalog()
