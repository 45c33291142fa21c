"""Short-lived DuckDB connections that live beside other processes: bounded retry while the file is locked.

A DuckDB file is open to one read-write process or to several read-only ones. Readers (the dashboard, exports)
and the writer (ingest) therefore each hold a connection only briefly and retry with backoff while the other
side holds the lock, then give up with a clear `StoreBusy` error.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from extractors.errors import first_line

READ_TIMEOUT_S = 10.0
WRITE_TIMEOUT_S = 30.0
_FIRST_WAIT_S = 0.01
_MAX_WAIT_S = 0.1  # short: the writer leaves gaps of at least 50 ms between batches


class StoreError(Exception):
    """The database cannot be used; `str()` is a one-line message naming the file and the problem."""


class StoreMissing(StoreError):
    """There is no database file yet (nothing ingested)."""


class StoreBusy(StoreError):
    """Another process kept the database locked for longer than the retry bound."""


def _is_lock_error(e: Exception) -> bool:
    text = str(e).lower()
    # "different configuration": this same process holds the file the other way (e.g. the dashboard's
    # upload thread writing while a page reads); that connection is short-lived too, so wait for it.
    return any(s in text for s in ("lock", "conflicting", "resource temporarily unavailable",
                                   "different configuration"))


def _connect_with_retry(db_path: Path, read_only: bool, timeout: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + timeout
    wait = _FIRST_WAIT_S
    while True:
        try:
            return duckdb.connect(str(db_path), read_only=read_only)
        except (duckdb.IOException, duckdb.ConnectionException) as e:
            if not _is_lock_error(e):
                raise StoreError(f"{db_path}: cannot open the database ({first_line(e)})") from None
            if time.monotonic() + wait > deadline:
                who = "a writer (indicators ingest)" if read_only else "another process"
                raise StoreBusy(f"{db_path}: the database stayed locked by {who} for more than "
                                f"{timeout:g} s; try again when it has finished") from None
            time.sleep(wait * random.uniform(0.5, 1.0))  # jitter: several waiting readers do not collide
            wait = min(wait * 2, _MAX_WAIT_S)
        except duckdb.Error as e:
            raise StoreError(f"{db_path}: cannot open the database ({first_line(e)})") from None


@contextmanager
def read_connection(db_path: str | os.PathLike, timeout: float = READ_TIMEOUT_S
                    ) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection, retried with backoff up to `timeout` s while a writer holds the file.

    Hold it only for the queries at hand: while it is open, `indicators ingest` waits.
    Raises `StoreMissing` when there is no database file, `StoreBusy` after the bound.
    A folder is read as a published archive layer (store.layer): the same tables and views, no lock.
    """
    path = Path(db_path)
    if path.is_dir():
        from .layer import layer_connection

        con = layer_connection(path)
        try:
            yield con
        finally:
            con.close()
        return
    if not path.is_file():
        raise StoreMissing(f"{path}: no database here yet; run `indicators ingest` first")
    con = _connect_with_retry(path, read_only=True, timeout=timeout)
    try:
        yield con
    finally:
        con.close()


@contextmanager
def write_connection(db_path: str | os.PathLike, timeout: float = WRITE_TIMEOUT_S
                     ) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection with the schema in place, retried while readers hold the file.

    Creates the folder and the database when missing; an unwritable place gives a `StoreError`.
    """
    from .schema import ensure_schema, schema_version

    schema_version()  # views generated from the catalog before the file is opened: the lock is held less
    path = Path(db_path)
    if path.is_dir() and _published(path):
        raise StoreError(f"{path}: a published archive layer is read-only; ingest and correct into a database "
                         "file, or extract-batches and publish again")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"{path}: cannot create the folder {path.parent} ({e.strerror or e})") from None
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreError(f"{path}: the database file is not writable")
    if not os.access(path.parent, os.W_OK):
        raise StoreError(f"{path}: the folder {path.parent} is not writable")
    con = _connect_with_retry(path, read_only=False, timeout=timeout)
    try:
        ensure_schema(con)
        yield con
    except duckdb.Error as e:
        raise StoreError(f"{path}: database write failed ({first_line(e)})") from None
    finally:
        con.close()


def _published(path: Path) -> bool:
    from .publish import CURRENT

    return (path / CURRENT).is_file()


def data_version(db_path: str | os.PathLike) -> str:
    """A cheap token that changes whenever an ingest commits (file identity, size and mtime of the database
    and its write-ahead log). Needs no lock, so it works while a writer is busy; use it as a cache key."""
    path = Path(db_path)
    parts = []
    for p in (path, path.with_name(path.name + ".wal")):
        try:
            st = p.stat()
        except OSError:
            parts.append("-")
            continue
        parts.append(f"{st.st_ino}:{st.st_size}:{st.st_mtime_ns}")
    return "|".join(parts)
