"""A breakdown by place: the place an item before a count names, if that is all it says (`乐清市16例`,
`其中长春市`), and what the list's heading counts (`新增确诊病例中,…`)."""

from __future__ import annotations

from .lexicon import lexicon
from .place_words import breakdown_place
from .subjects import clean_subject

_LEX = lexicon()
_CATEGORY = _LEX.compile("breakdown_category")
_FROM = frozenset(_LEX.words("from_place"))
_ITEM_EDGE = _LEX.compile(r"^(?:{subject_leading}|[\s“”\"(（])+|[\s”\")）]+$")


def _breakdown_item(raw: str, cases: bool = False) -> str | None:
    """`乐清市` / `平阳` / `其中长春市` / `新增确诊病例中瑞安市` before a count: the place a breakdown item names,
    if that is all it says (after the category that heads the list)."""
    if not raw:
        return None
    category = _CATEGORY.match(trimmed := _ITEM_EDGE.sub("", raw))
    item = trimmed[category.end():] if category else raw
    if any(word in item for word in _FROM):
        return None  # `其中来自美国2例`: where imported cases come from, not a place of the list
    return breakdown_place(_ITEM_EDGE.sub("", item), cases)


def _category(text: str, start: int, pos: int) -> str:
    """`新增确诊病例中,…`: what the breakdown items after it count (the last such phrase of the clause)."""
    lo = max(start, text.rfind(";", start, pos) + 1, text.rfind("；", start, pos) + 1)
    found = None
    for m in _CATEGORY.finditer(text, lo, pos):
        found = m
    return clean_subject(found["category"]) if found else ""
