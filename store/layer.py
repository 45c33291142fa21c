"""Read access to either source of facts, with the same names: a local DuckDB file or a published layer.

`read_source(path)` yields a DuckDB connection with `documents`, `facts`, `corrected_facts`,
`corrected_documents`, the per-family views, `observations` and the rollups (store.rollups), whether `path` is
a database file written by `indicators ingest` or an archive folder published by `indicators publish` (its
`CURRENT` generation: facts in sorted Parquet, rollups and documents in a small DuckDB file; no corrections,
so its corrected views pass the stored rows through). Queries, exports and lookups therefore run the same SQL
on both. `document_facts` reads one document's facts as `corrected_facts` has them, in document order; in a
layer from the document's own batch files, not from the chart-sorted copy.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pyarrow as pa

from extractors.errors import first_line

from .connection import READ_TIMEOUT_S, StoreError, StoreMissing, data_version, read_connection
from .publish import CURRENT, SERVE_DB, current_generation, sql_list
from .views import plain_facts_sql

_DOCUMENT_INFO = "d.path, d.ingested_at, d.published_source"
_LAYERS: dict[str, duckdb.DuckDBPyConnection] = {}  # generation folder → its open read-only connection
_LAYERS_LOCK = threading.Lock()


def is_layer(path: str | os.PathLike) -> bool:
    return Path(path).is_dir()


def source_version(path: str | os.PathLike) -> str:
    """A cheap token that changes when the source changes (a new generation, a committed ingest): a cache key."""
    if not is_layer(path):
        return data_version(path)
    try:
        return "layer:" + (Path(path) / CURRENT).read_text(encoding="utf-8").strip()
    except OSError:
        return "layer:-"


@contextmanager
def read_source(path: str | os.PathLike, timeout: float = READ_TIMEOUT_S) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection over a database file or a published layer; hold it only for the queries at hand.
    (The rollups are views of the database and tables of a layer: both are there to read.)"""
    with read_connection(path, timeout) as con:
        yield con


def layer_connection(out: Path) -> duckdb.DuckDBPyConnection:
    """A cursor on the current generation's database. A generation never changes once published, so its
    connection is kept open for the life of the process (no lock to wait for, caches stay warm) and each
    reader gets a cursor of its own; a new generation gets a new connection and the old one is let go."""
    gen = current_generation(out)
    if gen is None or not (gen / SERVE_DB).is_file():
        raise StoreMissing(f"{out}: no published layer here yet; run `indicators publish {out}`")
    key = str(gen.resolve())
    with _LAYERS_LOCK:
        con = _LAYERS.get(key)
        if con is None:
            try:
                con = duckdb.connect(str(gen / SERVE_DB), read_only=True)
            except duckdb.Error as e:
                raise StoreError(f"{out}: cannot read the published layer {gen.name} ({first_line(e)})") from None
            for older in [k for k in _LAYERS if Path(k).parent == gen.resolve().parent]:
                _LAYERS.pop(older).close()  # cursors still reading it keep its database open until they end
            _LAYERS[key] = con
        return con.cursor()


def document_facts(path: str | os.PathLike, document_id: str) -> pa.Table:
    """Every fact of one document as `corrected_facts` has it (corrections applied, grain, period label,
    series), in document order (start offset), with the document's path, ingested_at and published_source;
    empty when the document is unknown."""
    with read_source(path) as con:
        if not is_layer(path):
            return con.sql(f"SELECT f.*, {_DOCUMENT_INFO} FROM corrected_facts f LEFT JOIN corrected_documents d "
                           "ON d.id = f.document_id WHERE f.document_id = ? ORDER BY f.start, f.\"end\"",
                           params=[document_id]).to_arrow_table()
        files = [str(Path(path) / f) for (f,) in con.execute(
            "SELECT file FROM batch_files WHERE batch = (SELECT batch FROM archive_documents WHERE id = ?) "
            "ORDER BY file", [document_id]).fetchall()]
        source = f"read_parquet({sql_list(files)}, hive_partitioning = false)" if files else "empty_facts"
        return con.sql(f"SELECT f.*, {_DOCUMENT_INFO} FROM ({plain_facts_sql(source)}) f JOIN corrected_documents d "
                       "ON d.id = f.document_id WHERE f.document_id = ? ORDER BY f.start, f.\"end\"",
                       params=[document_id]).to_arrow_table()
