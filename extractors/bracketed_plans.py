"""Bracketed plans: an amount in brackets right after a quota, plan or budget word is that quota's, not the measure's.

`专项债券11522亿元,完成中央提前下达额度（22900亿元）的50.3%`: 22900亿元 is the quota (中央提前下达额度), not a second
issuance of special bonds; `完成投资120亿元,占年度计划（200亿元）的60%`: 200亿元 is the year's plan (lexicon
subjects.toml `bracketed_plan`).
"""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_PLAN = _LEX.compile("bracketed_plan")
_REACH = 16  # characters before the bracket: the plan's name and its verb


def bracketed_plan(text: str, lo: int, pos: int) -> str | None:
    """The quota, plan or budget whose amount opens a bracket at pos (`额度（22900亿元`), if any."""
    m = _PLAN.search(text, max(lo, pos - _REACH), pos)
    return m["plan"] if m else None
