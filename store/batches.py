"""The archive's unit of work: `extract_batch` extracts a batch of documents into Parquet files it owns.

A batch's id is a hash of the extractor version and its sorted document ids (with what was declared about
each, when anything was), so a rerun, a retried task or another runner writes the very same file names, never a
duplicate, and a document declared otherwise goes into another batch. Layout under the archive folder `out`:

    facts/family=F/year=Y/b-<id>.parquet    facts of the batch's documents (Y: year of period_end, or unknown)
    documents/b-<id>.parquet                one row per document, `failed` rows included
    _commits/b-<id>.json                    the commit marker, written last: the batch counts only once it exists

Each file is written under a temporary name, synced and renamed, and the marker comes last, so a batch killed
midway is simply not committed (readers ignore files without a marker) and its rerun overwrites what it left.
A file that cannot be extracted is a `failed` row; a file that kills its worker process is isolated by the
runner (`isolate=True`: one process per document) and becomes a `failed` row too, never a lost batch.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import uuid
from collections import defaultdict
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from extractors import EXTRACTOR_VERSION
from extractors.errors import first_line

from .declared import from_fingerprint
from .records import FACTS_ARROW_SCHEMA, DocumentRecord, doc_seconds_setting, extract_document
from .workers import worker_pool

Job = tuple[str, str, int, str | None]  # (path, content id, size, declared as store.declared.fingerprint)

COMMITS = "_commits"
FAULT_KILL_ONCE = "INDICATORS_FAULT_KILL_ONCE"
"""Fault injection for tests: when set to a path that does not exist yet, the first batch to start creates
it and kills its own process (SIGKILL), as the OOM killer would; runners must retry the batch."""

_DATES = ("published", "period_start", "period_end")
FACTS_SCHEMA = pa.schema([pa.field(f.name, pa.date32()) if f.name in _DATES else f for f in FACTS_ARROW_SCHEMA])
DOCUMENTS_SCHEMA = pa.schema([
    ("id", pa.string()), ("path", pa.string()), ("name", pa.string()), ("published", pa.date32()),
    ("published_source", pa.string()), ("issue_no", pa.int64()), ("bytes", pa.int64()), ("chars", pa.int64()),
    ("facts", pa.int64()), ("extractor_version", pa.string()), ("status", pa.string()), ("error", pa.string()),
    ("batch", pa.string()), ("declared", pa.string()),
])
_PARQUET = {"compression": "zstd", "compression_level": 3, "row_group_size": 128 * 1024}


@dataclass(frozen=True)
class Batch:
    id: str
    jobs: tuple[Job, ...]  # sorted by document id

    @property
    def bytes(self) -> int:
        return sum(j[2] for j in self.jobs)


@dataclass
class BatchResult:
    batch: str
    committed_before: bool = False  # nothing done: the batch was committed by an earlier run
    documents: int = 0
    failed: int = 0
    facts: int = 0
    bytes: int = 0
    failures: tuple[tuple[str, str], ...] = ()  # (path, problem)


def batch_id(version: str, doc_ids) -> str:
    h = hashlib.sha256(version.encode("utf-8"))
    for doc_id in sorted(doc_ids):
        h.update(b"\n" + doc_id.encode("utf-8"))
    return h.hexdigest()[:24]


def make_batch(jobs, version: str = EXTRACTOR_VERSION) -> Batch:
    ordered = tuple(sorted(jobs, key=lambda j: j[1]))
    return Batch(batch_id(version, (_job_key(j) for j in ordered)), ordered)


def _job_key(job: Job) -> str:
    """A document's part of its batch's id: its content id, and what was declared about it (if anything)."""
    declared = job[3] if len(job) > 3 else None
    return job[1] if declared is None else f"{job[1]}\t{declared}"


def marker_path(out: str | os.PathLike, batch: str) -> Path:
    return Path(out) / COMMITS / f"b-{batch}.json"


def is_committed(out: str | os.PathLike, batch: str) -> bool:
    return marker_path(out, batch).is_file()


def extract_batch(batch: Batch, out: str | os.PathLike, version: str = EXTRACTOR_VERSION, force: bool = False,
                  isolate: bool = False) -> BatchResult:
    """Extract every document of `batch` and commit its files under `out`; a committed batch is skipped
    (unless `force`). `isolate` runs each document in its own process, for a batch that killed its worker."""
    out = Path(out)
    if not force and is_committed(out, batch.id):
        marker = json.loads(marker_path(out, batch.id).read_text(encoding="utf-8"))
        return BatchResult(batch.id, True, marker["documents"], marker["failed"], marker["facts"], marker["bytes"])
    _maybe_die_for_a_test()
    budget = doc_seconds_setting()  # each document's CPU budget, as in ingest: a pathological file fails alone
    records = [_typed(_extract_isolated(job, budget) if isolate else _extract_one(job, budget))
               for job in batch.jobs]
    files = _write_files(out, batch.id, version, records)
    result = BatchResult(batch.id, False, len(records), sum(r.status != "ok" for r in records),
                         sum(r.fact_count for r in records), sum(r.bytes for r in records),
                         tuple((r.path, r.error or "failed") for r in records if r.status != "ok"))
    commit_batch(out, batch.id, version, result, files)
    return result


def recommit(out: str | os.PathLike, batch: str) -> None:
    """Make a committed batch the latest again (its files are what extracting it again would write): a
    document declared otherwise since, then declared as in this batch again, is read from this batch."""
    marker = json.loads(marker_path(out, batch).read_text(encoding="utf-8"))
    _write_marker(Path(out), batch, {**marker, "committed_at": _now()})


def _now() -> str:
    return datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="microseconds")


def _extract_isolated(job: Job, budget: float | None) -> DocumentRecord:
    with worker_pool(1) as pool:
        try:
            return pool.submit(_extract_one, job, budget).result()
        except BrokenProcessPool:
            path = Path(job[0])
            return DocumentRecord(id=job[1], path=str(path), name=path.name, bytes=job[2], status="failed",
                                  error="the extraction process died on this file (out of memory, or crashed)")


def _typed(rec: DocumentRecord) -> DocumentRecord:
    """The record with ISO dates as dates; a date that is no date makes it `failed`, as the database would."""
    try:
        if rec.published is not None:
            rec.published = datetime.strptime(rec.published, "%Y-%m-%d").date()
        if rec.fact_count:
            rec.facts = rec.facts.cast(FACTS_SCHEMA)
    except (ValueError, pa.ArrowException) as e:
        rec.status, rec.published, rec.facts = "failed", None, None
        rec.error = f"the extractor returned a fact that cannot be stored ({first_line(e)})"
    return rec


def _extract_one(job: Job, budget: float | None = None) -> DocumentRecord:
    path, doc_id, size, *declared = job
    # extract_document is looked up when called: what this module holds then
    return extract_document(path, doc_id, size, budget, from_fingerprint(declared[0] if declared else None) or None)


def documents_sql(con, files: list[str]) -> str:
    """A relation of the documents files of batches, to use with the file list as its parameter (`?`); batches
    committed before declared metadata existed read `declared` as NULL."""
    columns = con.read_parquet(files, union_by_name=True).columns
    missing = "" if "declared" in columns else ", CAST(NULL AS VARCHAR) AS declared"
    return f"(SELECT *{missing} FROM read_parquet(?, union_by_name = true))"


def documents_table(records: list[DocumentRecord], batch: str, version: str) -> pa.Table:
    return pa.table({
        "id": [r.id for r in records], "path": [os.path.abspath(r.path) for r in records],
        "name": [r.name for r in records], "published": [r.published for r in records],
        "published_source": [r.published_source for r in records], "issue_no": [r.issue_no for r in records],
        "bytes": [r.bytes for r in records], "chars": [r.chars for r in records],
        "facts": [r.fact_count for r in records], "extractor_version": [version] * len(records),
        "status": [r.status for r in records], "error": [r.error for r in records],
        "batch": [batch] * len(records), "declared": [r.declared for r in records],
    }, schema=DOCUMENTS_SCHEMA)


def facts_by_partition(records: list[DocumentRecord]) -> dict[tuple[str, str], pa.Table]:
    """The batch's facts split by (family, year of period_end), each in document order."""
    tables = [r.facts for r in records if r.fact_count]
    if not tables:
        return {}
    facts = pa.concat_tables(tables)
    years = pc.fill_null(pc.cast(pc.year(facts["period_end"]), pa.string()), "unknown")
    rows: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, key in enumerate(zip(facts["family"].to_pylist(), years.to_pylist(), strict=True)):
        rows[key].append(i)
    return {key: facts.take(pa.array(rows[key], pa.int64())) for key in sorted(rows)}


def _write_files(out: Path, batch: str, version: str, records: list[DocumentRecord]) -> list[str]:
    written = []
    for (family, year), table in facts_by_partition(records).items():
        rel = f"facts/family={family}/year={year}/b-{batch}.parquet"
        write_parquet(table, out / rel)
        written.append(rel)
    rel = f"documents/b-{batch}.parquet"
    write_parquet(documents_table(records, batch, version), out / rel)
    return [*written, rel]


def write_parquet(table: pa.Table, final: Path) -> None:
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = final.with_name(f"{final.name}.tmp-{uuid.uuid4().hex[:12]}")
    try:
        with open(tmp, "wb") as f:
            pq.write_table(table, f, **_PARQUET)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, final)
    finally:
        tmp.unlink(missing_ok=True)


def commit_batch(out: Path, batch: str, version: str, result: BatchResult, files: list[str]) -> None:
    marker = {"batch": batch, "extractor_version": version, "documents": result.documents,
              "failed": result.failed, "facts": result.facts, "bytes": result.bytes, "files": files,
              # when the batch became visible (the documents' ingested_at), not part of any extraction result
              "committed_at": _now()}
    _write_marker(out, batch, marker)


def _write_marker(out: Path, batch: str, marker: dict) -> None:
    final = marker_path(out, batch)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = final.with_name(f"{final.name}.tmp-{uuid.uuid4().hex[:12]}")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(marker, f, ensure_ascii=False, indent=1)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, final)
    finally:
        tmp.unlink(missing_ok=True)


def _maybe_die_for_a_test() -> None:
    flag = os.environ.get(FAULT_KILL_ONCE)
    if not flag:
        return
    try:
        os.close(os.open(flag, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return
    os.kill(os.getpid(), signal.SIGKILL)
