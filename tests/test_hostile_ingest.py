"""Hostile input through the real `indicators ingest` command, into a database that already holds good facts.

Every case is a table row: files the test makes, then one real CLI run (a subprocess, as a user would run it).
For every case: no traceback, the exit code says whether something failed, the message names the file and
the problem, a bad file is recorded as failed in `documents`, and the facts stored before are exactly the same
afterwards. Odd but readable files are stored, without absurd facts (no fact from `1..2%` or `增长%`, no
inf/NaN, every period a real date).
"""

from __future__ import annotations

import codecs
import math
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from conftest import make_pdf
from store_support import write_report

from store.connection import read_connection

INGEST = [sys.executable, "-m", "cli", "ingest"]
MASTHEAD = "北方日报\n2021年7月6日 星期二\n总第9100期\n\n"


def masthead_report(*sentences: str, masthead: str = MASTHEAD) -> str:
    return masthead + "\n".join(sentences) + "\n"


@dataclass
class Case:
    """Files to make (name → bytes; a callable makes something that is not plain bytes) and what must happen."""

    files: dict[str, bytes | object]
    outcome: str  # failed: recorded as failed | stored: stored ok | refused: named, not a file, not recorded
    message: str = ""  # a fragment of the problem the message must say (failed/refused)
    args: list[str] | None = None  # what to pass (default: each file made, by path)
    env: dict[str, str] = field(default_factory=dict)
    facts_absent: tuple[str, ...] = ()  # text no stored quote or subject of this case may contain
    values: tuple[float, ...] = ()  # values the stored facts must include


def _symlink_loop(folder: Path) -> None:
    write_report(folder / "loop" / "2021", "inside.txt", day=date(2021, 7, 7),
                 sentences=["全市一般公共预算收入增长3.4%。"])
    os.symlink(folder / "loop", folder / "loop" / "2021" / "back")
    os.symlink(folder / "loop" / "2021", folder / "loop" / "again")


def _pdf_without_text(folder: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 120, 60, style="F")  # a drawing only: what a scanned page is to a text extractor
    pdf.output(str(folder / "scan.pdf"))


def _cut_pdf(folder: Path) -> None:
    whole = make_pdf(folder / "whole.tmp", ["北方日报 2021年7月6日 星期二", "全市地区生产总值增长6.1%。"])
    data = whole.read_bytes()
    whole.unlink()
    (folder / "cut.pdf").write_bytes(data[: len(data) // 3])


UTF8_REPORT = masthead_report("全市地区生产总值增长6.3%。")
GB_REPORT = masthead_report("规模以上工业增加值增长8.4%。")
UTF16_REPORT = masthead_report("社会消费品零售总额增长4.9%。")
SCRIPT_HTML = ("<!DOCTYPE html><html><head><title>北方日报 2021年7月6日</title>"
               "<script>var s = '全市地区生产总值增长99.9%'; document.write('完成投资777亿元');</script>"
               "</head><body><p>全市地区生产总值增长5.2%。</p>"
               "<script type=\"module\">alert('进出口总额下降88.8%')</script>"
               "<p onclick=\"x()\">固定资产投资增长10.5%。</p></body></html>")

CASES: dict[str, Case] = {
    "empty file": Case({"empty.txt": b""}, "failed", "empty"),
    "binary renamed .txt": Case({"photo.txt": bytes(range(256)) * 64}, "failed", "binary"),
    "png renamed .txt": Case({"image.txt": b"\x89PNG\r\n\x1a\n" + bytes(200)}, "failed", "PNG image"),
    "truncated UTF-8": Case({"cut.txt": UTF8_REPORT.encode("utf-8")[:-2]}, "failed", "truncated UTF-8"),
    "mixed-up UTF-8 and GBK": Case({"mixed.txt": UTF8_REPORT.encode() * 4 + "辽源市".encode("gbk")},
                                   "failed", "mixed-up encoding"),
    "PDF without a text layer": Case({"scan.pdf": _pdf_without_text}, "failed", "no text layer"),
    "corrupt PDF": Case({"corrupt.pdf": b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n%%EO"},
                        "failed", "PDF"),
    "truncated real PDF": Case({"cut.pdf": _cut_pdf}, "failed", "PDF"),
    "not a PDF named .pdf": Case({"fake.pdf": b"just some words, no PDF header"}, "failed", "not a PDF"),
    "over the size limit": Case({"huge.txt": ("全市完成投资181.68亿元," * 40_000).encode()}, "failed",
                                "too large", env={"INDICATORS_MAX_BYTES": str(1024 * 1024)}),
    "only markup": Case({"blank.html": b"<html><body><script>var a = 1;</script>  </body></html>"},
                        "failed", "no text"),
    "mixed encodings in one folder": Case(
        {"enc/utf8.txt": UTF8_REPORT.encode("utf-8"), "enc/gb18030.txt": GB_REPORT.encode("gb18030"),
         "enc/utf16.txt": codecs.BOM_UTF16_LE + UTF16_REPORT.encode("utf-16-le"),
         "enc/utf16-nobom.txt": masthead_report("一般公共预算收入增长2.7%。").encode("utf-16-be")},
        "stored", args=["enc"], values=(6.3, 8.4, 4.9, 2.7)),
    "HTML with scripts": Case({"page.html": SCRIPT_HTML.encode("utf-8")}, "stored", values=(5.2, 10.5),
                              facts_absent=("99.9", "777", "88.8", "alert", "document.write")),
    "HTML saved as .txt": Case({"saved.txt": SCRIPT_HTML.encode("gb18030")}, "stored", values=(5.2, 10.5),
                               facts_absent=("99.9", "777", "88.8")),
    "symlink loop": Case({"loop": _symlink_loop}, "stored", args=["loop"], values=(3.4,)),
    "folder named like a report": Case({"x.txt/inner.txt": UTF8_REPORT.encode()}, "stored", args=["x.txt"],
                                       values=(6.3,)),
    "dangling symlink": Case({"gone.txt": lambda folder: os.symlink(folder / "nowhere.txt", folder / "gone.txt")},
                             "refused", "not a regular file"),
    "FIFO": Case({"pipe.txt": lambda folder: os.mkfifo(folder / "pipe.txt")}, "refused", "not a regular file"),
    "missing file": Case({}, "refused", "no such file", args=["absent.txt"]),
    "names with spaces, quotes, Chinese": Case(
        {"报告 2021 with 'single' \"double\" “弯引号” $HOME; rm -rf x.txt": UTF8_REPORT.encode()}, "stored",
        values=(6.3,)),
    "overflowing numbers": Case({"overflow.txt": masthead_report(
        "全市完成投资９９９９９９９９９９９９９９９９９９亿元。",
        "项目总投资" + "9" * 400 + "亿元。", "人口" + "8" * 330 + "人。", "增长" + "7" * 320 + ".5%。",
        "规模以上工业增加值增长8.2%。").encode()}, "stored", values=(8.2,)),
    "1..2% and 增长%": Case({"dots.txt": masthead_report(
        "固定资产投资增长1..2%。", "社会消费品零售总额增长%。", "进出口总额增长%,出口增长..%。",
        "地区生产总值增长6.1%。").encode()}, "stored", values=(6.1,), facts_absent=("1..2", "增长%", "..%")),
    "dates that do not exist": Case({"dates.txt": masthead_report(
        "2月30日,全市新增确诊病例3例。", "2021年13月45日,全市地区生产总值增长6.2%。",
        "4月31日0—24时,全市新增无症状感染者2例。", "截至2月29日24时,累计确诊病例12例。").encode()},
        "stored", values=(6.2,)),
    "masthead from the future": Case({"future.txt": masthead_report(
        "今年上半年全市地区生产总值增长6.4%。", "本周共受理群众来电1520件。",
        masthead="北方日报\n2999年7月5日 星期五\n总第99999期\n\n").encode()}, "stored", values=(6.4,)),
    "masthead from the near future": Case({"soon.txt": masthead_report(
        "今年上半年全市地区生产总值增长6.4%。", "本周共受理群众来电1520件。",
        masthead="北方日报\n2098年7月5日 星期六\n总第99999期\n\n").encode()}, "stored", values=(6.4, 1520)),
}


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory) -> Path:
    """A database holding one good report's facts, made once; each case works on a copy."""
    root = tmp_path_factory.mktemp("seed")
    write_report(root / "good", "good.txt")
    db = root / "seed.duckdb"
    done = subprocess.run([*INGEST, str(root / "good"), "--db", str(db), "--jobs", "1"], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return db


def query(db: Path, sql: str) -> list[tuple]:
    with read_connection(db) as con:
        return con.execute(sql).fetchall()


def snapshot(db: Path) -> tuple[list[tuple], list[tuple]]:
    return (query(db, "SELECT id, path, status, error, facts, ingested_at FROM documents ORDER BY id"),
            query(db, "SELECT document_id, * FROM facts ORDER BY document_id, start, rule"))


def make_files(folder: Path, files: dict) -> list[str]:
    made = []
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if callable(content):
            content(folder)
        else:
            path.write_bytes(content)
        made.append(str(path))
    return made


@pytest.mark.timeout(120)
@pytest.mark.parametrize("case", list(CASES.values()), ids=list(CASES))
def test_hostile_input_through_ingest(tmp_path, seeded_db, case: Case):
    db = tmp_path / "i.duckdb"
    shutil.copy(seeded_db, db)
    docs_before, facts_before = snapshot(db)
    assert facts_before, "the seed report gave no facts"
    folder = tmp_path / "in"
    folder.mkdir()
    made = make_files(folder, case.files)
    args = [str(folder / a) for a in case.args] if case.args is not None else made
    done = subprocess.run([*INGEST, *args, "--db", str(db), "--jobs", "1", "--no-progress"], capture_output=True,
                          text=True, timeout=100, env={**os.environ, **case.env})

    assert "Traceback" not in done.stderr, done.stderr
    assert done.stdout == ""
    docs_after, facts_after = snapshot(db)
    before_ids = {row[0] for row in docs_before}
    # What was stored before is exactly as it was: its document rows and every one of its facts.
    assert [row for row in docs_after if row[0] in before_ids] == docs_before
    assert [row for row in facts_after if row[0] in before_ids] == facts_before
    new_docs = [row for row in docs_after if row[0] not in before_ids]

    if case.outcome == "failed":
        assert done.returncode == 1, done.stderr
        assert len(new_docs) == 1 and new_docs[0][2] == "failed", new_docs
        assert case.message.lower() in (new_docs[0][3] or "").lower()
        assert new_docs[0][4] == 0 and len(facts_after) == len(facts_before)
        line = next(ln for ln in done.stderr.splitlines() if ln.startswith("failed: "))
        assert args[0] in line and case.message.lower() in line.lower()
    elif case.outcome == "refused":
        assert done.returncode == 1, done.stderr
        assert args[0] in done.stderr and case.message in done.stderr
        assert (docs_after, facts_after) == (docs_before, facts_before)
    else:
        assert done.returncode == 0, done.stderr
        assert new_docs and all(row[2] == "ok" and row[3] is None for row in new_docs), new_docs
        check_stored_facts(db, before_ids, case)


def check_stored_facts(db: Path, before_ids: set[str], case: Case) -> None:
    marks = ", ".join(f"'{i}'" for i in before_ids)
    rows = query(db, "SELECT value, value_high, period_start, period_end, quote, subject, doc, published "
                     f"FROM facts WHERE document_id NOT IN ({marks})")
    values = [r[0] for r in rows]
    for v in case.values:
        assert any(math.isclose(v, x) for x in values), (v, values)
    for value, high, start, end, quote, subject, _doc, _published in rows:
        assert math.isfinite(value) and (high is None or math.isfinite(high)), (value, high, quote)
        # an open start is a level as of its end (or a figure no time word dates: as of the report)
        assert start is None or (end is not None and start <= end), (start, end, quote)
        for text in case.facts_absent:
            assert text not in quote and text not in (subject or ""), (text, quote)
    if case.args is None:  # the stored names are the files' names exactly, however odd
        names = {r[0] for r in query(db, f"SELECT name FROM documents WHERE id NOT IN ({marks})")}
        assert names == {Path(p).name for p in case.files}


@pytest.mark.parametrize("case,name,published", [
    ("masthead from the future", "future.txt", None),  # the masthead reader knows years 1900–2099 only
    ("masthead from the near future", "soon.txt", date(2098, 7, 5)),
])
def test_a_future_masthead_breaks_nothing_and_periods_stay_real_dates(tmp_path, seeded_db, case, name, published):
    """No clock is read, so nothing can call a date "the future": it is taken as written (or, past 2099, not
    at all), and the periods that follow from it are real dates in that year."""
    db = tmp_path / "i.duckdb"
    shutil.copy(seeded_db, db)
    folder = tmp_path / "in"
    make_files(folder, CASES[case].files)
    done = subprocess.run([*INGEST, str(folder), "--db", str(db), "--jobs", "1"], capture_output=True, text=True,
                          timeout=100)
    assert done.returncode == 0, done.stderr
    assert query(db, f"SELECT published FROM documents WHERE name = '{name}'") == [(published,)]
    periods = query(db, f"SELECT period_start, period_end FROM facts WHERE doc = '{name}'")
    assert len(periods) == 2
    for start, end in periods:
        assert (start, end) == (None, None) if published is None else start.year == end.year == published.year


def test_a_folder_of_good_and_bad_files_stores_the_good_and_records_the_bad(tmp_path, seeded_db):
    """One run over everything at once, with two extraction processes: the bad never stop the good."""
    db = tmp_path / "i.duckdb"
    shutil.copy(seeded_db, db)
    folder = tmp_path / "all"
    folder.mkdir()
    for name, case in CASES.items():
        if case.outcome in ("failed", "stored") and not case.env:
            make_files(folder / name.replace(" ", "_").replace("%", "pct"), case.files)
    docs_before, facts_before = snapshot(db)
    done = subprocess.run([*INGEST, str(folder), "--db", str(db), "--jobs", "2", "--no-progress"],
                          capture_output=True, text=True, timeout=100)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    docs_after, facts_after = snapshot(db)
    before_ids = {row[0] for row in docs_before}
    assert [row for row in facts_after if row[0] in before_ids] == facts_before
    failed = [row for row in docs_after if row[2] == "failed"]
    expected_failed = sum(case.outcome == "failed" and not case.env for case in CASES.values())
    assert len(failed) == expected_failed and all(row[3] for row in failed)
    assert done.stderr.count("failed: ") == expected_failed


@pytest.mark.slow
@pytest.mark.timeout(300)  # a hang guard, not a speed check (bench/ measures speed): 26 s alone, over 85 s on a 2-core machine at load 14
def test_a_large_single_line_file_is_stored(tmp_path, seeded_db):
    """~24 MB on one line (no line breaks at all): read, extracted and stored; the rest untouched."""
    db = tmp_path / "i.duckdb"
    shutil.copy(seeded_db, db)
    docs_before, facts_before = snapshot(db)
    prose = "会议强调,要进一步提高政治站位,坚持问题导向,推动各项任务落地见效,确保完成全年目标任务。"
    path = tmp_path / "一行 报告.txt"
    with open(path, "wb") as f:
        f.write(MASTHEAD.replace("\n", " ").encode())
        for i in range(4000):
            f.write((prose * 50 + f"全市完成投资{100 + i % 900}.{i % 10}亿元。").encode())
    assert path.stat().st_size > 20 * 1024 * 1024 and b"\n" not in path.read_bytes()[200:]
    done = subprocess.run([*INGEST, str(path), "--db", str(db), "--jobs", "1", "--no-progress"],
                          capture_output=True, text=True, timeout=290)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    docs_after, facts_after = snapshot(db)
    before_ids = {row[0] for row in docs_before}
    assert [row for row in facts_after if row[0] in before_ids] == facts_before
    (status, n) = query(db, "SELECT status, facts FROM documents WHERE name = '一行 报告.txt'")[0]
    assert status == "ok" and n > 0
