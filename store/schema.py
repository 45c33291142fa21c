"""The DuckDB schema: tables, the per-family views the dashboard charts, the observations view and the rollups.

`docs/SCHEMA.md` documents every table, view and column here; `tests/test_store_schema.py` checks the two agree.
"""

from __future__ import annotations

import hashlib
from functools import cache

import duckdb

from .columns import FACT_COLUMNS, FACT_TYPES, READ_COLUMNS  # noqa: F401 (the store's schema names them)
from .corrections import TABLE as CORRECTIONS_TABLE
from .rollups import ROLLUPS
from .views import views

SCHEMA_VERSION = "6"  # raise when a table changes; views are rebuilt whenever their SQL changes (see below)

_FACTS_DDL = ",\n    ".join(f'"{c}" {FACT_TYPES[c]}' for c in FACT_COLUMNS)

TABLES = f"""
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
    reread_at TIMESTAMP,
    declared VARCHAR
);
CREATE TABLE IF NOT EXISTS facts (
    {_FACTS_DDL}
);
CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
);
{CORRECTIONS_TABLE}"""

# Columns added since a table was first created: an older database gets them when it is opened for writing.
ADDED_COLUMNS = (("documents", "reread_error", "VARCHAR"), ("documents", "reread_at", "TIMESTAMP"),
                 ("documents", "declared", "VARCHAR"))


@cache
def _views() -> dict[str, str]:
    return views()


def __getattr__(name: str):
    """`VIEWS` (view name → SELECT) is generated from the catalog on first use, not at import: commands that
    only read (export, facts) never load the catalog."""
    if name == "VIEWS":
        return _views()
    raise AttributeError(name)


def schema_version() -> str:
    """What a current database records: the table version and a hash of the views' SQL, which is generated
    from the catalog, so a catalog edit that changes a view rebuilds the views on the next write."""
    digest = hashlib.sha256("\n".join(_current_views().values()).encode("utf-8")).hexdigest()[:12]
    return f"{SCHEMA_VERSION}:{digest}"


def _current_views() -> dict[str, str]:
    """The views a database has, in creation order: the views, then the rollups over them (store.rollups)."""
    return {**(globals().get("VIEWS") or _views()), **ROLLUPS}  # a test may set VIEWS to simulate a catalog edit


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the tables and views when missing or older than SCHEMA_VERSION; otherwise write nothing, so
    opening a current database for writing leaves it (and `data_version`) unchanged."""
    if _stored_schema_version(con) == schema_version():
        return
    con.execute("BEGIN")
    con.execute(TABLES)
    for table, column, kind in ADDED_COLUMNS:
        con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column} {kind}")
    for name, body in _current_views().items():
        con.execute(f"CREATE OR REPLACE VIEW {name} AS {body}")
    con.execute(
        "INSERT INTO meta VALUES ('schema_version', ?), ('data_version', '0') ON CONFLICT (key) DO NOTHING",
        [schema_version()])
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [schema_version()])
    con.execute("COMMIT")


def is_current(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the database has this code's tables and views (a read-only check)."""
    return _stored_schema_version(con) == schema_version()


def _stored_schema_version(con: duckdb.DuckDBPyConnection) -> str | None:
    try:
        rows = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
    except duckdb.CatalogException:
        return None
    return rows[0][0] if rows else None


def bump_data_version(con: duckdb.DuckDBPyConnection) -> None:
    """Count one more committed change; call inside the transaction that makes the change."""
    con.execute("UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS VARCHAR) WHERE key = 'data_version'")
