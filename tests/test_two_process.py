"""Ingest beside a reader, as two real processes: both succeed, and the reader sees the new facts at the end."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import date, timedelta

from store_support import INDICATORS, SENTENCES, write_report

from store.connection import read_connection

# A dashboard-like reader: short read-only connections in a loop, never restarted, until told to stop.
READER = """
import json, sys, time
from pathlib import Path
from store.connection import read_connection
db, stop = sys.argv[1], Path(sys.argv[2])
seen, reads = [], 0
deadline = time.monotonic() + 90
while time.monotonic() < deadline:
    last = stop.exists()
    with read_connection(db, timeout=10) as con:
        n = con.execute("SELECT count(*) FROM facts").fetchall()[0][0]
        con.execute("SELECT * FROM observations LIMIT 5").fetchall()
    reads += 1
    if not seen or seen[-1] != n:
        seen.append(n)
    if last:
        break
    time.sleep(0.01)
print(json.dumps({"seen": seen, "reads": reads}))
"""


def test_ingest_and_a_reader_run_side_by_side(tmp_path):
    folder = tmp_path / "reports"
    for i in range(400):
        write_report(folder, f"r{i:03d}.txt", day=date(2020, 1, 1) + timedelta(days=i),
                     sentences=SENTENCES[i % 4:] + [f"新增就业增长{i % 50}.{i % 10}%。"], issue=8000 + i)
    db = tmp_path / "live.duckdb"
    seed = subprocess.run([*INDICATORS, "ingest", str(folder / "r000.txt"), "--db", str(db)],
                          capture_output=True, text=True, timeout=60)
    assert seed.returncode == 0, seed.stderr
    stop = tmp_path / "stop"
    reader = subprocess.Popen([sys.executable, "-c", READER, str(db), str(stop)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    time.sleep(0.3)
    ingest = subprocess.run([*INDICATORS, "ingest", str(folder), "--db", str(db), "--jobs", "2"],
                            capture_output=True, text=True, timeout=120)
    stop.write_text("done")
    out, err = reader.communicate(timeout=60)
    assert ingest.returncode == 0, ingest.stderr
    assert reader.returncode == 0, err
    report = json.loads(out)
    with read_connection(db) as con:
        total = con.execute("SELECT count(*) FROM facts").fetchall()[0][0]
        assert con.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchall() == [(400,)]
    assert report["seen"][-1] == total  # the same reader process sees the final facts, no restart
    assert len(report["seen"]) >= 3, report  # and it read between the writer's batches, mid-ingest
