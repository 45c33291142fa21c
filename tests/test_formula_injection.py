"""Spreadsheet formula injection: text cells of CSV/XLSX exports that start with = + - @ are made plain text.

A file name or a report sentence such as `=HYPERLINK("http://evil","点我")` would otherwise run as a formula
when an analyst opens the export in Excel or LibreOffice. JSON lines and Parquet keep the text exactly.
"""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pyarrow.parquet as pq
import pytest
from openpyxl import load_workbook
from store_support import record

from dashboard.exporters import csv_bytes
from store.export import export, spreadsheet_safe
from store.writer import StoreWriter

HOSTILE = ['=HYPERLINK("http://evil.example","点我")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
           "\t=1", "\r=1",
           # spaces first: LibreOffice and some Excel imports trim them and run the rest (it once got through)
           '  =HYPERLINK("http://evil.example","点我")', " +1+1", "\u3000=1+1", "\u00a0@SUM(A1)", " \n-2+3"]
HARMLESS = ["全市增长5%。", "'已有引号", "a=b", "5-3", "", "2021-07-05", "   ", "  a=b", " 增长-5%"]


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_starts_get_a_quote(text):
    assert spreadsheet_safe(text) == "'" + text


@pytest.mark.parametrize("value", [*HARMLESS, -2.4, 3, None, 0.0])
def test_everything_else_is_unchanged(value):
    assert spreadsheet_safe(value) == value


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    db = tmp_path_factory.mktemp("formula") / "f.duckdb"
    StoreWriter(db).write_batch([record("d1", '=HYPERLINK("http://evil","x").txt', [
        {"quote": q, "subject": q, "value": -2.4} for q in HOSTILE[:4]])])
    return db


def test_csv_export_defuses_text_but_keeps_negative_numbers(db, tmp_path):
    out = tmp_path / "facts.csv"
    export(db, "facts", "csv", out)
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert sorted(r["quote"] for r in rows) == sorted("'" + q for q in HOSTILE[:4])
    assert all(r["subject"] == r["quote"] and r["doc"].startswith("'=HYPERLINK") for r in rows)
    assert {r["value"] for r in rows} == {"-2.4"}


def test_xlsx_export_defuses_text_but_keeps_numbers(db, tmp_path):
    out = tmp_path / "facts.xlsx"
    export(db, "facts", "xlsx", out)
    ws = load_workbook(out).active
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, [c.value for c in r], strict=True)) for r in ws.iter_rows(min_row=2)]
    assert sorted(r["quote"] for r in rows) == sorted("'" + q for q in HOSTILE[:4])
    assert all(r["value"] == -2.4 for r in rows)
    assert not any(c.data_type == "f" for r in ws.iter_rows() for c in r)  # no cell is a formula


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_machine_formats_keep_the_text_exactly(db, tmp_path, fmt):
    out = tmp_path / f"facts.{fmt}"
    export(db, "facts", fmt, out)
    rows = ([json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if fmt == "jsonl"
            else pq.read_table(out).to_pylist())
    assert sorted(r["quote"] for r in rows) == sorted(HOSTILE[:4])


def test_dashboard_csv_defuses_text_columns_only():
    df = pd.DataFrame({"quote": HOSTILE[:4], "value": [-2.4, 1.0, -3.0, 4.0], "doc": ["a.txt"] * 4})
    back = pd.read_csv(io.BytesIO(csv_bytes(df)), encoding="utf-8-sig")
    assert list(back["quote"]) == ["'" + q for q in HOSTILE[:4]]
    assert list(back["value"]) == [-2.4, 1.0, -3.0, 4.0] and list(back["doc"]) == ["a.txt"] * 4
    assert list(df["quote"]) == HOSTILE[:4]  # the caller's frame is not changed
