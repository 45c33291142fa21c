"""Comparisons of one series: across regions in one period (a ranked bar), and target against actual per period
(the gap). Pure functions from query frames to frames and Altair charts."""

from __future__ import annotations

import altair as alt
import pandas as pd

from dashboard import periods
from dashboard.charts import display_scale, series_label
from dashboard.i18n import t
from dashboard.numbers import change, readable

TARGET_TABLE = {"period": "period", "target_text": "col_target", "actual_text": "col_actual", "gap_text": "gap",
                "met_text": "target_met"}


def region_periods(points: pd.DataFrame) -> pd.DataFrame:
    """Periods with regional values, the most regions first, then the newest."""
    if points.empty:
        return pd.DataFrame(columns=["period", "regions"])
    rows = points[points["region"].notna()].copy()
    if rows.empty:
        return pd.DataFrame(columns=["period", "regions"])
    rows["at"] = periods.place(rows)
    per = rows.groupby("period").agg(regions=("region", "nunique"), at=("at", "max")).reset_index()
    per["several"] = per["regions"] > 1
    return per.sort_values(["several", "at"], ascending=[False, False])[["period", "regions"]]


def ranking_chart(rows: pd.DataFrame, lang: str) -> alt.Chart:
    """Regions ranked by their value in one period, each bar labelled in the report's magnitude."""
    df = rows.sort_values("value", ascending=False).copy()
    unit = df["unit"].mode().iloc[0] if df["unit"].notna().any() else ""
    divisor, unit_label = display_scale(unit, float(df["value"].abs().max()), lang)
    df["shown"] = df["value"] / divisor
    df["shown_text"] = [readable(v, u, lang, h, q) for v, u, h, q in
                        zip(df["value"], df["unit"], df["value_high"], df["qualifier"], strict=True)]
    name = series_label(df["indicator"].iloc[0], df["subject"].iloc[0], lang)
    title = alt.TitleParams(f"{name} · {df['period'].iloc[0]}", subtitle=[unit_label], anchor="start", fontSize=15)
    base = alt.Chart(df[["region", "shown", "shown_text", "doc"]], width=600,
                     height=max(60, 28 * len(df))).encode(
        y=alt.Y("region:N", sort="-x", title=t("region", lang)),
        x=alt.X("shown:Q", title=f"{t('value', lang)} ({unit_label})" if unit_label else t("value", lang)),
        tooltip=[alt.Tooltip("region:N", title=t("region", lang)),
                 alt.Tooltip("shown_text:N", title=t("value", lang)), alt.Tooltip("doc:N", title=t("doc", lang))])
    return alt.layer(base.mark_bar(color="#4c78a8"),
                     base.mark_text(align="left", dx=4).encode(text="shown_text:N")).properties(title=title)


def target_pairs(points: pd.DataFrame) -> pd.DataFrame:
    """Per region and period with a target: the target, the actual value (when reported) and the gap."""
    cols = ["region", "period", "at", "unit", "target", "actual"]
    if points.empty or not (points["status"] == "target").any():
        return pd.DataFrame(columns=cols)
    df = points.copy()
    df["at"] = periods.place(df)
    df["region_key"] = df["region"].fillna("")
    wide = df.pivot_table(index=["region_key", "period", "unit"], columns="status", values="value",
                          aggfunc="first").reset_index()
    at = df.groupby(["region_key", "period"])["at"].max().rename("at")
    wide = wide.join(at, on=["region_key", "period"])
    for status in ("target", "actual"):
        if status not in wide:
            wide[status] = float("nan")
    wide = wide[wide["target"].notna()].rename(columns={"region_key": "region"})
    wide["region"] = wide["region"].replace("", None)
    return wide[cols].sort_values("at").reset_index(drop=True)


def target_table(pairs: pd.DataFrame, lang: str) -> pd.DataFrame:
    out = pairs.copy()
    out["target_text"] = [readable(v, u, lang) for v, u in zip(out["target"], out["unit"], strict=True)]
    out["actual_text"] = [readable(v, u, lang) if pd.notna(v) else t("not_reported", lang)
                          for v, u in zip(out["actual"], out["unit"], strict=True)]
    out["gap_text"] = [change(a, g, u, lang) if pd.notna(a) else ""
                       for a, g, u in zip(out["actual"], out["target"], out["unit"], strict=True)]
    out["met_text"] = ["" if pd.isna(a) else ("✓" if a >= g else "✗")
                       for a, g in zip(out["actual"], out["target"], strict=True)]
    return out


def target_chart(pairs: pd.DataFrame, lang: str) -> alt.LayerChart:
    """Per period: the actual value as a bar, the target as a black tick across it."""
    unit = pairs["unit"].mode().iloc[0] if len(pairs) and pairs["unit"].notna().any() else ""
    biggest = float(pd.concat([pairs["target"], pairs["actual"]]).abs().max())
    divisor, unit_label = display_scale(unit, biggest, lang)
    df = target_table(pairs, lang)
    df["target_shown"], df["actual_shown"] = df["target"] / divisor, df["actual"] / divisor
    order = df["period"].tolist()
    value_title = f"{t('value', lang)} ({unit_label})" if unit_label else t("value", lang)
    base = alt.Chart(df[["period", "target_shown", "actual_shown", "target_text", "actual_text", "gap_text"]],
                     width=max(240, 70 * len(df)), height=260)
    x = alt.X("period:N", sort=order, title=t("period", lang), axis=alt.Axis(labelAngle=0))
    tooltip = [alt.Tooltip("period:N", title=t("period", lang)),
               alt.Tooltip("target_text:N", title=t("target", lang)),
               alt.Tooltip("actual_text:N", title=t("actual", lang)), alt.Tooltip("gap_text:N", title=t("gap", lang))]
    bars = base.mark_bar(color="#4c78a8", size=28).encode(x=x, y=alt.Y("actual_shown:Q", title=value_title),
                                                          tooltip=tooltip)
    ticks = base.mark_tick(color="black", thickness=3, size=40).encode(x=x, y="target_shown:Q", tooltip=tooltip)
    return alt.layer(bars, ticks).properties(title=alt.TitleParams(t("targets_title", lang), anchor="start"))
