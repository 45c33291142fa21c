"""Looking things up from the terminal: which facts a file gave, where a number comes from, which documents."""

from __future__ import annotations

import os
import shlex
import stat
from dataclasses import replace

from .connection import read_connection
from .export import select_sql, table_columns
from .filters import FactFilter
from .records import UNREADABLE, content_id
from .sources import shown_path


class NotStored(LookupError):
    """A lookup that names nothing in the database (a file that was never ingested, or cannot be read)."""


def document_filter_for_file(db_path: str | os.PathLike, path: str | os.PathLike, flt: FactFilter) -> FactFilter:
    """The filter narrowed to the document holding this file's exact content."""
    shown = shown_path(path)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise NotStored(f"{shown}: not a report file (a folder, device or pipe)")
    except PermissionError:
        raise NotStored(f"{shown}: permission denied: cannot look at the file") from None
    except FileNotFoundError:
        raise NotStored(f"{shown}: no such file") from None
    doc_id, _ = content_id(path)
    if doc_id.startswith(UNREADABLE):
        raise NotStored(f"{shown}: cannot read the file (permission denied?)")
    with read_connection(db_path) as con:
        rows = con.execute("SELECT status, error FROM documents WHERE id = ?", [doc_id]).fetchall()
    if not rows:
        arg = shlex.quote(shown)
        raise NotStored(f"{shown}: this content is not in the database; run `indicators ingest {arg}` "
                        f"(or `indicators extract {arg}` to see its facts without storing them)")
    status, error = rows[0]
    if status != "ok":
        raise NotStored(f"{shown}: stored as failed: {error}")
    return replace(flt, document_id=doc_id)


def stored_document_for_file(db_path: str | os.PathLike, path: str | os.PathLike) -> dict | None:
    """The stored document holding this file's exact content (name, path, published, facts, status), or None."""
    doc_id, _ = content_id(path)
    with read_connection(db_path) as con:
        cur = con.execute("SELECT name, path, published, facts, status FROM documents WHERE id = ?", [doc_id])
        names = [d[0] for d in cur.description]
        row = cur.fetchone()
    return dict(zip(names, row, strict=True)) if row else None


def find_facts(db_path: str | os.PathLike, flt: FactFilter, limit: int | None = 200) -> list[dict]:
    with read_connection(db_path) as con:
        sql, params = select_sql(con, "facts", flt, limit)
        cur = con.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def find_documents(db_path: str | os.PathLike, flt: FactFilter, limit: int | None = 200,
                   failed_only: bool = False) -> list[dict]:
    """Documents matching the filter; `failed_only`: those whose latest read failed (status `failed`, or
    facts kept from an earlier read with `reread_error`)."""
    with read_connection(db_path) as con:
        sql, params = select_sql(con, "documents", flt)
        if failed_only:
            reread = " OR reread_error IS NOT NULL" if "reread_error" in table_columns(con, "documents") else ""
            sql = f"SELECT * FROM ({sql}) WHERE status = 'failed'{reread} ORDER BY published, name"
        if limit is not None:
            sql, params = sql + " LIMIT ?", [*params, int(limit)]
        cur = con.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def format_number(value: float | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer() and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) >= 1e15 else f"{value:g}"


def fact_lines(fact: dict) -> list[str]:
    """Two lines per fact: the figure with what, where and when, then its sentence and source."""
    value = format_number(fact["value"])
    if fact.get("value_high") is not None:
        value += "–" + format_number(fact["value_high"])
    what = fact["indicator"] or f"{fact['family']}: {fact['subject']}"
    if fact["indicator"] and fact["subject"]:
        what += f" ({fact['subject']})"
    period = _period(fact["period_start"], fact["period_end"])
    extras = [x for x in (fact["region"], period,
                          None if fact["status"] == "actual" else fact["status"],
                          None if fact["qualifier"] == "exact" else fact["qualifier"]) if x]
    head = f"{value} {fact['unit'] or ''}".rstrip() + f"  {what}" + (f"  [{', '.join(extras)}]" if extras else "")
    published = fact["published"].isoformat() if fact["published"] else "date unknown"
    return [head, f"    “{fact['quote']}”  — {fact['doc']}, {published}, chars {fact['start']}–{fact['end']}"]


def document_line(doc: dict) -> str:
    published = doc["published"].isoformat() if doc["published"] else "----------"
    state = f"{doc['facts']:>6} facts" if doc["status"] == "ok" else f"FAILED: {doc['error']}"
    if doc.get("reread_error"):
        state += f" (kept from an earlier read; the latest read FAILED: {doc['reread_error']})"
    given = ", ".join(f"{k} {doc[k]}" for k in ("region", "publisher") if doc.get(k))
    given = f"  [{given}{' (corrected)' if doc.get('corrected') else ''}]" if given else ""
    return f"{published}  {doc['name']}  {state}{given}  ({doc['path']})"


def _period(start, end) -> str:
    if start is None and end is None:
        return ""
    if start == end:
        return start.isoformat()
    return f"{start.isoformat() if start else '…'}..{end.isoformat() if end else '…'}"
