"""Documents page: what was ingested, when and with what result; upload new reports; correct a document's date,
region or publisher."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import correcting, queries, uploads, widgets
from dashboard.i18n import t

SHOWN = {"name": "doc", "published": "published", "published_source": "published_source", "region": "doc_region",
         "publisher": "publisher", "facts": "n_facts", "status": "doc_status", "error": "error",
         "reread_failed": "reread_failed", "corrected": "corrected", "ingested_at": "ingested_at", "chars": "chars",
         "extractor_version": "extractor_version"}


@st.cache_resource
def ingest_queue() -> uploads.IngestQueue:
    """One queue for the whole server: a single writer, shared by every session."""
    return uploads.IngestQueue()


def upload_folder() -> Path:
    return Path(os.environ.get("INDICATORS_UPLOADS", queries.db_path().parent / "uploads"))


def declared_inputs(lang: str) -> dict | None:
    """Optional date, region and publisher for the reports uploaded next (None while the region is unknown)."""
    with st.expander(t("upload_declare", lang), expanded=False):
        st.caption(t("upload_declare_help", lang))
        c1, c2, c3 = st.columns(3)
        published = c1.date_input(t("upload_published", lang), value=None, key="upload_published", **correcting.DAYS)
        region = c2.text_input(t("upload_region", lang), key="upload_region", max_chars=100)
        publisher = c3.text_input(t("upload_publisher", lang), key="upload_publisher", max_chars=100)
    try:
        return uploads.declared_fields(published, region, publisher)
    except uploads.UploadRejected as e:
        st.error(t("upload_declare_bad", lang, problem=str(e)), icon="⚠️")
        return None


def accept_uploads(lang: str) -> None:
    declared = declared_inputs(lang)
    files = st.file_uploader(t("upload", lang, mb=uploads.MAX_BYTES // (1024 * 1024)), type=["txt", "pdf", "html"],
                             accept_multiple_files=True, key="doc_upload")
    seen = st.session_state.setdefault("upload_seen", set())
    jobs = st.session_state.setdefault("upload_jobs", [])
    if declared is None:  # files wait (unseen) until the region is corrected
        return
    for f in files or []:
        if f.file_id in seen:
            continue
        seen.add(f.file_id)
        try:
            stored = uploads.store_upload(f.getvalue(), f.name, upload_folder())
        except uploads.UploadRejected as e:
            st.session_state.setdefault("upload_rejected", []).append((f.name, str(e)))
            continue
        jobs.append(ingest_queue().submit(stored, f.name, queries.db_path(), declared).id)
    rejected = st.session_state.get("upload_rejected", [])
    if rejected:  # file names are the user's text: shown in a table cell, never as Markdown or HTML
        st.error(t("rejected", lang), icon="⚠️")
        st.dataframe(pd.DataFrame(rejected, columns=[t("file", lang), t("why", lang)]), hide_index=True)


@st.fragment(run_every=1.0)
def job_progress(lang: str) -> None:
    """Upload progress, refreshed every second while this session has uploads in flight."""
    ids = st.session_state.get("upload_jobs", [])
    jobs = ingest_queue().jobs(ids)
    if not jobs:
        return
    st.caption(t("jobs", lang))
    done = sum(j.state in uploads.FINISHED for j in jobs)
    st.progress(done / len(jobs), text=f"{done}/{len(jobs)}")
    # file names are the user's text: shown in table cells, never as Markdown or HTML
    st.dataframe(pd.DataFrame([{t("file", lang): j.original_name, t("stored_as", lang): j.stored.name,
                                t("declared", lang): " · ".join(j.declared.values()),
                                t("state", lang): t(f"job_{j.state}", lang), t("n_facts", lang): j.facts,
                                t("message", lang): j.message} for j in jobs]), hide_index=True)
    if st.session_state.get("upload_busy") and not ingest_queue().busy(ids):
        st.session_state["upload_busy"] = False
        st.rerun()  # the ingest finished: redraw the whole page so the document list shows it
    st.session_state["upload_busy"] = ingest_queue().busy(ids)


def render() -> None:
    lang = widgets.lang()
    st.header(t("documents", lang))
    if queries.read_only():
        st.info(t("published_layer", lang))
    else:
        accept_uploads(lang)
        job_progress(lang)
    st.subheader(t("ingested", lang))
    docs = queries.documents()
    if docs.empty:
        st.info(t("no_db", lang))
        return
    shown = docs.copy()
    shown["published_source"] = [t(f"source_{x}", lang) if isinstance(x, str) else "" for x in shown["published_source"]]
    shown["status"] = [t(f"status_{x}", lang) for x in shown["status"]]
    shown["reread_failed"] = [reread_failure(e, at) for e, at in zip(shown["reread_error"], shown["reread_at"],
                                                                   strict=True)]
    failed = sum(bool(x) for x in shown["reread_failed"])
    if failed:
        st.warning(t("reread_note", lang, n=failed), icon="⚠️")
    st.dataframe(widgets.headed(shown, SHOWN, lang), hide_index=True)
    if not queries.read_only():
        correct_a_document(docs, lang)


def reread_failure(error, at) -> str:
    """A stored document whose latest re-read failed keeps its facts: when that read failed, and why."""
    if not isinstance(error, str) or not error:
        return ""
    return f"{pd.Timestamp(at):%Y-%m-%d %H:%M}: {error}" if at is not None and not pd.isna(at) else error


def correct_a_document(docs: pd.DataFrame, lang: str) -> None:
    """Pick a document (bound to `?d_doc=`) and set its date, region or publisher."""
    st.subheader(t("correct_document", lang))
    names = {i: widgets.document_label(i, n) for i, n in zip(docs["id"], docs["name"], strict=True)}
    chosen = st.selectbox(t("doc", lang), list(names), index=None, format_func=lambda i: names.get(i, i),
                          key="d_doc", bind="query-params", placeholder=t("choose_document", lang))
    if chosen:
        correcting.document_form(chosen, lang)
