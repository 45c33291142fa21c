"""One document's ingest result, made in a worker process: identity (content hash), context, facts as Arrow.

`extract_document` never raises: a file the loader rejects, or an extractor failure, becomes a record with
status `failed` and the one-line error, so one bad file can never stop a run. A failure is stored under the
content hash only when it is the content's (the same bytes would fail again); a file that vanished or changed
since it was hashed gets an `unreadable:`… id (the path's) instead, so it is read again on the next run.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pyarrow as pa

from extractors.errors import ReportError, first_line
from extractors.fact import CONTRACT_FIELDS
from extractors.load import load_text
from extractors.pipeline import Deadline, doc_seconds_setting, extract_text  # noqa: F401 (re-exported)

from .columns import FACT_COLUMNS, FACT_TYPES
from .declared import fingerprint
from .sources import shown_path

# Dates travel as ISO text (DuckDB casts them on insert); the order and names are the facts table's.
_ARROW = {"VARCHAR": pa.string(), "DATE": pa.string(), "DOUBLE": pa.float64(), "BIGINT": pa.int64()}
FACTS_ARROW_SCHEMA = pa.schema([(c, _ARROW[FACT_TYPES[c].split()[0]]) for c in FACT_COLUMNS])

_CHUNK = 1 << 20
UNREADABLE = "unreadable:"
"""Prefix of the id of a failure that belongs to a path, not to content; such documents are retried."""


@dataclass
class DocumentRecord:
    """What the writer stores for one file: a `documents` row and (when ok) its facts as an Arrow table
    (built in the worker: cheaper to send between processes than Python objects, and off the writer)."""

    id: str
    path: str
    name: str
    bytes: int
    status: str = "ok"  # ok | failed
    error: str | None = None
    published: str | None = None
    published_source: str | None = None
    issue_no: int | None = None
    chars: int | None = None
    facts: pa.Table | None = None
    kept_facts: int | None = None  # set by the writer: a failed read left this many stored facts in place
    declared: str | None = None  # what the user declared about it, as store.declared.fingerprint

    @property
    def fact_count(self) -> int:
        return self.facts.num_rows if self.facts is not None else 0


def facts_from_columns(columns: dict[str, list]) -> pa.Table:
    """The `facts` rows of one document as an Arrow table in the table's column order and types."""
    return pa.table({c: columns.get(c, []) for c in FACT_COLUMNS}, schema=FACTS_ARROW_SCHEMA)


def content_id(path: str | os.PathLike) -> tuple[str, int]:
    """(sha256 hex of the file's bytes, size), read in chunks so huge files cost no memory.

    A file that cannot be read gets an id derived from its path (prefixed `unreadable:`), so it can still be
    recorded as failed and is retried on the next run.
    """
    h = hashlib.sha256()
    size = 0
    try:
        with open(path, "rb") as f:
            while chunk := f.read(_CHUNK):
                h.update(chunk)
                size += len(chunk)
    except OSError:
        return path_id(path), 0
    return h.hexdigest(), size


def path_id(path: str | os.PathLike) -> str:
    """The id of a failure that is the path's, not its content's (unreadable, vanished, changing)."""
    return UNREADABLE + hashlib.sha256(os.fsencode(os.path.abspath(path))).hexdigest()


def extract_document(path: str, doc_id: str, size: int, doc_seconds: float | None = None,
                     declared: dict | None = None) -> DocumentRecord:
    """Load and extract one file into a record within `doc_seconds` of CPU time (None: no limit); never
    raises. `declared` is what a user stated about the document (`published` as ISO text, `region`,
    `publisher`: a manifest, an upload's fields or a correction): it wins over what is read from the text, so
    periods and places are read against it. The path and name stored are `shown_path` text; the file is read
    by its real path."""
    p = Path(path)
    name = shown_path(p.name)
    rec = DocumentRecord(id=doc_id, path=shown_path(str(p)), name=name, bytes=size, declared=fingerprint(declared))
    deadline = Deadline.after(doc_seconds) if doc_seconds else None
    try:
        text = load_text(p).text
        ex = extract_text(text, name, deadline=deadline, **_declared(declared))
    except ReportError as e:
        now_id, now_size = content_id(p)
        if now_id != doc_id:  # gone or changed since it was hashed: not a verdict on the content hashed
            rec.id, rec.bytes = path_id(p), now_size
            return _failed(rec, "the file vanished or changed while it was being read; it is read again "
                                f"on the next run ({e.problem})")
        return _failed(rec, e.problem)
    except MemoryError:
        return _failed(rec, "the file is too large to extract in memory")
    except RecursionError:
        return _failed(rec, "the extractor failed on this file (recursion limit)")
    except Exception as e:  # an extractor bug must not stop the run; the error names it for a bug report
        return _failed(rec, f"the extractor failed on this file ({type(e).__name__}: {first_line(e)})")
    ctx = ex.context
    rec.published = ctx.published_iso
    rec.published_source = ctx.published_source
    rec.issue_no = ctx.issue_no
    rec.chars = ex.chars
    cols: dict[str, list] = {c: [] for c in FACT_COLUMNS}
    contract_columns = [(c, cols[c]) for c in CONTRACT_FIELDS]
    for f in ex.facts:  # attribute access, not Fact.contract(): asdict deep-copies and was a third of the cost
        for c, column in contract_columns:
            column.append(getattr(f, c))
    cols["document_id"] = [doc_id] * len(ex.facts)
    cols["rule"] = [f.rule for f in ex.facts]
    try:
        cols["value"] = [float(v) for v in cols["value"]]
        cols["value_high"] = [None if v is None else float(v) for v in cols["value_high"]]
        rec.facts = facts_from_columns(cols)
    except (OverflowError, TypeError, ValueError, pa.ArrowException) as e:
        return _failed(rec, f"the extractor returned a fact that cannot be stored ({first_line(e)})")
    return rec


def _failed(rec: DocumentRecord, problem: str) -> DocumentRecord:
    rec.status = "failed"
    rec.error = problem
    return rec


def _declared(declared: dict | None) -> dict:
    """extract_text's keyword arguments for what a user declared (a date travels as ISO text)."""
    if not declared:
        return {}
    published = declared.get("published")
    return {"published": date.fromisoformat(published) if isinstance(published, str) else published,
            "region": declared.get("region") or None, "publisher": declared.get("publisher") or None}
