"""docs/SCHEMA.md against a real database: every table, view, rollup, column and type documented, nothing extra."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractors.fact import CONTRACT_FIELDS
from store.connection import read_connection, write_connection
from store.layer import read_source
from store.rollups import ROLLUPS
from store.schema import FACT_COLUMNS, VIEWS

SCHEMA_MD = Path(__file__).resolve().parents[1] / "docs" / "SCHEMA.md"
_HEADING = re.compile(r"^## (table|view|rollup) `(\w+)`\s*$")
_ROW = re.compile(r"^\|\s*(\w+)\s*\|\s*([^|]+?)\s*\|\s*([^|]*?)\s*\|\s*(.+?)\s*\|\s*$")


def documented() -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """{name: (kind, [(column, type)])} parsed from SCHEMA.md."""
    out: dict[str, tuple[str, list[tuple[str, str]]]] = {}
    current = None
    for line in SCHEMA_MD.read_text(encoding="utf-8").splitlines():
        if m := _HEADING.match(line):
            current = m.group(2)
            out[current] = (m.group(1), [])
        elif current and (m := _ROW.match(line)) and m.group(1) != "column":
            out[current][1].append((m.group(1), m.group(2).strip()))
    return out


@pytest.fixture(scope="module")
def actual(tmp_path_factory) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    db = tmp_path_factory.mktemp("schema") / "s.duckdb"
    with write_connection(db):
        pass
    with read_source(db) as con:  # as every reader sees it: the database's relations, the rollups among its views
        kinds = dict(con.execute(
            "SELECT table_name, CASE WHEN table_name IN ? THEN 'rollup' WHEN table_type = 'VIEW' THEN 'view' "
            "ELSE 'table' END FROM information_schema.tables", [list(ROLLUPS)]).fetchall())
        out = {}
        for name, kind in kinds.items():
            cols = con.execute("SELECT column_name, data_type FROM information_schema.columns "
                               "WHERE table_name = ? ORDER BY ordinal_position", [name]).fetchall()
            out[name] = (kind, cols)
    return out


def test_every_table_and_view_is_documented_and_nothing_else(actual):
    assert set(documented()) == set(actual)


@pytest.mark.parametrize("name", ["documents", "facts", "meta", *VIEWS, *ROLLUPS])
def test_documented_columns_and_types_match_the_database(actual, name):
    assert documented()[name] == actual[name]


def test_facts_table_holds_the_contract_fields_plus_document_and_rule():
    assert FACT_COLUMNS == (*CONTRACT_FIELDS, "document_id", "rule")


@pytest.mark.parametrize("view", ["growth_rates", "investments", "hotline", "sock_industry"])
def test_family_views_carry_the_source_of_every_row(actual, view):
    columns = {c for c, _ in actual[view][1]}
    assert {"quote", "doc", "published", "document_id", "value", "unit"} <= columns


def test_doc_parser_sees_every_section():
    # Guards the parser itself: a heading typo must not silently drop a table from the check.
    text = SCHEMA_MD.read_text(encoding="utf-8")
    assert len(documented()) == sum(text.count(f"\n## {kind} `") for kind in ("table", "view", "rollup"))
    assert all(cols for _, cols in documented().values())


def test_an_older_schema_version_gets_its_views_rebuilt(tmp_path):
    db = tmp_path / "old.duckdb"
    with write_connection(db) as con:
        con.execute("DROP VIEW observations")
        con.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    with write_connection(db):
        pass
    with read_connection(db) as con:
        assert con.execute("SELECT count(*) FROM observations").fetchall() == [(0,)]


def test_a_database_of_an_older_schema_gets_the_new_documents_columns(tmp_path):
    """Schema 4 added documents.reread_error and reread_at (a failed re-read is recorded beside kept facts)."""
    import duckdb

    db = tmp_path / "v3.duckdb"
    with write_connection(db) as con:
        con.execute("INSERT INTO documents (id, path, name, ingested_at, extractor_version, status) "
                    "VALUES ('a', '/r/a.txt', 'a.txt', now(), 'old', 'ok')")
        con.execute("ALTER TABLE documents DROP COLUMN reread_error")
        con.execute("ALTER TABLE documents DROP COLUMN reread_at")
        con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    with duckdb.connect(str(db), read_only=True) as con:
        assert "reread_error" not in [d[0] for d in con.execute("SELECT * FROM documents").description]
    with write_connection(db):
        pass
    with read_connection(db) as con:
        assert con.execute("SELECT id, reread_error, reread_at FROM documents").fetchall() == [("a", None, None)]


def test_a_schema_5_database_gets_documents_declared_and_keeps_its_documents_current(tmp_path):
    """Schema 6 added documents.declared (what was declared about a document when it was extracted): an old
    database gets it as null, so its documents stay current until something is declared about them."""
    import duckdb

    from store.ingest import ingest_paths

    report = tmp_path / "in" / "a.txt"
    report.parent.mkdir()
    report.write_text("辽源日报\n2021年7月5日 星期一\n全市地区生产总值增长6.1%。\n", encoding="utf-8")
    db = tmp_path / "v5.duckdb"
    ingest_paths([report], db, jobs=1, progress_bar=False)
    with write_connection(db) as con:
        con.execute("ALTER TABLE documents DROP COLUMN declared")
        con.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'")
    with duckdb.connect(str(db), read_only=True) as con:
        assert "declared" not in [d[0] for d in con.execute("SELECT * FROM documents").description]
    assert ingest_paths([report], db, jobs=1, progress_bar=False).unchanged == 1
    with read_connection(db) as con:
        assert con.execute("SELECT name, declared FROM documents").fetchall() == [("a.txt", None)]
    assert ingest_paths([report], db, jobs=1, progress_bar=False, declared={"region": "东丰县"}).stored == 1
    with read_connection(db) as con:
        assert con.execute("SELECT declared FROM documents").fetchall() == [('{"region": "东丰县"}',)]
