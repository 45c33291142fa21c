"""Ingest: idempotent by content, changed files replace their facts, bad files recorded, folders/globs/loops."""

from __future__ import annotations

import os
from datetime import date

import pytest
from store_support import SENTENCES, write_report

from extractors.errors import ReportError
from extractors.pipeline import extract_file
from store import writer as writer_module
from store.connection import data_version, read_connection
from store.ingest import ingest_paths


def q(db, sql, params=()):
    with read_connection(db) as con:
        return con.execute(sql, list(params)).fetchall()


def snapshot(db):
    return (q(db, "SELECT id, path, status, error, facts, extractor_version, ingested_at FROM documents ORDER BY id"),
            q(db, "SELECT * FROM facts ORDER BY document_id, start"))


@pytest.fixture
def reports(tmp_path):
    folder = tmp_path / "reports"
    for i in range(3):
        write_report(folder, f"r{i}.txt", day=date(2021, 7, 5 + i), sentences=SENTENCES[i:] or SENTENCES, issue=9000 + i)
    return folder


def test_facts_in_the_database_are_what_the_extractor_gives(tmp_path, reports):
    db = tmp_path / "i.duckdb"
    s = ingest_paths([reports], db, jobs=1)
    assert s.ok and s.stored == 3 and s.facts > 0
    for f in sorted(reports.iterdir()):
        expected = sorted((x.start, x.end, x.value, x.subject, x.quote) for x in extract_file(f).facts)
        stored = q(db, 'SELECT start, "end", value, subject, quote FROM facts WHERE doc = ? ORDER BY start', [f.name])
        assert stored == expected
    (n,) = q(db, "SELECT sum(facts) FROM documents")[0]
    assert n == s.facts == q(db, "SELECT count(*) FROM facts")[0][0]


def test_same_files_again_change_nothing(tmp_path, reports):
    db = tmp_path / "i.duckdb"
    ingest_paths([reports], db, jobs=1)
    before, version = snapshot(db), data_version(db)
    s = ingest_paths([reports], db, jobs=2)
    assert (s.stored, s.unchanged, s.facts) == (0, 3, 0)
    assert snapshot(db) == before and data_version(db) == version


def test_a_changed_file_replaces_its_documents_facts(tmp_path, reports):
    db = tmp_path / "i.duckdb"
    ingest_paths([reports], db, jobs=1)
    old_id = q(db, "SELECT id FROM documents WHERE name = 'r0.txt'")[0][0]
    write_report(reports, "r0.txt", sentences=["全市地区生产总值增长9.9%。"])
    s = ingest_paths([reports], db, jobs=1)
    assert (s.stored, s.unchanged) == (1, 2)
    assert q(db, "SELECT count(*) FROM facts WHERE document_id = ?", [old_id]) == [(0,)]
    assert q(db, "SELECT count(*) FROM documents WHERE name = 'r0.txt'") == [(1,)]
    assert q(db, "SELECT value FROM facts WHERE doc = 'r0.txt'") == [(9.9,)]


def test_a_new_extractor_version_re_extracts_and_force_redoes_all(tmp_path, reports, monkeypatch):
    db = tmp_path / "i.duckdb"
    ingest_paths([reports], db, jobs=1)
    facts_before = q(db, "SELECT count(*) FROM facts")
    monkeypatch.setattr(writer_module, "EXTRACTOR_VERSION", "999.0")
    s = ingest_paths([reports], db, jobs=1)
    assert s.stored == 3
    assert q(db, "SELECT DISTINCT extractor_version FROM documents") == [("999.0",)]
    assert q(db, "SELECT count(*) FROM facts") == facts_before
    assert ingest_paths([reports], db, jobs=1).stored == 0
    s = ingest_paths([reports], db, jobs=1, force=True)
    assert s.stored == 3 and q(db, "SELECT count(*) FROM facts") == facts_before


BAD_FILES = {
    "empty.txt": b"",
    "blank.txt": b"  \n\n ",
    "binary.txt": bytes(range(256)) * 8,
    "truncated.txt": "增长5%".encode() + b"\xe5\xa2",
    "bad.pdf": b"%PDF-1.4\nthis is not really a pdf",
}


def test_unreadable_files_are_recorded_as_failed_and_never_stop_the_run(tmp_path, reports):
    db = tmp_path / "i.duckdb"
    ingest_paths([reports], db, jobs=1)
    before = q(db, "SELECT * FROM facts ORDER BY document_id, start")
    bad = tmp_path / "bad"
    bad.mkdir()
    for name, data in BAD_FILES.items():
        (bad / name).write_bytes(data)
    s = ingest_paths([bad, reports], db, jobs=2)
    failed = dict(q(db, "SELECT name, error FROM documents WHERE status = 'failed'"))
    assert {"empty.txt", "blank.txt"} <= set(failed)  # the loader decides which others it can decode
    assert all(failed.values())
    assert {os.path.basename(p) for p, _ in s.failed} == set(failed) and not s.ok
    assert q(db, "SELECT * FROM facts WHERE document_id IN (SELECT id FROM documents WHERE status = 'ok') "
                 "AND doc LIKE 'r_.txt' ORDER BY document_id, start") == before
    again = ingest_paths([bad], db, jobs=1)  # failed files stay failed in the summary, without re-extraction
    assert again.stored == 0 and {os.path.basename(p) for p, _ in again.failed} == set(failed)


def test_an_unreadable_file_is_retried_every_run(tmp_path, monkeypatch):
    from store import records

    db = tmp_path / "i.duckdb"
    f = write_report(tmp_path, "locked.txt")

    def no_permission(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    def load_refused(path):
        raise ReportError(str(path), "cannot read the file (Permission denied)")

    # root ignores chmod, so simulate an unreadable file where the store and the loader read it
    monkeypatch.setattr(records, "open", no_permission, raising=False)
    monkeypatch.setattr(records, "load_text", load_refused)
    s = ingest_paths([f], db, jobs=1)
    assert len(s.failed) == 1 and q(db, "SELECT id LIKE 'unreadable:%', status FROM documents") == [
        (True, "failed")]
    monkeypatch.undo()
    assert ingest_paths([f], db, jobs=1).stored == 1
    assert q(db, "SELECT status FROM documents") == [("ok",)]  # the failed record went with its path


def test_folders_are_read_recursively_and_symlink_loops_do_not_hang(tmp_path):
    root = tmp_path / "archive"
    write_report(root / "2021" / "07", "a.txt")
    write_report(root / "2021" / "08", "b.html", sentences=["<p>零售总额增长4.7%。</p>"])
    write_report(root, "名字 with 'quotes' “引号”.txt", day=date(2021, 9, 1))
    (root / "notes.csv").write_text("not a report", encoding="utf-8")
    (root / "README.md").write_text("# 说明：增长5%", encoding="utf-8")  # a folder's readme is not a report
    (root / ".hidden.txt").write_text("增长5%", encoding="utf-8")
    os.symlink(root, root / "2021" / "loop")
    os.symlink(root / "2021", root / "2021" / "07" / "back")
    s = ingest_paths([root], tmp_path / "i.duckdb", jobs=1)
    assert s.files == 3 and s.stored == 3


def test_globs_and_missing_paths(tmp_path):
    for i in range(3):
        write_report(tmp_path / "g", f"day{i}.txt", day=date(2021, 7, 1 + i))
    db = tmp_path / "i.duckdb"
    s = ingest_paths([str(tmp_path / "g" / "day[01].txt"), str(tmp_path / "nothing*.txt"),
                      str(tmp_path / "absent.txt")], db, jobs=1)
    assert s.stored == 2 and len(s.problems) == 2 and not s.ok
    assert "no file matches" in s.problems[0] and "no such file" in s.problems[1]


def test_the_same_content_under_two_names_is_one_document(tmp_path):
    a = write_report(tmp_path, "a.txt")
    b = tmp_path / "copy.txt"
    b.write_bytes(a.read_bytes())
    s = ingest_paths([a, b], tmp_path / "i.duckdb", jobs=1)
    assert (s.stored, s.unchanged) == (1, 1)


def test_parallel_and_serial_ingest_store_the_same(tmp_path, reports):
    ingest_paths([reports], tmp_path / "one.duckdb", jobs=1)
    ingest_paths([reports], tmp_path / "two.duckdb", jobs=2)
    facts = 'SELECT * EXCLUDE (document_id) FROM facts ORDER BY doc, start'
    assert q(tmp_path / "one.duckdb", facts) == q(tmp_path / "two.duckdb", facts)


def test_an_extractor_crash_is_a_failed_document_not_a_stopped_run(tmp_path, reports, monkeypatch):
    from store import records

    def broken(text, name, published=None, **options):
        if name == "r1.txt":
            raise IndexError("boom")
        return real(text, name, published, **options)

    real = records.extract_text
    monkeypatch.setattr(records, "extract_text", broken)
    s = ingest_paths([reports], tmp_path / "i.duckdb", jobs=1)
    assert s.stored == 2 and len(s.failed) == 1
    assert "IndexError: boom" in s.failed[0][1]
