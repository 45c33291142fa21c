"""The Overview's headline cards: the latest value of an indicator in one region, compared only with like.

A card shows the indicator's usual grain in that region (the grain most of its figures have; a one-off
contract does not replace an annual total) and compares it with the same kind of period just before: a year
with the year before, a quarter with the quarter before, January–October with January–October of the year
before. When that figure is missing the card says so instead of comparing with whatever came earlier.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.numbers import change, readable
from dashboard.series_names import indicator_name

MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12}


@dataclass(frozen=True)
class Card:
    indicator: str
    name: str
    now: dict
    text: str
    delta: str | None     # the change from the comparable figure, or None
    previous: str | None  # the comparable period's label (whether or not it was reported)


def previous_period(start, end, grain: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The period a figure is compared with: the same kind of period just before."""
    s, e = pd.Timestamp(start), pd.Timestamp(end)
    if grain in MONTHS or grain == "multi-year":
        months = MONTHS.get(grain) or 12 * (e.year - s.year + 1)
        ps = s - pd.DateOffset(months=months)
        return ps, ps + pd.DateOffset(months=months) - pd.Timedelta(days=1)
    if grain == "year-to-date":
        return s - pd.DateOffset(years=1), e - pd.DateOffset(years=1)
    length = e - s + pd.Timedelta(days=1)
    return s - length, e - length


def _label(start: pd.Timestamp, end: pd.Timestamp, grain: str) -> str:
    """A period's label, as store/grain.py writes it, for a period that may not be stored."""
    if grain == "year":
        return f"{start.year}"
    if grain == "quarter":
        return f"{start.year}Q{(start.month - 1) // 3 + 1}"
    if grain == "half":
        return f"{start.year}H{1 if start.month == 1 else 2}"
    if grain == "month":
        return f"{start:%Y-%m}"
    if grain == "multi-year":
        return f"{start.year}–{end.year}"
    if grain == "day":
        return f"{end:%Y-%m-%d}"
    return f"{start:%Y-%m-%d}–{end:%m-%d}" if start.year == end.year else f"{start:%Y-%m-%d}–{end:%Y-%m-%d}"


def usual_grain(rows: pd.DataFrame) -> str:
    """The grain most of an indicator's figures have (ties: the one reported most recently); `periods`, when
    the query gives it, counts them all (the rows may be only the latest of each grain)."""
    counts = rows.groupby("grain").agg(n=("periods" if "periods" in rows else "grain",
                                          "max" if "periods" in rows else "size"), last=("period_end", "max"))
    return counts.sort_values(["n", "last"], ascending=False).index[0]


def _ends(rows: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """A period's first and last day; a figure with only one end known is about that day (store/grain.py)."""
    start, end = pd.to_datetime(rows["period_start"]), pd.to_datetime(rows["period_end"])
    return start.fillna(end), end.fillna(start)


def card(indicator: str, rows: pd.DataFrame, lang: str) -> Card | None:
    if rows.empty:
        return None
    grain = usual_grain(rows)
    same = rows[rows["grain"] == grain]
    first, last = _ends(same)
    order = last.sort_values(ascending=False, kind="stable").index
    now = same.loc[order[0]].to_dict()
    ps, pe = previous_period(first[order[0]], last[order[0]], grain)
    match = same[(first == ps) & (last == pe)]
    before = match.iloc[0] if len(match) else None
    return Card(indicator=indicator, name=indicator_name(indicator, now["subject"], lang), now=now,
                text=readable(now["value"], now["unit"], lang, now.get("value_high"), now.get("qualifier")),
                delta=None if before is None else change(now["value"], before["value"], now["unit"], lang),
                previous=_label(ps, pe, grain))


def cards(points: pd.DataFrame, indicators: tuple[str, ...], lang: str) -> list[Card]:
    """One card per headline indicator reported in the frame's region, in the catalog's order."""
    out = []
    for indicator in indicators:
        rows = points[points["indicator"] == indicator] if len(points) else points
        c = card(indicator, rows, lang)
        if c is not None:
            out.append(c)
    return out
