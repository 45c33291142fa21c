"""A budget a result is measured against (`完成年初预算24.6亿元的59.7%`): the whole year's plan, a target."""

from __future__ import annotations

from .lexicon import lexicon
from .period_dates import Period, year_period

_BUDGET_BEFORE = lexicon().compile("budget_base_before")
_REACH = 12  # characters before an amount where the budget's words stand


def budget_base(text: str, clause: int, start: int, unit: str | None, period: Period) -> Period | None:
    """The year a budget amount at start plans (the year of the result's months), or None when the amount is
    no budget a result is measured against."""
    if unit != "CNY" or period.end is None:
        return None
    if _BUDGET_BEFORE.search(text, max(clause, start - _REACH), start) is None:
        return None
    return year_period(period.end.year)
