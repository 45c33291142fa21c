"""Uploads: size limit, type told by content, safe names, retention and quota, duplicates, ingest in the background."""

from __future__ import annotations

import os
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from dashboard import uploads
from dashboard.uploads import IngestQueue, UploadRejected

REPORT = "辽源日报 2021年7月5日\n全市地区生产总值增长6.5%。\n".encode()


@pytest.mark.parametrize("data, kind", [
    (REPORT, "txt"),
    ("\ufeff受理群众诉求1200件。".encode(), "txt"),
    ("袜业订单额3.2亿元。".encode("gb18030"), "txt"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "pdf"),
    (b"<!DOCTYPE html><html><body>\xe5\xa2\x9e\xe9\x95\xbf5%</body></html>", "html"),
    (b"  <html><script>alert(1)</script></html>", "html"),
    ("增长".encode() * 3000, "txt"),  # longer than the sampled head, a character cut at its end
])
def test_kind_is_told_by_content(data, kind):
    assert uploads.sniff_kind(data) == kind


@pytest.mark.parametrize("data, why", [
    (b"", "empty"),
    (b"   \n\t", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"MZ\x90\x00\x03\x00\x00\x00", "binary"),
    (b"\xff\xfe\xfd\xfc" * 10, "not text"),
])
def test_non_reports_are_rejected_with_a_reason(data, why):
    with pytest.raises(UploadRejected, match=why):
        uploads.sniff_kind(data)


# the name a user's browser sends → the document's name (the file's name inside its own upload folder)
NAMES = [
    ("lyrb20210705.txt", "lyrb20210705.txt"),  # a date in the name still dates the report
    ("../../etc/passwd", "passwd.txt"),
    ("/etc/cron.d/x 2021-07-05.pdf", "x 2021-07-05.pdf.txt"),  # the suffix follows the content, not the name
    ("报告 \"quoted\" 'name'.txt", "报告 _quoted_ 'name'.txt"),
    ("<script>alert(1)</script>.html", "script_.html.txt"),
    ("C:\\Windows\\system32\\evil.exe", "evil.exe.txt"),
    (".hidden.txt", "hidden.txt"),  # a hidden file would never be read again by a folder walk
    ("evil\u202etxt.exe", "evil_txt.exe.txt"),  # a right-to-left override would show it as "exe.txt"
    ("a\x00b\x1b[31m.txt", "a_b_[31m.txt"),
    ("", "upload.txt"),
    ("..", "upload.txt"),
    ("增长" * 100 + ".txt", "增长" * 30 + ".txt"),  # at most 180 bytes before the suffix
]


@pytest.mark.parametrize("original, name", NAMES, ids=[repr(n) for n, _ in NAMES])
def test_an_upload_keeps_its_name_sanitised_inside_its_own_folder(tmp_path, original, name):
    """Uploads were all named `upload-<hash>.txt`, everywhere the document's name shows."""
    stored = uploads.store_upload(REPORT, original, tmp_path)
    assert stored.name == name and stored.parent.parent == tmp_path
    assert stored.read_bytes() == REPORT
    assert [p.name for p in tmp_path.iterdir()] == [stored.parent.name]  # no temp file left behind


def test_the_same_content_is_stored_once(tmp_path):
    first = uploads.store_upload(REPORT, "a.txt", tmp_path)
    assert uploads.store_upload(REPORT, "b.txt", tmp_path) == first
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == ["a.txt"]


def test_uploads_past_their_retention_are_deleted_at_the_next_upload(tmp_path, monkeypatch):
    monkeypatch.setenv("INDICATORS_UPLOAD_KEEP_DAYS", "30")
    old = uploads.store_upload(REPORT, "old.txt", tmp_path)
    recent = uploads.store_upload(REPORT + b"2", "recent.txt", tmp_path)
    (tmp_path / "upload-0123456789abcdef.txt").write_bytes(REPORT)  # kept by an earlier version, flat
    month_ago = time.time() - 31 * 86400
    for p in (old, tmp_path / "upload-0123456789abcdef.txt"):
        os.utime(p, (month_ago, month_ago))
    new = uploads.store_upload(REPORT + b"3", "new.txt", tmp_path)
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["new.txt", "recent.txt"]
    assert new.exists() and recent.exists() and not old.parent.exists()


def test_keep_days_zero_keeps_uploads_forever(tmp_path, monkeypatch):
    monkeypatch.setenv("INDICATORS_UPLOAD_KEEP_DAYS", "0")
    old = uploads.store_upload(REPORT, "old.txt", tmp_path)
    os.utime(old, (0, 0))
    uploads.store_upload(REPORT + b"2", "new.txt", tmp_path)
    assert old.exists()


def test_an_upload_that_would_overfill_the_quota_is_refused(tmp_path, monkeypatch):
    """Uploads were never deleted and had no bound: a visitor could fill the disk."""
    monkeypatch.setenv("INDICATORS_UPLOAD_QUOTA_MB", str(1.5 * len(REPORT) / 1024 / 1024))
    uploads.store_upload(REPORT, "first.txt", tmp_path)
    with pytest.raises(UploadRejected, match="the upload folder is full .*INDICATORS_UPLOAD_QUOTA_MB"):
        uploads.store_upload(REPORT + b"2", "second.txt", tmp_path)
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == ["first.txt"]
    assert uploads.store_upload(REPORT, "again.txt", tmp_path).name == "first.txt"  # stored already: no room needed


def test_size_limit(tmp_path):
    with pytest.raises(UploadRejected, match="larger than 1 MB"):
        uploads.store_upload(b"a" * (1024 * 1024 + 1), "big.txt", tmp_path, max_bytes=1024 * 1024)
    assert not any(tmp_path.iterdir())


def test_the_server_limit_matches_the_app_limit():
    config = (Path(__file__).resolve().parents[1] / ".streamlit" / "config.toml").read_text()
    assert f"maxUploadSize = {uploads.MAX_BYTES // (1024 * 1024)}" in config


def test_ingest_runs_in_the_background_and_reports_the_result(tmp_path):
    release = threading.Event()
    calls = []

    def slow_ingest(paths, db_path):
        calls.append((paths, db_path))
        release.wait(5)
        return type("Summary", (), {"facts": 3, "failed": []})()

    queue = IngestQueue(ingest=slow_ingest)
    started = time.monotonic()
    job = queue.submit(tmp_path / "upload-x.txt", "原名.txt", tmp_path / "db.duckdb")
    assert time.monotonic() - started < 0.5  # submit does not wait for the ingest
    assert queue.busy([job.id])
    release.set()
    for _ in range(100):
        if not queue.busy([job.id]):
            break
        time.sleep(0.02)
    assert (job.state, job.facts) == ("done", 3)
    assert calls == [([tmp_path / "upload-x.txt"], tmp_path / "db.duckdb")]


@pytest.mark.parametrize("outcome, message", [
    ({"failed": [("/u/upload-x.txt", "no text layer")]}, "no text layer"),
    (RuntimeError("disk full\ntraceback noise"), "disk full"),
])
def test_failed_ingest_is_a_message_not_a_crash(tmp_path, outcome, message):
    def ingest(paths, db_path):
        if isinstance(outcome, Exception):
            raise outcome
        return type("Summary", (), {"facts": 0, **outcome})()

    queue = IngestQueue(ingest=ingest)
    job = queue.submit(tmp_path / "u.txt", "u.txt", tmp_path / "db.duckdb")
    for _ in range(100):
        if not queue.busy([job.id]):
            break
        time.sleep(0.02)
    assert (job.state, job.message) == ("failed", message)


def test_finished_jobs_are_forgotten_beyond_a_bound(tmp_path, monkeypatch):
    monkeypatch.setattr(IngestQueue, "KEEP_FINISHED", 3)
    queue = IngestQueue(ingest=lambda paths, db: type("Summary", (), {"facts": 1, "failed": []})())
    ids = []
    for i in range(8):
        ids.append(queue.submit(tmp_path / f"u{i}.txt", f"u{i}.txt", tmp_path / "db.duckdb").id)
        for _ in range(100):
            if not queue.busy([ids[-1]]):
                break
            time.sleep(0.01)
    kept = [j.id for j in queue.jobs()]
    assert len(kept) <= 4 and kept[-1] == ids[-1]  # the newest is always there


def test_upload_is_ingested_into_the_store(tmp_path):
    stored = uploads.store_upload(REPORT, "lyrb20210705.txt", tmp_path / "uploads")
    queue = IngestQueue()
    job = queue.submit(stored, "lyrb20210705.txt", tmp_path / "db.duckdb")
    for _ in range(300):
        if not queue.busy([job.id]):
            break
        time.sleep(0.05)
    assert job.state == "done", job.message
    from store.connection import read_connection
    with read_connection(tmp_path / "db.duckdb") as con:
        assert con.execute("SELECT name, published FROM documents").fetchall() == [
            ("lyrb20210705.txt", date(2021, 7, 5))]


def wait(queue, job):
    for _ in range(600):
        if not queue.busy([job.id]):
            return job
        time.sleep(0.05)
    raise AssertionError(f"job {job.original_name} did not finish")


def test_a_duplicate_upload_says_which_document_it_duplicates(tmp_path):
    """It said "done, 0 facts" with no explanation."""
    queue, db, folder = IngestQueue(), tmp_path / "db.duckdb", tmp_path / "uploads"
    first = wait(queue, queue.submit(uploads.store_upload(REPORT, "周报 0705.txt", folder), "周报 0705.txt", db))
    assert (first.state, first.facts) == ("done", 1)
    again = wait(queue, queue.submit(uploads.store_upload(REPORT, "copy.txt", folder), "copy.txt", db))
    assert again.state == "duplicate"
    assert again.message == "same content as 周报 0705.txt (2021-07-05, 1 facts), already stored: nothing new"


def test_an_upload_of_a_report_ingested_from_elsewhere_names_it_and_keeps_no_copy(tmp_path):
    from store.ingest import ingest_paths

    archive = tmp_path / "archive" / "lyrb20210705.txt"
    archive.parent.mkdir()
    archive.write_bytes(REPORT)
    ingest_paths([archive], tmp_path / "db.duckdb", jobs=1)
    queue = IngestQueue()
    stored = uploads.store_upload(REPORT, "mine.txt", tmp_path / "uploads")
    job = wait(queue, queue.submit(stored, "mine.txt", tmp_path / "db.duckdb"))
    assert job.state == "duplicate" and job.message.startswith("same content as lyrb20210705.txt (2021-07-05")
    assert not any((tmp_path / "uploads").rglob("*.txt"))  # the archive's file is the document's source


def test_a_small_upload_does_not_wait_behind_a_large_one(tmp_path):
    """One 0.8 MB upload held up another visitor's 60-byte upload for 151 s: one queue, no time limit."""
    release = threading.Event()

    def ingest(paths, db_path):
        if paths[0].stat().st_size > uploads.SMALL_BYTES:
            release.wait(30)  # a slow extraction
        return type("Summary", (), {"facts": 1, "failed": [], "unchanged": 0})()

    big, small = tmp_path / "big.txt", tmp_path / "small.txt"
    big.write_bytes(b"x" * (uploads.SMALL_BYTES + 1))
    small.write_bytes(b"60 bytes")
    queue = IngestQueue(ingest=ingest)
    slow = queue.submit(big, "big.txt", tmp_path / "db.duckdb")
    quick = queue.submit(small, "small.txt", tmp_path / "db.duckdb")
    try:
        wait(queue, quick)
        assert quick.state == "done" and slow.state == "running"
    finally:
        release.set()
    assert wait(queue, slow).state == "done"


def test_an_upload_over_the_time_budget_fails_naming_it(tmp_path, monkeypatch):
    monkeypatch.setenv("INDICATORS_DOC_SECONDS", "0.000001")
    stored = uploads.store_upload(REPORT, "slow.txt", tmp_path / "uploads")
    queue = IngestQueue()
    job = wait(queue, queue.submit(stored, "slow.txt", tmp_path / "db.duckdb"))
    assert job.state == "failed" and "time budget" in job.message
    from store.connection import read_connection
    with read_connection(tmp_path / "db.duckdb") as con:
        assert con.execute("SELECT name, status FROM documents").fetchall() == [("slow.txt", "failed")]


def documents_page():
    from dashboard.views import documents
    documents.render()


def test_documents_page_rejects_by_content_and_ingests_under_the_original_name(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("INDICATORS_DB", str(tmp_path / "db.duckdb"))
    monkeypatch.setenv("INDICATORS_UPLOADS", str(tmp_path / "uploads"))
    at = AppTest.from_function(documents_page, default_timeout=30).run()
    assert "indicators ingest" in at.info[0].value  # nothing ingested yet: says what to do
    hostile = "<img src=x onerror=alert(1)>.txt"
    at.file_uploader[0].set_value([(hostile, b"\x00\x01binary", "text/plain"),
                                   ("lyrb20210705.txt", REPORT, "text/plain")]).run()
    rejected = at.dataframe[0].value
    assert rejected.values.tolist() == [[hostile, "binary content (not a text, PDF or HTML report)"]]
    assert all("<img" not in m.value for m in at.markdown)
    assert [p.name for p in (tmp_path / "uploads").rglob("*") if p.is_file()] == ["lyrb20210705.txt"]
    docs = wait_for_documents(at)
    assert docs["Document"].tolist() == ["lyrb20210705.txt"]
    at.file_uploader[0].set_value([("again.txt", REPORT, "text/plain")]).run()
    for _ in range(100):
        at.run()
        jobs = at.dataframe[1].value
        if "duplicate" in jobs["State"].tolist():
            break
        time.sleep(0.1)
    row = jobs[jobs["File"] == "again.txt"].iloc[0]
    assert row["State"] == "duplicate" and row["Message"].startswith("same content as lyrb20210705.txt")


def wait_for_documents(at):
    for _ in range(100):
        at.run()
        docs = at.dataframe[-1].value
        if "Document" in docs.columns:
            return docs
        time.sleep(0.1)
    raise AssertionError("the upload was not ingested")


UNPLACED = "本周地区生产总值增长6.1%。\n".encode()  # our own sentence: no place, no date


# (date, region, publisher typed in the upload form) → declared, or the refusal
@pytest.mark.parametrize("published, region, publisher, declared", [
    (None, "", "", {}),
    (date(2021, 7, 9), " 辽源 ", "辽源日报", {"published": "2021-07-09", "region": "辽源市", "publisher": "辽源日报"}),
    (None, "我国", "", {"region": "全国"}),
    (None, "辽原", "", "region '辽原' is not a place"),
    (None, "全市", "", "region '全市' is not a place"),
])
def test_the_upload_form_declares_checked_metadata(published, region, publisher, declared):
    if isinstance(declared, str):
        with pytest.raises(UploadRejected, match=declared):
            uploads.declared_fields(published, region, publisher)
    else:
        assert uploads.declared_fields(published, region, publisher) == declared


def test_an_upload_is_extracted_with_what_its_uploader_declared(tmp_path):
    from store.connection import read_connection

    db, folder = tmp_path / "db.duckdb", tmp_path / "uploads"
    queue = IngestQueue()
    job = wait(queue, queue.submit(uploads.store_upload(UNPLACED, "note.txt", folder), "note.txt", db,
                                   {"published": "2021-07-09", "region": "东丰县"}))
    assert job.state == "done", job.message
    with read_connection(db) as con:
        assert con.execute("SELECT published, published_source, declared FROM documents").fetchall() == [
            (date(2021, 7, 9), "given", '{"published": "2021-07-09", "region": "东丰县"}')]
        assert con.execute("SELECT region, period_end FROM facts").fetchall() == [("东丰县", date(2021, 7, 9))]
    # the same content uploaded again with other metadata is read again with it, not a duplicate
    again = wait(queue, queue.submit(uploads.store_upload(UNPLACED, "note.txt", folder), "note.txt", db,
                                     {"region": "全国"}))
    assert again.state == "done", again.message
    with read_connection(db) as con:
        assert con.execute("SELECT region FROM facts").fetchall() == [("全国",)]


def test_documents_page_uploads_with_the_declared_fields_and_waits_for_a_known_region(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("INDICATORS_DB", str(tmp_path / "db.duckdb"))
    monkeypatch.setenv("INDICATORS_UPLOADS", str(tmp_path / "uploads"))
    at = AppTest.from_function(documents_page, default_timeout=30).run()
    at.date_input(key="upload_published").set_value(date(2021, 7, 9))
    at.text_input(key="upload_region").set_value("辽原").run()
    assert any("region '辽原' is not a place" in e.value for e in at.error)
    at.file_uploader[0].set_value([("note.txt", UNPLACED, "text/plain")]).run()
    assert not (tmp_path / "uploads").exists()  # nothing taken while the region is unknown
    at.text_input(key="upload_region").set_value("辽源").run()
    assert not at.error
    docs = wait_for_documents(at)
    assert docs["Document"].tolist() == ["note.txt"]
    from store.connection import read_connection
    with read_connection(tmp_path / "db.duckdb") as con:
        assert con.execute("SELECT region, period_end FROM facts").fetchall() == [("辽源市", date(2021, 7, 9))]
