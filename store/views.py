"""The views every reader uses, generated from the catalog's presentation hints: facts and documents with the
analysts' corrections applied, one view per family, COVID by region and day, and one observation per figure.

Which indicators a series splits by subject, the hotline view's row kinds and the COVID view's columns come from
`[display]` in `extractors/catalog/*.toml`, so a new indicator needs no change here.

A published archive layer (store/publish.py) has no corrections: its `corrected_facts` and `corrected_documents`
pass the stored rows through with the same columns (`views(corrections=False)`), so every reader's query runs
unchanged on it, and fast (filters reach the Parquet scan).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .columns import FACT_COLUMNS
from .corrections import DOCUMENT_FIELDS, FACT_FIELDS, REJECTED
from .grain import grain_sql, label_sql

if TYPE_CHECKING:  # the catalog is loaded only when views are generated (its regexes take a while)
    from extractors.catalog import Catalog


def _quoted(values) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values) or "NULL"


def _pivot(fields: dict[str, str]) -> str:
    """Per corrected field: whether it is corrected (`fix_x`) and its latest value (`x`, typed)."""
    parts = []
    for f, kind in fields.items():
        parts.append(f"bool_or(c.field = '{f}') AS fix_{f}")
        parts.append(f"CAST(arg_max_null(c.value, c.id) FILTER (WHERE c.field = '{f}') AS {kind}) AS {f}")
    return ",\n               ".join(parts)


def series_sql(catalog: Catalog) -> str:
    """SQL: the series a fact belongs to: its indicator, or `indicator|subject` for indicators split by subject
    (a hotline category), or its subject when uncatalogued."""
    by_subject = [i.id for i in catalog.indicators if i.display.series_by == "subject"]
    return (f"CASE WHEN indicator IS NULL THEN subject WHEN indicator IN ({_quoted(by_subject)}) "
            "THEN indicator || '|' || coalesce(subject, '') ELSE indicator END")


def corrected_facts_sql(catalog: Catalog) -> str:
    fact_cols = []
    for c in FACT_COLUMNS:
        col = f'f."{c}"'
        if c == "published":
            col = "CASE WHEN d.fix_published THEN d.published ELSE f.published END"
        elif c == "region":
            col = ("CASE WHEN x.fix_region THEN x.region WHEN f.region IS NULL AND d.fix_region THEN d.region "
                   "ELSE f.region END")
        elif c in FACT_FIELDS:
            col = f"CASE WHEN x.fix_{c} THEN x.{c} ELSE f.{c} END"
        fact_cols.append(f'{col} AS "{c}"')
    corrected = ("nullif(concat_ws(', ', x.fields, CASE WHEN d.fix_published THEN 'published' END, "
                 "CASE WHEN f.region IS NULL AND d.fix_region AND NOT coalesce(x.fix_region, false) "
                 "THEN 'region' END), '')")
    fact_fields = {**FACT_FIELDS, REJECTED: "BOOLEAN"}
    # Facts of documents nobody corrected pass through untouched, so a filter on any column reaches the table
    # scan; only the facts of corrected documents go through the joins. Subqueries, not CTEs: DuckDB then
    # drops the columns a query does not use (the period label costs most).
    active = "(SELECT * FROM corrections WHERE undone_at IS NULL)"
    touched = f"EXISTS (SELECT 1 FROM {active} t WHERE t.document_id = f.document_id)"
    plain = ", ".join(f'f."{c}"' for c in FACT_COLUMNS)
    return f"""
        SELECT {", ".join(f'"{c}"' for c in FACT_COLUMNS)}, grain, {label_sql()} AS period,
               {series_sql(catalog)} AS series, corrected
        FROM (
            SELECT *, {grain_sql()} AS grain
            FROM (
                SELECT {plain}, CAST(NULL AS VARCHAR) AS corrected FROM facts f WHERE NOT {touched}
                UNION ALL
                SELECT {", ".join(fact_cols)}, {corrected} AS corrected
                FROM facts f
                LEFT JOIN (
                    SELECT f.document_id, f.start, f."end", {_pivot(fact_fields)},
                           string_agg(DISTINCT c.field, ', ' ORDER BY c.field) AS fields
                    FROM {active} c JOIN facts f ON f.document_id = c.document_id AND f.start < c.fact_end
                         AND c.fact_start < f."end"
                    WHERE c.target = 'fact' GROUP BY f.document_id, f.start, f."end"
                ) x ON x.document_id = f.document_id AND x.start = f.start AND x."end" = f."end"
                LEFT JOIN (
                    SELECT c.document_id, {_pivot(DOCUMENT_FIELDS)}
                    FROM {active} c WHERE c.target = 'document' GROUP BY c.document_id
                ) d ON d.document_id = f.document_id
                WHERE {touched} AND NOT coalesce(x.{REJECTED}, false)
            ) fixed
        ) grained"""


CORRECTED_DOCUMENTS = f"""
        WITH d AS (
            SELECT c.document_id, {_pivot(DOCUMENT_FIELDS)},
                   string_agg(DISTINCT c.field, ', ' ORDER BY c.field) AS fields
            FROM corrections c WHERE c.undone_at IS NULL AND c.target = 'document' GROUP BY c.document_id
        )
        SELECT doc.id, doc.path, doc.name,
               CASE WHEN d.fix_published THEN d.published ELSE doc.published END AS published,
               CASE WHEN d.fix_published THEN 'correction' ELSE doc.published_source END AS published_source,
               doc.issue_no, doc.bytes, doc.chars, doc.facts, doc.ingested_at, doc.extractor_version, doc.status,
               doc.error, doc.reread_error, doc.reread_at,
               CASE WHEN d.fix_region THEN d.region ELSE json_extract_string(doc.declared, '$.region') END AS region,
               CASE WHEN d.fix_publisher THEN d.publisher ELSE json_extract_string(doc.declared, '$.publisher') END
                   AS publisher,
               d.fields AS corrected
        FROM documents doc LEFT JOIN d ON d.document_id = doc.id"""


def plain_facts_sql(source: str = "facts", catalog: Catalog | None = None) -> str:
    """`corrected_facts` where nothing is corrected: the rows of `source` (a relation with the facts' columns)
    with the derived columns (grain, period label, series) and no correction."""
    catalog = catalog or _default_catalog()
    return f"""
        SELECT {", ".join(f'"{c}"' for c in FACT_COLUMNS)}, grain, {label_sql()} AS period,
               {series_sql(catalog)} AS series, CAST(NULL AS VARCHAR) AS corrected
        FROM (SELECT *, {grain_sql()} AS grain FROM {source})"""


PLAIN_DOCUMENTS = """
        SELECT id, path, name, published, published_source, issue_no, bytes, chars, facts, ingested_at,
               extractor_version, status, error, reread_error, reread_at,
               json_extract_string(declared, '$.region') AS region,
               json_extract_string(declared, '$.publisher') AS publisher, CAST(NULL AS VARCHAR) AS corrected
        FROM documents"""

# Columns every per-family view shares, so a chart can always click through to its sentence and document.
_SOURCE_COLUMNS = "quote, doc, published, document_id, start, \"end\", rule, corrected"
_PERIOD_COLUMNS = "period_start, period_end, grain, period"


def _family_view(family: str) -> str:
    return f"""
        SELECT indicator, subject, region, {_PERIOD_COLUMNS}, value, value_high, unit, qualifier,
               status, {_SOURCE_COLUMNS}
        FROM corrected_facts WHERE family = '{family}'"""


def _hotline(catalog: Catalog) -> str:
    inds = [i for i in catalog.indicators if i.family == "hotline"]
    kinds = " ".join(f"WHEN '{i.id}' THEN '{i.display.role}'" for i in inds if i.display.role)
    by_subject = [i.id for i in inds if i.display.series_by == "subject"]
    return f"""
        SELECT CASE indicator {kinds or "WHEN NULL THEN NULL"} ELSE 'total' END AS kind,
               indicator,
               CASE WHEN indicator IN ({_quoted(by_subject)}) THEN subject END AS category,
               subject, region, period_start, period_end AS week_end, period_end, grain, period, value, unit,
               qualifier, status, {_SOURCE_COLUMNS}
        FROM corrected_facts WHERE family = 'hotline'"""


def _covid_cases(catalog: Catalog) -> str:
    measures = ",\n            ".join(
        f"arg_max(value, published) FILTER (WHERE indicator = '{i.id}') AS {i.display.column}"
        for i in catalog.indicators if i.family == "covid" and i.display.column)
    return f"""
        WITH f AS (
            SELECT coalesce(region, '') AS region_key, region, period_end AS day, indicator, value,
                   published, document_id
            FROM corrected_facts
            WHERE family = 'covid' AND status = 'actual' AND period_end IS NOT NULL
        )
        SELECT any_value(region) AS region, day,
            {measures},
            count(DISTINCT document_id) AS sources,
            max(published) AS latest_published,
            EXISTS (
                SELECT 1 FROM f AS g
                WHERE g.region_key = f.region_key AND g.day = f.day AND g.indicator IS NOT NULL
                GROUP BY g.indicator HAVING count(DISTINCT g.value) > 1
            ) AS conflict
        FROM f
        GROUP BY region_key, day"""


# The same figure from several documents is one observation with all its sources, in a stable order (date, file,
# offset) (a figure is a series: the
# indicator, or each category of a subject-split one, in one region, period, status and unit); `conflict`
# marks reports that disagree; `value` is then the value most documents give (ties: the most recently published, then the
# larger value, so the choice is stable).
OBSERVATIONS = """
        WITH keyed AS (
            SELECT family, indicator, subject, series AS measure, region, period_start,
                   period_end, grain, period, status, unit, value, doc, published, document_id, start, quote
            FROM corrected_facts
        ),
        per_value AS (
            SELECT *, count(DISTINCT document_id) OVER same_value AS value_docs,
                   max(published) OVER same_value AS value_latest
            FROM keyed
            WINDOW same_value AS (PARTITION BY family, measure, region, period_start, period_end, status, unit,
                                  value)
        )
        SELECT family, any_value(indicator) AS indicator, any_value(subject) AS subject, measure, region,
               period_start, period_end, any_value(grain) AS grain, any_value(period) AS period, status, unit,
               arg_max(value, (value_docs, value_latest, value)) AS value,
               list(DISTINCT value ORDER BY value) AS "values",
               count(DISTINCT value) > 1 AS conflict,
               count(DISTINCT document_id) AS n_sources,
               list(DISTINCT doc ORDER BY doc) AS docs,
               list({'doc': doc, 'published': published, 'value': value, 'quote': quote}
                    ORDER BY published, doc, start) AS sources,
               min(published) AS first_published, max(published) AS last_published
        FROM per_value
        GROUP BY family, measure, region, period_start, period_end, status, unit"""


def _default_catalog() -> Catalog:
    from extractors.catalog import default_catalog

    return default_catalog()


def views(catalog: Catalog | None = None, corrections: bool = True) -> dict[str, str]:
    """View name → SELECT, in the order they must be created (later views read earlier ones). Without
    `corrections` (a published layer), facts and documents pass through uncorrected."""
    catalog = catalog or _default_catalog()
    return {
        "corrected_facts": corrected_facts_sql(catalog) if corrections else plain_facts_sql("facts", catalog),
        "corrected_documents": CORRECTED_DOCUMENTS if corrections else PLAIN_DOCUMENTS,
        "growth_rates": _family_view("growth_rate"),
        "investments": _family_view("investment"),
        "hotline": _hotline(catalog),
        "sock_industry": _family_view("sock_industry"),
        "covid_cases": _covid_cases(catalog),
        "observations": OBSERVATIONS,
    }
