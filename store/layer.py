"""Read access to either source of facts, with the same names: a local DuckDB file or a published layer.

`read_source(path)` yields a DuckDB connection with `documents`, `facts`, the per-family views, `observations`
and the rollups (store.rollups), whether `path` is a database file written by `indicators ingest` or an
archive folder published by `indicators publish` (its `CURRENT` generation: facts in sorted Parquet, rollups
and documents in a small DuckDB file). Queries, exports and lookups therefore run the same SQL on both.
`document_facts` reads one document's facts in document order; in a layer from the document's own batch
files, not from the chart-sorted copy.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pyarrow as pa

from extractors.errors import first_line

from .connection import READ_TIMEOUT_S, StoreError, StoreMissing, data_version, read_connection
from .publish import CURRENT, SERVE_DB, current_generation, sql_list, sql_text
from .rollups import ROLLUPS
from .schema import VIEWS

_DOCUMENT_INFO = "d.path, d.ingested_at, d.published_source"


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
    """A read-only connection over a database file or a published layer; hold it only for the queries at hand."""
    if not is_layer(path):
        with read_connection(path, timeout) as con:
            for name, sql in ROLLUPS.items():
                try:
                    con.execute(f"CREATE TEMP VIEW {name} AS {sql}")
                except duckdb.CatalogException:  # no tables yet: reading a rollup raises as reading facts would
                    break
            yield con
        return
    con = _open_layer(Path(path))
    try:
        yield con
    finally:
        con.close()


def _open_layer(out: Path) -> duckdb.DuckDBPyConnection:
    gen = current_generation(out)
    if gen is None or not (gen / SERVE_DB).is_file():
        raise StoreMissing(f"{out}: no published layer here yet; run `indicators publish {out}`")
    con = duckdb.connect(":memory:")
    try:
        con.execute(f"ATTACH '{sql_text(gen / SERVE_DB)}' AS serve (READ_ONLY)")
        files = [str(gen / f) for (f,) in con.execute("SELECT file FROM serve.partitions ORDER BY partition")
                 .fetchall()]
        con.execute("CREATE VIEW documents AS SELECT * EXCLUDE (batch) FROM serve.documents")
        con.execute("CREATE VIEW facts AS SELECT * FROM " + (
            f"read_parquet({sql_list(files)}, hive_partitioning = false)" if files else "serve.empty_facts"))
        for name, body in VIEWS.items():
            con.execute(f"CREATE VIEW {name} AS {body}")
        for name in ROLLUPS:
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM serve.{name}")
    except duckdb.Error as e:
        con.close()
        raise StoreError(f"{out}: cannot read the published layer {gen.name} ({first_line(e)})") from None
    return con


def document_facts(path: str | os.PathLike, document_id: str) -> pa.Table:
    """Every fact of one document in document order (start offset), with the document's path, ingested_at
    and published_source; empty when the document is unknown."""
    with read_source(path) as con:
        if not is_layer(path):
            return con.sql(f"SELECT f.*, {_DOCUMENT_INFO} FROM facts f LEFT JOIN documents d "
                           "ON d.id = f.document_id WHERE f.document_id = ? ORDER BY f.start, f.\"end\"",
                           params=[document_id]).to_arrow_table()
        files = [str(Path(path) / f) for (f,) in con.execute(
            "SELECT file FROM serve.batch_files WHERE batch = (SELECT batch FROM serve.documents WHERE id = ?) "
            "ORDER BY file", [document_id]).fetchall()]
        source = f"read_parquet({sql_list(files)}, hive_partitioning = false)" if files else "(SELECT * FROM facts WHERE false)"
        return con.sql(f"SELECT f.*, {_DOCUMENT_INFO} FROM {source} f JOIN documents d ON d.id = f.document_id "
                       "WHERE f.document_id = ? ORDER BY f.start, f.\"end\"", params=[document_id]).to_arrow_table()
