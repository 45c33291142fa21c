"""Measure qualifiers a subject keeps (`平均`, `日均`, `人均`…), so a daily or an average figure is never named as the
amount itself (audit class S3c): written once before a `分别` list's first measure (`规模以上工业企业平均开工率和复岗率
分别达…`) they qualify every later bare measure too (平均复岗率); named only in a change's base (`较节前五日日均客运量
增长17.9%`) they name the change's measure (日均客运量(较节前五日)); a comparison written once before a list's
rates (`较3月日均涨幅分别…`) is no item's (each item is its growth); a change against another span's average
keeps that base in brackets (日均交易量(较4月日均))."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_QUALIFIED = _LEX.compile("shared_measure_qualifier")
_BARE_ITEM = _LEX.compile("shared_qualifier_bare_item")
_QUALIFIED_BASE = _LEX.compile("qualified_comparison_base")
_COMPARED_RATE = _LEX.compile("compared_list_rate")
_AVERAGED_BASE = _LEX.compile("averaged_comparison_base")


def qualifier_shared(items: list[str]) -> list[str]:
    """[`…企业平均开工率`, `复岗率`] → [`…企业平均开工率`, `…企业平均复岗率`]: the first item's owner and qualifier on
    each later item that is a bare measure; other lists unchanged."""
    first = _QUALIFIED.fullmatch(items[0]) if items else None
    if first is None:
        return items
    out = [items[0]]
    for item in items[1:]:
        out.append(first["owner"] + first["qualifier"] + item if _BARE_ITEM.fullmatch(item) and item != first["measure"]
                   else item)
    return out


def measure_in_base(direction: str) -> str | None:
    """`较节前五日日均客运量增长` → 日均客运量(较节前五日): a change named by its qualified base alone; else None."""
    m = _QUALIFIED_BASE.match(direction)
    return f"{m['measure']}({m['word']}{m['base']})" if m else None


def compared_rate(raw: str) -> tuple[str, str]:
    """`…日均订单量及交易金额较3月日均涨幅分别达到` → (`…日均订单量及交易金额分别达到`, `涨幅`): a `分别` list's clause
    without the comparison its rates share, and the rate word each item takes; (raw, "") when there is none."""
    m = _COMPARED_RATE.search(raw)
    return (raw[:m.start()] + raw[m.end():], m["rate"]) if m else (raw, "")


def averaged_base(left: str, subject: str) -> str:
    """`…日均交易量较4月日均增长` → 日均交易量(较4月日均): a change against another span's average keeps that base,
    so it never reads as the year-on-year growth; other subjects unchanged."""
    m = _AVERAGED_BASE.search(left)
    return f"{subject}({m['base']})" if m and subject and m["base"] not in subject else subject
