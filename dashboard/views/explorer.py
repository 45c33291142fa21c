"""Facts explorer: every fact, filtered by family, indicator, region, period, document and text."""

from __future__ import annotations

import streamlit as st

from dashboard import exporters, queries, widgets
from dashboard.highlight import highlight_html, number_span
from dashboard.i18n import t

FAMILIES = ("growth_rate", "investment", "hotline", "covid", "sock_industry", "other")
PAGE_SIZES = (25, 50, 100, 200)
SHOWN = ("doc", "published", "family", "indicator", "subject", "region", "period_end", "value", "unit",
         "qualifier", "status", "quote")
MAX_SEARCH = 100


def filters(lang: str) -> queries.FactFilter:
    c1, c2, c3 = st.columns(3)
    family = c1.selectbox(t("family", lang), FAMILIES, index=None, key="x_family", bind="query-params")
    options = queries.family_options(family) if family else None
    series = c2.multiselect(t("indicator", lang), options["series"].tolist() if options is not None and len(
        options) else [], default=[], key="x_ind", bind="query-params", disabled=not family)
    regions = c3.multiselect(t("region", lang), queries.family_regions(family) if family else [], default=[],
                             placeholder=t("all_regions", lang), key="x_region", bind="query-params",
                             disabled=not family)
    c4, c5, c6 = st.columns([1, 1, 2])
    period_from = c4.date_input(t("period_from", lang), value=None, key="x_from", bind="query-params")
    period_to = c5.date_input(t("period_to", lang), value=None, key="x_to", bind="query-params")
    docs = queries.document_choices()
    names = dict(zip(docs["id"], docs["name"], strict=True)) if len(docs) else {}
    document = c6.selectbox(t("doc", lang), list(names), index=None, format_func=lambda i: names.get(i, i),
                            key="x_doc", bind="query-params")
    text = st.text_input(t("text_search", lang), value="", max_chars=MAX_SEARCH, key="x_q", bind="query-params")
    return queries.FactFilter(family=family, series=tuple(series), regions=tuple(regions), period_from=period_from,
                              period_to=period_to, document_id=document, text=text.strip())


def render() -> None:
    lang = widgets.lang()
    st.header(t("explorer", lang))
    if not queries.totals().get("facts"):
        st.info(t("no_db", lang))
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
    event = st.dataframe(rows[list(SHOWN)], hide_index=True, on_select="rerun", selection_mode="single-row",
                         key="x_table")
    picked = event.selection.rows if event else []
    row = rows.iloc[picked[0]] if picked else rows.iloc[0]
    widgets.show_source(f"{row['document_id']}:{row['start']}:{row['end']}", lang)
    with st.expander(t("quote", lang), expanded=True):
        lines = [f"<li>{highlight_html(str(r.quote or ''), number_span(str(r.quote or ''), r.value))}</li>"
                 for r in rows.head(25).itertuples()]
        st.markdown("<ol>" + "".join(lines) + "</ol>", unsafe_allow_html=True)
    st.download_button(t("csv_view", lang), exporters.csv_bytes(rows), "facts.csv", "text/csv", key="x_dl")
    st.download_button(t("csv_filtered", lang), lambda: exporters.csv_bytes(queries.facts_for_download(flt)),
                       "facts_filtered.csv", "text/csv", key="x_dl_all")
