"""The one module that talks to DuckDB for the dashboard: bound parameters only, cached per data version.

It reads a local database or a published archive layer alike (store.layer): the overview and chart pages
read the rollups (store.rollups), which are views over a database and stored tables in a layer."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from extractors.errors import first_line
from store import DEFAULT_DB
from store.connection import StoreError, StoreMissing
from store.filters import FactFilter as StoreFilter
from store.layer import document_facts, is_layer, read_source, source_version
from store.rollups import LATEST_DOCUMENTS, LATEST_FACTS, SERIES_SQL, SUBJECT_SERIES

MAX_POINTS = 5000
FACT_COLUMNS = ("doc", "published", "family", "indicator", "subject", "region", "period_start", "period_end",
                "value", "value_high", "unit", "qualifier", "status", "quote", "start", "end", "document_id")
_SERIES_SQL = SERIES_SQL  # one definition, shared with the rollups
__all__ = ["SUBJECT_SERIES"]  # re-exported for the pages


def db_path() -> Path:
    return Path(os.environ.get("INDICATORS_DB", DEFAULT_DB))


def read_only() -> bool:
    """True when the dashboard reads a published archive layer: uploads cannot be ingested into it."""
    return is_layer(db_path())


def _frame(db: str, sql: str, params: tuple) -> pd.DataFrame:
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


def run(sql: str, params: list | tuple = (), cache: bool = True) -> pd.DataFrame:
    """Rows of a read-only query; empty when there is no database or table yet. Cached until data changes,
    unless `cache` is off (downloads of up to a million rows must not stay in the server's memory)."""
    p = db_path()
    try:
        if not cache:
            return _frame(str(p), sql, tuple(params))
        return _cached_frame(str(p), source_version(p), sql, tuple(params))
    except (StoreMissing, duckdb.CatalogException):  # no database, or no tables in it yet: nothing to show
        return pd.DataFrame()
    except duckdb.Error as e:
        raise StoreError(f"{p}: cannot read the database ({first_line(e)})") from None


@dataclass(frozen=True)
class FactFilter:
    """What a view shows: the store's filter plus the dashboard's series (indicator id, or subject when the
    series is told apart by subject). `where()` gives SQL text with `?` placeholders and the bound values."""

    family: str | None = None
    series: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    period_from: date | None = None
    period_to: date | None = None
    statuses: tuple[str, ...] = ()
    document_id: str | None = None
    text: str = ""
    needs_period: bool = False

    def where(self) -> tuple[str, list]:
        store = StoreFilter(family=self.family, region=list(self.regions), status=list(self.statuses),
                            document_id=self.document_id, search=self.text or None)
        where, params = store.where()
        clauses = [where.removeprefix("WHERE ") or "TRUE"]
        if self.series:
            clauses.append(f"{_SERIES_SQL} IN ({', '.join('?' * len(self.series))})")
            params.extend(self.series)
        # a chart places a fact at its period's end, so the range applies to period_end
        if self.period_from:
            clauses.append("period_end >= ?")
            params.append(self.period_from)
        if self.period_to:
            clauses.append("period_end <= ?")
            params.append(self.period_to)
        if self.needs_period:
            clauses.append("period_end IS NOT NULL")
        return " AND ".join(clauses), params


def totals() -> dict:
    df = run("SELECT documents, facts, first, last FROM rollup_totals")
    return df.iloc[0].to_dict() if len(df) else {"documents": 0, "facts": 0, "first": None, "last": None}


def family_options(family: str) -> pd.DataFrame:
    """The series of a family (indicator id, or subject when uncatalogued) with a representative subject."""
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


def series_points(flt: FactFilter) -> pd.DataFrame:
    """One point per series, region, period end and status: the value from the latest published report."""
    where, params = replace(flt, needs_period=True).where()
    if not (flt.document_id or flt.text):  # the latest point per series is precomputed; filters pick from it
        return run("SELECT series, indicator, subject, region, period_start, period_end, value, value_high, unit, "
                   "qualifier, status, doc, published, document_id, start, \"end\", quote FROM rollup_points "
                   f"WHERE {where} ORDER BY period_end, series, region, status LIMIT {MAX_POINTS + 1}", params)
    return run(
        f"SELECT {_SERIES_SQL} AS series, indicator, subject, region, period_start, period_end, value, "
        "value_high, unit, qualifier, status, doc, published, document_id, start, \"end\", quote "
        f"FROM facts WHERE {where} QUALIFY row_number() OVER (PARTITION BY series, region, period_end, status "
        "ORDER BY published DESC NULLS LAST, document_id, start) = 1 "
        f"ORDER BY period_end, series, region, status LIMIT {MAX_POINTS + 1}", params)


DOWNLOAD_ROWS = 1_000_000


def _facts_query(flt: FactFilter, limit: int, offset: int) -> tuple[str, list]:
    where, params = flt.where()
    cols = ", ".join(f'"{c}"' for c in FACT_COLUMNS)
    return (f"SELECT {cols} FROM facts WHERE {where} ORDER BY published DESC NULLS LAST, doc, start "
            "LIMIT ? OFFSET ?", [*params, int(limit), int(offset)])


def facts(flt: FactFilter, limit: int = 100, offset: int = 0) -> pd.DataFrame:
    if flt == FactFilter() and offset + limit <= LATEST_FACTS:  # the opening pages, kept by the rollups
        cols = ", ".join(f'"{c}"' for c in FACT_COLUMNS)
        return run(f"SELECT {cols} FROM rollup_latest_facts ORDER BY published DESC NULLS LAST, doc, start "
                   "LIMIT ? OFFSET ?", [int(limit), int(offset)])
    return run(*_facts_query(flt, limit, offset))


def facts_for_download(flt: FactFilter) -> pd.DataFrame:
    """Every fact the filter keeps (up to DOWNLOAD_ROWS), read fresh for a download and not cached."""
    return run(*_facts_query(flt, DOWNLOAD_ROWS, 0), cache=False)


def count_facts(flt: FactFilter) -> int:
    where, params = flt.where()
    df = run(f"SELECT count(*) AS n FROM facts WHERE {where}", params)
    return int(df["n"].iloc[0]) if len(df) else 0


def fact_source(document_id: str, start: int, end: int) -> dict | None:
    """The fact at these offsets of this document, with its document record."""
    df = document_facts_frame(str(document_id))
    if df.empty:
        return None
    df = df[(df["start"] == int(start)) & (df["end"] == int(end))]
    return df.iloc[0].to_dict() if len(df) else None


@st.cache_data(show_spinner=False, max_entries=64)
def _cached_document(db: str, version: str, document_id: str) -> pd.DataFrame:
    return _dates(document_facts(db, document_id).to_pandas())


def document_facts_frame(document_id: str) -> pd.DataFrame:
    """Every fact of one document in document order, with its path, ingested_at and published_source (from
    the document's own batch files in a published layer)."""
    p = db_path()
    try:
        return _cached_document(str(p), source_version(p), document_id)
    except (StoreMissing, duckdb.CatalogException):
        return pd.DataFrame()
    except duckdb.Error as e:
        raise StoreError(f"{p}: cannot read the database ({first_line(e)})") from None


def documents(limit: int = 1000) -> pd.DataFrame:
    return run("SELECT d.name, d.published, d.published_source, d.issue_no, d.chars, d.ingested_at, d.status, "
               "d.error, d.extractor_version, d.facts, d.id FROM documents d ORDER BY d.ingested_at DESC LIMIT ?", [int(limit)])


def document_choices(limit: int = LATEST_DOCUMENTS) -> pd.DataFrame:
    source = "rollup_latest_documents" if limit <= LATEST_DOCUMENTS else "documents"
    return run(f"SELECT id, name, published FROM {source} ORDER BY published DESC NULLS LAST, name LIMIT ?",
               [int(limit)])


def headline(indicators: tuple[str, ...]) -> pd.DataFrame:
    """Per headline indicator and region, its latest two actual values (rank 1 = latest)."""
    marks = ", ".join("?" * len(indicators))
    return run(
        "WITH d AS (SELECT indicator, subject, region, period_start, period_end, value, unit, doc, published, "
        "document_id, start, \"end\", quote FROM rollup_recent_points WHERE series IN (" + marks + ") "
        "AND status = 'actual') "
        "SELECT * FROM d QUALIFY row_number() OVER (PARTITION BY indicator, region ORDER BY period_end DESC) <= 2 "
        "ORDER BY indicator, region, period_end DESC", list(indicators))


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
               "ORDER BY facts DESC, region LIMIT 50")
