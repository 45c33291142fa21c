"""Analysts' corrections: kept in their own table (who, when, why), applied on every read, listed and undoable.

A correction changes a document's metadata (`published`, `region`, `publisher`) or one fact's fields, or
rejects a fact. Extracted facts are never edited: the `corrected_facts` view (store/views.py) applies the
active corrections on every read and export, so a re-extraction (`indicators ingest --force`, a new extractor
version) keeps them. A fact is found again by its document and the character span it was read from (any
overlap, so a re-extraction that moves a span's end by a character still finds it).

A document's `region` fills the region of its facts that name none; its `published` date replaces the date
read from the text. All three are given to the extractor on the next ingest (the document is re-extracted), so
relative periods such as `本周` are read against the date and facts are placed in the region.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, date, datetime

import duckdb

from extractors.fact import QUALIFIERS, STATUSES

from .connection import read_connection, write_connection

TABLE = """
CREATE TABLE IF NOT EXISTS corrections (
    id BIGINT NOT NULL,
    target VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    fact_start BIGINT,
    fact_end BIGINT,
    field VARCHAR NOT NULL,
    value VARCHAR,
    previous VARCHAR,
    doc VARCHAR,
    quote VARCHAR,
    reason VARCHAR NOT NULL,
    author VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL,
    undone_at TIMESTAMP,
    undone_by VARCHAR,
    PRIMARY KEY (id, field)
);
"""

# Field → SQL type of the corrected value (stored as text, cast when applied).
FACT_FIELDS = {"value": "DOUBLE", "value_high": "DOUBLE", "unit": "VARCHAR", "qualifier": "VARCHAR",
               "status": "VARCHAR", "region": "VARCHAR", "period_start": "DATE", "period_end": "DATE",
               "subject": "VARCHAR", "indicator": "VARCHAR", "family": "VARCHAR"}
DOCUMENT_FIELDS = {"published": "DATE", "region": "VARCHAR", "publisher": "VARCHAR"}
REJECTED = "rejected"


class CorrectionError(ValueError):
    """A correction that cannot be made; `str()` says why in one line."""


@dataclass(frozen=True)
class FactKey:
    """A fact's identity: its document and the span of the decoded text it was read from."""

    document_id: str
    start: int
    end: int


def _clean(field: str, value, types: dict[str, str]) -> str | None:
    """The value as stored (text), checked against the field's type and allowed values."""
    if field not in types:
        raise CorrectionError(f"{field!r} cannot be corrected; choose one of {', '.join(types)}")
    if value is None or str(value).strip() == "":
        return None
    text = str(value).strip()
    kind = types[field]
    try:
        if kind == "DOUBLE":
            return repr(_number(text))
        if kind == "DATE":
            return date.fromisoformat(text).isoformat()
    except ValueError:
        raise CorrectionError(f"{field} must be {'a number (181.68亿 is read too)' if kind == 'DOUBLE' else 'a date like 2021-07-04'}, "
                              f"not {text!r}") from None
    if field == "status" and text not in STATUSES:
        raise CorrectionError(f"status must be one of {', '.join(STATUSES)}, not {text!r}")
    if field == "qualifier" and text not in QUALIFIERS:
        raise CorrectionError(f"qualifier must be one of {', '.join(QUALIFIERS)}, not {text!r}")
    if field == "indicator" and text not in _catalog().by_id:
        raise CorrectionError(f"{text!r} is not an indicator of the catalog (extractors/catalog/*.toml)")
    return text


_SCALES = (("万亿", 1e12), ("亿", 1e8), ("万", 1e4), ("千", 1e3), ("%", 1.0))


def _number(text: str) -> float:
    """A value in base units from what an analyst types: `18168000000`, `181.68亿`, `1.49万`, `5%`."""
    body, factor = text.replace(",", "").replace("，", "").strip(), 1.0
    for word, scale in _SCALES:
        if body.endswith(word):
            body, factor = body[: -len(word)].strip(), scale
            break
    number = float(body) * factor
    if number != number or number in (float("inf"), float("-inf")):
        raise ValueError(text)
    return round(number, 6) if factor != 1.0 else number


def _catalog():
    from extractors.catalog import default_catalog  # loaded only to check an indicator (its regexes are slow)

    return default_catalog()


def _who(author: str | None) -> str:
    return (author or "").strip() or os.environ.get("USER") or "unknown"


def _why(reason: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise CorrectionError("say why (a reason is required, e.g. the page of the printed report)")
    return text


def _insert(con: duckdb.DuckDBPyConnection, rows: list[dict]) -> int:
    from .schema import bump_data_version

    new_id = con.execute("SELECT coalesce(max(id), 0) + 1 FROM corrections").fetchone()[0]
    now = datetime.now(UTC).replace(tzinfo=None)
    for row in rows:
        con.execute("INSERT INTO corrections (id, target, document_id, fact_start, fact_end, field, value, previous, "
                    "doc, quote, reason, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [new_id, row["target"], row["document_id"], row.get("fact_start"), row.get("fact_end"),
                     row["field"], row["value"], row.get("previous"), row.get("doc"), row.get("quote"),
                     row["reason"], row["author"], now])
    bump_data_version(con)
    return int(new_id)


def correct_fact(db_path, key: FactKey, changes: dict[str, object], reason: str, author: str | None = None,
                 reject: bool = False) -> int:
    """Change fields of one fact (or reject it); returns the correction's id."""
    reason, author = _why(reason), _who(author)
    if not changes and not reject:
        raise CorrectionError("nothing to correct: give a field to change, or reject the fact")
    values = {f: _clean(f, v, FACT_FIELDS) for f, v in changes.items()}
    if "indicator" in values and values["indicator"]:
        values["family"] = _catalog().by_id[values["indicator"]].family
    with write_connection(db_path) as con:
        fact = _current_fact(con, key)
        start = values.get("period_start", _text(fact["period_start"]))
        end = values.get("period_end", _text(fact["period_end"]))
        if start and end and start > end:
            raise CorrectionError(f"the period would start ({start}) after it ends ({end})")
        base = {"target": "fact", "document_id": key.document_id, "fact_start": key.start, "fact_end": key.end,
                "doc": fact["doc"], "quote": fact["quote"], "reason": reason, "author": author}
        rows = [{**base, "field": f, "value": v, "previous": _text(fact[f])} for f, v in values.items()]
        if reject:
            rows.append({**base, "field": REJECTED, "value": "true", "previous": None})
        con.execute("BEGIN")
        new_id = _insert(con, rows)
        con.execute("COMMIT")
    return new_id


def correct_document(db_path, document_id: str, changes: dict[str, object], reason: str,
                     author: str | None = None) -> int:
    """Set a document's published date, region or publisher; returns the correction's id."""
    reason, author = _why(reason), _who(author)
    if not changes:
        raise CorrectionError("nothing to correct: give published, region or publisher")
    values = {f: _clean(f, v, DOCUMENT_FIELDS) for f, v in changes.items()}
    with write_connection(db_path) as con:
        doc = con.execute("SELECT name, published, region, publisher FROM corrected_documents WHERE id = ?",
                          [document_id]).fetchone()
        if doc is None:
            raise CorrectionError(f"no document with id {document_id!r}")
        previous = {"published": _text(doc[1]), "region": doc[2], "publisher": doc[3]}
        rows = [{"target": "document", "document_id": document_id, "field": f, "value": v,
                 "previous": previous[f], "doc": doc[0], "reason": reason, "author": author}
                for f, v in values.items()]
        con.execute("BEGIN")
        new_id = _insert(con, rows)
        con.execute("COMMIT")
    return new_id


def undo(db_path, correction_id: int, author: str | None = None) -> None:
    """Withdraw a correction (it stays listed, marked undone, by whom and when)."""
    from .schema import bump_data_version

    with write_connection(db_path) as con:
        rows = con.execute("SELECT undone_at FROM corrections WHERE id = ?", [int(correction_id)]).fetchall()
        if not rows:
            raise CorrectionError(f"no correction number {correction_id}")
        if rows[0][0] is not None:
            raise CorrectionError(f"correction {correction_id} was already undone on {rows[0][0]:%Y-%m-%d %H:%M}")
        con.execute("BEGIN")
        con.execute("UPDATE corrections SET undone_at = ?, undone_by = ? WHERE id = ?",
                    [datetime.now(UTC).replace(tzinfo=None), _who(author), int(correction_id)])
        bump_data_version(con)
        con.execute("COMMIT")


LIST_SQL = """
SELECT c.id, any_value(c.target) AS target, any_value(c.doc) AS doc, any_value(c.document_id) AS document_id,
       any_value(c.fact_start) AS fact_start, any_value(c.fact_end) AS fact_end,
       string_agg(c.field || ': ' || coalesce(c.previous, '∅') || ' → ' || coalesce(c.value, '∅'), '; '
                  ORDER BY c.field) AS changes,
       any_value(c.quote) AS quote, any_value(c.reason) AS reason, any_value(c.author) AS author,
       any_value(c.created_at) AS created_at, any_value(c.undone_at) AS undone_at,
       any_value(c.undone_by) AS undone_by,
       CASE WHEN any_value(c.target) = 'document'
            THEN EXISTS (SELECT 1 FROM documents d WHERE d.id = any_value(c.document_id))
            ELSE EXISTS (SELECT 1 FROM facts f WHERE f.document_id = any_value(c.document_id)
                         AND f.start < any_value(c.fact_end) AND any_value(c.fact_start) < f."end") END AS found
FROM corrections c GROUP BY c.id ORDER BY c.id DESC
"""


def list_corrections(db_path, include_undone: bool = True) -> list[dict]:
    """Every correction, newest first: what changed (previous → new), who, when, why, whether it still finds
    its target (`found`), and whether it was undone."""
    with read_connection(db_path) as con:
        cur = con.execute(LIST_SQL)
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    return [r for r in rows if include_undone or r["undone_at"] is None]


def declared_corrections(db_path) -> dict[str, dict[str, str | None]]:
    """What analysts declared about documents: {document id: {field: latest value}} over DOCUMENT_FIELDS (a
    value None clears the field). Ingest gives it to the extractor, so `本周`, `今年` … are read against a
    corrected date and facts naming no place get a corrected region; a document stored with other declared
    metadata is re-extracted (store/ingest.py)."""
    try:
        with read_connection(db_path) as con:
            rows = con.execute(
                "SELECT document_id, field, arg_max_null(value, id) FROM corrections WHERE target = 'document' "
                "AND undone_at IS NULL GROUP BY document_id, field ORDER BY document_id, field").fetchall()
    except duckdb.CatalogException:  # a database from before corrections existed
        return {}
    declared: dict[str, dict[str, str | None]] = {}
    for doc_id, name, value in rows:
        if name in DOCUMENT_FIELDS:
            declared.setdefault(doc_id, {})[name] = value
    return declared


def find_document(db_path, name: str) -> tuple[str, str]:
    """(id, file name) of the document a user names by its id, the start of its id (8+ characters), its file
    name or its path; an unknown or ambiguous name is a CorrectionError."""
    text = str(name).strip()
    with read_connection(db_path) as con:
        rows = con.execute(
            "SELECT id, name FROM documents WHERE id = ? OR name = ? OR path = ? OR (length(?) >= 8 AND "
            "starts_with(id, ?)) ORDER BY id", [text, text, os.path.abspath(text), text, text]).fetchall()
    if not rows:
        raise CorrectionError(f"{text}: no stored document has this id, file name or path (see `indicators docs`)")
    if len(rows) > 1:
        raise CorrectionError(f"{text}: names {len(rows)} documents; give the document id instead "
                              f"({', '.join(r[0][:12] for r in rows[:5])} …)")
    return rows[0][0], rows[0][1]


def parse_span(text: str) -> tuple[int, int]:
    """`411-415` (as `indicators facts` prints it, `411–415` too) → (411, 415)."""
    try:
        start, end = (int(x) for x in str(text).replace("–", "-").split("-", 1))
    except ValueError:
        raise CorrectionError(f"a fact's span is START-END, e.g. 411-415, not {text!r}") from None
    if not 0 <= start < end:
        raise CorrectionError(f"a fact's span must have 0 <= START < END, not {text!r}")
    return start, end


def _current_fact(con, key: FactKey) -> dict:
    cur = con.execute('SELECT * FROM corrected_facts WHERE document_id = ? AND start = ? AND "end" = ? LIMIT 1',
                      [key.document_id, int(key.start), int(key.end)])
    row = cur.fetchone()
    if row is None:
        raise CorrectionError(f"no fact at {key.start}–{key.end} of document {key.document_id} "
                              "(it may be rejected already)")
    return dict(zip([d[0] for d in cur.description], row, strict=True))


def _text(v) -> str | None:
    if v is None:
        return None
    if isinstance(v, date | datetime):
        return v.isoformat()[:10]
    return repr(v) if isinstance(v, float) else str(v)
