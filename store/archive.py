"""`extract-batches`: plan the batches of an archive run, run them on a runner, count and report the result."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import TextIO

from extractors import EXTRACTOR_VERSION

from .batches import BatchResult, recommit
from .plan import BATCH_BYTES, BATCH_DOCS, plan_batches
from .progress import Progress
from .runners import run_batches


@dataclass
class ArchiveSummary:
    files: int = 0  # report files found (in this shard)
    planned_batches: int = 0
    planned_documents: int = 0
    committed_before: int = 0  # planned batches another task committed meanwhile (skipped)
    unchanged: int = 0
    extracted: int = 0  # documents extracted by this run (ok or failed)
    facts: int = 0
    bytes: int = 0
    seconds: float = 0.0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, problem), this run or earlier
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed and not self.problems

    def lines(self) -> list[str]:
        out = list(self.problems) + [f"failed: {path}: {problem}" for path, problem in self.failed]
        rate = self.bytes / 1048576 / self.seconds if self.seconds > 0 else 0.0
        out.append(f"extract-batches: {self.files} files: {self.planned_documents} planned in "
                   f"{self.planned_batches} batches ({self.committed_before} already committed), "
                   f"{self.unchanged} unchanged, {len(self.failed)} failed; {self.extracted} extracted, "
                   f"{self.facts} facts; {self.bytes / 1048576:.1f} MB in {self.seconds:.1f} s ({rate:.2f} MB/s)")
        return out


def extract_archive(paths: list[str | os.PathLike], out: str | os.PathLike, runner: str = "pool",
                    jobs: int | None = None, address: str | None = None, shard: tuple[int, int] = (0, 1),
                    batch_docs: int = BATCH_DOCS, batch_bytes: int = BATCH_BYTES, force: bool = False,
                    version: str = EXTRACTOR_VERSION, progress_stream: TextIO | None = None,
                    progress_bar: bool | None = None, declared: dict | None = None) -> ArchiveSummary:
    """Bring the archive under `out` up to date with the files under `paths` (this shard's share); `declared`
    is what the user declares about every file (it wins over the manifests)."""
    started = time.monotonic()
    plan = plan_batches(paths, out, version, batch_docs, batch_bytes, shard, force, declared)
    for batch in plan.superseded:  # declared as in that batch again: its files are what a rerun would write
        recommit(out, batch)
    summary = ArchiveSummary(files=plan.files, planned_batches=len(plan.batches),
                             planned_documents=plan.documents, unchanged=plan.unchanged,
                             failed=list(plan.unchanged_failed), problems=list(plan.problems))
    progress = Progress(plan.documents, plan.bytes, stream=progress_stream, bar=progress_bar,
                        label="extract-batches")

    def take(result: BatchResult) -> None:
        if result.committed_before:
            summary.committed_before += 1
        else:
            summary.extracted += result.documents
            summary.facts += result.facts
            summary.bytes += result.bytes
            summary.failed.extend(result.failures)
        progress.advance_many(result.documents, result.bytes, result.facts, result.failed)

    try:
        run_batches(plan.batches, out, version, runner, jobs, address, force, on_result=take)
    finally:
        progress.close()
    summary.seconds = time.monotonic() - started
    return summary
