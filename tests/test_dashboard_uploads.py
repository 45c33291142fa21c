"""Uploads: size limit, type told by content, generated names only, ingest in the background."""

from __future__ import annotations

import threading
import time
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


@pytest.mark.parametrize("original, suffix", [
    ("lyrb20210705.txt", "-20210705.txt"),
    ("../../etc/passwd", ".txt"),
    ("/etc/cron.d/x 2021-07-05.pdf", "-20210705.txt"),
    ("报告 \"quoted\" 'name'.txt", ".txt"),
    ("<script>alert(1)</script>.html", ".txt"),
    ("C:\\Windows\\system32\\evil.exe", ".txt"),
])
def test_stored_name_is_generated_and_inside_the_folder(tmp_path, original, suffix):
    stored = uploads.store_upload(REPORT, original, tmp_path)
    assert stored.parent == tmp_path
    assert stored.name.startswith("upload-") and stored.name.endswith(suffix)
    assert set(stored.name) <= set("abcdefghijklmnopqrstuvwxyz0123456789-.")
    assert stored.read_bytes() == REPORT
    assert [p.name for p in tmp_path.iterdir()] == [stored.name]  # no temp file left behind


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
        assert con.execute("SELECT name FROM documents").fetchall() == [(stored.name,)]


def documents_page():
    from dashboard.views import documents
    documents.render()


def test_documents_page_rejects_by_content_and_ingests_by_generated_name(tmp_path, monkeypatch):
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
    stored = list((tmp_path / "uploads").iterdir())
    assert [p.name for p in stored] == [uploads.generated_name(REPORT, "lyrb20210705.txt", "txt")]
    for _ in range(100):
        at.run()
        docs = at.dataframe[-1].value
        if "Document" in docs.columns:
            break
        time.sleep(0.1)
    assert docs["Document"].tolist() == [stored[0].name]
