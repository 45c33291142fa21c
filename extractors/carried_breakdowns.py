"""Breakdowns carried over a sentence: what a list of parts counts when its sentence names only how it is divided.

`累计报告确诊病例中,男性171例、女性183例。按照病例管理地区划分,南山区79例、福田区65例…` lists each district's share
of the cumulative cases: the second sentence opens with the way the whole is divided (lexicon
`division_opening`) and names no whole, so its items count what the sentence before broke down (its `X中,`
heading); with none, division_wholes.py names the total it breaks down. The items of such a heading that name a group of people (`男性171例`, lexicon `demographic_item`) are
that whole's parts too (累计报告确诊病例（男性）), not a count of all men.
"""

from __future__ import annotations

from dataclasses import replace

from .breakdown_items import list_category
from .lexicon import lexicon
from .mention import Mention

_LEX = lexicon()
_DIVISION = _LEX.compile("division_opening")
_DEMOGRAPHIC = _LEX.compile("demographic_item")
_CATEGORY_AT = _LEX.compile(r"\s*(?:{breakdown_category})")


def carried_heading(text: str, start: int, before: tuple[int, int]) -> str:
    """The whole a sentence opening with a way of division (text[start:]) breaks down: the `X中,` heading that opens
    the sentence before (its span), or "" when either is missing."""
    if _DIVISION.match(text, start) is None or _CATEGORY_AT.match(text, *before) is None:
        return ""
    return list_category(text, before[0], before[1])


def with_demographic_parts(text: str, start: int, mentions: list[Mention]) -> list[Mention]:
    """Mentions of a sentence opening with an `X中,` heading, a group of people's count named as X's part."""
    if _CATEGORY_AT.match(text, start) is None or not any(_DEMOGRAPHIC.fullmatch(m.subject) for m in mentions):
        return mentions
    category = list_category(text, start, mentions[0].start)
    if not category:
        return mentions
    return [replace(m, subject=f"{category}（{m.subject}）", part=True) if _DEMOGRAPHIC.fullmatch(m.subject) else m
            for m in mentions]
