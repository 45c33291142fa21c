"""Exports of a table or view, filtered, to CSV (UTF-8 with BOM), Parquet, JSON lines or Excel.

Rows stream from DuckDB in Arrow batches, so memory stays flat; the file appears only when complete.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import pyarrow as pa
import regex

from . import EXPORT_FORMATS as FORMATS
from . import EXPORT_TABLES as TABLES
from .connection import read_connection
from .filters import FactFilter

_ORDER = {
    "documents": "published, name", "covid_cases": "region, day",
    "observations": "family, measure, region, period_end", "corrections": "id, field",
}
# What a table name reads: facts and documents as readers see them, with the analysts' corrections applied.
SOURCES = {"facts": "corrected_facts", "documents": "corrected_documents"}
_BATCH_ROWS = 20_000
_XLSX_MAX_ROWS = 1_048_575
_XLSX_ILLEGAL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# A text cell starting with one of these is a formula to Excel/LibreOffice (`=HYPERLINK(…)` in a file name or
# a report's sentence), also after leading spaces (LibreOffice and some Excel imports trim them): CSV and XLSX
# text cells get a leading `'`, which spreadsheets show as plain text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(v):
    """A text cell that a spreadsheet will not run as a formula; other values unchanged."""
    if not isinstance(v, str):
        return v
    return "'" + v if v.startswith(FORMULA_STARTS) or v.lstrip().startswith(FORMULA_STARTS) else v


class ExportError(ValueError):
    """An export that cannot be made (unknown table or format, too many rows for Excel, unwritable out)."""


def table_columns(con, table: str) -> list[str]:
    _check_table(table)
    return [d[0] for d in con.execute(f"SELECT * FROM {SOURCES.get(table, table)} LIMIT 0").description]


def select_sql(con, table: str, flt: FactFilter, limit: int | None = None) -> tuple[str, list]:
    """The SELECT for a filtered table: names from the allow-list above, every value a bound parameter."""
    where, params = flt.where(table_columns(con, table))
    sql = f"SELECT * FROM {SOURCES.get(table, table)} {where} ORDER BY {_ORDER.get(table, 'published, doc, start')}"
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, int(limit)]
    return sql, params


def export(db_path: str | os.PathLike, table: str, fmt: str, out: str | os.PathLike | None,
           flt: FactFilter | None = None) -> int:
    """Write `table` (filtered) as `fmt` to `out` (None or "-" = standard output, text formats only);
    returns the number of rows written."""
    _check_table(table)
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    to_stdout = out in (None, "-")
    if to_stdout and fmt in ("parquet", "xlsx"):
        raise ExportError(f"{fmt} is a binary format: give a file with --out")
    with read_connection(db_path) as con:
        sql, params = select_sql(con, table, flt or FactFilter())
        if fmt == "xlsx":
            rows = con.execute(f"SELECT count(*) FROM ({sql})", params).fetchall()[0][0]
            if rows > _XLSX_MAX_ROWS:
                raise ExportError(f"{rows} rows do not fit in one Excel sheet (at most {_XLSX_MAX_ROWS}); "
                                  "narrow the filters or export csv or parquet")
        reader = con.sql(sql, params=params).to_arrow_reader(_BATCH_ROWS)
        if to_stdout:
            return _WRITERS[fmt](reader, sys.stdout.buffer, bom=False)
        with _atomic_file(Path(out)) as f:
            return _WRITERS[fmt](reader, f, bom=True)


def _check_table(table: str) -> None:
    if table not in TABLES:
        raise ExportError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")


@contextmanager
def _atomic_file(out: Path) -> Iterator[io.BufferedWriter]:
    folder = out.parent if str(out.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=folder)
    except OSError as e:
        raise ExportError(f"{out}: cannot write here ({e.strerror or e})") from None
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _plain(v):
    """A cell for CSV/Excel/JSON: dates in ISO form, lists and structs as JSON text."""
    if isinstance(v, datetime):
        return v.isoformat(sep=" ")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer() and abs(v) < 2**53:
        return int(v)
    if isinstance(v, list | dict):
        return json.dumps(v, ensure_ascii=False, default=_json_default)
    return v


def _json_default(v):
    if isinstance(v, date | datetime):
        return v.isoformat()
    return str(v)


def _rows(reader: pa.RecordBatchReader) -> Iterator[list]:
    for batch in reader:
        cols = [c.to_pylist() for c in batch.columns]
        for row in zip(*cols, strict=True):
            yield [_plain(v) for v in row]


def _write_csv(reader, binary, bom: bool) -> int:
    text = io.TextIOWrapper(binary, encoding="utf-8-sig" if bom else "utf-8", newline="", write_through=True)
    w = csv.writer(text)
    w.writerow(reader.schema.names)
    n = 0
    for row in _rows(reader):
        w.writerow([spreadsheet_safe(v) for v in row])
        n += 1
    text.flush()
    text.detach()
    return n


def _write_jsonl(reader, binary, bom: bool) -> int:
    names = reader.schema.names
    n = 0
    for batch in reader:
        lines = [json.dumps(dict(zip(names, [_json_value(v) for v in row], strict=True)), ensure_ascii=False,
                            default=_json_default)
                 for row in zip(*[c.to_pylist() for c in batch.columns], strict=True)]
        if lines:
            binary.write(("\n".join(lines) + "\n").encode("utf-8"))
        n += len(lines)
    binary.flush()
    return n


def _json_value(v):
    if isinstance(v, float) and v.is_integer() and abs(v) < 2**53:
        return int(v)
    return v


def _write_parquet(reader, binary, bom: bool) -> int:
    import pyarrow.parquet as pq

    n = 0
    with pq.ParquetWriter(binary, reader.schema) as w:
        for batch in reader:
            w.write_batch(batch)
            n += batch.num_rows
    return n


def _write_xlsx(reader, binary, bom: bool) -> int:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("data")
    ws.append(reader.schema.names)
    n = 0
    for row in _rows(reader):
        n += 1
        ws.append([spreadsheet_safe(_XLSX_ILLEGAL.sub("", v)) if isinstance(v, str) else v for v in row])
    wb.save(binary)
    return n


_WRITERS = {"csv": _write_csv, "jsonl": _write_jsonl, "parquet": _write_parquet, "xlsx": _write_xlsx}
