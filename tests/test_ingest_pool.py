"""Extraction workers that die (out of memory, killed) cost only the files in flight, never the run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from store import ingest as ingest_module
from store.ingest import ingest_paths

REPORT = "2020年,全市地区生产总值增长{n}%。\n"
real_extract_document = ingest_module.extract_document


def dying_extract_document(path, doc_id, size, *budget):
    """A worker that dies on files named die-*, as the OOM killer would take it."""
    if Path(path).name.startswith("die-"):
        os._exit(137)
    return real_extract_document(path, doc_id, size, *budget)


@pytest.mark.timeout(120)
def test_workers_dying_again_and_again_lose_only_files_in_flight(tmp_path, monkeypatch):
    folder = tmp_path / "reports"
    folder.mkdir()
    names = [f"ok-{i:02}.txt" for i in range(12)] + [f"die-{i}.txt" for i in range(4)]
    for n, name in enumerate(sorted(names)):
        (folder / name).write_text(REPORT.format(n=n + 1), encoding="utf-8")
    db = tmp_path / "f.duckdb"
    # fork-started workers inherit the patched module, so the pool runs the dying version
    monkeypatch.setattr(ingest_module, "extract_document", dying_extract_document)
    first = ingest_paths([folder], db, jobs=2, progress_bar=False)  # must not raise
    lost = {Path(p).name for p, _ in first.failed}
    assert {f"die-{i}.txt" for i in range(4)} <= lost
    assert first.stored + len(lost) == len(names)

    monkeypatch.setattr(ingest_module, "extract_document", real_extract_document)
    second = ingest_paths([folder], db, jobs=2, progress_bar=False)
    assert second.stored + second.unchanged == len(names) and second.ok
