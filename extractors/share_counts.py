"""A percent change told right after a bare share measures the count the share is of (`…125件,占7.68%,同比增长25%`);
a share in brackets right after an item of a category's breakdown is that item's (`…噪音污染(占环境投诉总量52.3%)`).

A hotline report's category line (`住房类143件,占8.8%,同比下降14.9%`) gives a count, its share of all contacts, then a
change: a share moves by percentage points (`占比提高2个百分点`), so a change in percent is the count's, named as the
count is (住房类), never 住房类占比. A share is bare when its clause is only the share verb (lexicon `bare_share_clause`:
`占`, `占比`, `约占`); a share that names its whole (`占全市的8%`) or a change in points keeps the share.
"""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_BARE = _LEX.compile("bare_share_clause")
_ITEM_SHARE = _LEX.compile("bracketed_item_share")
_CLAUSE_MARKS = ",，;；:：。、\n"
_PERCENT = "%"


def share_counted(kind: str, left: str, unit: str | None, counted: str) -> str | None:
    """The subject of the count (counted) that a bare share, a level in percent whose clause is left, is of; else None."""
    if kind != "level" or unit != _PERCENT or not counted or _BARE.fullmatch(left.strip()) is None:
        return None
    return counted


def changed_measure(change: bool, unit: str | None, share_of: str | None, before: str) -> str:
    """What a change named by no words of its own measures: the count a bare share right before it is of, when the
    change is in percent; else the subject before it."""
    return share_of if change and unit == _PERCENT and share_of else before


def bracketed_item_share(text: str, lo: int, pos: int, subject: str) -> str | None:
    """The item a share in brackets right after it is of (`…引起的噪音污染(占环境投诉总量52.3%)` → 噪音污染(占环境投诉总量)),
    when the clause from its last mark to pos is only that item and the share's bracket; else None (lexicon
    `bracketed_item_share`)."""
    if not subject:
        return None
    mark = max(lo - 1, *(text.rfind(c, lo, pos) for c in _CLAUSE_MARKS))
    m = _ITEM_SHARE.fullmatch(text, mark + 1, pos)
    if m is None:
        return None
    share = text[m.end("item") + 1:m.end("whole")].strip()  # `占环境投诉总量`, the verb and the whole it names
    return f"{m['item']}({share})" if m["whole"].strip() else m["item"]
