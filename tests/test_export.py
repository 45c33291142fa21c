"""Exports: every table in every format, filters applied, CSV with a BOM, files complete or absent."""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from openpyxl import load_workbook
from store_support import record

from cli import main
from store import export as export_module
from store.connection import read_connection
from store.export import FORMATS, TABLES, ExportError, export
from store.filters import FactFilter
from store.writer import StoreWriter

QUOTE = "全市完成固定资产投资181.68亿元，增长10.5%。"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    db = tmp_path_factory.mktemp("export") / "e.duckdb"
    StoreWriter(db).write_batch([
        record("d1", "周报 “一”.txt", [
            {"quote": QUOTE, "family": "investment", "indicator": "investment.completed", "subject": "固定资产投资",
             "value": 18168000000, "unit": "CNY"},
            {"quote": QUOTE, "value": 10.5, "subject": "固定资产投资"},
            {"quote": "新增确诊病例3例。", "family": "covid", "indicator": "covid.new_confirmed", "value": 3,
             "unit": "例", "period_start": "2022-03-10", "period_end": "2022-03-10"},
            {"quote": "含控制字符\x07的句子。", "family": "other", "subject": "x", "value": 1, "unit": "个"},
        ]),
        record("d2", "b.txt", [{"quote": "东丰县增长3%。", "region": "东丰县", "value": 3}], published="2021-08-01"),
    ])
    return db


def read_back(path, fmt) -> list[dict]:
    if fmt == "csv":
        with open(path, encoding="utf-8-sig", newline="") as f:
            return list(csv.DictReader(f))
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if fmt == "parquet":
        return pq.read_table(path).to_pylist()
    ws = load_workbook(path, read_only=True).active
    rows = list(ws.iter_rows(values_only=True))
    # read-only openpyxl drops trailing empty cells
    return [dict(zip(rows[0], [*r, *[None] * (len(rows[0]) - len(r))], strict=True)) for r in rows[1:]]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("table", TABLES)
def test_every_table_exports_in_every_format(db, tmp_path, table, fmt):
    out = tmp_path / f"{table}.{fmt}"
    n = export(db, table, fmt, out)
    with read_connection(db) as con:
        expected = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    assert n == expected and len(read_back(out, fmt)) == expected


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_exported_fact_carries_quote_doc_and_published(db, tmp_path, fmt):
    out = tmp_path / f"facts.{fmt}"
    export(db, "facts", fmt, out, FactFilter(family="investment"))
    (row,) = read_back(out, fmt)
    assert row["quote"] == QUOTE and row["doc"] == "周报 “一”.txt"
    assert str(row["published"])[:10] == "2021-07-05"
    assert float(row["value"]) == 18168000000


def test_csv_is_utf8_with_bom_for_excel(db, tmp_path):
    out = tmp_path / "f.csv"
    export(db, "facts", "csv", out)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and QUOTE.encode("utf-8") in data


def test_whole_numbers_are_written_without_a_trailing_point_zero(db, tmp_path):
    out = tmp_path / "f.jsonl"
    export(db, "facts", "jsonl", out, FactFilter(family="investment"))
    assert '"value": 18168000000,' in out.read_text(encoding="utf-8")


def test_filters_apply_to_exports(db, tmp_path):
    out = tmp_path / "f.csv"
    assert export(db, "facts", "csv", out, FactFilter(region="东丰县")) == 1
    assert [r["doc"] for r in read_back(out, "csv")] == ["b.txt"]
    assert export(db, "covid_cases", "csv", out, FactFilter(period_from="2022-03-10")) == 1


def test_control_characters_do_not_break_excel(db, tmp_path):
    out = tmp_path / "f.xlsx"
    export(db, "facts", "xlsx", out, FactFilter(family="other"))
    assert read_back(out, "xlsx")[0]["quote"] == "含控制字符的句子。"


def test_a_failed_export_leaves_the_previous_file_untouched(db, tmp_path, monkeypatch):
    out = tmp_path / "f.xlsx"
    out.write_bytes(b"previous")
    monkeypatch.setattr(export_module, "_XLSX_MAX_ROWS", 1)
    with pytest.raises(ExportError, match="do not fit in one Excel sheet"):
        export(db, "facts", "xlsx", out)
    assert out.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["f.xlsx"]  # no temporary file left behind


@pytest.mark.parametrize("table, fmt, out, message", [
    ("nope", "csv", "x.csv", "unknown table"),
    ("facts; DROP TABLE facts", "csv", "x.csv", "unknown table"),
    ("facts", "xml", "x.xml", "unknown format"),
    ("facts", "parquet", None, "binary format"),
    ("facts", "csv", "no/such/folder/x.csv", "cannot write here"),
])
def test_bad_export_requests_are_refused_clearly(db, tmp_path, monkeypatch, table, fmt, out, message):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ExportError, match=message):
        export(db, table, fmt, out)


def test_cli_export_to_stdout_and_file(db, tmp_path):
    r = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "jsonl", "--region", "东丰县"])
    assert r.exit_code == 0, r.output
    assert [json.loads(x)["doc"] for x in r.stdout.splitlines()] == ["b.txt"]
    out = tmp_path / "o.parquet"
    r = CliRunner().invoke(main, ["export", "observations", "--db", str(db), "--format", "parquet", "-o", str(out)])
    assert r.exit_code == 0 and "wrote" in r.stderr and pq.read_table(out).num_rows > 0


@pytest.mark.parametrize("option", ["--search", "--region", "--indicator", "--family", "--doc", "--status"])
def test_cli_injection_strings_reach_duckdb_only_as_values(db, tmp_path, option):
    out = tmp_path / "x.csv"
    r = CliRunner().invoke(main, ["export", "--db", str(db), "-o", str(out), option, "'; DROP TABLE facts;--"])
    assert r.exit_code == 0, r.output
    assert read_back(out, "csv") == []
    with read_connection(db) as con:
        assert con.execute("SELECT count(*) FROM facts").fetchone()[0] == 5


def test_cli_export_errors_are_one_line(db, tmp_path):
    r = CliRunner().invoke(main, ["export", "--db", str(db), "--from", "someday"])
    assert r.exit_code == 2 and r.stderr.count("\n") == 1 and r.stderr.startswith("error: ")
    r = CliRunner().invoke(main, ["export", "--db", str(tmp_path / "none.duckdb")])
    assert r.exit_code == 2 and "run `indicators ingest` first" in r.stderr
