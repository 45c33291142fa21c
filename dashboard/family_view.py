"""One family's chart page: filters bound to the URL, chart/table/sources tabs, downloads, click-through."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

import pandas as pd
import streamlit as st

from dashboard import charts, exporters, queries, widgets
from dashboard.i18n import LANG_NAMES, indicator_name, option_label, t

STATUSES = ("actual", "target", "estimate")
TABLE_COLUMNS = ("label", "region_label", "period", "shown", "unit", "qualifier", "status_label", "doc",
                 "published")


@dataclass(frozen=True)
class FamilyPage:
    key: str          # page key: URL path and prefix of its query parameters
    family: str       # fact family charted
    defaults: tuple[str, ...]  # preferred series when the URL names none

    def param(self, name: str) -> str:
        return f"{self.key}_{name}"


PAGES = {p.key: p for p in (
    FamilyPage("growth", "growth_rate", ("growth.gdp", "growth.industrial_value_added")),
    FamilyPage("investment", "investment", ("investment.completed",)),
    FamilyPage("hotline", "hotline", ("hotline.contacts_total",)),
    FamilyPage("covid", "covid", ("covid.new_confirmed",)),
    FamilyPage("sock", "sock_industry", ("sock.orders_value", "sock.value_added")),
)}


@dataclass(frozen=True)
class View:
    """The validated choices of one chart view."""

    series: tuple[str, ...]
    regions: tuple[str, ...]
    period_from: date | None
    period_to: date | None
    statuses: tuple[str, ...]

    def fact_filter(self, family: str) -> queries.FactFilter:
        return queries.FactFilter(family=family, series=self.series, regions=self.regions,
                                  period_from=self.period_from, period_to=self.period_to, statuses=self.statuses)

    def params(self, page: FamilyPage, labels: dict[str, str], bounds: tuple[date | None, date | None],
               lang: str) -> dict:
        """Query parameters that reopen this view, in the bound widgets' own format (series by label)."""
        return {page.param("ind"): [labels.get(s, s) for s in self.series], page.param("region"): list(self.regions),
                page.param("from"): None if self.period_from == bounds[0] else str(self.period_from),
                page.param("to"): None if self.period_to == bounds[1] else str(self.period_to),
                page.param("status"): [] if set(self.statuses) == set(STATUSES) else list(self.statuses),
                "lang": None if lang == "en" else LANG_NAMES[lang]}


def series_labels(options: pd.DataFrame) -> dict[str, str]:
    """Series id → the label its widget option shows and its URL carries (unique, the same in both languages)."""
    labels: dict[str, str] = {}
    for r in options.itertuples():
        label = r.series if r.series != r.indicator else option_label(r.indicator, r.subject)
        labels[r.series] = f"{label} ({r.series})" if label in labels.values() else label
    return labels


def default_series(page: FamilyPage, options: list[str]) -> list[str]:
    chosen = [s for s in page.defaults if s in options][:1]
    return chosen or options[:1]


def _as_list(value) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]


def _as_date(value, lo: date | None, hi: date | None, fallback: date | None) -> date | None:
    try:
        d = date.fromisoformat(_as_list(value)[0])
    except (ValueError, IndexError):
        return fallback
    return d if lo and hi and lo <= d <= hi else fallback


def view_from_params(page: FamilyPage, params: Mapping) -> View:
    """The view a URL asks for; values that are not valid options fall back to the defaults."""
    options = queries.family_options(page.family)
    series_opts = options["series"].tolist() if len(options) else []
    by_label = {label: s for s, label in series_labels(options).items()} if len(options) else {}
    regions_opts = queries.family_regions(page.family)
    lo, hi = queries.family_period_bounds(page.family)
    wanted = [by_label.get(v, v) for v in _as_list(params.get(page.param("ind")))]
    series = [s for s in wanted if s in series_opts]
    regions = [r for r in _as_list(params.get(page.param("region"))) if r in regions_opts]
    statuses = [s for s in _as_list(params.get(page.param("status"))) if s in STATUSES]
    return View(tuple(series or default_series(page, series_opts)), tuple(regions),
                _as_date(params.get(page.param("from")), lo, hi, lo),
                _as_date(params.get(page.param("to")), lo, hi, hi), tuple(statuses or STATUSES))


def view_from_widgets(page: FamilyPage, lang: str) -> View | None:
    """Filter widgets bound to the URL; None when the family has no facts yet."""
    options = queries.family_options(page.family)
    lo, hi = queries.family_period_bounds(page.family)
    if options.empty or lo is None:
        return None
    names = series_labels(options)
    series_opts = options["series"].tolist()
    c1, c2 = st.columns([3, 2])
    series = c1.multiselect(t("indicator", lang), series_opts, default=default_series(page, series_opts),
                            format_func=lambda s: names.get(s, s), key=page.param("ind"), bind="query-params")
    regions = c2.multiselect(t("region", lang), queries.family_regions(page.family), default=[],
                             placeholder=t("all_regions", lang), key=page.param("region"), bind="query-params")
    c3, c4, c5 = st.columns([1, 1, 2])
    period_from = c3.date_input(t("period_from", lang), value=lo, min_value=lo, max_value=hi,
                                key=page.param("from"), bind="query-params")
    period_to = c4.date_input(t("period_to", lang), value=hi, min_value=lo, max_value=hi,
                              key=page.param("to"), bind="query-params")
    statuses = c5.multiselect(t("status", lang), STATUSES, default=list(STATUSES), key=page.param("status"),
                              bind="query-params")
    return View(tuple(series), tuple(regions), period_from, period_to, tuple(statuses or STATUSES))


def chart_for(page: FamilyPage, view: View, lang: str
              ) -> tuple[pd.DataFrame, charts.ChartMeta | None, str, list[str]]:
    """The points of a view, ready to chart, with the chart's title/unit/period/source, its kind, and the units
    left out (one axis shows one unit: the series in the most common unit are drawn)."""
    points = queries.series_points(view.fact_filter(page.family))
    if points.empty:
        return points, None, "line", []
    units = points["unit"].fillna("").value_counts()
    left_out = [u for u in units.index[1:] if u]
    points = points[points["unit"].fillna("") == units.index[0]]
    df, unit = charts.prepare(points.head(queries.MAX_POINTS), lang)
    names = list(dict.fromkeys(indicator_name(i, s, lang) for i, s in zip(df["indicator"], df["subject"],
                                                                           strict=True)))
    if set(df["indicator"]) <= set(charts.STACKED):  # one series per category: name the whole
        names = [indicator_name(df["indicator"].iloc[0], t("category_share", lang), lang)]
    title = ("、" if lang == "zh" else ", ").join(names[:3]) + (" …" if len(names) > 3 else "")
    if view.regions:
        title += f" ({', '.join(view.regions[:3])})"
    period = f"{df['period'].min()} – {df['period'].max()}"
    published = pd.to_datetime(df["published"])
    source = t("source_line", lang, docs=df["document_id"].nunique(),
               first=widgets.day(published.min()), last=widgets.day(published.max()))
    meta = charts.ChartMeta(title=title, unit=unit, period=period, source=source)
    return df, meta, charts.chart_kind(df["indicator"].unique().tolist()), left_out


def render(page_key: str) -> None:
    """The whole page of one family."""
    page, lang = PAGES[page_key], widgets.lang()
    st.header(t(page.key, lang))
    view = view_from_widgets(page, lang)
    if view is None:
        st.info(t("no_family_data", lang, family=t(page.key, lang)))
        return
    if not view.series:
        st.info(t("pick_indicator", lang))
        return
    df, meta, kind, left_out = chart_for(page, view, lang)
    if meta is None:
        st.warning(t("no_match", lang))
        return
    if left_out:
        st.caption(t("units_left_out", lang, units=", ".join(left_out)))
    if len(df) >= queries.MAX_POINTS:
        st.caption(t("truncated", lang, n=queries.MAX_POINTS))
    chart = charts.time_chart(df, meta, kind, lang)
    tab_chart, tab_table, tab_sources = st.tabs([t("tab_chart", lang), t("tab_table", lang), t("tab_sources", lang)])
    picked = None
    with tab_chart:
        event = st.altair_chart(chart, width="stretch", on_select="rerun", key=f"{page.key}_chart")
        hits = (event.selection.get(charts.PICK) or []) if event else []
        picked = hits[0].get("fact_key") if hits and isinstance(hits[0], dict) else None
    with tab_table:
        headers = {"label": t("indicator", lang), "region_label": t("region", lang), "period": t("period", lang),
                   "shown": f"{t('value', lang)} ({meta.unit})", "unit": t("unit", lang),
                   "status_label": t("status", lang), "doc": t("doc", lang), "published": t("published", lang)}
        table = df[list(TABLE_COLUMNS)].rename(columns=headers)
        event = st.dataframe(table, hide_index=True, on_select="rerun", selection_mode="single-row",
                             key=f"{page.key}_table")
        rows = event.selection.rows if event else []
        picked = df["fact_key"].iloc[rows[0]] if rows else picked
    with tab_sources:
        sources = df.groupby(["doc", "published"], dropna=False).size().reset_index(name=t("n_facts", lang))
        st.dataframe(sources, hide_index=True)
        st.caption(meta.source)
    widgets.show_source(picked, lang)
    shown = df[["series", "label", "region", "period_start", "period_end", "value", "value_high", "unit",
                "qualifier", "status", "doc", "published", "start", "end", "quote"]]
    whole_filter = queries.FactFilter(family=page.family, series=view.series)
    st.subheader(t("downloads", lang))
    widgets.download_row(page.key, shown, lambda: queries.facts_for_download(whole_filter),
                         chart.to_dict(), exporters.file_stem(page.key, *view.series[:2]), lang)
    bounds = queries.family_period_bounds(page.family)
    labels = series_labels(queries.family_options(page.family))
    widgets.link_row(page.key, view.params(page, labels, bounds, lang), page.key, lang)
