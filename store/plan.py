"""Which batches an archive run extracts: files not yet committed under this extractor version, in batches.

The planner hashes each file (a document is its content), skips those an earlier committed batch holds under
the same extractor version (failed ones included: the same bytes fail the same way), re-plans those extracted
by another version, and groups the rest into batches in document-id order, so the same inputs always give the
same batches and batch ids. `shard=(i, n)` keeps the files whose path hashes to shard i: every task of a
Slurm array or Kubernetes indexed job plans the same way and takes a disjoint share, with no coordinator.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from extractors import EXTRACTOR_VERSION

from .batches import COMMITS, Batch, Job, documents_sql, is_committed, make_batch
from .declared import checked, fingerprint, merged
from .manifest import Manifests
from .records import content_id
from .sources import find_report_files

BATCH_DOCS = 1000
BATCH_BYTES = 128 * 1024 * 1024


@dataclass
class Plan:
    batches: list[Batch] = field(default_factory=list)
    superseded: list[str] = field(default_factory=list)  # planned batches committed earlier, superseded since
    files: int = 0  # report files found (in this shard)
    unchanged: int = 0  # committed earlier by this extractor version
    unchanged_failed: list[tuple[str, str]] = field(default_factory=list)  # (path, problem) of those
    problems: list[str] = field(default_factory=list)  # arguments that named no file

    @property
    def documents(self) -> int:
        return sum(len(b.jobs) for b in self.batches)

    @property
    def bytes(self) -> int:
        return sum(b.bytes for b in self.batches)


def parse_shard(text: str) -> tuple[int, int]:
    """`i/N` (0 <= i < N) → (i, N); a Slurm array passes `$SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT`."""
    try:
        i, n = (int(x) for x in text.split("/"))
    except ValueError:
        raise ValueError(f"{text!r}: a shard is i/N, e.g. 0/8") from None
    if not 0 <= i < n:
        raise ValueError(f"{text!r}: a shard i/N needs 0 <= i < N")
    return i, n


def in_shard(path: str | os.PathLike, shard: tuple[int, int]) -> bool:
    i, n = shard
    if n == 1:
        return True
    digest = hashlib.sha256(os.fsencode(os.path.abspath(path))).digest()
    return int.from_bytes(digest[:8], "big") % n == i


def committed_documents(out: str | os.PathLike) -> dict[str, tuple[str, str, str | None, str | None]]:
    """id → (extractor version, status, error, declared) of every document in a committed batch under `out`;
    of a document committed several times, its latest commit (the one `publish` shows)."""
    commits = Path(out) / COMMITS
    markers = sorted(commits.glob("b-*.json")) if commits.is_dir() else []
    if not markers:
        return {}
    when = [(p.name.removesuffix(".json"), json.loads(p.read_text(encoding="utf-8"))["committed_at"])
            for p in markers]
    files = [str(Path(out) / "documents" / f"{b}.parquet") for b, _ in when]
    with duckdb.connect() as con:
        rows = con.execute(  # batches from before declared metadata have no `declared` column
            f"SELECT id, extractor_version, status, error, declared FROM {documents_sql(con, files)} d "
            "JOIN (SELECT unnest(?) AS batch, unnest(?) AS committed_at) m USING (batch) "
            "ORDER BY committed_at, batch", [files, [b.removeprefix("b-") for b, _ in when],
                                             [c for _, c in when]]).fetchall()
    return {doc_id: (version, status, error, declared) for doc_id, version, status, error, declared in rows}


def plan_batches(paths: list[str | os.PathLike], out: str | os.PathLike, version: str = EXTRACTOR_VERSION,
                 batch_docs: int = BATCH_DOCS, batch_bytes: int = BATCH_BYTES, shard: tuple[int, int] = (0, 1),
                 force: bool = False, declared: dict | None = None) -> Plan:
    """The batches that bring `out` up to date with the files under `paths` (all of them when `force`).

    `declared` is what the user declares about every file; it wins over the files' manifests. A document
    committed with other declared metadata is planned again. A malformed manifest raises `DeclaredError`."""
    found = find_report_files(list(paths))
    plan = Plan(problems=list(found.problems))
    manifests = Manifests()
    declared = checked(**(declared or {}))
    mine = [f for f in found.files if in_shard(f, shard)]
    given = {str(f): fingerprint(merged(manifests.declared_for(f), declared)) for f in mine}
    known = {} if force else committed_documents(out)
    todo: dict[str, Job] = {}
    for f in mine:
        plan.files += 1
        doc_id, size = content_id(f)
        entry = known.get(doc_id)
        if entry is not None and entry[0] == version and entry[3] == given[str(f)]:
            plan.unchanged += 1
            if entry[1] != "ok":
                plan.unchanged_failed.append((str(f), entry[2] or "failed"))
            continue
        todo.setdefault(doc_id, (str(f), doc_id, size, given[str(f)]))
    plan.batches = _group(sorted(todo.values(), key=lambda j: j[1]), version, batch_docs, batch_bytes)
    plan.superseded = [b.id for b in plan.batches if not force and is_committed(out, b.id)]
    return plan


def _group(jobs: list[Job], version: str, batch_docs: int, batch_bytes: int) -> list[Batch]:
    batches, current, size = [], [], 0
    for job in jobs:
        if current and (len(current) >= batch_docs or size + job[2] > batch_bytes):
            batches.append(make_batch(current, version))
            current, size = [], 0
        current.append(job)
        size += job[2]
    if current:
        batches.append(make_batch(current, version))
    return batches
