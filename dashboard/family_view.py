"""One family's chart page: filters bound to the URL, chart/table/regions/targets/sources tabs, downloads,
click-through, and how many facts the chart could not place."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

import pandas as pd
import streamlit as st

from dashboard import charts, correcting, exporters, family_tabs, hints, queries, widgets
from dashboard.i18n import LANG_NAMES, status_name, t
from dashboard.series_names import family_name, option_label

STATUSES = ("actual", "target", "estimate")


@dataclass(frozen=True)
class FamilyPage:
    key: str          # page key: URL path and prefix of its query parameters
    family: str       # fact family charted

    @property
    def defaults(self) -> tuple[str, ...]:
        """Series charted when the URL names none (the catalog's hints)."""
        return hints.default_series(self.family)

    def param(self, name: str) -> str:
        return f"{self.key}_{name}"


PAGES = {p.key: FamilyPage(p.key, p.family) for p in hints.pages()}


@dataclass(frozen=True)
class View:
    """The validated choices of one chart view."""

    series: tuple[str, ...]
    regions: tuple[str, ...]
    period_from: date | None
    period_to: date | None
    statuses: tuple[str, ...]

    def fact_filter(self, family: str) -> queries.FactFilter:
        return queries.FactFilter(family=family, series=self.series, region=self.regions,
                                  period_from=self.period_from, period_to=self.period_to, status=self.statuses)

    def params(self, page: FamilyPage, labels: dict[str, str], bounds: tuple[date | None, date | None],
               lang: str) -> dict:
        """Query parameters that reopen this view, in the bound widgets' own format (series by label)."""
        return {page.param("ind"): [labels.get(s, s) for s in self.series], page.param("region"): list(self.regions),
                page.param("from"): None if self.period_from == bounds[0] else str(self.period_from),
                page.param("to"): None if self.period_to == bounds[1] else str(self.period_to),
                page.param("status"): [] if set(self.statuses) == set(STATUSES) else
                [status_name(x, lang) for x in self.statuses],
                "lang": None if lang == "en" else LANG_NAMES[lang]}


def series_labels(options: pd.DataFrame) -> dict[str, str]:
    """Series id → the label its widget option shows and its URL carries (unique, the same in both languages).

    A category of a subject-split indicator goes by its name (`房地产管理`); when two such indicators share a
    category, the one earlier in the catalog keeps the bare name and the other adds its own."""
    labels: dict[str, str] = {}
    rows = sorted(options.itertuples(), key=lambda r: hints.subject_rank(r.indicator))
    for r in rows:
        split = r.indicator is None or pd.isna(r.indicator) or hints.splits_by_subject(r.indicator)
        label = str(r.subject) if split else option_label(r.indicator, r.subject)
        if label in labels.values():
            label = f"{label} · {option_label(r.indicator, None)}" if split and not pd.isna(r.indicator) else label
        labels[r.series] = f"{label} ({r.series})" if label in labels.values() else label
    return {s: labels[s] for s in options["series"]}


def default_series(page: FamilyPage, options: list[str]) -> list[str]:
    chosen = [s for s in page.defaults if s in options]
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
    by_name = {name: s for s in STATUSES for name in (s, status_name(s, "en"), status_name(s, "zh"))}
    statuses = [by_name[s] for s in _as_list(params.get(page.param("status"))) if s in by_name]
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
                            format_func=lambda s: names.get(s, s), key=page.param("ind"), bind="query-params",
                            placeholder=t("choose", lang))
    regions = c2.multiselect(t("region", lang), queries.family_regions(page.family), default=[],
                             placeholder=t("all_regions", lang), key=page.param("region"), bind="query-params")
    c3, c4, c5 = st.columns([1, 1, 2])
    period_from = c3.date_input(t("period_from", lang), value=lo, min_value=lo, max_value=hi, format="YYYY-MM-DD",
                                key=page.param("from"), bind="query-params")
    period_to = c4.date_input(t("period_to", lang), value=hi, min_value=lo, max_value=hi, format="YYYY-MM-DD",
                              key=page.param("to"), bind="query-params")
    statuses = c5.multiselect(t("status", lang), STATUSES, default=list(STATUSES), key=page.param("status"),
                              format_func=lambda s: status_name(s, lang), bind="query-params",
                              placeholder=t("choose", lang))
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
    names = list(dict.fromkeys(df["label"].str.split(" · ").str[0]))
    indicators = df["indicator"].dropna().unique().tolist()
    if indicators and all(hints.splits_by_subject(i) for i in indicators) and len(indicators) == 1:
        names = [family_tabs.indicator_title(indicators[0], lang)]
    title = ("、" if lang == "zh" else ", ").join(names[:3]) + (" …" if len(names) > 3 else "")
    if view.regions:
        title += f" ({', '.join(view.regions[:3])})"
    period = span_label(df)
    published = pd.to_datetime(df["published"])
    source = t("source_line", lang, docs=df["document_id"].nunique(),
               first=widgets.day(published.min()), last=widgets.day(published.max()))
    meta = charts.ChartMeta(title=title, unit=unit, period=period, source=source)
    kind = hints.chart_kind(df["indicator"].where(df["indicator"].notna(), None).tolist())
    return df, meta, kind, left_out


CALENDAR = ("day", "month", "quarter", "half", "year")


def span_label(df: pd.DataFrame) -> str:
    """The time a chart covers: `2019 – 2021` for calendar periods, else first day to last day."""
    ordered = df.sort_values("at")
    first, last = ordered.iloc[0], ordered.iloc[-1]
    if first["period"] == last["period"]:
        return str(first["period"])
    if first["grain"] in CALENDAR and last["grain"] in CALENDAR:
        return f"{first['period']} – {last['period']}"
    start = min(d for d in df["period_start"].tolist() + df["period_end"].tolist() if d is not None and not pd.isna(d))
    end = max(d for d in df["period_end"].tolist() + df["period_start"].tolist() if d is not None and not pd.isna(d))
    return f"{widgets.day(start)} – {widgets.day(end)}"


def render(page_key: str) -> None:
    """The whole page of one family."""
    page, lang = PAGES[page_key], widgets.lang()
    st.header(family_name(page.family, lang))
    correcting.saved_message()  # a correction saved on the run before (its fact may be gone now)
    view = view_from_widgets(page, lang)
    if view is None:
        st.info(t("no_family_data", lang, family=family_name(page.family, lang)))
        return
    if not view.series:
        st.info(t("pick_indicator", lang))
        return
    df, meta, kind, left_out = chart_for(page, view, lang)
    family_tabs.unplaced_note(page, view, series_labels(queries.family_options(page.family)), lang)
    if meta is None:
        st.warning(t("no_match", lang))
        return
    if left_out:
        st.caption(t("units_left_out", lang, units=", ".join(left_out)))
    if len(df) >= queries.MAX_POINTS:
        st.caption(t("truncated", lang, n=queries.MAX_POINTS))
    # built once, drawn here and downloaded below; the builders' output is validated by the tests
    spec = charts.time_chart(df, meta, kind, lang).to_dict(validate=False)
    # only the open tab runs (and its label is in the URL: `?growth_tab=Table` opens the table)
    names = [t(k, lang) for k in ("tab_chart", "tab_table", "tab_regions", "tab_targets", "tab_sources")]
    tab_chart, tab_table, tab_regions, tab_targets, tab_sources = st.tabs(
        names, key=page.param("tab"), on_change="rerun", bind="query-params")
    picked = None
    if tab_chart.open:
        with tab_chart:
            event = st.vega_lite_chart(spec, width="stretch", on_select="rerun", key=f"{page.key}_chart")
            hits = (event.selection.get(charts.PICK) or []) if event else []
            picked = hits[0].get("fact_key") if hits and isinstance(hits[0], dict) else None
    if tab_table.open:
        with tab_table:
            picked = family_tabs.table(page, df, meta, lang)
    if tab_regions.open:
        with tab_regions:
            family_tabs.regions(page, view, lang)
    if tab_targets.open:
        with tab_targets:
            family_tabs.targets(page, view, lang)
    if tab_sources.open:
        with tab_sources:
            family_tabs.sources(df, meta, lang)
    widgets.show_source(picked, lang)
    whole_filter = queries.FactFilter(family=page.family, series=view.series)
    st.subheader(t("downloads", lang))
    widgets.download_row(page.key, family_tabs.view_export(df, lang),
                         lambda: queries.facts_for_download(whole_filter),
                         spec, exporters.file_stem(page.key, *view.series[:2]), lang)
    bounds = queries.family_period_bounds(page.family)
    labels = series_labels(queries.family_options(page.family))
    widgets.link_row(page.key, view.params(page, labels, bounds, lang), page.key, lang)
