"""The command line: help texts, exit codes, one-line errors, and `extract` printing only contract JSON."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner
from store_support import SENTENCES, run_cli, write_report

from cli import main
from extractors.fact import CONTRACT_FIELDS, contract_problems

COMMANDS = ["extract", "ingest", "export", "facts", "docs", "serve"]


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def stored(tmp_path):
    folder = tmp_path / "reports"
    write_report(folder, "2021-07-05 周报.txt", day=date(2021, 7, 5))
    write_report(folder, "other.txt", day=date(2021, 8, 2), sentences=SENTENCES[:1])
    db = tmp_path / "db" / "i.duckdb"
    r = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db), "--jobs", "1"])
    assert r.exit_code == 0, r.output
    return folder, db


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_documents_itself(runner, command):
    r = runner.invoke(main, [command, "--help"])
    assert r.exit_code == 0 and len(r.stdout) > 200
    assert "--db" in r.stdout or command == "extract"


def test_top_level_help_lists_every_command(runner):
    r = runner.invoke(main, ["--help"])
    assert all(c in r.stdout for c in COMMANDS)


def test_extract_prints_only_contract_json_lines(tmp_path):
    f = write_report(tmp_path, "r.txt")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    r = run_cli("extract", str(f), str(empty))
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    assert lines
    text = f.read_text(encoding="utf-8")
    for line in lines:
        fact = json.loads(line)
        assert tuple(fact) == CONTRACT_FIELDS and contract_problems(fact, text) == []
    assert r.stderr.strip().splitlines() == [r.stderr.strip()] and "empty.txt" in r.stderr


def test_ingest_summary_and_exit_codes(runner, tmp_path):
    f = write_report(tmp_path, "r.txt")
    db = tmp_path / "i.duckdb"
    r = runner.invoke(main, ["ingest", str(f), "--db", str(db), "--jobs", "1"])
    assert r.exit_code == 0 and "1 stored" in r.stderr and r.stdout == ""
    (tmp_path / "empty.txt").write_bytes(b"")
    r = runner.invoke(main, ["ingest", str(tmp_path), "--db", str(db), "--jobs", "1"])
    assert r.exit_code == 1
    assert "failed: " in r.stderr and "empty.txt" in r.stderr and "1 unchanged" in r.stderr


def test_ingest_into_an_unusable_place_is_one_line_exit_2(runner, tmp_path):
    f = write_report(tmp_path, "r.txt")
    r = runner.invoke(main, ["ingest", str(f), "--db", str(f / "x.duckdb")])
    assert r.exit_code == 2
    assert r.stderr.startswith("error: ") and r.stderr.count("\n") == 1


def test_ingest_on_a_pipe_prints_plain_progress_lines(tmp_path):
    folder = tmp_path / "many"
    for i in range(3):
        write_report(folder, f"r{i}.txt", day=date(2021, 7, 1 + i))
    r = run_cli("ingest", str(folder), "--db", str(tmp_path / "i.duckdb"), "--jobs", "2")
    assert r.returncode == 0, r.stderr
    assert "\r" not in r.stderr and "3 stored" in r.stderr and r.stdout == ""


def test_facts_of_a_file_and_where_a_number_comes_from(runner, stored):
    folder, db = stored
    r = runner.invoke(main, ["facts", str(folder / "other.txt"), "--db", str(db)])
    assert r.exit_code == 0 and "6.1 %" in r.stdout and "other.txt" in r.stdout
    assert "周报" not in r.stdout
    r = runner.invoke(main, ["facts", "--search", "10.5", "--db", str(db)])
    assert r.exit_code == 0 and "固定资产投资" in r.stdout and "2021-07-05 周报.txt" in r.stdout
    r = runner.invoke(main, ["facts", "--search", "10.5", "--json", "--db", str(db)])
    assert all(json.loads(x)["quote"] for x in r.stdout.splitlines())


def test_facts_of_a_file_that_was_never_ingested(runner, stored, tmp_path):
    _, db = stored
    f = write_report(tmp_path, "new.txt", sentences=["进出口总额增长12.3%。"])
    r = runner.invoke(main, ["facts", str(f), "--db", str(db)])
    assert r.exit_code == 1 and "not in the database" in r.stderr


def test_docs_lists_documents_and_failures(runner, stored, tmp_path):
    folder, db = stored
    (folder / "empty.txt").write_bytes(b"")
    runner.invoke(main, ["ingest", str(folder), "--db", str(db), "--jobs", "1"])
    r = runner.invoke(main, ["docs", "--db", str(db)])
    assert r.exit_code == 0 and r.stdout.count("\n") == 3
    r = runner.invoke(main, ["docs", "--failed", "--db", str(db)])
    assert r.stdout.count("\n") == 1 and "FAILED" in r.stdout and "empty.txt" in r.stdout


def test_db_comes_from_the_environment(runner, stored):
    _, db = stored
    r = runner.invoke(main, ["docs"], env={"INDICATORS_DB": str(db)})
    assert r.exit_code == 0 and "other.txt" in r.stdout


def test_facts_by_document_name(runner, stored):
    _, db = stored
    r = runner.invoke(main, ["facts", "--doc", "other.txt", "--json", "--db", str(db)])
    docs = {json.loads(x)["doc"] for x in r.stdout.splitlines()}
    assert r.exit_code == 0 and docs == {"other.txt"}


def test_facts_of_a_file_that_failed_says_why(runner, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    db = tmp_path / "i.duckdb"
    runner.invoke(main, ["ingest", str(bad), "--db", str(db)])
    r = runner.invoke(main, ["facts", str(bad), "--db", str(db)])
    assert r.exit_code == 1 and "stored as failed" in r.stderr and "empty" in r.stderr
