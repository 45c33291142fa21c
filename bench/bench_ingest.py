"""Ingest benchmark: generate a report-like corpus, run `indicators ingest` on it, print MB/s, facts/s, memory.

    python bench/bench_ingest.py --mb 200 [--jobs N] [--keep DIR]

Prints end-to-end throughput (hashing, extraction, writing), the process tree's resident memory sampled
over the run (flat memory means the late samples are no higher than the early ones), and the time of an
unchanged re-run (idempotence: hashing only).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_gen import generate  # noqa: E402


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB (Linux /proc)."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{p}/task").iterdir():
                stack.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return total / 1024


def children_cpu_s() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_ingest(corpus: Path, db: Path, jobs: int | None) -> tuple[float, list[float], str]:
    cmd = [sys.executable, "-m", "cli", "ingest", str(corpus), "--db", str(db), "--no-progress"]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    start = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    samples = []
    while p.poll() is None:
        samples.append(tree_rss_mb(p.pid))
        time.sleep(0.5)
    err = p.stderr.read()
    if p.returncode not in (0, 1):
        raise SystemExit(f"ingest failed ({p.returncode}):\n{err}")
    return time.monotonic() - start, samples, err.strip().splitlines()[-1] if err.strip() else ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=200, help="corpus size in MB (default 200)")
    ap.add_argument("--jobs", type=int, default=None, help="ingest --jobs (default: cores)")
    ap.add_argument("--keep", type=Path, default=None, help="write the corpus and database here and keep them")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench_ingest_") as tmp:
        work = args.keep or Path(tmp)
        corpus, db = work / "corpus", work / "bench.duckdb"
        t = time.monotonic()
        n_docs = sum(1 for _ in generate(corpus, args.mb))
        mb = sum(f.stat().st_size for f in corpus.iterdir()) / 1048576
        print(f"corpus: {n_docs} documents, {mb:.1f} MB, generated in {time.monotonic() - t:.1f} s")

        cpu_before = children_cpu_s()
        seconds, samples, summary = run_ingest(corpus, db, args.jobs)
        cpu = children_cpu_s() - cpu_before
        with duckdb.connect(str(db), read_only=True) as con:
            facts = con.execute("SELECT count(*) FROM facts").fetchall()[0][0]
            docs = con.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchall()[0][0]
        print(f"ingest: {seconds:.1f} s, {mb / seconds:.2f} MB/s, {facts / seconds:,.0f} facts/s "
              f"({docs} documents, {facts:,} facts, jobs={args.jobs or os.cpu_count()})")
        print(f"        {summary}")
        # On a shared machine wall time depends on the neighbours; CPU time does not.
        cores = args.jobs or os.cpu_count() or 1
        print(f"cpu:    {cpu:.1f} CPU-s for the whole process tree ({mb / cpu:.2f} MB per CPU-second; "
              f"with {cores} idle cores about {mb / cpu * cores:.1f} MB/s); load average now "
              f"{os.getloadavg()[0]:.1f}")
        if samples:
            q = [samples[min(len(samples) - 1, int(len(samples) * f))] for f in (0.1, 0.25, 0.5, 0.75, 0.95)]
            print(f"memory: peak {max(samples):.0f} MB (process tree); at 10/25/50/75/95% of the run: "
                  + " / ".join(f"{x:.0f}" for x in q) + " MB")
        print(f"database: {db.stat().st_size / 1048576:.1f} MB")
        again, _, _ = run_ingest(corpus, db, args.jobs)
        print(f"re-run, nothing changed: {again:.1f} s ({mb / again:.0f} MB/s hashed)")


if __name__ == "__main__":
    main()
