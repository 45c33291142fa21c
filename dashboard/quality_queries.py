"""The Data quality page's queries, run through queries.run (the one reader of DuckDB): what a chart cannot
place, what is not catalogued, and figures that reports give with different values.

They read `corrected_facts` and `corrected_documents` directly (no rollup: they look at single facts).
"""

from __future__ import annotations

import pandas as pd

from dashboard.queries import DOCUMENTS, FACTS, READ_FACT_COLUMNS, labelled, run, where
from store.filters import FactFilter

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
    clause, params = where(flt)
    cols = ", ".join(f'f."{c}"' for c in READ_FACT_COLUMNS)
    if not conflicting:
        return run(labelled(f"SELECT {cols} FROM {FACTS} f {clause} "
                            "ORDER BY f.published DESC NULLS LAST, f.doc, f.start LIMIT ?"), [*params, int(limit)])
    return run(labelled(f"WITH k AS ({_CONFLICTS}) SELECT {cols} FROM (SELECT * FROM {FACTS} {clause}) f JOIN k ON "
                        f"{_IN_CONFLICT} ORDER BY f.family, f.series, f.region, f.period_end, "
                        "f.value, f.published LIMIT ?"), [*params, int(limit)])


def series_choices(family: str) -> pd.DataFrame:
    """Every series of a family, placed in time or not (the data-quality page lists both)."""
    return run(f"SELECT series, any_value(indicator) AS indicator, mode(subject) AS subject, count(*) AS n "
               f"FROM {FACTS} WHERE family = ? GROUP BY series ORDER BY n DESC, series LIMIT 300", [family])
