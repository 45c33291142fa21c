"""Dashboard entry point (`streamlit run dashboard/app.py`): the language switch and page navigation."""

from __future__ import annotations

import functools

import streamlit as st

from dashboard import family_view, queries, widgets
from dashboard.i18n import t
from dashboard.series_names import family_name
from dashboard.views import corrections, documents, embed, explorer, overview, quality
from store.connection import StoreError


def guarded(render, *args):
    """A page that shows store trouble (locked too long, unreadable file) as a message, not a traceback."""
    @functools.wraps(render)
    def page():
        try:
            render(*args)
        except StoreError as e:
            st.error(str(e))
    return page


def pages(lang: str) -> list[st.Page]:
    family_pages = [st.Page(guarded(family_view.render, key), title=family_name(page.family, lang), url_path=key)
                    for key, page in family_view.PAGES.items()]
    return [st.Page(guarded(overview.render), title=t("overview", lang), url_path="overview", default=True),
            *family_pages,
            st.Page(guarded(explorer.render), title=t("explorer", lang), url_path="explorer"),
            st.Page(guarded(quality.render), title=t("quality", lang), url_path="quality"),
            st.Page(guarded(documents.render), title=t("documents", lang), url_path="documents"),
            st.Page(guarded(corrections.render), title=t("corrections", lang), url_path="corrections")]


st.set_page_config(page_title="Reported Indicators", page_icon="📈", layout="wide")
if st.query_params.get("page") == "embed":
    st.navigation([st.Page(guarded(embed.render), title=t("embed", widgets.lang()), url_path="embed",
                           default=True)], position="hidden").run()
else:
    lang = widgets.language_switch()
    navigation = st.navigation(pages(lang))
    try:
        n_samples, n_docs = queries.sample_documents()
    except StoreError:
        n_samples = n_docs = 0
    if n_samples:
        st.sidebar.caption(t("samples_note", lang).format(n=n_samples, total=n_docs))
    navigation.run()
