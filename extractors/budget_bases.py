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


_BUDGET_CLAUSE = lexicon().compile("budget_base_clause")
_RUNNING = lexicon().compile("budget_account_running")
_SHARE_OF_IT = lexicon().compile("budget_share_after")


def budget_clause(left: str) -> tuple[str, str] | None:
    """(how a share of it is told, the budget's name) when the clause before an amount is only the budget a result
    is measured against (`完成年初预算数` → (完成, 年初预算数)), else None."""
    m = _BUDGET_CLAUSE.fullmatch(left)
    return (m["verb"] or "", m["budget"]) if m is not None else None


def budget_of(account: str, budget: str) -> str:
    """The name of an account's budget: `累计一般公共预算收入`, `年初预算数` → 一般公共预算收入年初预算数."""
    return _RUNNING.sub("", account) + budget


def share_of_budget(between: str, account: str, told: tuple[str, str]) -> str | None:
    """The account's share of the budget just named (`…预算数60999万元的40.4%` → 一般公共预算收入(完成年初预算数)),
    when only `的` stands between the budget's amount and the percentage; else None."""
    return f"{account}({told[0]}{told[1]})" if _SHARE_OF_IT.fullmatch(between) else None
