"""Facts explorer: every fact, filtered by family, indicator, region, period, document and text."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import correcting, exporters, family_view, queries, widgets
from dashboard.highlight import highlight_html, number_span
from dashboard.i18n import grain_name, status_name, t
from dashboard.numbers import readable
from dashboard.series_names import family_name, indicator_name
from extractors.fact import FAMILIES

PAGE_SIZES = (25, 50, 100, 200)
SHOWN = {"shown_text": "value", "what": "indicator", "region_label": "region", "period_label": "period",
         "status_label": "status", "family_label": "family", "corrected": "corrected", "doc": "doc",
         "published": "published", "quote": "quote"}
MAX_SEARCH = 100


def filters(lang: str) -> queries.FactFilter:
    c1, c2, c3 = st.columns(3)
    family = c1.selectbox(t("family", lang), FAMILIES, index=None, key="x_family", bind="query-params",
                          format_func=lambda f: family_name(f, lang), placeholder=t("all_families", lang))
    options = queries.family_options(family) if family else pd.DataFrame()
    labels = family_view.series_labels(options) if len(options) else {}
    series = c2.multiselect(t("indicator", lang), list(labels), default=[], key="x_ind", bind="query-params",
                            format_func=lambda s: labels.get(s, s), disabled=not family,
                            placeholder=t("all_indicators", lang))
    regions = c3.multiselect(t("region", lang), queries.family_regions(family) if family else [], default=[],
                             placeholder=t("all_regions", lang), key="x_region", bind="query-params",
                             disabled=not family)
    c4, c5, c6 = st.columns([1, 1, 2])
    period_from = c4.date_input(t("period_from", lang), value=None, key="x_from", bind="query-params",
                                format="YYYY-MM-DD")
    period_to = c5.date_input(t("period_to", lang), value=None, key="x_to", bind="query-params", format="YYYY-MM-DD")
    docs = queries.document_choices()
    names = {i: widgets.document_label(i, n) for i, n in zip(docs["id"], docs["name"], strict=True)} if len(docs) else {}
    document = c6.selectbox(t("doc", lang), list(names), index=None, format_func=lambda i: names.get(i, i),
                            key="x_doc", bind="query-params", placeholder=t("all_documents", lang))
    text = st.text_input(t("text_search", lang), value="", max_chars=MAX_SEARCH, key="x_q", bind="query-params")
    return queries.FactFilter(family=family, series=tuple(series), region=tuple(regions), period_from=period_from,
                              period_to=period_to, document_id=document, search=text.strip() or None)


def readable_rows(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The facts as a reader checks them: the value as the report writes it first, names in the language."""
    out = rows.copy()
    out["shown_text"] = [readable(v, u, lang, h, q) for v, u, h, q in
                         zip(out["value"], out["unit"], out["value_high"], out["qualifier"], strict=True)]
    out["what"] = [indicator_name(i, s, lang) + ("" if i is None or pd.isna(i) else f" ({s})")
                   for i, s in zip(out["indicator"], out["subject"], strict=True)]
    out["region_label"] = out["region"].fillna(t("unspecified", lang))
    out["period_label"] = [p if isinstance(p, str) else t("no_period", lang) for p in out["period"]]
    out["period_label"] += [f" ({grain_name(g, lang)})" if isinstance(g, str) else "" for g in out["grain"]]
    out["status_label"] = [status_name(s, lang) for s in out["status"]]
    out["family_label"] = [family_name(f, lang) for f in out["family"]]
    return out


def render() -> None:
    lang = correcting.open_fact_page("explorer")
    if lang is None:
        return
    flt = filters(lang)
    total = queries.count_facts(flt)
    c1, c2 = st.columns([1, 3])
    size = c1.selectbox(t("page_size", lang), PAGE_SIZES, index=1, key="x_size", bind="query-params")
    pages = max(1, -(-total // size))
    page_no = c2.number_input(t("page_no", lang), min_value=1, max_value=pages, value=1, step=1, key="x_page",
                              bind="query-params")
    rows = queries.facts(flt, limit=size, offset=(int(page_no) - 1) * size)
    st.caption(t("showing", lang, n=len(rows), total=f"{total:,}"))
    if rows.empty:
        st.warning(t("no_match", lang))
        return
    widgets.picked_fact_source(rows, widgets.headed(readable_rows(rows, lang), SHOWN, lang), "x_table", lang)
    with st.expander(t("quote", lang), expanded=True):
        lines = [f"<li>{highlight_html(str(r.quote or ''), number_span(str(r.quote or ''), r.value))}</li>"
                 for r in rows.head(25).itertuples()]
        st.markdown("<ol>" + "".join(lines) + "</ol>", unsafe_allow_html=True)
    st.download_button(t("csv_view", lang), exporters.csv_bytes(rows), "facts.csv", "text/csv", key="x_dl",
                       on_click="ignore")
    st.download_button(t("csv_filtered", lang), lambda: exporters.csv_bytes(queries.facts_for_download(flt)),
                       "facts_filtered.csv", "text/csv", key="x_dl_all", on_click="ignore")
