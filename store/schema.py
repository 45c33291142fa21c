"""The DuckDB schema: tables, the per-family views the dashboard charts, and the observations view.

`docs/SCHEMA.md` documents every table, view and column here; `tests/test_store_schema.py` checks the two agree.
"""

from __future__ import annotations

import duckdb

SCHEMA_VERSION = "4"  # raise when a table or view changes: ensure_schema then rebuilds the views

FACT_COLUMNS = (
    "doc", "published", "family", "indicator", "subject", "region",
    "period_start", "period_end", "value", "value_high", "unit",
    "qualifier", "status", "quote", "start", "end", "document_id", "rule",
)
"""Column order of the `facts` table: the fact contract's fields, then the document id and the rule id."""

TABLES = """
CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY,
    path VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    published DATE,
    published_source VARCHAR,
    issue_no BIGINT,
    bytes BIGINT,
    chars BIGINT,
    facts BIGINT NOT NULL DEFAULT 0,
    ingested_at TIMESTAMP NOT NULL,
    extractor_version VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    error VARCHAR,
    reread_error VARCHAR,
    reread_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS facts (
    doc VARCHAR NOT NULL,
    published DATE,
    family VARCHAR NOT NULL,
    indicator VARCHAR,
    subject VARCHAR,
    region VARCHAR,
    period_start DATE,
    period_end DATE,
    value DOUBLE NOT NULL,
    value_high DOUBLE,
    unit VARCHAR,
    qualifier VARCHAR,
    status VARCHAR,
    quote VARCHAR,
    start BIGINT,
    "end" BIGINT,
    document_id VARCHAR NOT NULL,
    rule VARCHAR
);
CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
);
"""

# Columns added since a table was first created: an older database gets them when it is opened for writing.
ADDED_COLUMNS = (("documents", "reread_error", "VARCHAR"), ("documents", "reread_at", "TIMESTAMP"))

# Columns every per-family view shares, so a chart can always click through to its sentence and document.
_SOURCE_COLUMNS = "quote, doc, published, document_id, start, \"end\", rule"

VIEWS = {
    "growth_rates": f"""
        SELECT indicator, subject, region, period_start, period_end, value, value_high, unit, qualifier,
               status, {_SOURCE_COLUMNS}
        FROM facts WHERE family = 'growth_rate'""",
    "investments": f"""
        SELECT indicator, subject, region, period_start, period_end, value, value_high, unit, qualifier,
               status, {_SOURCE_COLUMNS}
        FROM facts WHERE family = 'investment'""",
    "hotline": f"""
        SELECT CASE WHEN indicator = 'hotline.category_share' THEN 'category_share'
                    WHEN indicator = 'hotline.category_count' THEN 'category_count'
                    WHEN indicator IN ('hotline.resolution_rate', 'hotline.satisfaction_rate') THEN 'rate'
                    ELSE 'total' END AS kind,
               indicator,
               CASE WHEN indicator IN ('hotline.category_share', 'hotline.category_count') THEN subject END
                    AS category,
               subject, region, period_start, period_end AS week_end, period_end, value, unit, qualifier,
               status, {_SOURCE_COLUMNS}
        FROM facts WHERE family = 'hotline'""",
    "sock_industry": f"""
        SELECT indicator, subject, region, period_start, period_end, value, value_high, unit, qualifier,
               status, {_SOURCE_COLUMNS}
        FROM facts WHERE family = 'sock_industry'""",
    # One row per region and day; each measure is the value of the most recently published report that
    # gives it, and `conflict` says when reports disagree (the disagreeing facts stay in `facts`).
    "covid_cases": """
        WITH f AS (
            SELECT coalesce(region, '') AS region_key, region, period_end AS day, indicator, value,
                   published, document_id
            FROM facts
            WHERE family = 'covid' AND status = 'actual' AND period_end IS NOT NULL
        )
        SELECT any_value(region) AS region, day,
            arg_max(value, published) FILTER (WHERE indicator = 'covid.new_confirmed') AS new_confirmed,
            arg_max(value, published) FILTER (WHERE indicator = 'covid.new_suspected') AS new_suspected,
            arg_max(value, published) FILTER (WHERE indicator = 'covid.new_asymptomatic') AS new_asymptomatic,
            arg_max(value, published) FILTER (WHERE indicator = 'covid.cumulative_confirmed')
                AS cumulative_confirmed,
            arg_max(value, published) FILTER (WHERE indicator = 'covid.cumulative_cured') AS cured,
            arg_max(value, published) FILTER (WHERE indicator = 'covid.deaths') AS deaths,
            arg_max(value, published) FILTER (WHERE indicator = 'covid.current_suspected')
                AS current_suspected,
            arg_max(value, published) FILTER (WHERE indicator = 'covid.close_contacts') AS close_contacts,
            arg_max(value, published) FILTER (WHERE indicator = 'covid.vaccinated') AS vaccinated,
            count(DISTINCT document_id) AS sources,
            max(published) AS latest_published,
            EXISTS (
                SELECT 1 FROM f AS g
                WHERE g.region_key = f.region_key AND g.day = f.day AND g.indicator IS NOT NULL
                GROUP BY g.indicator HAVING count(DISTINCT g.value) > 1
            ) AS conflict
        FROM f
        GROUP BY region_key, day""",
    # The same figure from several documents is one observation with all its sources; `conflict` marks
    # reports that disagree; `value` is then the value most documents give (ties: the most recently
    # published, then the larger value, so the choice is stable).
    "observations": """
        WITH keyed AS (
            SELECT family, indicator, subject, coalesce(indicator, subject) AS measure, region, period_start,
                   period_end, status, unit, value, doc, published, document_id, quote
            FROM facts
        ),
        per_value AS (
            SELECT *, count(DISTINCT document_id) OVER same_value AS value_docs,
                   max(published) OVER same_value AS value_latest
            FROM keyed
            WINDOW same_value AS (PARTITION BY family, measure, region, period_start, period_end, status, unit,
                                  value)
        )
        SELECT family, any_value(indicator) AS indicator, any_value(subject) AS subject, measure, region,
               period_start, period_end, status, unit,
               arg_max(value, (value_docs, value_latest, value)) AS value,
               list(DISTINCT value ORDER BY value) AS "values",
               count(DISTINCT value) > 1 AS conflict,
               count(DISTINCT document_id) AS n_sources,
               list(DISTINCT doc ORDER BY doc) AS docs,
               list({'doc': doc, 'published': published, 'value': value, 'quote': quote}
                    ORDER BY published, doc) AS sources,
               min(published) AS first_published, max(published) AS last_published
        FROM per_value
        GROUP BY family, measure, region, period_start, period_end, status, unit""",
}

def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the tables and views when missing or older than SCHEMA_VERSION; otherwise write nothing, so
    opening a current database for writing leaves it (and `data_version`) unchanged."""
    if _stored_schema_version(con) == SCHEMA_VERSION:
        return
    con.execute("BEGIN")
    con.execute(TABLES)
    for table, column, kind in ADDED_COLUMNS:
        con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column} {kind}")
    for name, body in VIEWS.items():
        con.execute(f"CREATE OR REPLACE VIEW {name} AS {body}")
    con.execute(
        "INSERT INTO meta VALUES ('schema_version', ?), ('data_version', '0') ON CONFLICT (key) DO NOTHING",
        [SCHEMA_VERSION])
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [SCHEMA_VERSION])
    con.execute("COMMIT")


def _stored_schema_version(con: duckdb.DuckDBPyConnection) -> str | None:
    try:
        rows = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
    except duckdb.CatalogException:
        return None
    return rows[0][0] if rows else None


def bump_data_version(con: duckdb.DuckDBPyConnection) -> None:
    """Count one more committed change; call inside the transaction that makes the change."""
    con.execute("UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS VARCHAR) WHERE key = 'data_version'")
