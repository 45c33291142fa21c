"""Ingest progress: a bar with files, MB, facts, rate and ETA on a terminal; plain lines in logs."""

from __future__ import annotations

import io

from store_support import write_report

from store.ingest import ingest_paths
from store.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_a_bar_with_files_mb_facts_rate_and_eta():
    out = Terminal()
    p = Progress(total_files=4, total_bytes=4 * 1048576, stream=out)
    for _ in range(4):
        p.advance(1048576, facts=10, failed=False)
    p.close()
    text = out.getvalue()
    assert "4.0/4.0 MB" in text and "4/4 files" in text and "40 facts" in text
    assert "MB/s" in text and "<" in text  # rate and elapsed<remaining


def test_a_pipe_gets_plain_lines():
    out = io.StringIO()
    p = Progress(total_files=2, total_bytes=2048, stream=out, every_s=0)
    p.advance(1024, facts=3, failed=True)
    p.close()
    (line,) = out.getvalue().splitlines()
    assert line.startswith("ingest: 1/2 files") and "3 facts" in line and "1 failed" in line and "ETA" in line
    assert "\r" not in out.getvalue()


def test_ingest_reports_every_file_to_the_progress(tmp_path):
    for i in range(3):
        write_report(tmp_path / "r", f"r{i}.txt", issue=i)
    out = Terminal()
    ingest_paths([tmp_path / "r"], tmp_path / "p.duckdb", jobs=1, progress_stream=out)
    assert "3/3 files" in out.getvalue()
    out = Terminal()  # unchanged files count as progress too
    ingest_paths([tmp_path / "r"], tmp_path / "p.duckdb", jobs=1, progress_stream=out)
    assert "3/3 files" in out.getvalue()
