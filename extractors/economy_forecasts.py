"""Economy forecasts abroad: a foreign or world economy's growth told as to come is an estimate of its whole year.

Chinese papers report other economies' outlooks from their forecasters (`欧委会预测…，其中，德国经济将下滑6.5%`,
`IHS Markit预计今年全球经济将下降6.5%`): a growth figure (% or 个百分点) whose region is abroad (a foreign country, a group of economies such
as 欧元区 or 发达经济体, the world), whose subject ends with an economy measure (`经济`, `经济增速`, `GDP`) and whose
clause has a forecast word before it (`将`, `预计`, `有望`) is an estimate, never a target nor a figure already told (a size, `到独立100周年时印尼国内生产总值将达到7万亿美元`, may be a
leader's goal and is left);
without a time of less than a year in that clause its period is the whole year its period falls in (a month
carried from an earlier sentence dates no economy's annual growth). A figure whose clause names a past crisis as its
time (`远高于国际金融危机期间萎缩4.5%的水平`) and no year of its own is dropped: its time is not settled and it is
never the forecast's. A Chinese place's own forecast is left to status.py. Words in lexicon/forecasts.toml.
"""

from __future__ import annotations

from datetime import date

from .abroad_zones import foreign
from .lexicon import lexicon
from .period_dates import Period

_LEX = lexicon()
_MEASURE = _LEX.compile("economy_measure")
_FORECAST_WORD = _LEX.compile("economy_forecast_word")
_PART_YEAR = _LEX.compile("economy_forecast_part_year")
_PAST_CRISIS = _LEX.compile("past_crisis_period")
_CRISIS_YEAR = _LEX.compile("past_crisis_year")
_CLAUSE_MARKS = ("，", ",", "；", ";")
# a growth forecast (% or points, as facts write them); a size (`国内生产总值将达到7万亿美元`) may be a leader's goal
_RATE_UNITS = frozenset(_LEX.values("unit_point").values()) | frozenset(_LEX.values("unit_percent").values())
_REACH = 120  # characters back a figure's clause is read: a run-on sentence with no comma stays linear
_ABROAD_GROUPS = frozenset(_LEX.values("world_region").values()) | frozenset(_LEX.words("world"))


def _comma_clause(text: str, clause: int, pos: int) -> int:
    """Where the comma clause of the figure at pos opens (not before its clause, nor farther back than _REACH)."""
    clause = max(clause, pos - _REACH)
    return max([clause] + [text.rfind(mark, clause, pos) + 1 for mark in _CLAUSE_MARKS])


def abroad(region: str | None) -> bool:
    """The region is a foreign country, a group of economies or regions abroad, or the world."""
    return bool(region) and (region in _ABROAD_GROUPS or foreign(region))


def unsettled_crisis_figure(text: str, clause: int, pos: int) -> bool:
    """The figure at pos has a past crisis as its time in its comma clause, or opening its clause (`金融危机期间，全球
    贸易下降12%`), and no year of its own from there to the figure."""
    clause = max(clause, pos - _REACH)
    opening = min((at for at in (text.find(mark, clause, pos) for mark in _CLAUSE_MARKS) if at != -1), default=-1)
    spans = [(_comma_clause(text, clause, pos), pos)] + ([(clause, opening)] if opening != -1 else [])
    return any(_PAST_CRISIS.search(text, at, end) and not _CRISIS_YEAR.search(text, at, pos) for at, end in spans)


def economy_forecast(text: str, span: tuple[int, int], subject: str, region: str | None, status: str,
                     period: Period, unit: str | None) -> tuple[str, Period]:
    """(status, period) of a figure (span: its clause's start, its own start): an economy's forecast growth abroad
    becomes an estimate of its year; anything else is returned as it came."""
    clause, pos = span
    clause = _comma_clause(text, clause, pos)
    if unit not in _RATE_UNITS or not (abroad(region) and _MEASURE.search(subject or "")
                                       and _FORECAST_WORD.search(text, clause, pos)):
        return status, period
    start, end = period.start, period.end
    if _PART_YEAR.search(text, clause, pos) or start is None or end is None or start.year != end.year:
        return "estimate", period  # its own quarter or month, no time at all, or several years (`今明两年`)
    return "estimate", Period(date(end.year, 1, 1), date(end.year, 12, 31))
