"""Item measures: the measure a `、` list's first item names after its thing is the measure of the later items that
name their thing alone.

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
_JOINER = "、"
_GAP = 4  # characters between a figure's end and the next item's `、`: its qualifier (`左右`, `以上`)


def _next_item(text: str, before: Mention, m: Mention) -> bool:
    """m's subject is the whole of the `、` item right after the figure before (`…左右、玉米300亿斤`)."""
    item = m.start - len(m.subject)
    return item - 1 >= before.end and text[item - 1] == _JOINER and text.startswith(m.subject, item) \
        and item - 1 - before.end <= _GAP and not regex.search(r"[,，;；。\d]", text[before.end:item - 1])


def with_first_item_measure(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of one sentence, the later items of a list whose first item named a quantity of goods given it."""
    out: list[Mention] = []
    measure: str | None = None
    for m in mentions:
        before = out[-1] if out else None
        if before is not None and m.kind == before.kind == "level" and measure and _THING.fullmatch(m.subject) \
                and not _MEASURE_NAMED.search(m.subject) and UNIT_KINDS.get(m.unit or "") == UNIT_KINDS.get(
                    before.unit or "") and _next_item(text, before, m):
            m = replace(m, subject=m.subject + measure)
        else:
            first = _FIRST.fullmatch(m.subject) if m.kind == "level" else None
            measure = first["measure"] if first else None
        out.append(m)
    return out
