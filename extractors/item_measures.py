"""Item measures: the measure a `、` list's first item names after its thing is the measure of the later items that
name their thing alone; so is the measure an industry's change names for the industries whose changes the next
comma clauses give bare (`采矿业增加值同比增长…,制造业同比下降4.0%,电力…供应业同比增长…` → 制造业增加值).

`预计小麦收购量1200亿斤左右、玉米300亿斤左右、大豆80万吨左右` is the purchase of each crop (玉米收购量,
大豆收购量), not a crop. Only a quantity of goods the lexicon knows (lexicon/subjects.toml `first_item_measure`), only
items right after it in a unit of the same kind, each a short name with no measure of its own (`measure_named`).
"""

from __future__ import annotations

from dataclasses import replace

import regex

from .lexicon import lexicon
from .mention import Mention
from .quantities import UNIT_KINDS

_LEX = lexicon()
_FIRST = _LEX.compile("^(?P<thing>\\p{Han}{2,8}?)(?P<measure>{first_item_measure})$")
_MEASURE_NAMED = _LEX.compile("measure_named")
_THING = regex.compile(r"\p{Han}{2,8}")
_INDUSTRY_MEASURE = _LEX.compile("^(?P<industry>{industry_alone})(?P<measure>{industry_measure_named})$")
_INDUSTRY = _LEX.compile("^(?:{industry_alone})$")
_CLAUSE_GAP = regex.compile(r"[^,，;；。\d]{0,30}[,，][^,，;；。\d]{0,40}")
_JOINER = "、"
_GAP = 4  # characters between a figure's end and the next item's `、`: its qualifier (`左右`, `以上`)


def _next_item(text: str, before: Mention, m: Mention) -> bool:
    """m's subject is the whole of the `、` item right after the figure before (`…左右、玉米300亿斤`)."""
    item = m.start - len(m.subject)
    return item - 1 >= before.end and text[item - 1] == _JOINER and text.startswith(m.subject, item) \
        and item - 1 - before.end <= _GAP and not regex.search(r"[,，;；。\d]", text[before.end:item - 1])


def with_first_item_measure(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of one sentence, the later items of a list whose first item named a quantity of goods given it."""
    def takes(before: Mention, m: Mention) -> bool:
        return m.kind == before.kind == "level" and _THING.fullmatch(m.subject) is not None \
            and not _MEASURE_NAMED.search(m.subject) \
            and UNIT_KINDS.get(m.unit or "") == UNIT_KINDS.get(before.unit or "") and _next_item(text, before, m)

    def names(m: Mention) -> str | None:
        first = _FIRST.fullmatch(m.subject) if m.kind == "level" else None
        return first["measure"] if first else None

    return _carried_measure(mentions, takes, names)


def with_industry_measure(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of one sentence, an industry named bare in the clause right after an industry's change of a named
    measure given that measure (lexicon `industry_measure_named`), as long as such clauses run on."""
    def takes(before: Mention, m: Mention) -> bool:
        return m.kind == before.kind == "change" and m.unit == before.unit and _INDUSTRY.fullmatch(m.subject) \
            is not None and _CLAUSE_GAP.fullmatch(text, before.end, m.start) is not None

    def names(m: Mention) -> str | None:
        named = _INDUSTRY_MEASURE.fullmatch(m.subject) if m.kind == "change" else None
        return named["measure"] if named else None

    return _carried_measure(mentions, takes, names)


def _carried_measure(mentions: list[Mention], takes, names) -> list[Mention]:
    """The mentions, each that takes (the mention before, it) the measure the last naming one names (names) given it;
    a mention that does not take it names the measure for those after it, or ends the run."""
    out: list[Mention] = []
    measure: str | None = None
    for m in mentions:
        if out and measure and takes(out[-1], m):
            m = replace(m, subject=m.subject + measure)
        else:
            measure = names(m)
        out.append(m)
    return out


_PER_HEAD = _LEX.compile("per_head_base")


def with_per_head_base(mentions: list[Mention]) -> list[Mention]:
    """Mentions of one sentence, the later items of a list whose first item counts per head (`每10万人中拥有大学文化程度
    的由3181人增加到5288人;拥有高中文化程度的由…`) given that base: a census's rates, not the county's heads."""
    out: list[Mention] = []
    base: tuple[str, str | None] | None = None
    for m in mentions:
        if (named := _PER_HEAD.match(m.subject)) is not None:
            base = (named.group(), m.unit)
        elif base is not None and m.kind == "level" and m.unit == base[1] and _THING.fullmatch(m.subject):
            m = replace(m, subject=base[0] + m.subject)
        out.append(m)
    return out
