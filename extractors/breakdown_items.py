"""A breakdown by place: the place an item before a count names, if that is all it says (`乐清市16例`,
`其中长春市`), and what the list's heading counts (`新增确诊病例中,…`)."""

from __future__ import annotations

import regex

from .gazetteer import gazetteer
from .lexicon import lexicon
from .place_chains import _ancestry
from .place_words import breakdown_place
from .subjects import clean_subject

_LEX = lexicon()
_CATEGORY = _LEX.compile("breakdown_category")
_FROM = frozenset(_LEX.words("from_place"))
_ITEM_EDGE = _LEX.compile(r"^(?:{subject_leading}|[\s“”\"(（])+|[\s”\")）]+$")
_LIST_MARK = _LEX.words("list_joiner")[0]   # 、
_ITEM_MARKS = (_LIST_MARK, ";", "；")  # the marks between a case list's items (`…3例;八里湖区2例`)
_PLACE_SIZES = (5, 4, 3, 2)   # characters of a place name that may end the item before
_UNNAMED_ZONE = _LEX.compile("unnamed_zone_item")
_UNKNOWN_ITEM = _LEX.compile("unknown_place_item")
_CASE_WORD = _LEX.compile("case_word")
_CASE_ITEM = _LEX.compile_at("case_item_after")
_FOUND_BY = _LEX.compile("case_found_by")
_FOUND_PART = _LEX.compile("case_found_part")
_SEMICOLON_ITEM = _LEX.compile("semicolon_case_item")
_EACH_DIVISION = _LEX.compile("each_division_lead")
_SHARED = _LEX.compile("ranked_units_shared")  # `平阳县和苍南县各`: items sharing one count
_ITEM_NAME = _LEX.compile("\\s?\\p{Han}{2,14}\\s?")  # the item the figure opens: its name alone
_TRAILING_BRACKET = regex.compile(r"[(（]([^()（）]{1,8})[)）]?$")  # its close may be trimmed as an edge
_MAX_ITEM_NAME = 12  # characters: an item's name, not a clause
_MAX_SEMICOLON_ITEMS = 40  # `;` items read back for the list's heading (bounded in run-on text)
_HEAD_SIZES = (8, 7, 6, 5, 4, 3, 2)   # characters of the known place a zone's item may open with (`哈尔滨市`)


def _breakdown_item(raw: str, cases: bool = False) -> str | None:
    """`乐清市` / `平阳` / `其中长春市` / `新增确诊病例中瑞安市` before a count: the place a breakdown item names,
    if that is all it says (after the category that heads the list)."""
    if not raw:
        return None
    raw = without_method(raw, cases)
    category = _CATEGORY.match(trimmed := _ITEM_EDGE.sub("", raw))
    item = trimmed[category.end():] if category else raw
    if any(word in item for word in _FROM):
        return None  # `其中来自美国2例`: where imported cases come from, not a place of the list
    return breakdown_place(_ITEM_EDGE.sub("", item), cases)


def without_method(raw: str, cases: bool) -> str:
    """`马关县在区域核酸筛查中发现` → 马关县: a count of cases's item less how they were found (lexicon case_found_by)."""
    return raw[:m.start()] if cases and (m := _FOUND_BY.search(raw)) else raw


def found_method(raw: str) -> str | None:
    """How the cases of a bulletin's item before a count were found (`在集中隔离点发现`), if it says."""
    return m["method"] if (m := _FOUND_BY.search(raw)) else None


def found_part(subject: str) -> bool:
    """A count's part named by how its cases were found (`新增无症状感染者（集中隔离发现）`): no catalogued count."""
    return _FOUND_PART.search(subject) is not None


def list_category(text: str, start: int, pos: int) -> str:
    """`新增确诊病例中,…`: what the breakdown items after it count (the last such phrase of the clause, or of the clause
    before a run of `;` items that are each a place's count alone: `…中,进贤县3例;安义县1例;西湖区2例`)."""
    hi = pos
    for _ in range(_MAX_SEMICOLON_ITEMS):
        lo = max(start, text.rfind(";", start, hi) + 1, text.rfind("；", start, hi) + 1)
        found = None
        for m in _CATEGORY.finditer(text, lo, hi):
            found = m
        if found is not None:
            return _EACH_DIVISION.sub("", clean_subject(found["category"]), count=1)  # `各县区受理量` → 受理量
        if lo <= start or not (_SEMICOLON_ITEM.fullmatch(text, lo, hi) if hi < pos else _ITEM_NAME.fullmatch(text, lo, hi)):
            return ""  # the clause is more than an item (`新增出院病例4例,其中瑞安市`): no heading before it is its
        hi = lo - 1  # the `;` before this clause: read the clause before it
    return ""


def shares_listed_count(text: str, raw_start: int) -> bool:
    """`张家口、承德、保定26个县`, `太原、大同3个市`: the place before the count closes a list of places that have
    no figure of their own, so the count is the whole list's, not an item of a breakdown by place (whose items
    each carry one: `乐清市16例、瑞安市11例`)."""
    at = raw_start - 1
    if at < 1 or text[at] != _LIST_MARK:
        return False
    before = text[max(0, at - max(_PLACE_SIZES)):at]
    return any(breakdown_place(before[-size:]) for size in _PLACE_SIZES if len(before) >= size)


def zone_place(raw: str) -> str | None:
    """`沈阳市浑南开发区` before a count of cases → 浑南区 (a zone named after a district of the place before it);
    `哈尔滨市利民开发区` or `利民开发区` → "" (a zone the gazetteer does not know: no region, never its city's, whose
    count it is only a part of); None when the item is no such zone (`长春市绿园区` is a district)."""
    item = _ITEM_EDGE.sub("", raw)
    category = _CATEGORY.match(item)
    item = item[category.end():] if category else item
    if (bracket := _TRAILING_BRACKET.search(item)) is not None and bracket.start() >= 2:
        if (inner := breakdown_place(bracket[1])) is not None:
            return inner  # `高新区(新市区)2例`: the district the zone is run with, named in its bracket
        item = item[:bracket.start()]  # `经开区(头区)`: the zone, the bracket's short word unread
    head = place_head(item)
    if breakdown_place(item) or breakdown_place(item[head:]) is not None:
        return None  # a place the gazetteer names (`石家庄高新技术产业开发区`, `长春市绿园区`)
    zone = _UNNAMED_ZONE.fullmatch(item, head)
    if zone is None or (head and not zone["name"]):
        return None  # `金华新区`: a city's short name and a bare kind, no zone of its own name
    named = breakdown_place(zone["name"])
    if named is None or not head:
        return named or ""
    g, holder = gazetteer(), breakdown_place(item[:head])
    return named if any(holder in _ancestry(g, p) for p in g.by_name.get(named, ())) else ""


def unplaced_item_name(raw: str) -> str:
    """The words of a list item the gazetteer places nowhere (`经开区`, `湄洲湾北岸`), less the list's heading, to name
    its count by (its region stays empty); "" when they are long or absent."""
    item = _ITEM_EDGE.sub("", without_method(raw, True))
    category = _CATEGORY.match(item)
    item = _ITEM_EDGE.sub("", item[category.end():] if category else item)
    item = item[:bracket.start()] if (bracket := _TRAILING_BRACKET.search(item)) and bracket.start() >= 2 else item
    named = (_UNNAMED_ZONE.fullmatch(item) or _UNKNOWN_ITEM.fullmatch(item)) and not _SHARED.search(item)
    return item if named and len(item) <= _MAX_ITEM_NAME else ""  # one name, never `甲县和乙县各`


def place_head(item: str) -> int:
    """How many characters of the item a known place opens with (`哈尔滨市利民开发区` → 4), else 0."""
    return next((size for size in _HEAD_SIZES if len(item) > size and breakdown_place(item[:size])), 0)


def known_chain(item: str) -> bool:
    """`哈尔滨市香坊区`: a known place after the known place it lies in, no unknown place of a list (its clause
    names it)."""
    head = place_head(item)
    return head > 0 and breakdown_place(item[head:]) is not None


def unnamed_item_place(text: str, raw: str, pos: int, spread: bool, after_item: bool, item_place: str | None) -> str | None:
    """The place of a breakdown's item at pos (raw: its words) where the gazetteer names none: "" (no region) for a
    place of the list it does not know (`城厢区30例、…、湄洲湾北岸3例`), a zone's district (`沈阳市浑南开发区3例` → 浑南区),
    else item_place as found."""
    if not item_place and after_item and not spread and text[pos - len(raw) - 1:pos - len(raw)] in _ITEM_MARKS \
            and _UNKNOWN_ITEM.fullmatch(item := _ITEM_EDGE.sub("", raw)) and not _CASE_WORD.search(raw) \
            and not known_chain(item):
        return ""
    if not item_place and not spread and _CASE_ITEM.match(text, pos) and (zone := zone_place(raw)) is not None:
        return zone  # `哈尔滨市利民开发区3例`: no region, not the city's
    return item_place
