"""The writer: one transaction per document; a document the database refuses fails alone."""

from __future__ import annotations

import pytest
from store_support import record

from store.connection import read_connection
from store.writer import StoreWriter


def q(db, sql):
    with read_connection(db) as con:
        return con.execute(sql).fetchall()


@pytest.mark.parametrize("bad_fact", [
    {"period_end": "2021-02-30"},  # a date that does not exist
    {"published": "2021-13-01"},
    {"value": float("nan"), "period_start": "not a date"},
])
def test_a_document_the_database_refuses_fails_alone(tmp_path, bad_fact):
    db = tmp_path / "w.duckdb"
    w = StoreWriter(db)
    out = w.write_batch([record("d1", "good.txt", [{"value": 1.0}]),
                         record("d2", "bad.txt", [{"value": 2.0}, {"value": 3.0, **bad_fact}]),
                         record("d3", "also_good.txt", [{"value": 4.0}])])
    assert [r.status for r in out] == ["ok", "failed", "ok"]
    assert "the database refused its facts" in out[1].error
    assert q(db, "SELECT doc, value FROM facts ORDER BY value") == [("good.txt", 1.0), ("also_good.txt", 4.0)]
    assert q(db, "SELECT name, status, facts FROM documents ORDER BY name") == [
        ("also_good.txt", "ok", 1), ("bad.txt", "failed", 0), ("good.txt", "ok", 1)]


def test_rewriting_a_document_replaces_all_its_facts(tmp_path):
    db = tmp_path / "w.duckdb"
    w = StoreWriter(db)
    w.write_batch([record("d1", "a.txt", [{"value": 1.0}, {"value": 2.0}])])
    w.write_batch([record("d1", "a.txt", [{"value": 5.0}])])
    assert q(db, "SELECT value FROM facts") == [(5.0,)]
    assert q(db, "SELECT count(*) FROM documents") == [(1,)]


def test_a_new_writer_knows_what_an_earlier_run_stored(tmp_path):
    db = tmp_path / "w.duckdb"
    StoreWriter(db).write_batch([record("d1", "a.txt", [{"value": 1.0}])])
    known = StoreWriter(db).known
    assert known.is_current("d1") and not known.is_current("d2")


def test_two_writers_with_stale_knowledge_do_not_collide(tmp_path):
    # e.g. the dashboard's upload thread and a CLI ingest storing the same file
    db = tmp_path / "w.duckdb"
    first, second = StoreWriter(db), StoreWriter(db)
    first.write_batch([record("d1", "a.txt", [{"value": 1.0}])])
    assert second.write_batch([record("d1", "a.txt", [{"value": 1.0}])])[0].status == "ok"
    assert q(db, "SELECT id FROM documents") == [("d1",)] and q(db, "SELECT count(*) FROM facts") == [(1,)]
    first.write_batch([record("d2", "a.txt", [{"value": 2.0}])])  # new content at the same path replaces d1
    assert q(db, "SELECT id FROM documents") == [("d2",)]
    assert q(db, "SELECT value FROM facts") == [(2.0,)]
