"""Ingesting report files into DuckDB: find files, skip what is stored, extract in parallel, write in batches.

Idempotent by content hash: the same bytes under the same extractor version are never extracted twice; a
changed file replaces its document; a new `EXTRACTOR_VERSION` (or `force`) re-extracts. Extraction runs in a
process pool; the one writer stays in this process and holds the database only while it writes a batch.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, CancelledError, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from .corrections import declared_corrections
from .declared import checked, fingerprint, merged
from .manifest import Manifests
from .progress import Progress
from .records import DocumentRecord, content_id, doc_seconds_setting, extract_document
from .sources import find_report_files, shown_path
from .workers import worker_pool
from .writer import StoreWriter

# A batch is written when any bound is reached. Each batch costs an open and a checkpoint-on-close (~0.1 s),
# and readers get in between batches (see StoreWriter), so a second's worth is a fair trade.
BATCH_DOCS = 256
BATCH_BYTES = 16 * 1024 * 1024
BATCH_SECONDS = 1.0
# Extraction keeps going while the writer writes: up to this much text is in the pool at once.
IN_FLIGHT_BYTES = 64 * 1024 * 1024
IN_FLIGHT_DOCS = 256


@dataclass
class IngestSummary:
    files: int = 0  # report files found
    stored: int = 0  # documents extracted and stored by this run (ok)
    unchanged: int = 0  # skipped: same content already stored by this extractor version
    facts: int = 0  # facts stored by this run
    bytes: int = 0  # bytes read by this run's extraction
    seconds: float = 0.0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, problem), this run or earlier
    problems: list[str] = field(default_factory=list)  # arguments that named no file

    @property
    def ok(self) -> bool:
        return not self.failed and not self.problems

    def lines(self) -> list[str]:
        """The end-of-run summary, one message per line."""
        out = [f"{p}" for p in self.problems]
        out += [f"failed: {path}: {problem}" for path, problem in self.failed]
        rate = self.bytes / 1048576 / self.seconds if self.seconds > 0 else 0.0
        out.append(f"ingest: {self.files} files: {self.stored} stored, {self.unchanged} unchanged, "
                   f"{len(self.failed)} failed; {self.facts} facts; {self.bytes / 1048576:.1f} MB in "
                   f"{self.seconds:.1f} s ({rate:.2f} MB/s)")
        return out


# (path, content id, size, time budget in CPU seconds, what a user declared about the document or None)
Job = tuple[str, str, int, float | None, dict | None]


def ingest_paths(paths: list[str | bytes | os.PathLike], db_path: str | os.PathLike, jobs: int | None = None,
                 force: bool = False, progress_stream: TextIO | None = None, progress_bar: bool | None = None,
                 batch_seconds: float = BATCH_SECONDS, doc_seconds: float | None = None,
                 declared: dict | None = None) -> IngestSummary:
    """Ingest files, folders and globs into the database at `db_path`; never stops on a bad file.

    `doc_seconds` is each document's time budget in CPU seconds (None: INDICATORS_DOC_SECONDS or 300 s; 0: no
    limit); a document over it is recorded as failed, naming it. `declared` (store.declared.checked) is what
    the user declares about every file of this run; it wins over the files' manifests, and analysts'
    corrections win over both. A document stored with other declared metadata is re-extracted. Raises
    `DeclaredError` for a bad declared value or a malformed manifest (before anything is stored), and `StoreError` only when the
    database itself cannot be used (unwritable, locked too long).
    """
    started = time.monotonic()
    budget = doc_seconds_setting() if doc_seconds is None else (doc_seconds or None)
    found = find_report_files(list(paths))
    manifests = Manifests()
    declared = checked(**(declared or {}))
    given = {str(f): merged(manifests.declared_for(f), declared) for f in found.files}
    # A pool only pays off with several files; one file is extracted right here.
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(found.files)))
    summary = IngestSummary(files=len(found.files), problems=list(found.problems))
    writer = StoreWriter(db_path)
    corrected = declared_corrections(db_path)
    sizes = {str(f): _size(f) for f in found.files}
    progress = Progress(len(found.files), sum(sizes.values()), stream=progress_stream, bar=progress_bar)
    buffer: list[DocumentRecord] = []
    first_pending = 0.0

    def flush() -> None:
        for rec in writer.write_batch(buffer):
            if rec.status == "ok":
                summary.stored += 1
                summary.facts += rec.fact_count
            else:
                kept = "" if rec.kept_facts is None else \
                    f" (the {rec.kept_facts} facts of its last good read are kept)"
                summary.failed.append((rec.path, (rec.error or "failed") + kept))
            progress.advance(rec.bytes, rec.fact_count, rec.status != "ok")
        buffer.clear()

    def take(rec: DocumentRecord) -> None:
        nonlocal first_pending
        if not buffer:
            first_pending = time.monotonic()
        buffer.append(rec)
        summary.bytes += rec.bytes
        if (len(buffer) >= BATCH_DOCS or sum(r.bytes for r in buffer) >= BATCH_BYTES
                or time.monotonic() - first_pending >= batch_seconds):
            flush()

    def lost(job: Job, problem: str) -> None:
        # Not recorded in the database, so the next run tries the file again.
        summary.failed.append((shown_path(job[0]), problem))
        progress.advance(job[2], 0, True)

    def plan() -> Iterator[Job]:
        planned: set[str] = set()
        for f in found.files:
            doc_id, size = content_id(f)
            wanted = merged(given[str(f)], corrected.get(doc_id))
            if doc_id in planned or (not force and writer.known.is_current(doc_id, budget)
                                     and writer.known.extracted_with(doc_id, fingerprint(wanted))):
                summary.unchanged += 1
                _, status, error = writer.known.by_id.get(doc_id, ("", "ok", None))
                if status == "failed":
                    summary.failed.append((shown_path(f), error or "failed"))
                progress.advance(sizes[str(f)], 0, status == "failed")
                continue
            planned.add(doc_id)
            yield str(f), doc_id, size, budget, wanted or None

    try:
        if jobs == 1:
            for job in plan():
                take(extract_document(*job))
        else:
            _run_pool(plan(), jobs, take, lost, flush_due=lambda: bool(buffer) and
                      time.monotonic() - first_pending >= batch_seconds, flush=flush)
        flush()
    finally:
        progress.close()
    summary.seconds = time.monotonic() - started
    return summary


def _run_pool(jobs_iter: Iterator[Job], workers: int, take, lost, flush_due, flush) -> None:
    """Extract jobs in a process pool with a bounded number in flight, so memory stays flat."""
    pool = worker_pool(workers)  # workers die with this process (no orphans after SIGKILL)
    in_flight: dict[Future, tuple[Job, ProcessPoolExecutor]] = {}  # each job with the pool it went to
    exhausted = False

    def room() -> bool:
        if len(in_flight) < workers:
            return True
        return len(in_flight) < IN_FLIGHT_DOCS and sum(j[2] for j, _ in in_flight.values()) < IN_FLIGHT_BYTES

    try:
        while True:
            while not exhausted and room():
                job = next(jobs_iter, None)
                if job is None:
                    exhausted = True
                    break
                try:
                    in_flight[pool.submit(extract_document, *job)] = (job, pool)
                except BrokenProcessPool:
                    pool = _replace_pool(pool, workers)
                    in_flight[pool.submit(extract_document, *job)] = (job, pool)
            if not in_flight:
                return
            done, _ = wait(in_flight, timeout=BATCH_SECONDS, return_when=FIRST_COMPLETED)
            broken = False
            for fut in done:
                job, owner = in_flight.pop(fut)
                try:
                    take(fut.result())
                except (BrokenProcessPool, CancelledError):
                    # only the pool in use is replaced: jobs of an earlier broken pool must not take down
                    # the fresh one (its queued jobs would be cancelled)
                    broken = broken or owner is pool
                    lost(job, "an extraction worker died while this file was in the pool "
                              "(out of memory, or killed); it will be retried on the next run")
            if broken:
                pool = _replace_pool(pool, workers)
            if not done and flush_due():
                flush()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _replace_pool(pool: ProcessPoolExecutor, workers: int) -> ProcessPoolExecutor:
    pool.shutdown(wait=False, cancel_futures=True)
    return worker_pool(workers)


def _size(p: Path) -> int:
    try:
        return p.stat().st_size
    except OSError:
        return 0
