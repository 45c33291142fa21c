"""`indicators publish OUT`: compact an archive's committed batches into a layer the dashboard reads fast.

A layer is a generation folder under `OUT/published/`:

    g-<time>/facts/family=F/year=Y/part-0.parquet   every live fact of F and Y, sorted by (indicator, region,
                                                    period_end), so a chart's filters skip most row groups
    g-<time>/serve.duckdb                           documents, the rollups (store.rollups) as tables, the
                                                    views of a database (`facts` over the files above, the
                                                    corrected views passing it through: an archive has no
                                                    corrections, the family views, observations), the
                                                    partition list and each batch's files (a document's
                                                    facts, in document order)

and `OUT/CURRENT` names the generation readers use; it is replaced atomically (rename) once the new one is
complete, so a reader sees the old layer or the new one, never half of each. The previous generation is kept
for readers still using it; older ones are removed. Live documents: for each document id the row of the most
recently committed batch (a newer extractor version supersedes), then for each path the most recent content
(an edited file supersedes its old text). A partition whose inputs did not change is linked, not rewritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from extractors.errors import first_line

from .batches import COMMITS, FACTS_SCHEMA, documents_sql
from .corrections import TABLE as CORRECTIONS_TABLE
from .rollups import ROLLUPS
from .views import views

CURRENT = "CURRENT"
PUBLISHED = "published"
SERVE_DB = "serve.duckdb"
_ROW_GROUP = 122_880


class PublishError(Exception):
    """Nothing to publish, or the archive cannot be read; one line for the user."""


@dataclass
class PublishSummary:
    generation: str
    batches: int
    documents: int
    facts: int
    partitions: int
    reused: int  # partitions linked from the previous generation
    seconds: float

    def line(self) -> str:
        return (f"publish: {self.generation}: {self.batches} batches, {self.documents} documents, {self.facts} "
                f"facts in {self.partitions} partitions ({self.reused} unchanged, linked) in {self.seconds:.1f} s")


def committed_markers(out: str | os.PathLike) -> list[dict]:
    commits = Path(out) / COMMITS
    markers = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(commits.glob("b-*.json"))] \
        if commits.is_dir() else []
    return sorted(markers, key=lambda m: (m["committed_at"], m["batch"]))


def current_generation(out: str | os.PathLike) -> Path | None:
    try:
        name = (Path(out) / CURRENT).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return Path(out) / PUBLISHED / name if name else None


def publish(out: str | os.PathLike, memory_limit: str | None = None) -> PublishSummary:
    started = time.monotonic()
    out = Path(out).resolve()
    markers = committed_markers(out)
    if not markers:
        raise PublishError(f"{out}: no committed batch here; run `indicators extract-batches … --out {out}`")
    previous = current_generation(out)
    name = "g-" + datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    gen = out / PUBLISHED / name
    gen.mkdir(parents=True)
    try:
        with duckdb.connect(str(gen / SERVE_DB)) as con:
            if memory_limit:
                con.execute(f"SET memory_limit = '{memory_limit}'")
            con.execute("SET preserve_insertion_order = false")
            _documents(con, out, markers)
            partitions, reused = _compact(con, out, gen, markers, previous)
            _views(con, gen, partitions)
            for table, sql in ROLLUPS.items():
                con.execute(f"CREATE TABLE {table} AS {sql}")
            counts = con.execute("SELECT (SELECT count(*) FROM documents), (SELECT facts FROM rollup_totals)"
                                 ).fetchone()
            con.execute("CHECKPOINT")
    except BaseException as e:
        shutil.rmtree(gen, ignore_errors=True)
        if isinstance(e, duckdb.Error | OSError):  # a damaged or missing batch file, a full disk
            raise PublishError(f"{out}: cannot publish ({first_line(e)}); the current layer is unchanged") from None
        raise
    _flip(out, name)
    _remove_old_generations(out, keep={name, previous.name if previous else name})
    return PublishSummary(name, len(markers), counts[0], counts[1], len(partitions), reused,
                          time.monotonic() - started)


_KEPT_OR_LATEST = ", ".join(
    f"CASE WHEN k.id IS NULL THEN l.{c} ELSE k.{c} END AS {c}"
    for c in ("id", "name", "published", "published_source", "issue_no", "bytes", "chars", "facts", "ingested_at",
              "extractor_version", "status", "batch", "declared"))


def _documents(con: duckdb.DuckDBPyConnection, out: Path, markers: list[dict]) -> None:
    con.execute("CREATE TABLE batches (batch VARCHAR PRIMARY KEY, committed_at TIMESTAMP, extractor_version "
                "VARCHAR, documents BIGINT, facts BIGINT)")
    con.executemany("INSERT INTO batches VALUES (?, ?, ?, ?, ?)",
                    [(m["batch"], m["committed_at"], m["extractor_version"], m["documents"], m["facts"])
                     for m in markers])
    con.execute("CREATE TABLE batch_files (batch VARCHAR, file VARCHAR)")
    con.executemany("INSERT INTO batch_files VALUES (?, ?)",
                    [(m["batch"], f) for m in markers for f in m["files"] if f.startswith("facts/")])
    files = [str(out / "documents" / f"b-{m['batch']}.parquet") for m in markers]
    con.execute(f"""
        CREATE TABLE archive_documents AS
        WITH every AS (
            SELECT d.*, b.committed_at AS ingested_at FROM {documents_sql(con, files)} d JOIN batches b USING (batch)
        ), by_id AS (
            SELECT * FROM every
            QUALIFY row_number() OVER (PARTITION BY id ORDER BY ingested_at DESC, batch DESC) = 1
        ), latest AS (
            SELECT * FROM by_id
            QUALIFY row_number() OVER (PARTITION BY path ORDER BY ingested_at DESC, batch DESC) = 1
        ), kept AS (  -- a failed re-read of a file never hides the facts of its last good read
            SELECT * FROM every WHERE status <> 'failed'
            QUALIFY row_number() OVER (PARTITION BY path ORDER BY ingested_at DESC, batch DESC) = 1
        )
        SELECT {_KEPT_OR_LATEST}, l.path, CASE WHEN k.id IS NULL THEN l.error END AS error,
               CASE WHEN k.id IS NOT NULL AND l.status = 'failed' THEN l.error END AS reread_error,
               CASE WHEN k.id IS NOT NULL AND l.status = 'failed' THEN l.ingested_at END AS reread_at
        FROM latest l LEFT JOIN kept k ON k.path = l.path
          AND (l.status = 'failed' OR (k.id = l.id AND k.batch = l.batch))
        ORDER BY id""", [files])
    con.execute("CREATE OR REPLACE TABLE archive_documents AS SELECT id, path, name, published, published_source, "
                "issue_no, bytes, chars, facts, ingested_at, extractor_version, status, error, reread_error, "
                "reread_at, declared, batch FROM archive_documents ORDER BY id")


def _compact(con, out: Path, gen: Path, markers: list[dict], previous: Path | None) -> tuple[list, int]:
    """One sorted file per family/year of the live facts; unchanged inputs are linked from `previous`."""
    inputs: dict[str, list[str]] = defaultdict(list)
    for m in markers:
        for f in m["files"]:
            if f.startswith("facts/"):
                inputs[str(Path(f).parent)].append(f)
    superseded = defaultdict(list)  # batch → its document ids that another batch or path replaced
    for batch, doc_id in con.execute(
            "SELECT d.batch, d.id FROM read_parquet(?, union_by_name = true) d ANTI JOIN archive_documents l ON l.id = d.id AND l.batch = d.batch",
            [[str(out / "documents" / f"b-{m['batch']}.parquet") for m in markers]]).fetchall():
        superseded[batch].append(doc_id)
    before = _previous_fingerprints(previous)
    partitions, reused = [], 0
    for part in sorted(inputs):
        files = sorted(inputs[part])
        batches = {Path(f).name.removeprefix("b-").removesuffix(".parquet") for f in files}
        fingerprint = hashlib.sha256(json.dumps(
            [files, sorted((b, sorted(superseded[b])) for b in batches if b in superseded)]).encode()).hexdigest()
        target = gen / part / "part-0.parquet"
        target.parent.mkdir(parents=True, exist_ok=True)
        if part in before and before[part][0] == fingerprint and _link(previous / before[part][1], target):
            reused += 1
        else:
            _write_partition(con, [str(out / f) for f in files], target)
        partitions.append((part, str(target.relative_to(gen)), fingerprint))
    con.execute("CREATE TABLE partitions (partition VARCHAR, file VARCHAR, fingerprint VARCHAR)")
    con.executemany("INSERT INTO partitions VALUES (?, ?, ?)", partitions)
    return partitions, reused


def _write_partition(con, files: list[str], target: Path) -> None:
    con.execute(f"""
        COPY (
            SELECT f.* EXCLUDE (filename) FROM read_parquet(?, filename = true, hive_partitioning = false) f
            SEMI JOIN archive_documents l ON l.id = f.document_id
                AND l.batch = regexp_extract(f.filename, 'b-([0-9a-f]+)\\.parquet$', 1)
            ORDER BY indicator NULLS LAST, region NULLS LAST, period_end, document_id, start
        ) TO '{sql_text(target)}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE {_ROW_GROUP})""", [files])


def _views(con, gen: Path, partitions: list) -> None:
    """The names a database has, stored in the layer's file: a reader opens it and queries, nothing to set up.
    `facts` names its files by absolute path (DuckDB resolves relative ones against the reader's working
    folder): a moved archive is published again. An archive has no corrections (they are made in a database):
    its `corrections` table is empty and its corrected views pass the facts and documents through."""
    no_facts = FACTS_SCHEMA.empty_table()  # noqa: F841 (read by DuckDB's replacement scan below)
    con.execute("CREATE TABLE empty_facts AS SELECT * FROM no_facts")  # the columns, when no fact at all
    files = [str(gen / f) for _, f, _ in partitions]
    con.execute("CREATE VIEW facts AS SELECT * FROM " + (
        f"read_parquet({sql_list(files)}, hive_partitioning = false)" if files else "empty_facts"))
    con.execute("CREATE VIEW documents AS SELECT * EXCLUDE (batch) FROM archive_documents")
    con.execute(CORRECTIONS_TABLE)
    for name, body in views(corrections=False).items():
        con.execute(f"CREATE VIEW {name} AS {body}")


def _previous_fingerprints(previous: Path | None) -> dict[str, tuple[str, str]]:
    if previous is None or not (previous / SERVE_DB).is_file():
        return {}
    try:
        with duckdb.connect(str(previous / SERVE_DB), read_only=True) as con:
            return {p: (fp, f) for p, f, fp in con.execute("SELECT partition, file, fingerprint FROM partitions")
                    .fetchall()}
    except duckdb.Error:
        return {}


def _link(source: Path, target: Path) -> bool:
    try:
        os.link(source, target)
        return True
    except OSError:
        return False


def _flip(out: Path, name: str) -> None:
    tmp = out / f".{CURRENT}.tmp-{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(name + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, out / CURRENT)
    fd = os.open(out, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_old_generations(out: Path, keep: set[str]) -> None:
    for gen in sorted((out / PUBLISHED).glob("g-*")):
        if gen.name not in keep and gen.name < max(keep):
            shutil.rmtree(gen, ignore_errors=True)


def sql_text(path: Path | str) -> str:
    return str(path).replace("'", "''")


def sql_list(paths: list[str]) -> str:
    return "[" + ", ".join(f"'{sql_text(p)}'" for p in paths) + "]"
