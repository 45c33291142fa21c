"""Pieces every page shares: the language, the source panel of a number, the download and link row."""

from __future__ import annotations

from urllib.parse import quote, urlencode, urlsplit

import pandas as pd
import streamlit as st

from dashboard import exporters, queries
from dashboard.highlight import highlight_html, number_span
from dashboard.i18n import LANG_BY_NAME, LANG_NAMES, LANGS, grain_name, qualifier_name, status_name, t
from dashboard.numbers import readable
from dashboard.series_names import family_name
from extractors.errors import ReportError
from extractors.load import load_text


def lang() -> str:
    """The reader's language code, from the switch bound to `?lang=` (anything else falls back to English)."""
    value = st.session_state.get("lang") or st.query_params.get("lang")
    value = LANG_BY_NAME.get(value, value)
    return value if value in LANGS else "en"


def lang_param(lang_: str) -> str | None:
    """The `?lang=` value that keeps a link in this language (None for English, the default)."""
    return None if lang_ == "en" else LANG_NAMES[lang_]


def headed(df: pd.DataFrame, columns: dict[str, str], lang_: str) -> pd.DataFrame:
    """The columns a table shows, in order, headed in the reader's language (`columns`: column → wording key);
    an empty text cell is blank (a table would print `None`)."""
    present = [c for c in columns if c in df.columns]
    out = df[present].rename(columns={c: t(columns[c], lang_) for c in present})
    for c in out.columns:
        if out[c].dtype == object or pd.api.types.is_string_dtype(out[c].dtype):
            out[c] = out[c].astype(object).where(out[c].notna(), "")
    return out


def document_label(document_id: str, name: str) -> str:
    """How a document is named in a choice (and so in the URL): its file name and the start of its id, since two
    reports can share a file name."""
    return f"{name} · {str(document_id)[:8]}"


def language_switch() -> str:
    # the option strings are what the URL carries (?lang=中文), so they are the names, not codes
    st.sidebar.segmented_control(t("language", lang()), list(LANG_BY_NAME), default=LANG_NAMES["en"],
                                 key="lang", bind="query-params", required=True)
    return lang()


_MARKDOWN = str.maketrans({c: "\\" + c for c in "\\`*_{}[]<>()#+-.!|~$:"})


def plain(text) -> str:
    """Report text made safe for a label that Streamlit renders as Markdown (links, emphasis, HTML escaped)."""
    return str(text).translate(_MARKDOWN)


def base_url() -> str:
    """Scheme and host of the app as the browser sees it ("" in tests, giving relative links)."""
    url = st.context.url or ""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme else ""


def split_fact_key(key: str) -> tuple[str, int, int] | None:
    try:
        doc_id, start, end = str(key).rsplit(":", 2)
        return doc_id, int(start), int(end)
    except ValueError:
        return None


def picked_fact_source(rows: pd.DataFrame, shown: pd.DataFrame, key: str, lang_: str) -> None:
    """A table of facts (`shown`, one row per row of `rows`) with one row to pick (the first until one is
    clicked), and the picked fact's source below it."""
    event = st.dataframe(shown, hide_index=True, on_select="rerun", selection_mode="single-row", key=key)
    picked = event.selection.rows if event else []
    row = rows.iloc[picked[0]] if picked else rows.iloc[0]
    show_source(f"{row['document_id']}:{row['start']}:{row['end']}", lang_)


def show_source(fact_key: str | None, lang_: str, correctable: bool = True) -> None:
    """The sentence a number came from (number highlighted), its document, date and offsets; and, unless in an
    embed, a form to correct the fact or reject it."""
    parts = split_fact_key(fact_key) if fact_key else None
    fact = queries.fact_source(*parts) if parts else None
    if not fact:
        st.caption(t("pick_point", lang_))
        return
    with st.container(border=True):
        st.markdown(f"**{t('source_of', lang_)}**")
        quote = str(fact.get("quote") or "")
        matched = matched_text(str(fact.get("path") or ""), int(fact["start"]), int(fact["end"]))
        st.markdown(highlight_html(quote, number_span(quote, fact["value"], matched)), unsafe_allow_html=True)
        # a dataframe shows every cell as plain text: document names never become markup
        st.dataframe(source_rows(fact, lang_), hide_index=True)
        if correctable:
            from dashboard import correcting
            correcting.fact_form(fact, lang_)


def source_rows(fact: dict, lang_: str) -> pd.DataFrame:
    """The facts of a number as a two-column table: the value as the report wrote it, its period, place …"""
    value = readable(fact["value"], fact.get("unit"), lang_, fact.get("value_high"), fact.get("qualifier"))
    period = fact.get("period") or t("no_period", lang_)
    if fact.get("grain"):
        period += f" ({grain_name(fact.get('grain'), lang_)}: {day(fact.get('period_start'))} – " \
                  f"{day(fact.get('period_end'))})"
    rows = {
        t("value", lang_): value, t("subject", lang_): fact.get("subject"), t("period", lang_): period,
        t("region", lang_): fact.get("region") or t("unspecified", lang_),
        t("status", lang_): status_name(fact.get("status"), lang_),
        t("qualifier", lang_): qualifier_name(fact.get("qualifier"), lang_),
        t("family", lang_): family_name(fact.get("family"), lang_),
        t("doc", lang_): fact.get("doc"), t("published", lang_): day(fact.get("published")) or t("undated", lang_),
        t("offsets", lang_): f"{fact.get('start')}–{fact.get('end')}",
    }
    if isinstance(fact.get("corrected"), str) and fact.get("corrected"):
        rows[t("corrected", lang_)] = fact["corrected"]
    return pd.DataFrame({t("field", lang_): list(rows), t("value", lang_): ["" if v is None else str(v)
                                                                           for v in rows.values()]})


@st.cache_data(show_spinner=False, max_entries=256)
def matched_text(path: str, start: int, end: int) -> str | None:
    """The text a fact was read from, by its offsets in the stored report (None when the file is gone)."""
    try:
        text = load_text(path).text
    except (ReportError, OSError):
        return None
    return text[start:end] if 0 <= start < end <= len(text) else None


def day(value) -> str:
    """A date as YYYY-MM-DD, or "" when there is none."""
    return "" if value is None or pd.isna(value) else str(pd.Timestamp(value).date())


def download_row(key: str, shown: pd.DataFrame, whole, spec: dict, stem: str, lang_: str) -> None:
    """CSV of the view, CSV and Parquet of the whole indicator, PNG 2×, SVG, PDF and offline HTML; every file is
    made when its button is clicked."""
    # A click must not rerun the page: a rerun replaces every deferred download's id, and a click made while
    # the browser still holds the old id delivered no file (about 2 in 15 clicks at one a second).
    cols = st.columns(7)
    cols[0].download_button(t("csv_view", lang_), lambda: exporters.csv_bytes(shown), f"{stem}.csv", "text/csv",
                            key=f"{key}_dl_csv", on_click="ignore")
    cols[1].download_button(t("csv_all", lang_), lambda: exporters.csv_bytes(whole()), f"{stem}_all.csv",
                            "text/csv", key=f"{key}_dl_all", on_click="ignore")
    cols[2].download_button(t("parquet_all", lang_), lambda: exporters.parquet_bytes(whole()), f"{stem}_all.parquet",
                            "application/vnd.apache.parquet", key=f"{key}_dl_parquet", on_click="ignore")
    for col, (fmt, fn, mime) in zip(cols[3:], (("png", exporters.png_bytes, "image/png"),
                                               ("svg", exporters.svg_bytes, "image/svg+xml"),
                                               ("pdf", exporters.pdf_bytes, "application/pdf"),
                                               ("html", exporters.html_bytes, "text/html")), strict=True):
        col.download_button(fmt.upper(), lambda fn=fn: fn(spec), f"{stem}.{fmt}", mime, key=f"{key}_dl_{fmt}",
                            on_click="ignore")


def link_row(chart: str, params: dict, page_path: str, lang_: str) -> None:
    base = base_url()
    query = urlencode({k: v for k, v in params.items() if v not in (None, "", [], ())}, doseq=True, quote_via=quote)
    permalink = f"{base}/{page_path}" + (f"?{query}" if query else "")
    embed = f"{base}/?{exporters.embed_query(chart, params)}"
    c1, c2 = st.columns(2)
    c1.caption(t("permalink", lang_))
    c1.code(permalink, language=None)
    c2.caption(t("embed_link", lang_))
    c2.code(embed, language=None)
    c2.code(f'<iframe src="{embed}" width="760" height="480" style="border:0"></iframe>', language="html")
