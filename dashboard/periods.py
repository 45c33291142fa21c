"""Where a period sits on a time axis, how the axis is ticked and labelled, and where a line must break.

A period is placed by its grain (store/grain.py): a calendar month, quarter, half-year, year or run of years at
its first day, so that a year's value stands on its own year's tick; a day, week, year-to-date or other span at
its last day (the day the count is "as of"). The axis ticks at the finest grain shown (years as `2020`,
quarters as `2020Q3`, months as `2020-07`, days as `2020-07-04`), never repeating a label. A line joins two
points only when the second follows the first within one step of the grain: a missing year breaks the line.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

AT_START = ("month", "quarter", "half", "year", "multi-year")
# A grain's step in days: the longest gap a line may bridge, and half of it pads the axis.
STEP_DAYS = {"day": 1, "week": 7, "month": 31, "quarter": 92, "half": 184, "year": 366, "year-to-date": 366,
             "multi-year": 366, "span": 31}
FINEST = ("day", "week", "span", "month", "year-to-date", "quarter", "half", "year", "multi-year")
MAX_TICKS = 12


def placed_at(start, end, grain: str | None) -> pd.Timestamp | None:
    """The instant a period is drawn at (None when the fact has no period)."""
    s = start if start is not None and not pd.isna(start) else end
    e = end if end is not None and not pd.isna(end) else start
    if s is None or pd.isna(s):
        return None
    return pd.Timestamp(s if grain in AT_START else e)


def place(df: pd.DataFrame) -> pd.Series:
    """`placed_at` for every row of a frame with period_start, period_end and grain."""
    starts = pd.to_datetime(df["period_start"].where(df["period_start"].notna(), df["period_end"]))
    ends = pd.to_datetime(df["period_end"].where(df["period_end"].notna(), df["period_start"]))
    return starts.where(df["grain"].isin(AT_START), ends)


def segments(df: pd.DataFrame, keys: list[str]) -> pd.Series:
    """A segment id per row: rows of one series (`keys` + grain) stay on one line while each point follows the
    previous one within the grain's step; a longer gap starts a new segment."""
    order = df.sort_values("at")
    out = pd.Series(index=df.index, dtype=object)
    for key, rows in order.groupby([*keys, "grain"], dropna=False, sort=False):
        step = STEP_DAYS.get(rows["grain"].iloc[0], 31)
        gaps = rows["at"].diff().dt.days.fillna(0) > step * 1.5
        numbers = gaps.cumsum().astype(int).astype(str)
        out.loc[rows.index] = "|".join(str(k) for k in key) + "#" + numbers
    return out


@dataclass(frozen=True)
class TimeAxis:
    """Domain, tick interval and label form of a time axis (Vega-Lite terms)."""

    lo: pd.Timestamp
    hi: pd.Timestamp
    interval: str   # "year", "month" or "day"
    step: int
    fmt: str        # d3 time format of a tick label
    quarters: bool  # ticks every 3 months labelled 2020Q3
    band_px: float  # width of a bar of the finest grain, in pixels, for a plot of `width`

    def label_expr(self) -> str | None:
        if self.quarters:
            return "timeFormat(datum.value, '%Y') + 'Q' + quarter(datum.value)"
        return None


def _ticks(span_days: float, finest: str) -> tuple[str, int, str, bool]:
    years, months = span_days / 365.25, span_days / 30.44
    if finest in ("year", "multi-year", "year-to-date") or years > 6:
        return "year", max(1, math.ceil(years / MAX_TICKS)), "%Y", False
    if finest in ("quarter", "half") or years > 2.5:
        if years > 3:
            return "year", 1, "%Y", False
        return "month", 3, "%Y", True
    if finest == "month" or span_days > 120:
        return "month", max(1, math.ceil(months / MAX_TICKS)), "%Y-%m", False
    return "day", max(1, math.ceil(span_days / MAX_TICKS)), "%Y-%m-%d", False


def time_axis(at: pd.Series, grains: pd.Series, width: int) -> TimeAxis:
    """The axis for points placed at `at` with these grains: padded by half a step of the finest grain (so no
    bar is clipped and a single point still gets its own labelled tick)."""
    shown = set(grains.dropna())
    present = [g for g in FINEST if g in shown] or ["day"]
    finest = present[0]
    lo, hi = at.min(), at.max()
    pad = pd.Timedelta(days=max(1, STEP_DAYS[finest] // 2 + 1))
    lo, hi = lo - pad, hi + pad
    span = max((hi - lo).days, 1)
    interval, step, fmt, quarters = _ticks(span, finest)
    band = width * STEP_DAYS[finest] / span * 0.8
    return TimeAxis(lo, hi, interval, step, fmt, quarters, max(2.0, min(60.0, band)))
