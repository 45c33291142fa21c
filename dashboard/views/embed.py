"""Embed page: one chart alone (title, unit, period and source line), for an iframe; ?embed=true&page=embed."""

from __future__ import annotations

from urllib.parse import quote, urlencode

import streamlit as st

from dashboard import charts, family_view, queries, widgets
from dashboard.i18n import t
from dashboard.series_names import family_name


def render() -> None:
    lang = widgets.lang()
    page = family_view.PAGES.get(str(st.query_params.get("chart", "")))
    if page is None:
        st.info(t("unknown_chart", lang))
        return
    view = family_view.view_from_params(page, {k: st.query_params.get_all(k) for k in st.query_params})
    df, meta, kind, _ = family_view.chart_for(page, view, lang)
    if meta is None:
        st.info(t("no_family_data", lang, family=family_name(page.family, lang)))
        return
    event = st.altair_chart(charts.time_chart(df, meta, kind, lang), width="stretch", on_select="rerun",
                            key="embed_chart")
    hits = (event.selection.get(charts.PICK) or []) if event else []
    widgets.show_source(hits[0].get("fact_key") if hits else None, lang, correctable=False)
    labels = family_view.series_labels(queries.family_options(page.family))
    query = urlencode({k: v for k, v in view.params(page, labels, (None, None), lang).items() if v}, doseq=True, quote_via=quote)
    st.markdown(f"[{family_name(page.family, lang)} ↗]({widgets.base_url()}/{page.key}?{query})")
