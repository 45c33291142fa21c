"""A change whose own clause names nothing, after a clause that names the measure and its trend in words
(`工业投资快速增长,同比增长25.6%`, `…等五大重点行业均实现增加值同比增长,合计增长14.2%`): the change is that
measure's (五大重点行业增加值), not a number that says nothing (lexicon `trend_clause`)."""

from __future__ import annotations

from .lexicon import lexicon
from .subjects import clean_subject

_TREND = lexicon().compile("trend_clause")


def trend_measure(prior: str) -> str:
    """`工业投资快速增长` → 工业投资; `…等五大重点行业均实现增加值同比增长` → 五大重点行业增加值; else ``."""
    m = _TREND.search(prior)
    if m is None:
        return ""
    return m["set"] + m["measure"] if m["set"] else clean_subject(m["measure"])
