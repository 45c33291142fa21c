"""Lists of industries and ordinals spread over their figures: industries written short (`一、二、三产业增加值` →
第一产业增加值, …), an ordinal list (`第一、二批`), a later `分别` clause's measure of the industries the sentence listed
first, and a count of a list's classes dropped (`两大产业`)."""

from __future__ import annotations

from .lexicon import lexicon
from .numbers import parse_number
from .subjects import _RESPECTIVELY, clean_subject

_LEX = lexicon()
_ORDINAL_LIST = _LEX.compile("ordinal_list")
_INDUSTRIES_SHORT = _LEX.compile("industry_ordinals_short")
_ALL_INDUSTRIES = tuple(_LEX.table("industry_ordinals_short", "whole"))
_ORDINAL_MARK = _LEX.table("industry_ordinals_short", "ordinal_mark")
_INDUSTRY = _ALL_INDUSTRIES[0][2:]   # 产业
_INDUSTRIES_CARRIED = _LEX.compile("industries_carried")
_COUNT_CLASS = _LEX.compile("list_count_class")


def without_count_class(head: str, count: int) -> str:
    """`集成电路和生命健康两大产业…` for two numbers → `集成电路和生命健康产业…` (list_count_class)."""
    m = _COUNT_CLASS.search(head)
    return head[:m.start()] + head[m.end():] if m and parse_number(m["n"]) == count else head


def ordinal_items(head: str, count: int) -> list[str] | None:
    """`第一、二、三批…` for as many numbers as it names → one subject per ordinal (ordinal_list)."""
    ordinals = _ORDINAL_LIST.search(head)
    if ordinals is None or len(ordinals.captures("later")) + 1 != count:
        return None
    numbers = [ordinals["first"], *ordinals.captures("later")]
    return [clean_subject(head[:ordinals.start()] + ordinals["pre"] + n + ordinals["tail"]) for n in numbers]


def industries_short(head: str, count: int) -> list[str] | None:
    """`一、二、三产业增加值` / `三次产业对GDP增长的贡献率` for as many numbers as it names → [第一产业增加值, …]: the
    industries written short, each with the measure around them (industry_ordinals_short)."""
    m = _INDUSTRIES_SHORT.search(head)
    if m is None:
        return None
    names = [_ORDINAL_MARK + n + _INDUSTRY for n in m.captures("n")] if m["ordinals"] else list(_ALL_INDUSTRIES)
    if len(names) != count:
        return None
    return [clean_subject(head[:m.start()] + name + head[m.end():]) for name in names]


def industries_opening(opening: str, head: str, count: int) -> list[str] | None:
    """`第一、二、三产业增加值占…比重分别为…,对经济增长的贡献率分别为…` (the sentence up to the later clause, and its
    head) → [第一产业对经济增长的贡献率, …]: a later `分别` clause naming only a measure of the industries the
    sentence's first `分别` clause listed, as many as its figures, is theirs again (industries_carried)."""
    if count < 2 or _RESPECTIVELY not in opening or not _INDUSTRIES_CARRIED.fullmatch(head):
        return None
    first = opening.split(_RESPECTIVELY)[0]
    first = first[max(first.rfind(","), first.rfind("，")) + 1:]
    if (short := _INDUSTRIES_SHORT.search(first)) is not None:
        names = [_ORDINAL_MARK + n + _INDUSTRY for n in short.captures("n")] if short["ordinals"] \
            else list(_ALL_INDUSTRIES)
    elif (ordinals := _ORDINAL_LIST.search(first)) is not None and ordinals["tail"].startswith(_INDUSTRY):
        names = [ordinals["pre"] + n + _INDUSTRY for n in (ordinals["first"], *ordinals.captures("later"))]
    else:
        return None
    return [name + head for name in names] if len(names) == count else None


def industries_before(before: str, head: str, count: int) -> list[str] | None:
    """`…第一产业增加值…;第二产业增加值…;第三产业增加值…。` (the sentence before) then `对经济增长的贡献率分别为…` for three
    figures → [第一产业对经济增长的贡献率, …]: a `分别` sentence naming only a measure of the industries
    (industries_carried) after a sentence that told the three industries in order (kinds65 Leshan)."""
    if count != len(_ALL_INDUSTRIES) or not _INDUSTRIES_CARRIED.fullmatch(head):
        return None
    positions = [before.find(name) for name in _ALL_INDUSTRIES]
    if min(positions) < 0 or positions != sorted(positions):
        return None
    return [name + head for name in _ALL_INDUSTRIES]
