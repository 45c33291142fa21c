"""SIGKILL a real `indicators ingest` at random points, many times: every document is all in or not at all."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from datetime import date, timedelta

import pytest
from store_support import INDICATORS, SENTENCES, write_report

from extractors.pipeline import extract_file
from store.connection import data_version, read_connection

KILLS = 10


def consistent(db, expected: dict[str, int]) -> int:
    """Check the invariants after a kill; returns how many documents are in (none when the kill came before the
    first run had even created its tables: the file exists, empty, and the next run creates them)."""
    with read_connection(db) as con:
        if not con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'documents'"
                           ).fetchone()[0]:
            return 0
        docs = con.execute("SELECT id, name, status, facts FROM documents").fetchall()
        per_doc = dict(con.execute("SELECT document_id, count(*) FROM facts GROUP BY ALL").fetchall())
        orphans = con.execute("SELECT count(*) FROM facts WHERE document_id NOT IN (SELECT id FROM documents)"
                              ).fetchall()[0][0]
    assert orphans == 0
    for doc_id, name, status, n in docs:
        assert status == "ok", name
        assert per_doc.get(doc_id, 0) == n == expected[name], name
    return len(docs)


def wait_for_a_commit(db, before: str, p: subprocess.Popen, timeout: float = 30) -> None:
    """Until the running ingest has committed a batch (file metadata only: takes no lock) or has ended."""
    deadline = time.monotonic() + timeout
    while data_version(db) == before and p.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)


@pytest.mark.slow
def test_killed_ingest_leaves_whole_documents_and_the_next_run_finishes(tmp_path):
    folder = tmp_path / "reports"
    for i in range(120):
        write_report(folder, f"r{i:03d}.txt", day=date(2020, 1, 1) + timedelta(days=i),
                     sentences=(SENTENCES * 200)[i % 7: i % 7 + 400] + [f"产值增长{i % 30}.{i % 7}%。"],
                     issue=7000 + i)
    expected = {f.name: len(extract_file(f).facts) for f in folder.iterdir()}
    db = tmp_path / "k.duckdb"
    rng = random.Random(20260722)
    counts = []
    for i in range(KILLS):
        before = data_version(db)
        p = subprocess.Popen([*INDICATORS, "ingest", str(folder), "--db", str(db), "--jobs", str(rng.choice([1, 2]))],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        if i % 3 == 0:  # anywhere, often while starting up or writing the first batch
            time.sleep(rng.uniform(0.05, 1.0))
        else:  # somewhere after a batch went in, while later batches are extracted and written
            wait_for_a_commit(db, before, p)
            time.sleep(rng.uniform(0, 0.8))
        try:
            os.killpg(p.pid, signal.SIGKILL)  # the ingest and its extraction workers
        except ProcessLookupError:  # it finished first
            pass
        p.wait()
        if db.exists():
            counts.append(consistent(db, expected))
    final = subprocess.run([*INDICATORS, "ingest", str(folder), "--db", str(db)], capture_output=True, text=True,
                           timeout=900)  # a guard against a hang, not a speed check (bench/ measures speed)
    assert final.returncode == 0, final.stderr
    assert consistent(db, expected) == len(expected)
    assert any(0 < c < len(expected) for c in counts), counts  # some kills really landed mid-ingest
