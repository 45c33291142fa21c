"""Corrections page: every correction (what changed, who, when, why, whether it still finds its fact), and undo."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import correcting, queries, widgets
from dashboard.i18n import t
from store.connection import StoreError
from store.corrections import CorrectionError, undo

SHOWN = {"id": "number", "state": "state", "target_label": "target", "doc": "doc", "changes": "changes",
         "reason": "reason", "author": "author", "created": "when", "quote": "quote"}


def table(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    out = rows.copy()
    out["target_label"] = [t(f"target_{x}", lang) for x in out["target"]]
    out["created"] = [f"{c:%Y-%m-%d %H:%M}" for c in pd.to_datetime(out["created_at"])]
    out["state"] = [t("state_undone", lang, who=b, when=f"{pd.Timestamp(u):%Y-%m-%d}") if pd.notna(u)
                    else (t("state_applied", lang) if f else t("state_orphan", lang))
                    for u, b, f in zip(out["undone_at"], out["undone_by"], out["found"], strict=True)]
    return out


def render() -> None:
    lang = widgets.lang()
    st.header(t("corrections", lang))
    st.caption(t("corrections_intro", lang))
    correcting.saved_message()
    rows = queries.corrections()
    if rows.empty:
        st.info(t("no_corrections", lang))
        return
    st.dataframe(widgets.headed(table(rows, lang), SHOWN, lang), hide_index=True)
    active = rows[rows["undone_at"].isna()]
    if active.empty:
        return
    st.subheader(t("undo_title", lang))
    described = {int(r.id): f"{int(r.id)} · {r.doc}: {r.changes}" for r in active.itertuples()}
    number = st.selectbox(t("pick_correction", lang), list(described), index=None, key="c_pick",
                          format_func=lambda n: described.get(n, str(n)), placeholder=t("choose", lang))
    if number is None:
        return
    author = st.text_input(t("your_name", lang), value=st.session_state.get(correcting.AUTHOR, ""), key="c_author")
    if st.button(t("undo", lang, id=number), key="c_undo", type="primary"):
        try:
            undo(queries.db_path(), number, author)
        except (CorrectionError, StoreError) as e:
            st.error(str(e), icon="⚠️")
            return
        st.session_state[correcting.AUTHOR] = author
        st.session_state[correcting.SAVED] = t("undone", lang, id=number)
        st.rerun()
