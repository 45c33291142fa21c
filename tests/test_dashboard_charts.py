"""Time by grain on the charts: a year's value stands on its own year, labels never repeat, lines break at gaps
and never join two grains, bars are as wide as their period. Rendered with vl-convert (no browser)."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pandas as pd
import pytest
import vl_convert as vlc

from dashboard import charts, periods

TICK = re.compile(r'<text[^>]*transform="translate\(([-\d.]+),[-\d.]+\)"[^>]*>([^<]+)</text>')
POINT = re.compile(r'aria-label="Period: ([^;]+);[^"]*"[^>]*transform="translate\(([-\d.]+),')


def point(start, end, grain, label, value, status="actual", region="辽源市", indicator="growth.gdp", i=0):
    return dict(series=indicator, indicator=indicator, subject="地区生产总值", region=region,
                period_start=start, period_end=end, grain=grain, period=label, value=value, value_high=None,
                unit="%", qualifier="exact", status=status, doc="a.txt", published=end, document_id="d",
                start=i, end=i + 3, quote="q", corrected=None)


def years(*pairs, grain="year"):
    return pd.DataFrame([point(date(y, 1, 1), date(y, 12, 31), grain, str(y), v, i=i * 10)
                         for i, (y, v) in enumerate(pairs)])


def render(points: pd.DataFrame, kind: str = "line", lang: str = "en") -> tuple[dict, str]:
    df, unit = charts.prepare(points, lang)
    spec = charts.time_chart(df, charts.ChartMeta("GDP", unit, "", "source"), kind, lang).to_dict()
    return spec, vlc.vegalite_to_svg(spec)


def tick_labels(svg: str) -> dict[str, float]:
    ticks = [(label, float(x)) for x, label in TICK.findall(svg)]
    labels = [label for label, _ in ticks if re.fullmatch(r"\d{4}(Q\d|-\d\d)?", label)]
    assert len(labels) == len(set(labels)), f"an axis label repeats: {labels}"
    return {label: x for label, x in ticks}


@pytest.mark.parametrize("pairs", [
    [(2019, 5.1), (2020, 2.3), (2021, 6.0)],
    [(2019, 5.1)],                                   # one period: its label is its year, not "12-31"
    [(2004, 11.0), (2012, 9.0), (2021, 6.0)],        # a long span
])
def test_a_year_stands_on_its_own_year(pairs):
    _, svg = render(years(*pairs))
    ticks = tick_labels(svg)
    placed = {label: float(x) for label, x in POINT.findall(svg)}
    on_ticks = [str(year) for year, _ in pairs if str(year) in ticks]
    assert on_ticks  # a long span ticks every other year: odd years sit between their neighbours' ticks
    for year in on_ticks:
        assert placed[year] == pytest.approx(ticks[year], abs=0.5), year


def test_quarters_are_labelled_as_quarters():
    quarters = pd.DataFrame([point(date(2020, m, 1), (pd.Timestamp(date(2020, m, 1)) + pd.offsets.QuarterEnd()).date(),
                                   "quarter", f"2020Q{(m + 2) // 3}", v, i=m) for m, v in ((1, 1.0), (4, 2.0), (7, 3.0))])
    _, svg = render(quarters)
    ticks = tick_labels(svg)
    xs = sorted(float(x) for _, x in POINT.findall(svg))
    assert xs == pytest.approx([ticks["2020Q1"], ticks["2020Q2"], ticks["2020Q3"]], abs=0.5)


def test_days_are_labelled_with_their_year():
    days = pd.DataFrame([point(date(2021, 12, 30) + timedelta(d), date(2021, 12, 30) + timedelta(d), "day",
                               str(date(2021, 12, 30) + timedelta(d)), d, i=d) for d in range(3)])
    ticks = tick_labels(render(days)[1])
    assert any(label.startswith("2021-12-3") for label in ticks) and any(label.startswith("2022-") for label in ticks)


def test_a_missing_year_breaks_the_line():
    df, _ = charts.prepare(years((2018, 1.0), (2019, 2.0), (2021, 3.0)), "en")
    segments = df.sort_values("at")["segment"].tolist()
    assert segments[0] == segments[1] != segments[2]


def test_two_grains_are_never_joined():
    mixed = pd.concat([years((2019, 5.0), (2020, 6.0)),
                       pd.DataFrame([point(date(2020, 1, 1), date(2020, 10, 31), "year-to-date", "2020-01–10", 4.0,
                                           i=99)])])
    df, _ = charts.prepare(mixed, "en")
    assert df.groupby("grain")["segment"].nunique().to_dict() == {"year": 1, "year-to-date": 1}
    assert set(df[df["grain"] == "year"]["segment"]).isdisjoint(df[df["grain"] == "year-to-date"]["segment"])
    spec, _ = render(mixed)
    assert spec["layer"][-1]["encoding"]["shape"]["field"] == "grain_label"  # and told apart by shape


def test_the_line_legend_shows_lines_and_targets_are_hollow():
    spec, _ = render(pd.concat([years((2019, 5.0)), pd.DataFrame([point(date(2020, 1, 1), date(2020, 12, 31),
                                                                         "year", "2020", 6.0, status="target")])]))
    lines, points = spec["layer"][0], spec["layer"][1]
    assert lines["encoding"]["color"]["legend"]["symbolType"] == "stroke"
    assert points["encoding"]["color"]["legend"] is None
    assert points["encoding"]["fill"]["value"] == "white"


def test_bars_are_as_wide_as_their_week_and_zero_is_drawn():
    weeks = pd.DataFrame([point(date(2021, 10, 30) + timedelta(7 * w), date(2021, 11, 5) + timedelta(7 * w), "week",
                                f"w{w}", 0 if w == 1 else 20 + w, indicator="hotline.category_share", i=w)
                          for w in range(40)])
    spec, _ = render(weeks, "stack")
    bars, zeros = spec["layer"]
    assert bars["mark"]["size"] >= 8  # 40 weeks on 720 px: about 14 px a week, not a hairline
    assert zeros["mark"]["type"] == "tick" and {"filter": "(datum.value === 0)"} in zeros["transform"]
    domain = bars["encoding"]["x"]["scale"]["domain"]
    first, last = (pd.Timestamp(year=d["year"], month=d["month"], day=d["date"]) for d in domain)
    assert first < pd.Timestamp("2021-11-05") - pd.Timedelta(days=3)  # half a week of room: no bar clipped
    assert last > pd.Timestamp(date(2021, 11, 5) + timedelta(7 * 39)) + pd.Timedelta(days=3)


@pytest.mark.parametrize("grain, start, end, at", [
    ("year", date(2019, 1, 1), date(2019, 12, 31), date(2019, 1, 1)),
    ("quarter", date(2019, 7, 1), date(2019, 9, 30), date(2019, 7, 1)),
    ("week", date(2021, 11, 13), date(2021, 11, 19), date(2021, 11, 19)),
    ("year-to-date", date(2021, 1, 1), date(2021, 10, 31), date(2021, 10, 31)),
    ("day", None, date(2021, 7, 4), date(2021, 7, 4)),
    (None, None, None, None),
])
def test_placed_at(grain, start, end, at):
    assert periods.placed_at(start, end, grain) == (pd.Timestamp(at) if at else None)
