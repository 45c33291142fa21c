"""The dashboard's correction forms: fix a fact's field or reject it, set a document's date, region or publisher.

Corrections are written by the store (store/corrections.py, its own table: who, when, why) and applied on
every read, so the page shows them at once; the Corrections page lists them and undoes them.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from dashboard import hints, queries, widgets
from dashboard.i18n import field_name, qualifier_name, status_name, t
from dashboard.numbers import plain_number
from dashboard.series_names import indicator_name
from extractors.fact import QUALIFIERS, STATUSES
from store.connection import StoreError
from store.corrections import CorrectionError, FactKey, correct_document, correct_fact

FIXABLE = ("region", "period_start", "period_end", "value", "value_high", "unit", "status", "qualifier",
           "subject", "indicator")
SAVED = "correction_saved"
AUTHOR = "correction_author"
DAYS = {"min_value": date(1949, 1, 1), "max_value": date(2100, 12, 31), "format": "YYYY-MM-DD"}


def open_fact_page(title: str) -> str | None:
    """A page over facts: its header, the note of a correction saved on the run before (its fact may be gone
    now), and its language; None when no fact is stored yet (the page says so)."""
    lang = widgets.lang()
    st.header(t(title, lang))
    saved_message()
    if not queries.totals().get("facts"):
        st.info(t("no_db", lang))
        return None
    return lang


def saved_message() -> None:
    """The note a saved correction leaves for the next run of the page."""
    message = st.session_state.pop(SAVED, None)
    if message:
        st.success(message, icon="✅")


def _as_date(v) -> date | None:
    return None if v is None or pd.isna(v) else pd.Timestamp(v).date()


def _value_input(field: str, current, family: str | None, lang: str, key: str):
    label = t("new_value", lang)
    if field == "status":
        return st.selectbox(label, STATUSES, index=STATUSES.index(current) if current in STATUSES else 0,
                            format_func=lambda s: status_name(s, lang), key=f"{key}_v_{field}")
    if field == "qualifier":
        return st.selectbox(label, QUALIFIERS, index=QUALIFIERS.index(current) if current in QUALIFIERS else 0,
                            format_func=lambda q: qualifier_name(q, lang), key=f"{key}_v_{field}")
    if field == "indicator":
        ids = [i.id for i in hints.catalog().indicators if i.family == family] or \
            [i.id for i in hints.catalog().indicators]
        return st.selectbox(label, ids, index=ids.index(current) if current in ids else 0,
                            format_func=lambda i: f"{indicator_name(i, None, lang)} ({i})", key=f"{key}_v_{field}")
    if field in ("period_start", "period_end"):
        return st.date_input(label, value=_as_date(current), key=f"{key}_v_{field}", **DAYS)
    shown = "" if current is None or (isinstance(current, float) and pd.isna(current)) else (
        plain_number(float(current), "zh") if field in ("value", "value_high") else str(current))
    help_ = t("value_help", lang) if field in ("value", "value_high") else None
    return st.text_input(label, value=shown, key=f"{key}_v_{field}", max_chars=200, help=help_)


def _who_and_why(lang: str, key: str) -> tuple[str, str]:
    reason = st.text_input(t("reason", lang), key=f"{key}_reason", max_chars=500, placeholder=t("reason_hint", lang))
    author = st.text_input(t("your_name", lang), value=st.session_state.get(AUTHOR, ""), key=f"{key}_author",
                           max_chars=100)
    return reason, author


def _save(write, author: str, lang: str) -> None:
    try:
        number = write()
    except (CorrectionError, StoreError) as e:
        st.error(str(e), icon="⚠️")
        return
    st.session_state[AUTHOR] = author
    st.session_state[SAVED] = t("correction_saved", lang, id=number)
    st.rerun()


def fact_form(fact: dict, lang: str) -> None:
    """Fix one field of the fact shown in the source panel, or reject the fact, with a reason."""
    if queries.read_only():
        return
    key = f"corr_{str(fact['document_id'])[:16]}_{fact['start']}_{fact['end']}"
    saved_message()
    with st.expander(t("correct_fact", lang)):
        action = st.radio(t("correction_action", lang), ("fix", "reject"), horizontal=True, key=f"{key}_action",
                          format_func=lambda a: t(f"action_{a}", lang))
        changes = {}
        if action == "fix":
            field = st.selectbox(t("field", lang), FIXABLE, format_func=lambda f: field_name(f, lang),
                                 key=f"{key}_field")
            changes[field] = _value_input(field, fact.get(field), fact.get("family"), lang, key)
        reason, author = _who_and_why(lang, key)
        if st.button(t("save_correction", lang), key=f"{key}_save", type="primary"):
            target = FactKey(str(fact["document_id"]), int(fact["start"]), int(fact["end"]))
            _save(lambda: correct_fact(queries.db_path(), target, changes, reason, author,
                                       reject=action == "reject"), author, lang)


def document_form(document_id: str, lang: str) -> None:
    """Set a document's published date, region (for its facts that name none) or publisher."""
    if queries.read_only():
        st.caption(t("read_only_corrections", lang))
        return
    doc = queries.document(document_id)
    if doc is None:
        return
    key = f"corrdoc_{str(document_id)[:16]}"
    saved_message()
    current = {"published": _as_date(doc.get("published")), "region": doc.get("region") or "",
               "publisher": doc.get("publisher") or ""}
    c1, c2, c3 = st.columns(3)
    wanted = {"published": c1.date_input(t("published", lang), value=current["published"],
                                         key=f"{key}_published", **DAYS),
              "region": c2.text_input(t("doc_region", lang), value=current["region"], key=f"{key}_region",
                                      max_chars=100),
              "publisher": c3.text_input(t("publisher", lang), value=current["publisher"],
                                         key=f"{key}_publisher", max_chars=100)}
    reason, author = _who_and_why(lang, key)
    if st.button(t("save_correction", lang), key=f"{key}_save", type="primary"):
        changes = {f: v for f, v in wanted.items() if (v or None) != (current[f] or None)}
        _save(lambda: correct_document(queries.db_path(), document_id, changes, reason, author), author, lang)
