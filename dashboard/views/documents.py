"""Documents page: what was ingested, when and with what result; upload new reports."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import queries, uploads, widgets
from dashboard.i18n import t

SHOWN = ("name", "published", "published_source", "facts", "status", "error", "ingested_at", "chars",
         "extractor_version")


@st.cache_resource
def ingest_queue() -> uploads.IngestQueue:
    """One queue for the whole server: a single writer, shared by every session."""
    return uploads.IngestQueue()


def upload_folder() -> Path:
    return Path(os.environ.get("INDICATORS_UPLOADS", queries.db_path().parent / "uploads"))


def accept_uploads(lang: str) -> None:
    files = st.file_uploader(t("upload", lang, mb=uploads.MAX_BYTES // (1024 * 1024)), type=["txt", "pdf", "html"],
                             accept_multiple_files=True, key="doc_upload")
    seen = st.session_state.setdefault("upload_seen", set())
    jobs = st.session_state.setdefault("upload_jobs", [])
    for f in files or []:
        if f.file_id in seen:
            continue
        seen.add(f.file_id)
        try:
            stored = uploads.store_upload(f.getvalue(), f.name, upload_folder())
        except uploads.UploadRejected as e:
            st.session_state.setdefault("upload_rejected", []).append((f.name, str(e)))
            continue
        jobs.append(ingest_queue().submit(stored, f.name, queries.db_path()).id)
    rejected = st.session_state.get("upload_rejected", [])
    if rejected:  # file names are the user's text: shown in a table cell, never as Markdown or HTML
        st.error(t("rejected", lang), icon="⚠️")
        st.dataframe(pd.DataFrame(rejected, columns=["file", "reason"]), hide_index=True)


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
    st.dataframe(pd.DataFrame([{"file": j.original_name, "document": j.stored.name, "state": j.state,
                                "facts": j.facts, "message": j.message} for j in jobs]), hide_index=True)
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
    st.dataframe(docs[[c for c in SHOWN if c in docs.columns]], hide_index=True)
