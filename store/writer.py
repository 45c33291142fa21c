"""The single writer: stores document records; a document (its row and all its facts) is never split across
transactions, so it is always fully in or not at all.

A batch opens a short-lived read-write connection, writes its documents and closes again, so the dashboard's
read-only connections get in between batches. A killed run loses at most the document being written: DuckDB's
write-ahead log replays only committed transactions.

A failed read never destroys what was stored: when a file that gave facts before (an older version of it, or
the same content under an older extractor) now fails, its stored document and facts stay, and the failure is
recorded beside them (`reread_error`, `reread_at`); the next run tries the file again.
"""

from __future__ import annotations

import os
import re
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

import duckdb
import pyarrow as pa

from extractors import EXTRACTOR_VERSION
from extractors.errors import first_line

from .connection import WRITE_TIMEOUT_S, write_connection
from .records import UNREADABLE, DocumentRecord
from .schema import bump_data_version

_OVER_BUDGET = re.compile(r"time budget of ([0-9.e+-]+) s")
# One writer at a time per database within this process (the dashboard ingests uploads on two threads);
# other processes are kept out by DuckDB's file lock.
_WRITE_LOCKS: dict[str, threading.Lock] = {}
_WRITE_LOCKS_GUARD = threading.Lock()


def process_write_lock(db_path: str | os.PathLike) -> threading.Lock:
    key = os.path.abspath(db_path)
    with _WRITE_LOCKS_GUARD:
        return _WRITE_LOCKS.setdefault(key, threading.Lock())


@dataclass
class KnownDocuments:
    """What the database held when the run started, kept up to date as the run writes; used to skip files
    whose content is already stored (the writer itself re-reads what it replaces inside each transaction)."""

    # id → (version, status, error); an `ok` document with an error is one whose latest re-read failed
    by_id: dict[str, tuple[str, str, str | None]] = field(default_factory=dict)
    # id → what was declared when it was extracted (store.declared.fingerprint), for ids with a declaration
    declared: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, con: duckdb.DuckDBPyConnection) -> KnownDocuments:
        known = cls()
        for doc_id, version, status, error, declared in con.execute(
                "SELECT id, extractor_version, status, coalesce(error, reread_error), declared "
                "FROM documents").fetchall():
            known.by_id[doc_id] = (version, status, error)
            if declared is not None:
                known.declared[doc_id] = declared
        return known

    def extracted_with(self, doc_id: str, declared: str | None) -> bool:
        """Whether the stored document was extracted with this declared metadata (a fingerprint)."""
        return self.declared.get(doc_id) == declared

    def is_current(self, doc_id: str, doc_seconds: float | None = None) -> bool:
        """Stored by this extractor version (ok or failed): nothing to redo. Retried: unreadable files,
        documents whose latest re-read failed, and documents that ran out of a smaller time budget."""
        entry = self.by_id.get(doc_id)
        if entry is None or entry[0] != EXTRACTOR_VERSION or doc_id.startswith(UNREADABLE):
            return False
        _, status, error = entry
        if status == "ok":
            return error is None
        over = _OVER_BUDGET.search(error or "")
        return over is None or (doc_seconds is not None and doc_seconds <= float(over.group(1)))


MIN_GAP_S = 0.05
MAX_GAP_S = 0.5

# Errors about one document's data (a bad date, a value out of range): that document fails, the run goes on.
# Anything else (disk full, I/O) stops the run with a StoreError; committed documents stay complete.
_REFUSED_FACTS = (duckdb.ConversionException, duckdb.ConstraintException, duckdb.InvalidInputException,
                  duckdb.OutOfRangeException, duckdb.TypeMismatchException)


def _normalize_path(path: str) -> str:
    return os.path.abspath(path)


class StoreWriter:
    """Writes batches of records into one database file; `known` tracks what is stored.

    A batch is one transaction holding several complete documents: a document is never partly stored.
    """

    def __init__(self, db_path: str | os.PathLike, timeout: float = WRITE_TIMEOUT_S):
        self.db_path = db_path
        self.timeout = timeout
        with process_write_lock(db_path), write_connection(db_path, timeout) as con:
            self.known = KnownDocuments.load(con)
        self._released_at = time.monotonic()
        self._held_s = 0.0

    def _let_readers_in(self) -> None:
        """Leave the file unlocked at least as long as the last batch held it (within bounds), so readers
        polling with backoff get their turn even when extraction outpaces writing."""
        gap = min(max(self._held_s, MIN_GAP_S), MAX_GAP_S)
        wait = self._released_at + gap - time.monotonic()
        if wait > 0:
            time.sleep(wait)

    def write_batch(self, records: list[DocumentRecord]) -> list[DocumentRecord]:
        """Store the records (each in its own transaction); returns them, with status `failed` and the error
        for any whose facts the database refused (their earlier state stays as it was)."""
        if not records:
            return records
        self._let_readers_in()
        with process_write_lock(self.db_path):
            opened = time.monotonic()
            try:
                self._write_records(records)
            finally:
                self._released_at = time.monotonic()
                self._held_s = self._released_at - opened
        return records

    def _write_records(self, records: list[DocumentRecord]) -> None:
        """The whole batch in one transaction (each document complete inside it); if the database refuses
        some document's data, the batch is rolled back and written document by document to isolate it."""
        with write_connection(self.db_path, self.timeout) as con:
            try:
                self._write_group(con, records)
                return
            except _REFUSED_FACTS:
                con.execute("ROLLBACK")
            for rec in records:
                try:
                    self._write_group(con, [rec])
                except _REFUSED_FACTS as e:
                    con.execute("ROLLBACK")
                    rec.status, rec.facts = "failed", None
                    rec.error = f"the database refused its facts ({first_line(e)})"
                    self._write_group(con, [rec])

    def _write_group(self, con: duckdb.DuckDBPyConnection, records: list[DocumentRecord]) -> None:
        paths = [_normalize_path(rec.path) for rec in records]
        now = datetime.now(UTC).replace(tzinfo=None)
        con.execute("BEGIN")
        # What these documents replace: the same content, or other content at the same path (an older
        # version of that file). Read inside the transaction, not from `known`, so another ingest that
        # wrote meanwhile (the dashboard's upload thread, a second CLI run) is taken into account.
        marks = ", ".join("?" for _ in records)
        stored = con.execute(f"SELECT id, path, status FROM documents WHERE id IN ({marks}) OR path IN ({marks})",
                             [*(r.id for r in records), *paths]).fetchall()
        stale, kept, new = _plan_replacements(records, paths, stored)
        if stale:
            marks = ", ".join("?" for _ in stale)
            con.execute(f"DELETE FROM facts WHERE document_id IN ({marks})", stale)
            con.execute(f"DELETE FROM documents WHERE id IN ({marks})", stale)
        for doc_id, rec in kept.items():
            rec.kept_facts = con.execute(
                "UPDATE documents SET reread_error = ?, reread_at = ? WHERE id = ? RETURNING facts",
                [rec.error, now, doc_id]).fetchall()[0][0]
        if new:
            self._insert(con, new, now)
        bump_data_version(con)
        con.execute("COMMIT")
        for old in stale:
            self.known.by_id.pop(old, None)
            self.known.declared.pop(old, None)
        for doc_id, rec in kept.items():
            version = self.known.by_id.get(doc_id, (EXTRACTOR_VERSION,))[0]
            self.known.by_id[doc_id] = (version, "ok", rec.error)
        for rec in new:
            self.known.by_id[rec.id] = (EXTRACTOR_VERSION, rec.status, rec.error)
            if rec.declared is not None:
                self.known.declared[rec.id] = rec.declared

    @staticmethod
    def _insert(con: duckdb.DuckDBPyConnection, records: list[DocumentRecord], now: datetime) -> None:
        new_documents = pa.table({  # noqa: F841 (read by DuckDB's replacement scan below)
            "id": [r.id for r in records], "path": [_normalize_path(r.path) for r in records],
            "name": [r.name for r in records], "published": [r.published for r in records],
            "published_source": [r.published_source for r in records],
            "issue_no": pa.array([r.issue_no for r in records], pa.int64()),
            "bytes": pa.array([r.bytes for r in records], pa.int64()),
            "chars": pa.array([r.chars for r in records], pa.int64()),
            "facts": pa.array([r.fact_count for r in records], pa.int64()),
            "ingested_at": pa.array([now] * len(records), pa.timestamp("us")),
            "extractor_version": [EXTRACTOR_VERSION] * len(records), "status": [r.status for r in records],
            "error": pa.array([r.error for r in records], pa.string()),
            "declared": pa.array([r.declared for r in records], pa.string()),
        })
        con.execute("INSERT INTO documents BY NAME SELECT * FROM new_documents")
        tables = [r.facts for r in records if r.fact_count]
        if tables:
            new_facts = pa.concat_tables(tables)  # noqa: F841 (read by DuckDB's replacement scan below)
            con.execute("INSERT INTO facts BY NAME SELECT * FROM new_facts")


def _plan_replacements(records: list[DocumentRecord], paths: list[str], stored: list[tuple[str, str, str]]
                       ) -> tuple[list[str], dict[str, DocumentRecord], list[DocumentRecord]]:
    """(ids to delete, {id of a stored document kept: the failed record beside it}, records to insert).

    A record replaces what is stored under its id or its path, except that a failed record never replaces a
    document that has facts (status ok): that document stays, with the failure recorded beside it.
    """
    by_key: dict[str, list[tuple[str, str]]] = {}
    for doc_id, path, status in stored:
        by_key.setdefault("id:" + doc_id, []).append((doc_id, status))
        by_key.setdefault("path:" + path, []).append((doc_id, status))
    stale: set[str] = set()
    kept: dict[str, DocumentRecord] = {}
    new: list[DocumentRecord] = []
    for rec, path in zip(records, paths, strict=True):
        matches = dict(by_key.get("id:" + rec.id, []) + by_key.get("path:" + path, []))
        good = [doc_id for doc_id, status in matches.items() if status == "ok"]
        if rec.status != "ok" and good:
            kept.update((doc_id, rec) for doc_id in good)
            stale.update(doc_id for doc_id, status in matches.items() if status != "ok")
        else:
            stale.update(matches)
            new.append(rec)
    stale.difference_update(kept)
    return sorted(stale), kept, new
