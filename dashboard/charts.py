"""Chart builders: pure functions from query frames to Altair charts (title, unit, period and source included)."""

from __future__ import annotations

from dataclasses import dataclass

import altair as alt
import pandas as pd

from dashboard.i18n import indicator_name, t, unit_name

PICK = "pick"  # name of the point selection; Streamlit reports the picked point's `fact_key` under it
STACKED = ("hotline.category_share",)
BARS = ("covid.new_confirmed", "covid.new_suspected", "covid.new_asymptomatic")
STATUS_DASH = {"actual": [1, 0], "target": [6, 4], "estimate": [2, 3]}
WIDTH, HEIGHT = 720, 340


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
    """Divisor and unit label a reader expects: money in 亿 or 万 (100 million / 10 thousand)."""
    base = unit_name(unit, lang)
    if unit in ("CNY", "USD"):
        money = "元" if unit == "CNY" else "美元"
        steps = ((1e8, f"亿{money}"), (1e4, f"万{money}")) if lang == "zh" else \
            ((1e9, f"billion {unit}"), (1e6, f"million {unit}"))
        for divisor, label in steps:
            if max_abs >= divisor:
                return divisor, label
    return 1.0, base


def chart_kind(indicators: list[str | None]) -> str:
    """Stacked bars for shares of a whole, bars for daily counts, lines for everything else."""
    if indicators and all(i in STACKED for i in indicators):
        return "stack"
    if indicators and all(i in BARS for i in indicators):
        return "bar"
    return "line"


def date_format(periods: pd.Series) -> str:
    """Axis labels as precise as the span needs: days for a few months, months for a few years, else years."""
    days = (pd.to_datetime(periods).max() - pd.to_datetime(periods).min()).days if len(periods) else 0
    return "%m-%d" if days <= 120 else "%Y-%m" if days <= 3 * 366 else "%Y"


def prepare(points: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, str]:
    """Chart-ready columns (label, shown value, status label, fact_key) and the unit label they are shown in."""
    df = points.copy()
    if df.empty:
        return df, ""
    unit = df["unit"].mode().iloc[0] if df["unit"].notna().any() else ""
    divisor, unit_label = display_scale(unit, float(df["value"].abs().max()), lang)
    by_subject = df["indicator"].isna() | df["indicator"].isin(STACKED)
    names = [subj if own else indicator_name(ind, subj, lang)
             for ind, subj, own in zip(df["indicator"], df["subject"], by_subject, strict=True)]
    region = df["region"].fillna(t("unspecified", lang))
    df["label"] = names
    if region.nunique() > 1 and not by_subject.all():
        df["label"] = df["label"] + " · " + region
    df["region_label"] = region
    df["shown"] = df["value"] / divisor
    df["status_label"] = [t(s, lang) if s in STATUS_DASH else s for s in df["status"]]
    df["period"] = pd.to_datetime(df["period_end"]).dt.strftime("%Y-%m-%d")
    df["fact_key"] = df["document_id"].astype(str) + ":" + df["start"].astype(str) + ":" + df["end"].astype(str)
    return df, unit_label


def time_chart(df: pd.DataFrame, meta: ChartMeta, kind: str, lang: str) -> alt.Chart:
    """Values over time; targets and estimates dashed with hollow points; a click selects one fact."""
    value_title = f"{t('value', lang)} ({meta.unit})" if meta.unit else t("value", lang)
    cols = ["label", "region_label", "shown", "status", "status_label", "period", "fact_key", "doc", "qualifier"]
    data = df[cols]
    pick = alt.selection_point(name=PICK, fields=["fact_key"], on="click", clear="dblclick")
    x = alt.X("period:T", title=t("period", lang), scale=alt.Scale(padding=14),
              axis=alt.Axis(format=date_format(df["period"]), labelAngle=0))
    tooltip = [alt.Tooltip("label:N", title=t("indicator", lang)), alt.Tooltip("period:T", title=t("period", lang)),
               alt.Tooltip("shown:Q", title=value_title, format=",.4~f"),
               alt.Tooltip("status_label:N", title=t("status", lang)), alt.Tooltip("doc:N", title=t("doc", lang))]
    color = alt.Color("label:N", title=None, scale=alt.Scale(scheme="tableau10"),
                      legend=alt.Legend(orient="bottom", columns=3, labelLimit=260))
    title = alt.TitleParams(meta.title, subtitle=meta.subtitle(), anchor="start", fontSize=16,
                            subtitleColor="#555")
    base = alt.Chart(data, width=WIDTH, height=HEIGHT)
    if kind == "stack":
        return base.mark_bar(width=alt.RelativeBandSize(0.85)).encode(
            x=alt.X("yearmonthdate(period):T", title=t("period", lang),
                    axis=alt.Axis(format=date_format(df["period"]), labelAngle=0)),
            y=alt.Y("sum(shown):Q", title=value_title),
            color=color, tooltip=tooltip, opacity=alt.condition(pick, alt.value(1), alt.value(0.5)),
        ).add_params(pick).properties(title=title)
    if kind == "bar":
        return base.mark_bar(width=alt.RelativeBandSize(0.85)).encode(
            x=alt.X("yearmonthdate(period):T", title=t("period", lang),
                    axis=alt.Axis(format=date_format(df["period"]), labelAngle=0)),
            y=alt.Y("shown:Q", title=value_title, stack="zero", axis=alt.Axis(format=",.6~g")),
            color=color, tooltip=tooltip,
            opacity=alt.condition(pick, alt.value(1), alt.value(0.6)),
        ).add_params(pick).properties(title=title)
    dash = alt.StrokeDash("status_label:N", title=t("status", lang),
                          scale=alt.Scale(domain=[t(s, lang) for s in STATUS_DASH], range=list(STATUS_DASH.values())))
    lines = base.mark_line().encode(x=x, y=alt.Y("shown:Q", title=value_title, axis=alt.Axis(format=",.6~g")),
                                    color=color, strokeDash=dash,
                                    detail="status:N")
    points = base.mark_point(size=70, strokeWidth=2).encode(
        x=x, y="shown:Q", color=color, tooltip=tooltip,
        fill=alt.condition(alt.datum.status == "actual", "label:N", alt.value("white"), legend=None),
        size=alt.condition(pick, alt.value(160), alt.value(70)),
    ).add_params(pick)
    return alt.layer(lines, points).properties(title=title)


def documents_chart(by_date: pd.DataFrame, lang: str) -> alt.Chart:
    """Documents per publication date: days without documents stay empty (a gap, not a zero)."""
    return alt.Chart(by_date, height=140).mark_bar(size=4).encode(
        x=alt.X("published:T", title=t("published", lang)),
        y=alt.Y("documents:Q", title=t("n_documents", lang), axis=alt.Axis(tickMinStep=1)),
        tooltip=[alt.Tooltip("published:T"), alt.Tooltip("documents:Q")],
    )
