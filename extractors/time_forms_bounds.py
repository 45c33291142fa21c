"""Times bounded on one side: since a year written with 起/开始 (`2013年起`), before a year (`2013年以前`), a
relative year's end (`去年底`) and since one (`去年年底以来`), and from a year up to a later month
(`2016年至今年9月底`), each a named group of lexicon/time.toml."""

from __future__ import annotations

from datetime import date

from .lexicon import lexicon
from .period_dates import Period, _month, _num, _pub_year, _ref_year, _safe, default_period, year_period

_REL_YEARS: dict[str, int] = lexicon().values("relative_year")
_YEAR_AFTER = frozenset(lexicon().words("year_after_named"))


def _since_start(m, current, published):
    """`2013年起`: from that year up to the report; a year still to come (`从2021年起`) is that year."""
    first = _num(m["ysf"] or m["ysf2"])
    end = published or current.end
    if first is None or end is None or not 1000 <= first <= 9999:
        return None
    if first > end.year:
        return year_period(first)
    return Period(date(first, 1, 1), end)


def _year_to_month(m, current, published):
    """`2016年至今年9月底`, `2017年3月至2019年6月`, `2016年至今`: from the first year's (or month's) first day up to the
    end month's last day (or the day it names, or the report); an end before the start resolves to nothing."""
    first = _month(_num(m["yfrom"]), _num(m["mfrom"]) if m["mfrom"] else 1)
    if first is None:
        return None
    if m["tonow"]:
        end = published or current.end
    elif m["yendto"]:
        year = _num(m["yendto"])  # `自2016年7月开通至2018年底`: up to that year's last day
        end = date(year, 12, 31) if year and 1000 <= year <= 9999 else None
    else:
        year = _num(m["yto"]) if m["yto"] else first.start.year
        if m["relto"] in _YEAR_AFTER:
            year = first.start.year + 1  # `2019年12月至次年1月`: the year after the span's first
        elif m["relto"]:
            base = _pub_year(current, published)
            year = None if base is None else base + _REL_YEARS[m["relto"]]
        month = _month(year, _num(m["mto"]))
        end = month and (_safe(year, month.start.month, _num(m["dto"])) if m["dto"] else month.end)
    return Period(first.start, end) if end and first.start <= end else None


def _before_year(m, current, published):
    """`2013年以前`: the state up to the year before (open start); a year not yet over is a deadline, that year."""
    year = _num(m["ybefore"])
    if year is None or not 1001 <= year <= 9999:
        return None
    if published is None or year >= published.year:
        return year_period(year)
    return Period(None, date(year - 1, 12, 31))


def _relative_end(m, current, published):
    """`去年底`: the last day of that year, a level as of it."""
    year = _pub_year(current, published)
    shift = _REL_YEARS.get(m["relend"])
    if year is None or shift is None:
        return None
    return Period(None, date(year + shift, 12, 31))


def _since_year_end(m, current, published):
    """`去年年底以来`: up to the report, from a day the text does not name."""
    end = published or current.end
    return Period(None, end) if end else None


def year_closed_in_span(current: Period, published) -> int | None:
    """The year `全年`/`年底` means inside a span from last year up to the report (`2018年以来…截至年底…` in a
    February 2019 report, `2019年以来…全年实现…` in May 2020): last year, the one year of the span that is over."""
    if published is None or current.start is None or current.end != published:
        return None
    return published.year - 1 if current.start.year == published.year - 1 else None


def _years_total(m, current, published):
    """`两年共有88项`: a total up to the report over years whose first the text does not name; up to the day in
    force when one is (`截至今年6月底，…不到两年累计开行1843班`)."""
    if current.start is None and current.end is not None and current != default_period(published):
        return current
    end = published or current.end
    return Period(None, end) if end else None



def _year_start_to_month(m, current, published):
    """`从去年初至11月`, `2018年初至10月`, `自年初至8月底`: from the year's first day up to the end month's last day (or
    the day it names, or the report: `年初至今`); the year written, the relative word's, or the one in force. An end before the start is none."""
    if m["ystm"]:
        year = _num(m["ystm"])
    elif m["rstm"]:
        base = _pub_year(current, published)
        year = None if base is None else base + _REL_YEARS[m["rstm"]]
    else:
        year = _ref_year(current, published)
    if year is None:
        return None
    if m["nowstm"]:
        end = published or current.end
        return Period(date(year, 1, 1), end) if end and date(year, 1, 1) <= end else None
    end_year = year
    if m["rstm2"]:
        base = _pub_year(current, published)
        end_year = None if base is None else base + _REL_YEARS[m["rstm2"]]
    month = _month(end_year, _num(m["mstm"]))
    end = month and (_safe(end_year, month.start.month, _num(m["dstm"])) if m["dstm"] else month.end)
    return Period(date(year, 1, 1), end) if end and date(year, 1, 1) <= end else None
