"""Data-quality page: the facts a chart cannot place (no period, no region), reports without a date,
uncatalogued facts and figures two reports give differently; per document and per indicator, each fact one
click from its sentence, and undated reports one form away from a date."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import correcting, family_view, quality_queries, queries, widgets
from dashboard.i18n import t
from dashboard.series_names import family_name, indicator_name
from dashboard.views.explorer import SHOWN, readable_rows
from extractors.fact import FAMILIES

PROBLEMS = ("period", "region", "published", "indicator", "conflict")
COUNTS = {"facts": "n_facts", "no_period": "no_period_n", "no_region": "no_region_n", "undated": "undated_n",
          "uncatalogued": "uncatalogued_n", "conflicting": "conflicting_n"}
BY_DOCUMENT = {"name": "doc", "published_text": "published", **COUNTS}
BY_INDICATOR = {"family_label": "family", "indicator_label": "indicator", **COUNTS}
LIMIT = 500


def summary(lang: str) -> None:
    counts = quality_queries.quality_summary()
    if not counts:
        return
    cols = st.columns(6)
    for col, key in zip(cols, ("no_period", "no_region", "undated", "uncatalogued", "conflicting", "corrected"),
                        strict=True):
        col.metric(t(f"{key}_n", lang), f"{counts[key]:,}", help=t(f"{key}_help", lang))


def problem_filter(lang: str) -> tuple[queries.FactFilter, bool]:
    """The problem, family, series and document to list, bound to `q_…` query parameters."""
    c1, c2, c3, c4 = st.columns([2, 1, 2, 2])
    problem = c1.selectbox(t("problem", lang), PROBLEMS, index=0, key="q_missing", bind="query-params",
                           format_func=lambda p: t(f"problem_{p}", lang))
    family = c2.selectbox(t("family", lang), FAMILIES, index=None, key="q_family", bind="query-params",
                          format_func=lambda f: family_name(f, lang), placeholder=t("all_families", lang))
    options = quality_queries.series_choices(family) if family else pd.DataFrame()
    names = family_view.series_labels(options) if len(options) else {}  # the family pages' labels
    series = c3.multiselect(t("indicator", lang), list(names), default=[], key="q_series", bind="query-params",
                            format_func=lambda s: names.get(s, s), disabled=not family,
                            placeholder=t("all_indicators", lang))
    docs = queries.document_choices()
    doc_names = {i: widgets.document_label(i, n) for i, n in zip(docs["id"], docs["name"], strict=True)} if len(docs) else {}
    document = c4.selectbox(t("doc", lang), list(doc_names), index=None, key="q_doc", bind="query-params",
                            format_func=lambda i: doc_names.get(i, i), placeholder=t("all_documents", lang))
    missing = None if problem == "conflict" else (problem,)
    flt = queries.FactFilter(family=family, series=tuple(series), document_id=document, missing=missing)
    return flt, problem == "conflict"


def facts_tab(lang: str) -> None:
    flt, conflicting = problem_filter(lang)
    rows = quality_queries.quality_facts(flt, conflicting, LIMIT)
    total = len(rows) if conflicting else queries.count_facts(flt)
    st.caption(t("showing", lang, n=len(rows), total=f"{total:,}"))
    if rows.empty:
        st.success(t("no_problem", lang), icon="✅")
        return
    widgets.picked_fact_source(rows, widgets.headed(readable_rows(rows, lang), SHOWN, lang), "q_table", lang)


def _counts(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    out = df.copy()
    if "published" in out:
        out["published_text"] = [widgets.day(p) or t("undated", lang) for p in out["published"]]
    if "family" in out:
        out["family_label"] = [family_name(f, lang) for f in out["family"]]
        out["indicator_label"] = [indicator_name(i, None, lang) if isinstance(i, str) else t("uncatalogued", lang)
                                  for i in out["indicator"]]
    return out


def by_document(lang: str) -> None:
    docs = quality_queries.quality_by_document()
    if docs.empty:
        return
    st.dataframe(widgets.headed(_counts(docs, lang), BY_DOCUMENT, lang), hide_index=True)
    st.subheader(t("correct_document", lang))
    names = {i: widgets.document_label(i, n) for i, n in zip(docs["id"], docs["name"], strict=True)}
    chosen = st.selectbox(t("by_document_help", lang), list(names), index=None, key="q_fix_doc",
                          format_func=lambda i: names.get(i, i), placeholder=t("choose_document", lang))
    if chosen:
        correcting.document_form(str(chosen), lang)


def by_indicator(lang: str) -> None:
    inds = quality_queries.quality_by_indicator()
    if not inds.empty:
        st.dataframe(widgets.headed(_counts(inds, lang), BY_INDICATOR, lang), hide_index=True)


def render() -> None:
    lang = correcting.open_fact_page("quality")
    if lang is None:
        return
    st.caption(t("quality_intro", lang))
    summary(lang)
    tab_facts, tab_docs, tab_inds = st.tabs([t("tab_facts", lang), t("tab_by_document", lang),
                                             t("tab_by_indicator", lang)], key="q_tab", on_change="rerun",
                                            bind="query-params")
    for tab, body in ((tab_facts, facts_tab), (tab_docs, by_document), (tab_inds, by_indicator)):
        if tab.open:
            with tab:
                body(lang)
