"""Goods or partners a trade flow spreads over by `分别`: `集成电路、太阳能电池、手机分别出口…` and `我省对欧盟、东盟、美国
分别进出口…` name each item whole and give each figure the item's flow (集成电路出口, 对东盟进出口), never the bare item
nor a tail cut from a longer item (汽车能电池); the partners' preposition governs every partner of the list."""

from __future__ import annotations

from .industry_names import split_whole
from .lexicon import lexicon
from .subjects import LIST_SPLIT, clean_subject

_LEX = lexicon()
_RESPECTIVELY = _LEX.words("respectively")[0]
_FLOW = _LEX.compile("respectively_trade_flow")
_PARTNER_LEAD = _LEX.compile("trade_partner_opening")
_PARTNER_SET = _LEX.compile("partner_set_clause")
_TRADE_MEASURE = _LEX.compile("trade_measure_alone")


def traded_items(raw: str, count: int) -> list[str] | None:
    """The count subjects of a `分别` clause whose flow is a trade verb (`对欧盟、东盟分别进出口…` → 对欧盟进出口,
    对东盟进出口), or None when no trade verb follows `分别` or the items are not count."""
    head, said, after = raw.partition(_RESPECTIVELY)
    if not said or count < 2 or not (flow := _FLOW.match(after)):
        return None
    parts = split_whole(head, LIST_SPLIT)
    lead = _PARTNER_LEAD.match(first := clean_subject(parts[0]))
    # a partner named alone is a place, which a subject drops: the partner as written (`、日本`)
    items = [first, *((clean_subject(x) or x.strip()) if lead else clean_subject(x) for x in parts[1:])]
    if len(items) != count or not all(items):
        return None
    prep = lead["prep"] if lead else ""
    return [(x if x.startswith(prep) else prep + x) + flow["flow"] for x in items]


def partners_before(before: str, head: str, count: int) -> list[str] | None:
    """`对香港、美国和欧盟等传统出口市场也保持两位数增长` (the clause before) and `出口规模` for three figures →
    [对香港出口规模, 对美国出口规模, 对欧盟出口规模] (partner_set_clause); None for any other clause or measure."""
    if count < 2 or not _TRADE_MEASURE.fullmatch(head) or (m := _PARTNER_SET.search(before)) is None:
        return None
    partners = [x for x in LIST_SPLIT.split(m["partners"]) if x]
    return [m["prep"] + x + head for x in partners] if len(partners) == count else None
