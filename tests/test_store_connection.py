"""Short-lived connections: bounded retry while another process holds the lock, clear errors otherwise."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from store_support import record

from store.connection import (
    StoreBusy,
    StoreError,
    StoreMissing,
    data_version,
    read_connection,
    write_connection,
)
from store.writer import StoreWriter

HOLD = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == "ro")
print("held", flush=True)
time.sleep(float(sys.argv[3]))
con.close()
"""


def hold(db, mode: str, seconds: float) -> subprocess.Popen:
    """Another process holding the database (rw: like ingest, ro: like the dashboard) for some seconds."""
    p = subprocess.Popen([sys.executable, "-c", HOLD, str(db), mode, str(seconds)], stdout=subprocess.PIPE,
                         text=True)
    assert p.stdout.readline().strip() == "held"
    return p


@pytest.fixture
def db(tmp_path):
    db = tmp_path / "c.duckdb"
    StoreWriter(db).write_batch([record("d1", "a.txt", [{"value": 1.0}])])
    return db


def test_reading_a_missing_database_says_to_ingest_first(tmp_path):
    with pytest.raises(StoreMissing, match="run `indicators ingest` first"), read_connection(tmp_path / "no.duckdb"):
        pass


def test_reader_waits_for_a_writer_then_reads(db):
    p = hold(db, "rw", 1.0)
    t = time.monotonic()
    with read_connection(db, timeout=10) as con:
        assert con.execute("SELECT count(*) FROM facts").fetchall() == [(1,)]
    assert time.monotonic() - t > 0.5
    p.wait()


def test_reader_gives_up_after_its_bound_with_a_clear_error(db):
    p = hold(db, "rw", 5.0)
    t = time.monotonic()
    with pytest.raises(StoreBusy, match="stayed locked by a writer"), read_connection(db, timeout=0.5):
        pass
    assert time.monotonic() - t < 2.5
    p.kill()
    p.wait()


def test_writer_waits_for_a_reader(db):
    p = hold(db, "ro", 1.0)
    with write_connection(db, timeout=10) as con:
        con.execute("DELETE FROM facts")
    p.wait()
    with read_connection(db) as con:
        assert con.execute("SELECT count(*) FROM facts").fetchall() == [(0,)]


def test_several_readers_at_once(db):
    p = hold(db, "ro", 1.0)
    with read_connection(db, timeout=1) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchall() == [(1,)]
    p.wait()


def test_data_version_changes_on_commit_and_only_then(db):
    v = data_version(db)
    with read_connection(db) as con:
        con.execute("SELECT * FROM facts").fetchall()
    with write_connection(db):
        pass
    assert data_version(db) == v
    StoreWriter(db).write_batch([record("d2", "b.txt", [{"value": 2.0}])])
    assert data_version(db) != v
    with read_connection(db) as con:
        assert con.execute("SELECT value FROM meta WHERE key = 'data_version'").fetchall() == [("2",)]


def test_data_version_of_a_missing_database_is_stable(tmp_path):
    assert data_version(tmp_path / "none.duckdb") == data_version(tmp_path / "none.duckdb")


def test_unusable_places_give_one_line_errors(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="cannot create the folder"), write_connection(tmp_path / "file" / "x.duckdb"):
        pass
    (tmp_path / "dir.duckdb").mkdir()
    with pytest.raises(StoreError, match="cannot open the database") as e, write_connection(tmp_path / "dir.duckdb"):
        pass
    assert "\n" not in str(e.value)
    (tmp_path / "junk.duckdb").write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="junk.duckdb: cannot open the database"), read_connection(
            tmp_path / "junk.duckdb"):
        pass


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="not writable"), write_connection(ro / "x.duckdb"):
            pass
    finally:
        ro.chmod(0o700)


def test_a_reader_and_the_writer_in_one_process_wait_for_each_other(db):
    # The dashboard ingests uploads in a thread of the web server while pages read.
    import threading

    done = threading.Event()

    def write_later():
        with write_connection(db, timeout=10) as con:
            done.wait(5)
            con.execute("DELETE FROM facts")

    t = threading.Thread(target=write_later)
    t.start()
    time.sleep(0.2)
    threading.Timer(0.5, done.set).start()
    with read_connection(db, timeout=10) as con:  # waits for the writer thread to close
        assert con.execute("SELECT count(*) FROM facts").fetchall() == [(0,)]
    t.join()
    with write_connection(db, timeout=1):
        pass


def test_a_read_only_place_is_named_in_the_error(tmp_path, monkeypatch):
    # Root ignores permission bits, so the check is exercised by making os.access say no.
    from store import connection

    monkeypatch.setattr(connection.os, "access", lambda path, mode: False)
    with pytest.raises(StoreError, match="is not writable"), write_connection(tmp_path / "x.duckdb"):
        pass


def test_a_full_disk_during_a_write_is_a_store_error(db):
    import duckdb

    with pytest.raises(StoreError, match="database write failed .No space left on device"), write_connection(db):
        raise duckdb.IOException("No space left on device")
    with read_connection(db) as con:  # and the database is still fine
        assert con.execute("SELECT count(*) FROM facts").fetchall() == [(1,)]
