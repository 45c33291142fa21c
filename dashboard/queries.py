"""The one module that talks to DuckDB for the dashboard: bound parameters only, cached per data version.

Every read goes through the store's `corrected_facts` and `corrected_documents` views, or the rollups computed
over them (store/rollups.py), so analysts' corrections show everywhere; filters are the store's one
`FactFilter`. A local database and a published archive layer (store/layer.py) answer the same SQL: the rollups
are views of a database and stored tables of a layer, and a layer, which has no corrections, passes its facts
and documents through its corrected views. The Data quality page's queries (quality_queries.py) run here too.
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import streamlit as st

from extractors.errors import first_line
from store import DEFAULT_DB
from store.columns import FACT_COLUMNS
from store.connection import StoreError, StoreMissing, write_connection
from store.corrections import LIST_SQL
from store.filters import FactFilter
from store.grain import label_sql
from store.layer import document_facts, is_layer, read_source, source_version
from store.rollups import LATEST_DOCUMENTS, LATEST_FACTS
from store.schema import is_current

__all__ = ["FactFilter"]
MAX_POINTS = 5000
DOWNLOAD_ROWS = 1_000_000
FACTS = "corrected_facts"
DOCUMENTS = "corrected_documents"
_checked: set[str] = set()


def db_path() -> Path:
    return Path(os.environ.get("INDICATORS_DB", DEFAULT_DB))


def read_only() -> bool:
    """True when the dashboard reads a published archive layer: nothing can be ingested or corrected in it."""
    return is_layer(db_path())


def _upgrade(db: str) -> None:
    """A database written by an older version lacks today's views: add them (a short write), so the dashboard
    shows it at once instead of waiting for the next ingest."""
    try:
        with write_connection(db):
            pass
    except StoreError:  # read-only file: show what the old views give
        pass


def _frame(db: str, sql: str, params: tuple) -> pd.DataFrame:
    # a published layer is read-only and made whole by `indicators publish`: nothing to check or upgrade
    with read_source(db) as con:
        stale = db not in _checked and not is_layer(db) and not is_current(con)
        if not stale:
            _checked.add(db)
            df = con.execute(sql, list(params)).df()
    if stale:  # checked once per database and process, on the first query's own connection
        _upgrade(db)
        _checked.add(db)
        with read_source(db) as con:
            df = con.execute(sql, list(params)).df()
    return _dates(df)


def _dates(df: pd.DataFrame) -> pd.DataFrame:
    for col in df.columns:  # DuckDB DATE columns arrive as midnight timestamps; show them as dates
        if pd.api.types.is_datetime64_any_dtype(df[col]) and (df[col].dropna().dt.normalize() == df[col].dropna()).all():
            df[col] = df[col].dt.date
    return df


@st.cache_data(show_spinner=False, max_entries=512)
def _cached_frame(db: str, version: str, sql: str, params: tuple) -> pd.DataFrame:
    return _frame(db, sql, params)


def _guarded(p: Path, read):
    """`read()`, with no database (or no tables yet) as an empty frame and DuckDB trouble as one line."""
    try:
        return read()
    except StoreMissing:
        return pd.DataFrame()
    except duckdb.CatalogException as e:
        if is_layer(p):  # published by an older version: it lacks a view or rollup this version reads
            raise StoreError(f"{p}: the published layer lacks what this version reads ({first_line(e)}); "
                             f"publish it again with `indicators publish {p}`") from None
        return pd.DataFrame()  # a database without tables yet: nothing to show
    except duckdb.Error as e:
        raise StoreError(f"{p}: cannot read the database ({first_line(e)})") from None


def run(sql: str, params: list | tuple = (), cache: bool = True) -> pd.DataFrame:
    """Rows of a read-only query; empty when there is no database or table yet. Cached until data changes,
    unless `cache` is off (downloads of up to a million rows must not stay in the server's memory)."""
    p = db_path()
    if not cache:
        return _guarded(p, lambda: _frame(str(p), sql, tuple(params)))
    return _guarded(p, lambda: _cached_frame(str(p), source_version(p), sql, tuple(params)))


def where(flt: FactFilter, columns=None) -> tuple[str, list]:
    """The filter's WHERE clause (never empty, so a caller may add `AND …`) and its bound values."""
    clause, params = flt.where(columns)
    return (clause or "WHERE TRUE"), params


def labelled(inner: str) -> str:
    """The rows of `inner` (which must not select `period`) with the period label added after filtering and
    limiting: the view would write the label for every fact before a sort or window picks a few."""
    return f"SELECT *, {label_sql()} AS period FROM ({inner})"


def totals() -> dict:
    df = run("SELECT documents, facts, first, last FROM rollup_totals")
    return df.iloc[0].to_dict() if len(df) else {"documents": 0, "facts": 0, "first": None, "last": None}


def family_options(family: str) -> pd.DataFrame:
    """The series of a family that a time axis can place, with their indicator, a representative subject and
    unit, most facts first."""
    return run("SELECT series, indicator, subject, unit, n FROM rollup_series WHERE family = ? "
               "ORDER BY n DESC, series LIMIT 300", [family])


def family_regions(family: str) -> list[str]:
    df = run("SELECT region, n FROM rollup_family_regions WHERE family = ? ORDER BY n DESC, region LIMIT 200",
             [family])
    return df["region"].tolist() if len(df) else []


def family_period_bounds(family: str) -> tuple[date | None, date | None]:
    df = run("SELECT min(lo) AS lo, max(hi) AS hi FROM rollup_series WHERE family = ?", [family])
    if df.empty or pd.isna(df["lo"].iloc[0]):
        return None, None
    return pd.Timestamp(df["lo"].iloc[0]).date(), pd.Timestamp(df["hi"].iloc[0]).date()


POINT_COLUMNS = ("series, indicator, subject, region, period_start, period_end, grain, value, value_high, "
                 "unit, qualifier, status, doc, published, document_id, start, \"end\", quote, corrected")
_POINT_ORDER = "coalesce(period_end, period_start), series, region NULLS FIRST, status, period_start"
_ROLLUP_POINTS = ("family", *(c.strip().strip('"') for c in POINT_COLUMNS.split(",")))
_PER_FACT = ("document_id", "doc", "search", "missing")  # filters that pick facts before the latest is chosen


def series_points(flt: FactFilter) -> pd.DataFrame:
    """One point per series, region, period and status: the value from the latest published report."""
    placed = replace(flt, placed=True)
    if not any(getattr(flt, f) for f in _PER_FACT):  # precomputed: the filters pick points from the rollup
        clause, params = where(placed, _ROLLUP_POINTS)
        return run(labelled(f"SELECT {POINT_COLUMNS} FROM rollup_points {clause} ORDER BY {_POINT_ORDER} "
                            f"LIMIT {MAX_POINTS + 1}"), params)
    clause, params = where(placed)
    return run(labelled(
        f"SELECT {POINT_COLUMNS} FROM {FACTS} {clause} QUALIFY row_number() OVER (PARTITION BY series, region, "
        "period_start, period_end, status ORDER BY published DESC NULLS LAST, document_id, start) = 1 "
        f"ORDER BY {_POINT_ORDER} LIMIT {MAX_POINTS + 1}"), params)


def unplaced(flt: FactFilter) -> dict[str, int]:
    """How many facts of a view's series and statuses a chart cannot place: without a period, without a
    region (shown as unspecified, or left out by a region filter)."""
    clause, params = where(FactFilter(family=flt.family, series=flt.series, status=flt.status),
                           ("family", "series", "status"))
    df = run("SELECT coalesce(sum(no_period), 0)::BIGINT AS no_period, coalesce(sum(no_region), 0)::BIGINT "
             f"AS no_region FROM rollup_gaps {clause}", params)
    return {k: int(df[k].iloc[0]) for k in ("no_period", "no_region")} if len(df) else {"no_period": 0, "no_region": 0}


READ_FACT_COLUMNS = (*[c for c in FACT_COLUMNS if c != "rule"], "grain", "corrected")  # + period


def _facts_query(flt: FactFilter, limit: int, offset: int) -> tuple[str, list]:
    cols = ", ".join(f'"{c}"' for c in READ_FACT_COLUMNS)
    if flt.is_empty() and offset + limit <= LATEST_FACTS:  # the explorer's opening pages, kept by the rollups
        return (labelled(f"SELECT {cols} FROM rollup_latest_facts ORDER BY published DESC NULLS LAST, doc, "
                         "start LIMIT ? OFFSET ?"), [int(limit), int(offset)])
    clause, params = where(flt)
    return (labelled(f"SELECT {cols} FROM {FACTS} {clause} ORDER BY published DESC NULLS LAST, doc, start "
                     "LIMIT ? OFFSET ?"), [*params, int(limit), int(offset)])


def facts(flt: FactFilter, limit: int = 100, offset: int = 0) -> pd.DataFrame:
    return run(*_facts_query(flt, limit, offset))


def facts_for_download(flt: FactFilter) -> pd.DataFrame:
    """Every fact the filter keeps (up to DOWNLOAD_ROWS), read fresh for a download and not cached."""
    return run(*_facts_query(flt, DOWNLOAD_ROWS, 0), cache=False)


def count_facts(flt: FactFilter) -> int:
    if flt.is_empty():
        return int(totals()["facts"] or 0)
    if flt == FactFilter(family=flt.family) and isinstance(flt.family, str):
        df = run("SELECT facts AS n FROM rollup_facts_by_family WHERE family = ?", [flt.family])
        return int(df["n"].iloc[0]) if len(df) else 0
    clause, params = where(flt)
    df = run(f"SELECT count(*) AS n FROM {FACTS} {clause}", params)
    return int(df["n"].iloc[0]) if len(df) else 0


def fact_source(document_id: str, start: int, end: int) -> dict | None:
    """The fact at these offsets of this document (as corrected), with its document's path, ingested_at and
    published_source."""
    df = document_facts_frame(str(document_id))
    if df.empty:
        return None
    df = df[(df["start"] == int(start)) & (df["end"] == int(end))]
    return df.iloc[0].to_dict() if len(df) else None


@st.cache_data(show_spinner=False, max_entries=64)
def _cached_document(db: str, version: str, document_id: str) -> pd.DataFrame:
    table = document_facts(db, document_id)
    df = table.to_pandas()
    for field in table.schema:  # a text column without any value arrives as NaN: make it None, as in `run`
        if pa.types.is_string(field.type) or pa.types.is_large_string(field.type):
            df[field.name] = df[field.name].astype(object).where(df[field.name].notna(), None)
    return _dates(df)


def document_facts_frame(document_id: str) -> pd.DataFrame:
    """Every fact of one document in document order, as `corrected_facts` has it, with the document's path,
    ingested_at and published_source (from the document's own batch files in a published layer)."""
    p = db_path()
    return _guarded(p, lambda: _cached_document(str(p), source_version(p), document_id))


def documents(limit: int = 1000) -> pd.DataFrame:
    return run("SELECT name, published, published_source, region, publisher, issue_no, chars, ingested_at, status, "
               "error, reread_error, reread_at, extractor_version, facts, corrected, id "
               f"FROM {DOCUMENTS} ORDER BY ingested_at DESC LIMIT ?", [int(limit)])


def document_choices(limit: int = LATEST_DOCUMENTS) -> pd.DataFrame:
    source = "rollup_latest_documents" if limit <= LATEST_DOCUMENTS else DOCUMENTS
    return run(f"SELECT id, name, published FROM {source} ORDER BY published DESC NULLS LAST, name LIMIT ?",
               [int(limit)])


def document(document_id: str) -> dict | None:
    df = run(f"SELECT * FROM {DOCUMENTS} WHERE id = ?", [str(document_id)])
    return df.iloc[0].to_dict() if len(df) else None


def headline_points(indicators: tuple[str, ...], region: str | None) -> pd.DataFrame:
    """Actual values of the headline indicators in one region (null: facts without a region), one per period
    (the latest published report's), newest first: per indicator and grain the latest periods (store.rollups.
    HEADLINE_PERIODS), and in `periods` how many periods of that grain there are."""
    marks = ", ".join("?" * len(indicators))
    place = "region IS NULL" if region is None else "region = ?"
    return run(labelled(
        "SELECT indicator, subject, region, period_start, period_end, grain, value, value_high, unit, qualifier, "
        "doc, published, document_id, start, \"end\", quote, periods FROM rollup_recent_points "
        f"WHERE series IN ({marks}) AND {place} ORDER BY indicator, period_end DESC, period_start DESC"),
        [*indicators, *([] if region is None else [region])])


def headline_regions(indicators: tuple[str, ...]) -> pd.DataFrame:
    """Regions by how many of the headline indicators they report (actual values a time axis can place)."""
    marks = ", ".join("?" * len(indicators))
    return run("SELECT region, sum(n)::BIGINT AS n, count(DISTINCT indicator) AS indicators "
               f"FROM rollup_indicator_regions WHERE indicator IN ({marks}) "
               "GROUP BY region ORDER BY indicators DESC, n DESC, region NULLS LAST", list(indicators))


def sample_documents() -> tuple[int, int]:
    """How many stored documents are the project's bundled samples (data/samples/), and how many in all."""
    df = run("SELECT samples, documents AS total FROM rollup_totals")
    return (int(df["samples"].iloc[0]), int(df["total"].iloc[0])) if len(df) else (0, 0)


def documents_by_date() -> pd.DataFrame:
    return run("SELECT published, documents FROM rollup_documents_by_date ORDER BY published")


def facts_by_family() -> pd.DataFrame:
    return run("SELECT family, facts, documents, first_period, last_period FROM rollup_facts_by_family "
               "ORDER BY facts DESC, family")


def regions_coverage() -> pd.DataFrame:
    return run("SELECT region, facts, documents, first_period, last_period FROM rollup_regions "
               "ORDER BY facts DESC, region NULLS LAST LIMIT 50")


def corrections() -> pd.DataFrame:
    return run(LIST_SQL)
