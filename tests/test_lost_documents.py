"""Nothing stored is lost to a bad read, and no document is stuck: failures are recorded beside good facts.

A stored document whose file is emptied, cut short, replaced by binary data, made unreadable, or runs out of
its time budget under a newer extractor keeps its facts; the failure is written beside them (`reread_error`)
and the file is read again on the next run. A file deleted between hashing and reading and then restored is
read again, not reported "no such file" on every later run.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from store_support import write_report

from cli import main
from extractors import load
from store import ingest as ingest_module
from store import records
from store import writer as writer_module
from store.connection import read_connection
from store.ingest import ingest_paths


def q(db, sql, params=()):
    with read_connection(db) as con:
        return con.execute(sql, list(params)).fetchall()


def facts_of(db, name):
    return q(db, "SELECT * EXCLUDE (document_id) FROM facts WHERE doc = ? ORDER BY start", [name])


def _unreadable(path: Path, monkeypatch) -> None:
    def refuse(p, *args, **kwargs):
        if Path(os.fsdecode(p)) == path:
            raise PermissionError(13, "Permission denied", str(p))
        return open(p, *args, **kwargs)

    monkeypatch.setattr(records, "open", refuse, raising=False)  # root ignores chmod: refuse where it is read
    monkeypatch.setattr(load, "open", refuse, raising=False)


def _newer_extractor_over_budget(path: Path, monkeypatch) -> None:
    monkeypatch.setattr(writer_module, "EXTRACTOR_VERSION", "999.0")  # the same content is extracted again


# how the stored file goes bad → (what breaks it, the problem recorded, doc_seconds of the second run)
BREAKAGES: dict[str, tuple[Callable, str, float | None]] = {
    "emptied": (lambda p, mp: p.write_bytes(b""), "the file is empty", None),
    "cut inside a character": (lambda p, mp: p.write_bytes(p.read_bytes()[:-2]), "truncated UTF-8", None),
    "replaced by binary data": (lambda p, mp: p.write_bytes(bytes(range(256)) * 8), "binary", None),
    "unreadable": (_unreadable, "permission denied", None),
    "over its time budget under a newer extractor": (_newer_extractor_over_budget, "time budget of 1e-06 s", 1e-6),
}


@pytest.mark.parametrize("breakage", list(BREAKAGES), ids=list(BREAKAGES))
def test_a_failed_re_read_keeps_the_facts_and_records_the_failure_beside_them(tmp_path, monkeypatch, breakage):
    """Before: the document and its facts were deleted and replaced by a failure row."""
    make_bad, problem, budget = BREAKAGES[breakage]
    f = write_report(tmp_path / "reports", "r.txt")
    db = tmp_path / "i.duckdb"
    assert ingest_paths([f], db, jobs=1).stored == 1
    good_facts, good_doc = facts_of(db, "r.txt"), q(db, "SELECT id, facts FROM documents")
    assert good_facts

    original = f.read_bytes()
    make_bad(f, monkeypatch)
    s = ingest_paths([f], db, jobs=1, doc_seconds=budget)
    assert s.stored == 0 and len(s.failed) == 1
    assert problem.lower() in s.failed[0][1].lower()
    assert f"(the {len(good_facts)} facts of its last good read are kept)" in s.failed[0][1]
    assert facts_of(db, "r.txt") == good_facts
    rows = q(db, "SELECT id, facts, status, reread_error, reread_at IS NOT NULL FROM documents")
    assert [row[:3] for row in rows] == [(*good_doc[0], "ok")]
    assert problem.lower() in rows[0][3].lower() and rows[0][4]

    again = ingest_paths([f], db, jobs=1, doc_seconds=budget)  # still bad: tried again, still kept
    assert len(again.failed) == 1 and facts_of(db, "r.txt") == good_facts

    monkeypatch.undo()
    f.write_bytes(original)
    fixed = ingest_paths([f], db, jobs=1)
    assert fixed.ok and fixed.stored == 1
    assert facts_of(db, "r.txt") == good_facts
    assert q(db, "SELECT status, reread_error FROM documents") == [("ok", None)]


def test_docs_lists_a_kept_document_among_the_failed(tmp_path):
    f = write_report(tmp_path, "r.txt")
    db = tmp_path / "i.duckdb"
    ingest_paths([f], db, jobs=1)
    f.write_bytes(b"")
    r = CliRunner().invoke(main, ["ingest", str(f), "--db", str(db)])
    assert r.exit_code == 1 and "failed: " in r.stderr and "facts of its last good read are kept" in r.stderr
    r = CliRunner().invoke(main, ["docs", "--failed", "--db", str(db)])
    assert r.exit_code == 0 and r.stdout.count("\n") == 1
    assert "kept from an earlier read; the latest read FAILED: the file is empty" in r.stdout


def test_a_new_file_that_fails_still_gets_its_own_failed_row(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    db = tmp_path / "i.duckdb"
    assert not ingest_paths([bad], db, jobs=1).ok
    assert q(db, "SELECT name, status, error, reread_error FROM documents") == [
        ("empty.txt", "failed", "the file is empty", None)]


def test_a_file_deleted_after_hashing_and_restored_is_read_again(tmp_path, monkeypatch):
    """Before: the "no such file" failure was stored under the content's hash, so the restored file (same hash)
    was skipped as already stored and reported "no such file" on every later run until --force."""
    f = write_report(tmp_path, "r.txt")
    db = tmp_path / "i.duckdb"
    real = ingest_module.extract_document

    def deleted_meanwhile(path, doc_id, size, *budget):
        data = Path(path).read_bytes()
        Path(path).unlink()  # gone between hashing (plan) and reading (extraction)
        try:
            return real(path, doc_id, size, *budget)
        finally:
            Path(path).write_bytes(data)

    monkeypatch.setattr(ingest_module, "extract_document", deleted_meanwhile)
    first = ingest_paths([f], db, jobs=1)
    assert len(first.failed) == 1 and "vanished or changed while it was being read" in first.failed[0][1]
    assert "no such file" in first.failed[0][1]
    assert q(db, "SELECT id LIKE 'unreadable:%', status FROM documents") == [(True, "failed")]
    monkeypatch.undo()
    second = ingest_paths([f], db, jobs=1)
    assert second.ok and second.stored == 1
    assert q(db, "SELECT name, status FROM documents") == [("r.txt", "ok")]


def test_a_file_over_its_budget_is_a_failure_naming_it_and_a_larger_budget_retries_it(tmp_path):
    f = write_report(tmp_path, "slow.txt")
    db = tmp_path / "i.duckdb"
    s = ingest_paths([f], db, jobs=1, doc_seconds=1e-6)
    assert [(Path(p).name, why) for p, why in s.failed] == [
        ("slow.txt", "extraction took more than its time budget of 1e-06 s of CPU time (INDICATORS_DOC_SECONDS)")]
    assert q(db, "SELECT name, status FROM documents") == [("slow.txt", "failed")]
    assert ingest_paths([f], db, jobs=1, doc_seconds=1e-6).stored == 0  # the same budget: not redone
    assert ingest_paths([f], db, jobs=1, doc_seconds=60).stored == 1  # a larger one: tried again, stored
    assert q(db, "SELECT name, status FROM documents") == [("slow.txt", "ok")]


def test_the_budget_comes_from_the_environment_and_the_ingest_option(tmp_path, monkeypatch):
    f = write_report(tmp_path, "r.txt")
    monkeypatch.setenv("INDICATORS_DOC_SECONDS", "0.000001")
    r = CliRunner().invoke(main, ["ingest", str(f), "--db", str(tmp_path / "a.duckdb")])
    assert r.exit_code == 1 and "time budget of 1e-06 s" in r.stderr and "r.txt" in r.stderr
    r = CliRunner().invoke(main, ["ingest", str(f), "--db", str(tmp_path / "b.duckdb"), "--doc-seconds", "60"])
    assert r.exit_code == 0, r.stderr
    r = CliRunner().invoke(main, ["extract", str(f)])
    assert r.exit_code == 1 and r.stdout == "" and "time budget" in r.stderr
