"""Ingesting report files into DuckDB: one transaction per document, facts replaced as a whole."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd

from .. import EXTRACTOR_VERSION
from ..errors import ReportError
from ..fact import CONTRACT_FIELDS
from ..load import load_text
from ..pipeline import extract_text

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY, path VARCHAR, name VARCHAR, published DATE, published_source VARCHAR,
    issue_no INTEGER, chars BIGINT, ingested_at TIMESTAMP, extractor_version VARCHAR,
    status VARCHAR, error VARCHAR
);
CREATE TABLE IF NOT EXISTS facts (
    doc VARCHAR, published DATE, family VARCHAR, indicator VARCHAR, subject VARCHAR, region VARCHAR,
    period_start DATE, period_end DATE, value DOUBLE, value_high DOUBLE, unit VARCHAR, qualifier VARCHAR,
    status VARCHAR, quote VARCHAR, start INTEGER, "end" INTEGER, document_id VARCHAR, rule VARCHAR
);
"""


@dataclass
class IngestSummary:
    documents: int = 0
    facts: int = 0
    failed: list[str] = field(default_factory=list)


def ingest_paths(paths: list[str | Path], db_path: str | Path) -> IngestSummary:
    summary = IngestSummary()
    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(db_path))
    con.execute(SCHEMA)
    files = []
    for p in map(Path, paths):
        files.extend(sorted(q for q in p.rglob("*") if q.is_file()) if p.is_dir() else [p])
    for f in files:
        now = datetime.now(UTC).replace(tzinfo=None)
        try:
            raw = f.read_bytes()
            doc_id = hashlib.sha256(raw).hexdigest()
            text = load_text(f).text
            ex = extract_text(text, f.name)
        except ReportError as e:
            summary.failed.append(str(e))
            continue
        rows = pd.DataFrame([{**x.contract(), "document_id": doc_id, "rule": x.rule} for x in ex.facts],
                            columns=[*CONTRACT_FIELDS, "document_id", "rule"])
        con.execute("BEGIN")
        con.execute("DELETE FROM facts WHERE document_id = ?", [doc_id])
        con.execute("DELETE FROM documents WHERE id = ?", [doc_id])
        con.execute("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?)", [
            doc_id, str(f), f.name, ex.context.published_iso, ex.context.published_source,
            ex.context.issue_no, ex.chars, now, EXTRACTOR_VERSION, "ok", None])
        if len(rows):
            con.register("new_facts", rows)
            con.execute("INSERT INTO facts SELECT * FROM new_facts")
            con.unregister("new_facts")
        con.execute("COMMIT")
        summary.documents += 1
        summary.facts += len(rows)
    con.close()
    return summary
