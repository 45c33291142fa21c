"""A percent change told right after a bare share measures the count the share is of (`…125件,占7.68%,同比增长25%`).

A hotline report's category line (`住房类143件,占8.8%,同比下降14.9%`) gives a count, its share of all contacts, then a
change: a share moves by percentage points (`占比提高2个百分点`), so a change in percent is the count's, named as the
count is (住房类), never 住房类占比. A share is bare when its clause is only the share verb (lexicon `bare_share_clause`:
`占`, `占比`, `约占`); a share that names its whole (`占全市的8%`) or a change in points keeps the share.
"""

from __future__ import annotations

from .lexicon import lexicon

_BARE = lexicon().compile("bare_share_clause")
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
