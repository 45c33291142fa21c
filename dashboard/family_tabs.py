"""The tabs beside a family's chart: its table, regions compared, target against actual, sources; the note on
facts the chart could not place; the CSV of the view."""

from __future__ import annotations

from urllib.parse import quote, urlencode

import pandas as pd
import streamlit as st

from dashboard import compare, queries, widgets
from dashboard.i18n import t
from dashboard.series_names import family_name, indicator_name

TABLE = {"label": "indicator", "region_label": "region", "period": "period", "grain_label": "grain",
         "shown_text": "value", "status_label": "status", "corrected_mark": "corrected", "doc": "doc",
         "published": "published"}
EXPORT = ("series", "label", "region", "period", "grain", "period_start", "period_end", "value", "value_high",
          "unit", "shown_text", "qualifier", "status", "corrected", "doc", "published", "start", "end", "quote")


def indicator_title(indicator: str, lang: str) -> str:
    """The title of a chart of one subject-split indicator's categories: `12345热线: 诉求类别占比`."""
    return indicator_name(indicator, None, lang)


def view_export(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The CSV of the view: the points shown, values in base units with the shown form beside them."""
    out = df[[c for c in EXPORT if c in df]].rename(columns={"shown_text": "value_shown"})
    return out


def table(page, df: pd.DataFrame, meta, lang: str) -> str | None:
    """The points as a table (the chart's wording); the picked row's fact key."""
    event = st.dataframe(widgets.headed(df, TABLE, lang), hide_index=True, on_select="rerun",
                         selection_mode="single-row", key=f"{page.key}_table")
    rows = event.selection.rows if event else []
    return df["fact_key"].iloc[rows[0]] if rows else None


def sources(df: pd.DataFrame, meta, lang: str) -> None:
    counts = df.groupby(["doc", "published"], dropna=False).size().reset_index(name="n_facts")
    st.dataframe(widgets.headed(counts, {"doc": "doc", "published": "published", "n_facts": "n_facts"}, lang),
                 hide_index=True)
    st.caption(meta.source)


def quality_link(params: dict) -> str:
    clean = {k: v for k, v in params.items() if v not in (None, "", [], ())}
    return f"{widgets.base_url()}/quality?" + urlencode(clean, doseq=True, quote_via=quote)


def unplaced_note(page, view, labels: dict[str, str], lang: str) -> None:
    """How many facts of the chosen series the chart cannot place in time (no period) or space (no region),
    with a link to them on the data-quality page (its widgets take their options' labels in the URL)."""
    counts = queries.unplaced(view.fact_filter(page.family))
    parts = []
    base = {"q_family": family_name(page.family, lang), "q_series": [labels.get(s, s) for s in view.series],
            "lang": widgets.lang_param(lang)}
    if counts["no_period"]:
        link = quality_link({**base, "q_missing": t("problem_period", lang)})
        parts.append(t("unplaced_period", lang, n=counts["no_period"], link=link))
    if counts["no_region"]:
        link = quality_link({**base, "q_missing": t("problem_region", lang)})
        key = "unplaced_region_filtered" if view.regions else "unplaced_region"
        parts.append(t(key, lang, n=counts["no_region"], link=link))
    if parts:
        st.caption(" ".join(parts))


def regions(page, view, lang: str) -> None:
    """One series across regions: a ranked bar for a chosen period."""
    series = view.series[0]
    points = queries.series_points(queries.FactFilter(family=page.family, series=(series,), status=("actual",)))
    ranking = compare.region_periods(points)
    if ranking.empty:
        st.info(t("regions_none", lang))
        return
    labels = ranking["period"].tolist()
    chosen = st.selectbox(t("period", lang), labels, index=0, key=f"{page.key}_rank_period",
                          placeholder=t("choose", lang))
    rows = points[(points["period"] == chosen) & points["region"].notna()]
    if rows["region"].nunique() < 2:
        st.info(t("regions_one", lang))
    st.altair_chart(compare.ranking_chart(rows, lang), width="stretch")


def targets(page, view, lang: str) -> None:
    """One series' targets against what was achieved, per period, in one region: the gap."""
    series = view.series[0]
    points = queries.series_points(queries.FactFilter(family=page.family, series=(series,),
                                                      status=("actual", "target")))
    pairs = compare.target_pairs(points)
    if pairs.empty:
        st.info(t("targets_none", lang))
        return
    places = pairs["region"].fillna("").value_counts().index.tolist()
    region = st.selectbox(t("region", lang), places, index=0, key=f"{page.key}_target_region",
                          format_func=lambda r: r or t("unspecified", lang), placeholder=t("choose", lang))
    shown = pairs[pairs["region"].fillna("") == region]
    st.altair_chart(compare.target_chart(shown, lang), width="stretch")
    st.dataframe(widgets.headed(compare.target_table(shown, lang), compare.TARGET_TABLE, lang), hide_index=True)
