"""Chart builders: pure functions from query frames to Altair charts (title, unit, period and source included).

Time is placed and labelled by grain (dashboard/periods.py); lines break at gaps and never join two grains;
values are shown in the report's magnitude in tooltips (dashboard/numbers.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import altair as alt
import pandas as pd

from dashboard import hints, periods
from dashboard.i18n import grain_name, status_name, t, unit_name
from dashboard.numbers import readable
from dashboard.series_names import indicator_name

PICK = "pick"  # name of the point selection; Streamlit reports the picked point's `fact_key` under it
STATUS_DASH = {"actual": [1, 0], "target": [6, 4], "estimate": [2, 3]}
WIDTH, HEIGHT = 720, 340
SPANS = ("multi-year", "span")  # periods drawn as a rule from their start to their end as well


@dataclass(frozen=True)
class ChartMeta:
    """What a chart says about itself; also printed in exported images."""

    title: str
    unit: str
    period: str
    source: str

    def subtitle(self) -> list[str]:
        return [" · ".join(x for x in (self.unit, self.period) if x), self.source]


def display_scale(unit: str | None, max_abs: float, lang: str) -> tuple[float, str]:
    """Divisor and unit label a reader expects on an axis: money in 亿 or 万 (billion, million in English)."""
    base = unit_name(unit, lang)
    if unit in ("CNY", "USD"):
        money = "元" if unit == "CNY" else "美元"
        steps = ((1e8, f"亿{money}"), (1e4, f"万{money}")) if lang == "zh" else \
            ((1e9, f"billion {unit}"), (1e6, f"million {unit}"))
        for divisor, label in steps:
            if max_abs >= divisor:
                return divisor, label
    return 1.0, base


def series_label(indicator, subject, lang: str) -> str:
    """A series' name on a chart: the category itself for a subject-split indicator, else the catalog name."""
    if indicator is None or pd.isna(indicator) or hints.splits_by_subject(indicator):
        return str(subject or "")
    return indicator_name(indicator, subject, lang)


def _plain(column: pd.Series) -> list:
    """A column as Python values with None for missing ones (iterating Arrow strings is slow; NaN is no key)."""
    return [None if v is None or v != v else v for v in column.tolist()]


def prepare(points: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, str]:
    """Chart-ready columns (label, shown value and its text, status, placement, segment, fact_key) and the unit
    label the axis shows."""
    df = points.reset_index(drop=True)
    if df.empty:
        return df, ""
    unit = df["unit"].mode().iloc[0] if df["unit"].notna().any() else ""
    divisor, unit_label = display_scale(unit, float(df["value"].abs().max()), lang)
    # names and numbers repeat (a few series, a few values): each distinct one is written once
    keys = list(zip(_plain(df["indicator"]), _plain(df["subject"]), strict=True))
    names = {k: series_label(*k, lang) for k in set(keys)}
    region = df["region"].fillna(t("unspecified", lang))
    df["label"] = [names[k] for k in keys]
    if region.nunique() > 1:
        df["label"] = df["label"] + " · " + region
    df["region_label"] = region
    df["shown"] = df["value"] / divisor
    numbers = list(zip(_plain(df["value"]), _plain(df["unit"]), _plain(df["value_high"]), _plain(df["qualifier"]),
                       strict=True))
    texts = {k: readable(k[0], k[1], lang, k[2], k[3]) for k in set(numbers)}
    df["shown_text"] = [texts[k] for k in numbers]
    statuses = {s: status_name(s, lang) for s in set(_plain(df["status"]))}
    df["status_label"] = [statuses[s] for s in _plain(df["status"])]
    grains = {g: grain_name(g, lang) for g in set(_plain(df["grain"]))}
    df["grain_label"] = [grains[g] for g in _plain(df["grain"])]
    df["at"] = periods.place(df)
    df["segment"] = periods.segments(df, ["label", "status"])
    df["corrected_mark"] = ["✎ " + c if isinstance(c, str) and c else "" for c in _plain(df["corrected"])] \
        if "corrected" in df else ""
    df["fact_key"] = df["document_id"].astype(str) + ":" + df["start"].astype(str) + ":" + df["end"].astype(str)
    return df, unit_label


def _x(axis: periods.TimeAxis, lang: str, field: str = "at") -> alt.X:
    lo, hi = axis.lo, axis.hi
    domain = [alt.DateTime(year=d.year, month=d.month, date=d.day) for d in (lo, hi)]
    extra = {"labelExpr": axis.label_expr()} if axis.label_expr() else {}
    return alt.X(f"{field}:T", title=t("period", lang), scale=alt.Scale(domain=domain),
                 axis=alt.Axis(format=axis.fmt, tickCount={"interval": axis.interval, "step": axis.step},
                               labelAngle=0, labelOverlap=True, **extra))


def _tooltip(lang: str, value_title: str) -> list:
    return [alt.Tooltip("label:N", title=t("indicator", lang)), alt.Tooltip("period:N", title=t("period", lang)),
            alt.Tooltip("shown_text:N", title=t("value", lang)), alt.Tooltip("region_label:N", title=t("region", lang)),
            alt.Tooltip("status_label:N", title=t("status", lang)), alt.Tooltip("doc:N", title=t("doc", lang)),
            alt.Tooltip("corrected_mark:N", title=t("corrected", lang))]


CHART_COLUMNS = ["label", "region_label", "shown", "shown_text", "status", "status_label", "period", "grain",
                 "grain_label", "at", "segment", "fact_key", "doc", "corrected_mark"]


def time_chart(df: pd.DataFrame, meta: ChartMeta, kind: str, lang: str) -> alt.LayerChart:
    """Values over time; targets and estimates dashed with hollow points; a click selects one fact."""
    value_title = f"{t('value', lang)} ({meta.unit})" if meta.unit else t("value", lang)
    data = df[[c for c in CHART_COLUMNS if c in df]].copy()
    if kind in ("stack", "bar"):
        data["value"] = df["value"]  # a reported zero gets its tick
    if df["grain"].isin(SPANS).any():
        for c in ("period_start", "period_end"):
            data[c] = pd.to_datetime(df[c])
    axis = periods.time_axis(data["at"], data["grain"], WIDTH)
    pick = alt.selection_point(name=PICK, fields=["fact_key"], on="click", clear="dblclick")
    x = _x(axis, lang)
    y = alt.Y("shown:Q", title=value_title, axis=alt.Axis(format=",.6~g"))
    legend = alt.Legend(orient="bottom", columns=3, labelLimit=260, title=None)
    scale = alt.Scale(scheme="tableau10")
    color = alt.Color("label:N", scale=scale, legend=legend)
    unlisted = alt.Color("label:N", scale=scale, legend=None)
    title = alt.TitleParams(meta.title, subtitle=meta.subtitle(), anchor="start", fontSize=16, subtitleColor="#555")
    base = alt.Chart(data, width=WIDTH, height=HEIGHT)
    tooltip = _tooltip(lang, value_title)
    if kind in ("stack", "bar"):
        stacked = kind == "stack"
        bars = base.mark_bar(size=axis.band_px).encode(
            x=x, y=alt.Y("sum(shown):Q" if stacked else "shown:Q", title=value_title,
                         axis=alt.Axis(format=",.6~g"), stack="zero" if stacked else None),
            color=color, tooltip=tooltip, order=alt.Order("shown:Q", sort="descending"),
            opacity=alt.condition(pick, alt.value(0.95 if stacked else 0.8), alt.value(0.45)),
        ).add_params(pick)
        # a reported zero is drawn as a tick on the axis: "0 that day" is not "no report"
        zeros = base.transform_filter(alt.datum.value == 0).mark_tick(size=axis.band_px, thickness=3).encode(
            x=x, y=alt.Y("shown:Q"), color=unlisted, tooltip=tooltip)
        return alt.layer(bars, zeros).properties(title=title)
    status_legend = alt.Legend(orient="bottom") if data["status"].nunique() > 1 else None
    dash = alt.StrokeDash("status_label:N", title=t("status", lang), legend=status_legend,
                          scale=alt.Scale(domain=[status_name(s, lang) for s in STATUS_DASH],
                                          range=list(STATUS_DASH.values())))
    lines = base.mark_line(strokeWidth=2).encode(
        x=x, y=y, color=alt.Color("label:N", scale=scale,
                                  legend=alt.Legend(orient="bottom", columns=3, labelLimit=260, title=None,
                                                    symbolType="stroke", symbolStrokeWidth=3)),
        strokeDash=dash, detail="segment:N")
    shape = alt.Shape("grain_label:N", title=t("grain", lang), legend=alt.Legend(orient="bottom")) \
        if data["grain"].nunique() > 1 else alt.value("circle")
    # the outline in the series' colour, filled for actual values and white for targets and estimates
    points = base.mark_point(size=70, strokeWidth=2).encode(
        x=x, y="shown:Q", color=unlisted, tooltip=tooltip, shape=shape,
        fill=alt.condition(alt.datum.status == "actual", alt.Fill("label:N", scale=scale, legend=None),
                           alt.value("white")),
        size=alt.condition(pick, alt.value(160), alt.value(70)),
    ).add_params(pick)
    layers = [lines, points]
    if "period_start" in data:
        layers.insert(0, base.transform_filter(alt.FieldOneOfPredicate(field="grain", oneOf=list(SPANS)))
                      .mark_rule(strokeWidth=4, opacity=0.35).encode(
                          x=_x(axis, lang, "period_start"), x2="period_end:T", y="shown:Q",
                          color=unlisted))
    return alt.layer(*layers).properties(title=title).resolve_scale(color="shared")


def documents_chart(by_date: pd.DataFrame, lang: str) -> alt.Chart:
    """Documents per publication date: days without documents stay empty (a gap, not a zero)."""
    return alt.Chart(by_date, height=140).mark_bar(size=4).encode(
        x=alt.X("published:T", title=t("published", lang), axis=alt.Axis(format="%Y-%m-%d", labelAngle=0)),
        y=alt.Y("documents:Q", title=t("n_documents", lang), axis=alt.Axis(tickMinStep=1)),
        tooltip=[alt.Tooltip("published:T", title=t("published", lang), format="%Y-%m-%d"),
                 alt.Tooltip("documents:Q", title=t("n_documents", lang))],
    )
