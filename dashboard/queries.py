"""The one module that talks to DuckDB for the dashboard: bound parameters only, cached per data version.

Every read goes through the store's `corrected_facts` and `corrected_documents` views, so analysts' corrections
show everywhere; filters are the store's one `FactFilter`.
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from extractors.errors import first_line
from store import DEFAULT_DB
from store.columns import FACT_COLUMNS
from store.connection import StoreError, StoreMissing, data_version, read_connection, write_connection
from store.corrections import LIST_SQL
from store.filters import FactFilter
from store.grain import label_sql
from store.schema import is_current

__all__ = ["FactFilter"]
MAX_POINTS = 5000
DOWNLOAD_ROWS = 1_000_000
FACTS = "corrected_facts"
DOCUMENTS = "corrected_documents"
_checked: set[str] = set()


def db_path() -> Path:
    return Path(os.environ.get("INDICATORS_DB", DEFAULT_DB))


def _upgrade(db: str) -> None:
    """A database written by an older version lacks today's views: add them (a short write), so the dashboard
    shows it at once instead of waiting for the next ingest."""
    try:
        with write_connection(db):
            pass
    except StoreError:  # read-only file or folder: show what the old views give
        pass


def _frame(db: str, sql: str, params: tuple) -> pd.DataFrame:
    with read_connection(db) as con:
        stale = db not in _checked and not is_current(con)
        if not stale:
            _checked.add(db)
            df = con.execute(sql, list(params)).df()
    if stale:  # checked once per database and process, on the first query's own connection
        _upgrade(db)
        _checked.add(db)
        with read_connection(db) as con:
            df = con.execute(sql, list(params)).df()
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
        return _cached_frame(str(p), data_version(p), sql, tuple(params))
    except (StoreMissing, duckdb.CatalogException):  # no database, or no tables in it yet: nothing to show
        return pd.DataFrame()
    except duckdb.Error as e:
        raise StoreError(f"{p}: cannot read the database ({first_line(e)})") from None


def _where(flt: FactFilter) -> tuple[str, list]:
    where, params = flt.where()
    return (where or "WHERE TRUE"), params


def totals() -> dict:
    df = run(f"SELECT (SELECT count(*) FROM {DOCUMENTS}) AS documents, (SELECT count(*) FROM {FACTS}) AS facts, "
             f"(SELECT min(published) FROM {DOCUMENTS}) AS first, (SELECT max(published) FROM {DOCUMENTS}) AS last")
    return df.iloc[0].to_dict() if len(df) else {"documents": 0, "facts": 0, "first": None, "last": None}


def family_options(family: str) -> pd.DataFrame:
    """The series of a family that a time axis can place, with their indicator, a representative subject and
    unit, most facts first."""
    return run(f"SELECT series, any_value(indicator) AS indicator, mode(subject) AS subject, mode(unit) AS unit, "
               f"count(*) AS n FROM {FACTS} WHERE family = ? AND coalesce(period_start, period_end) IS NOT NULL "
               "GROUP BY series ORDER BY n DESC, series LIMIT 300", [family])


def family_regions(family: str) -> list[str]:
    df = run(f"SELECT region, count(*) AS n FROM {FACTS} WHERE family = ? AND region IS NOT NULL "
             "GROUP BY region ORDER BY n DESC, region LIMIT 200", [family])
    return df["region"].tolist() if len(df) else []


def family_period_bounds(family: str) -> tuple[date | None, date | None]:
    df = run(f"SELECT min(coalesce(period_start, period_end)) AS lo, max(coalesce(period_end, period_start)) AS hi "
             f"FROM {FACTS} WHERE family = ?", [family])
    if df.empty or pd.isna(df["lo"].iloc[0]):
        return None, None
    return pd.Timestamp(df["lo"].iloc[0]).date(), pd.Timestamp(df["hi"].iloc[0]).date()


POINT_COLUMNS = ("series, indicator, subject, region, period_start, period_end, grain, value, value_high, "
                 "unit, qualifier, status, doc, published, document_id, start, \"end\", quote, corrected")


def _labelled(inner: str) -> str:
    """The rows of `inner` (which must not select `period`) with the period label added after filtering and
    limiting: the view would write the label for every fact before a sort or window picks a few."""
    return f"SELECT *, {label_sql()} AS period FROM ({inner})"


def series_points(flt: FactFilter) -> pd.DataFrame:
    """One point per series, region, period and status: the value from the latest published report."""
    where, params = _where(replace(flt, placed=True))
    return run(_labelled(
        f"SELECT {POINT_COLUMNS} FROM {FACTS} {where} QUALIFY row_number() OVER (PARTITION BY series, region, "
        "period_start, period_end, status ORDER BY published DESC NULLS LAST, document_id, start) = 1 "
        f"ORDER BY coalesce(period_end, period_start), series LIMIT {MAX_POINTS + 1}"), params)


def unplaced(flt: FactFilter) -> dict[str, int]:
    """How many facts of a view's series and statuses a chart cannot place: without a period, without a
    region (shown as unspecified, or left out by a region filter)."""
    where, params = _where(FactFilter(family=flt.family, series=flt.series, status=flt.status))
    df = run(f"SELECT count(*) FILTER (WHERE period_start IS NULL AND period_end IS NULL) AS no_period, "
             f"count(*) FILTER (WHERE region IS NULL) AS no_region FROM {FACTS} {where}", params)
    return {k: int(df[k].iloc[0]) for k in ("no_period", "no_region")} if len(df) else {"no_period": 0, "no_region": 0}


READ_FACT_COLUMNS = (*[c for c in FACT_COLUMNS if c != "rule"], "grain", "corrected")  # + period


def _facts_query(flt: FactFilter, limit: int, offset: int) -> tuple[str, list]:
    where, params = _where(flt)
    cols = ", ".join(f'"{c}"' for c in READ_FACT_COLUMNS)
    return (_labelled(f"SELECT {cols} FROM {FACTS} {where} ORDER BY published DESC NULLS LAST, doc, start "
                      "LIMIT ? OFFSET ?"), [*params, int(limit), int(offset)])


def facts(flt: FactFilter, limit: int = 100, offset: int = 0) -> pd.DataFrame:
    return run(*_facts_query(flt, limit, offset))


def facts_for_download(flt: FactFilter) -> pd.DataFrame:
    """Every fact the filter keeps (up to DOWNLOAD_ROWS), read fresh for a download and not cached."""
    return run(*_facts_query(flt, DOWNLOAD_ROWS, 0), cache=False)


def count_facts(flt: FactFilter) -> int:
    where, params = _where(flt)
    df = run(f"SELECT count(*) AS n FROM {FACTS} {where}", params)
    return int(df["n"].iloc[0]) if len(df) else 0


def fact_source(document_id: str, start: int, end: int) -> dict | None:
    """The fact at these offsets of this document, with its document record."""
    df = run(f"SELECT f.*, d.path, d.ingested_at, d.published_source FROM {FACTS} f LEFT JOIN {DOCUMENTS} d "
             "ON d.id = f.document_id WHERE f.document_id = ? AND f.start = ? AND f.\"end\" = ? LIMIT 1",
             [str(document_id), int(start), int(end)])
    return df.iloc[0].to_dict() if len(df) else None


def documents(limit: int = 1000) -> pd.DataFrame:
    return run("SELECT name, published, published_source, region, publisher, issue_no, chars, ingested_at, status, "
               f"error, extractor_version, facts, corrected, id FROM {DOCUMENTS} ORDER BY ingested_at DESC LIMIT ?",
               [int(limit)])


def document_choices(limit: int = 500) -> pd.DataFrame:
    return run(f"SELECT id, name, published FROM {DOCUMENTS} ORDER BY published DESC NULLS LAST, name LIMIT ?",
               [int(limit)])


def document(document_id: str) -> dict | None:
    df = run(f"SELECT * FROM {DOCUMENTS} WHERE id = ?", [str(document_id)])
    return df.iloc[0].to_dict() if len(df) else None


HEADLINE_PERIODS = 60  # per indicator and grain: enough to find the period a card is compared with


def headline_points(indicators: tuple[str, ...], region: str | None) -> pd.DataFrame:
    """Actual values of the headline indicators in one region (null: facts without a region), one per period
    (the latest published report's), newest first: per indicator and grain the latest HEADLINE_PERIODS, and
    in `periods` how many periods of that grain there are."""
    marks = ", ".join("?" * len(indicators))
    place = "region IS NULL" if region is None else "region = ?"
    return run(_labelled(
        "SELECT * FROM (SELECT *, count(*) OVER (PARTITION BY indicator, grain) AS periods FROM ("
        f"SELECT indicator, subject, region, period_start, period_end, grain, value, value_high, unit, "
        f"qualifier, doc, published, document_id, start, \"end\", quote FROM {FACTS} WHERE indicator IN ({marks}) "
        f"AND status = 'actual' AND grain IS NOT NULL AND {place} QUALIFY row_number() OVER (PARTITION BY "
        "indicator, period_start, period_end ORDER BY published DESC NULLS LAST, document_id, start) = 1)) "
        f"QUALIFY row_number() OVER (PARTITION BY indicator, grain ORDER BY period_end DESC) <= {HEADLINE_PERIODS} "
        "ORDER BY indicator, period_end DESC"), [*indicators, *([] if region is None else [region])])


def headline_regions(indicators: tuple[str, ...]) -> pd.DataFrame:
    marks = ", ".join("?" * len(indicators))
    return run(f"SELECT region, count(*) AS n, count(DISTINCT indicator) AS indicators FROM {FACTS} "
               f"WHERE indicator IN ({marks}) AND status = 'actual' AND grain IS NOT NULL "
               "GROUP BY region ORDER BY indicators DESC, n DESC, region NULLS LAST", list(indicators))


def sample_documents() -> tuple[int, int]:
    """How many stored documents are the project's bundled samples (data/samples/), and how many in all."""
    df = run("SELECT count(*) FILTER (WHERE replace(path, '\\', '/') LIKE '%data/samples/%') AS samples, "
             "count(*) AS total FROM documents")
    return (int(df["samples"].iloc[0]), int(df["total"].iloc[0])) if len(df) else (0, 0)


def documents_by_date() -> pd.DataFrame:
    return run(f"SELECT published, count(*) AS documents FROM {DOCUMENTS} WHERE published IS NOT NULL "
               "GROUP BY published ORDER BY published")


def facts_by_family() -> pd.DataFrame:
    return run(f"SELECT family, count(*) AS facts, count(DISTINCT document_id) AS documents, "
               "min(coalesce(period_start, period_end)) AS first_period, "
               f"max(coalesce(period_end, period_start)) AS last_period FROM {FACTS} "
               "GROUP BY family ORDER BY facts DESC")


def regions_coverage() -> pd.DataFrame:
    return run(f"SELECT region, count(*) AS facts, count(DISTINCT document_id) AS documents, "
               "min(coalesce(period_start, period_end)) AS first_period, "
               f"max(coalesce(period_end, period_start)) AS last_period FROM {FACTS} "
               "GROUP BY ALL ORDER BY facts DESC LIMIT 50")


def corrections() -> pd.DataFrame:
    return run(LIST_SQL)


# Data quality: what a chart cannot place, what is not catalogued, and figures reported with different values.
_CONFLICTS = (f"SELECT family, series AS measure, region, period_start, period_end, status, "
              f"unit FROM {FACTS} GROUP BY ALL HAVING count(DISTINCT value) > 1")
_IN_CONFLICT = ("k.family = f.family AND k.measure = f.series AND k.region IS NOT DISTINCT "
                "FROM f.region AND k.period_start IS NOT DISTINCT FROM f.period_start AND k.period_end IS NOT "
                "DISTINCT FROM f.period_end AND k.status IS NOT DISTINCT FROM f.status AND k.unit IS NOT "
                "DISTINCT FROM f.unit")
_PROBLEMS = ("count(*) FILTER (WHERE f.document_id IS NOT NULL AND f.period_start IS NULL AND f.period_end IS NULL) "
             "AS no_period, count(*) FILTER (WHERE f.document_id IS NOT NULL AND f.region IS NULL) AS no_region, "
             "count(*) FILTER (WHERE f.document_id IS NOT NULL AND f.published IS NULL) AS undated, "
             "count(*) FILTER (WHERE f.document_id IS NOT NULL AND f.indicator IS NULL) AS uncatalogued, "
             "count(k.family) AS conflicting, count(*) FILTER (WHERE f.corrected IS NOT NULL) AS corrected")


def quality_summary() -> dict[str, int]:
    df = run(f"WITH k AS ({_CONFLICTS}) SELECT count(*) AS facts, {_PROBLEMS} FROM {FACTS} f "
             f"LEFT JOIN k ON {_IN_CONFLICT}")
    return {k: int(v) for k, v in df.iloc[0].items()} if len(df) else {}


def quality_by_document(limit: int = 1000) -> pd.DataFrame:
    """Per document: its facts and how many of them lack a period, a place or a date, are uncatalogued or
    disagree with another report; documents with most problems first."""
    return run(
        f"WITH k AS ({_CONFLICTS}) SELECT d.id, d.name, d.published, count(f.document_id) AS facts, {_PROBLEMS} "
        f"FROM {DOCUMENTS} d LEFT JOIN {FACTS} f ON f.document_id = d.id LEFT JOIN k ON {_IN_CONFLICT} "
        "WHERE d.status = 'ok' GROUP BY d.id, d.name, d.published "
        "ORDER BY no_period + no_region + undated + uncatalogued + conflicting DESC, d.name LIMIT ?", [int(limit)])


def quality_by_indicator(limit: int = 1000) -> pd.DataFrame:
    """The same counts per family and indicator (uncatalogued facts together, per family)."""
    return run(
        f"WITH k AS ({_CONFLICTS}) SELECT f.family, f.indicator, count(*) AS facts, {_PROBLEMS} "
        f"FROM {FACTS} f LEFT JOIN k ON {_IN_CONFLICT} GROUP BY f.family, f.indicator "
        "ORDER BY no_period + no_region + undated + uncatalogued + conflicting DESC, facts DESC LIMIT ?",
        [int(limit)])


def quality_facts(flt: FactFilter, conflicting: bool = False, limit: int = 500) -> pd.DataFrame:
    """Facts the filter keeps (e.g. `missing=("period",)`); with `conflicting`, only facts of figures that
    another report gives with a different value, disagreeing ones side by side."""
    where, params = _where(flt)
    cols = ", ".join(f'f."{c}"' for c in READ_FACT_COLUMNS)
    if not conflicting:
        return run(_labelled(f"SELECT {cols} FROM {FACTS} f {where} "
                             "ORDER BY f.published DESC NULLS LAST, f.doc, f.start LIMIT ?"), [*params, int(limit)])
    return run(_labelled(f"WITH k AS ({_CONFLICTS}) SELECT {cols} FROM (SELECT * FROM {FACTS} {where}) f JOIN k ON "
                         f"{_IN_CONFLICT} ORDER BY f.family, f.series, f.region, f.period_end, "
                         "f.value, f.published LIMIT ?"), [*params, int(limit)])


def series_choices(family: str) -> pd.DataFrame:
    """Every series of a family, placed in time or not (the data-quality page lists both)."""
    return run(f"SELECT series, any_value(indicator) AS indicator, mode(subject) AS subject, count(*) AS n "
               f"FROM {FACTS} WHERE family = ? GROUP BY series ORDER BY n DESC, series LIMIT 300", [family])
