"""A period's grain and label, derived in SQL from `period_start`/`period_end` (never stored, so a corrected
period gets the right grain at once and the extractor does not need to know about it).

| grain | period | label |
|---|---|---|
| `day` | one day (or only one end known: a count as of that day) | `2021-07-04` |
| `week` | seven days | `2021-11-13–11-19` |
| `month` | a calendar month | `2021-07` |
| `quarter` | a calendar quarter | `2021Q3` |
| `half` | January–June or July–December | `2021H1` |
| `year` | a calendar year | `2021` |
| `year-to-date` | from January 1 to a day of the same year | `2021-01–10`, `2021-01-01–11-19` |
| `multi-year` | whole calendar years, several of them | `2016–2020` |
| `span` | any other stretch of days | `2021-03-05–2021-04-10` |

A fact without any period has no grain (null) and cannot be placed on a time axis.
"""

from __future__ import annotations

GRAINS = ("day", "week", "month", "quarter", "half", "year", "year-to-date", "multi-year", "span")

# The period's two ends; a fact with only one end known is about that day.
_S = "coalesce(period_start, period_end)"
_E = "coalesce(period_end, period_start)"


def grain_sql(s: str = _S, e: str = _E) -> str:
    """SQL expression: the grain of the period from `s` to `e` (DATE expressions)."""
    jan1 = f"(month({s}) = 1 AND day({s}) = 1)"
    return f"""CASE
        WHEN {s} IS NULL THEN NULL
        WHEN {s} = {e} THEN 'day'
        WHEN {e} - {s} = 6 THEN 'week'
        WHEN day({s}) = 1 AND {e} = last_day({s}) THEN 'month'
        WHEN day({s}) = 1 AND month({s}) IN (1, 4, 7, 10) AND {e} = last_day({s} + INTERVAL 2 MONTH) THEN 'quarter'
        WHEN day({s}) = 1 AND month({s}) IN (1, 7) AND {e} = last_day({s} + INTERVAL 5 MONTH) THEN 'half'
        WHEN {jan1} AND month({e}) = 12 AND day({e}) = 31 AND year({e}) = year({s}) THEN 'year'
        WHEN {jan1} AND month({e}) = 12 AND day({e}) = 31 THEN 'multi-year'
        WHEN {jan1} AND year({e}) = year({s}) THEN 'year-to-date'
        ELSE 'span' END"""


def label_sql(grain: str = "grain", s: str = _S, e: str = _E) -> str:
    """SQL expression: how a period is written everywhere (charts, tables, tooltips, exports), given its grain.
    Built from the dates' ISO text (a cast and substrings are several times cheaper than strftime)."""
    si, ei = f"CAST({s} AS VARCHAR)", f"CAST({e} AS VARCHAR)"
    year_s, year_e = f"left({si}, 4)", f"left({ei}, 4)"
    end_in_year = f"CASE WHEN year({s}) = year({e}) THEN right({ei}, 5) ELSE {ei} END"
    return f"""CASE {grain}
        WHEN 'day' THEN {ei}
        WHEN 'week' THEN {si} || '–' || {end_in_year}
        WHEN 'month' THEN left({si}, 7)
        WHEN 'quarter' THEN {year_s} || 'Q' || CAST(quarter({s}) AS VARCHAR)
        WHEN 'half' THEN {year_s} || CASE WHEN month({s}) = 1 THEN 'H1' ELSE 'H2' END
        WHEN 'year' THEN {year_s}
        WHEN 'multi-year' THEN {year_s} || '–' || {year_e}
        WHEN 'year-to-date' THEN CASE WHEN {e} = last_day({e})
            THEN left({si}, 7) || '–' || substr({ei}, 6, 2)
            ELSE {si} || '–' || right({ei}, 5) END
        WHEN 'span' THEN {si} || '–' || {ei}
        END"""
