"""The place a page's lead makes the subject of its figures, when the rest of the page speaks of that place's whole.

`据福州、厦门海关统计,一季度福建省货物贸易进出口5018.1亿元,…` and later `一季度,全省以一般贸易方式出口…`: a release
with no title or masthead that opens on a place's figure and goes on with `全省`/`我省` is that place's page, so its
`全省` is 福建省 and a figure naming no place is the province's. The lead is the page's first sentence with a figure;
every place it names lies in the one it names widest (offices in its cities count too), and at least one scope word
of the text stands for that place; else the innermost of places each inside the next (`根据广东省…核算结果,…肇庆
地区生产总值…`, then `全市`: 肇庆市, kinds63), when a scope word stands for it. A lead naming places of two provinces,
or a page whose scope words stand for another place, has none."""

from __future__ import annotations

import re

from .gazetteer import Place, gazetteer
from .lexicon import lexicon
from .place_chains import _ancestry
from .places import place_mentions
from .regions import scope_place

_LEAD_REACH = 400   # characters of a page's opening where its lead sentence stands
_SENTENCE_END = re.compile("[。！？!?;；\n]")
_FIGURE = re.compile(r"\d")
_STORY_OPENER = lexicon().compile("{dateline_opening}|{byline}")
_WIDE_LEVELS = ("province", "city")   # a lead names a province's or a city's figures; a county's page has its own rules


def lead_place(text: str) -> Place | None:
    """The place of the page's lead sentence, as described above, or None."""
    lead = _lead(text)
    if lead is None:
        return None
    named = [m for m in place_mentions(text, *lead) if m.kind in ("place", "group", "national", "world")]
    if not named or any(m.kind != "place" or m.place is None for m in named):
        return None
    g = gazetteer()
    widest = min((m.place for m in named), key=lambda p: len(_ancestry(g, p)))
    if widest.level not in _WIDE_LEVELS or any(widest.name not in _ancestry(g, m.place) for m in named):
        return None
    scopes = [m for m in place_mentions(text, lead[1], len(text)) if m.kind == "scope"]
    if any(scope_place(m.scope, [widest]) == widest for m in scopes):
        return widest
    # `根据广东省…核算结果,…肇庆地区生产总值…` then `全市`: the innermost of a chain, when the scope words stand for it
    inner = max((m.place for m in named), key=lambda p: len(_ancestry(g, p)))
    chained = all(m.place.name in _ancestry(g, inner) for m in named)
    return inner if chained and inner.level in _WIDE_LEVELS \
        and any(scope_place(m.scope, [inner]) == inner for m in scopes) else None


def _lead(text: str) -> tuple[int, int] | None:
    """(start, end) of the first sentence within the opening that holds a figure; on a page whose story opens with
    its byline (`本报讯(记者 …)昨日,第29届中国洛阳牡丹文化节圆满落幕。`), the byline's sentence: a headline over it
    (`牡丹文化节接待游客 1770万人次`) names its figure, not its place."""
    opener = _STORY_OPENER.search(text, 0, min(len(text), _LEAD_REACH))
    if opener is not None:
        stop = _SENTENCE_END.search(text, opener.end())
        return opener.end(), stop.start() if stop else len(text)
    start = 0
    while start < min(len(text), _LEAD_REACH):
        stop = _SENTENCE_END.search(text, start)
        end = stop.start() if stop else len(text)
        if _FIGURE.search(text, start, end):
            return start, end
        start = end + 1
    return None
