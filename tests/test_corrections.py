"""Corrections: stored apart from extracted facts (who, when, why), applied on every read and export, listed,
undoable, and kept when the document is re-extracted."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from store_support import record, rows, run_cli, write_report

from store.corrections import (
    CorrectionError,
    FactKey,
    correct_document,
    correct_fact,
    declared_corrections,
    find_document,
    list_corrections,
    parse_span,
    undo,
)
from store.export import export
from store.filters import FactFilter
from store.ingest import ingest_paths
from store.lookup import find_facts
from store.writer import StoreWriter


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "c.duckdb"
    StoreWriter(path).write_batch([
        record("d1", "a.txt", [{"value": 6.1, "indicator": "growth.gdp"},
                               {"value": 2.0, "region": None, "subject": "粮食产量"}]),
        record("d2", "b.txt", [{"value": 7.0, "indicator": "growth.gdp", "region": "东丰县"}], published=None),
    ])
    return path


GDP = FactKey("d1", 0, 5)
GRAIN = FactKey("d1", 10, 15)


def test_a_fixed_field_shows_in_every_view_and_is_marked(db):
    number = correct_fact(db, GDP, {"value": "6.3", "region": "东辽县"}, "printed page says 6.3", "ana")
    assert number == 1
    (fact,) = rows(db, "SELECT value, region, corrected FROM corrected_facts WHERE start = 0 AND document_id = 'd1'")
    assert fact == {"value": 6.3, "region": "东辽县", "corrected": "region, value"}
    assert rows(db, "SELECT value FROM growth_rates WHERE region = '东辽县'") == [{"value": 6.3}]
    assert rows(db, "SELECT value FROM observations WHERE region = '东辽县'") == [{"value": 6.3}]
    assert rows(db, "SELECT value FROM facts WHERE document_id = 'd1' AND start = 0") == [{"value": 6.1}]  # kept


def test_a_rejected_fact_is_left_out_everywhere(db):
    correct_fact(db, GRAIN, {}, "a rank, not a growth rate", reject=True)
    assert [r["value"] for r in rows(db, "SELECT value FROM corrected_facts ORDER BY value")] == [6.1, 7.0]
    assert len(rows(db, "SELECT * FROM growth_rates")) == 2
    assert len(find_facts(db, FactFilter())) == 2


def test_the_latest_correction_of_a_field_wins_and_undo_restores_the_one_before(db):
    first = correct_fact(db, GDP, {"value": "6.2"}, "first reading")
    second = correct_fact(db, GDP, {"value": "6.3"}, "second reading")
    value = "SELECT value FROM corrected_facts WHERE document_id = 'd1' AND start = 0"
    assert rows(db, value) == [{"value": 6.3}]
    undo(db, second, "ana")
    assert rows(db, value) == [{"value": 6.2}]
    undo(db, first)
    assert rows(db, value) == [{"value": 6.1}]
    listed = list_corrections(db)
    assert [c["id"] for c in listed] == [second, first]
    assert listed[0]["undone_by"] == "ana" and listed[0]["changes"] == "value: 6.2 → 6.3"
    assert list_corrections(db, include_undone=False) == []
    with pytest.raises(CorrectionError, match="already undone"):
        undo(db, first)


def test_a_document_date_and_region_apply_to_its_facts(db):
    correct_document(db, "d2", {"published": "2022-01-20", "publisher": "东丰县人民政府"}, "masthead torn")
    correct_document(db, "d1", {"region": "辽源市"}, "the city's daily")
    docs = {r["id"]: r for r in rows(db, "SELECT * FROM corrected_documents")}
    assert docs["d2"]["published"] == date(2022, 1, 20) and docs["d2"]["published_source"] == "correction"
    assert docs["d2"]["publisher"] == "东丰县人民政府" and docs["d2"]["corrected"] == "published, publisher"
    facts = {r["value"]: r for r in rows(db, "SELECT value, region, published, corrected FROM corrected_facts")}
    assert facts[7.0]["published"] == date(2022, 1, 20) and facts[7.0]["corrected"] == "published"
    assert facts[2.0]["region"] == "辽源市" and facts[2.0]["corrected"] == "region"  # it named no place
    assert facts[6.1]["region"] == "辽源市" and facts[6.1]["corrected"] is None  # it named its own


def test_corrections_are_in_exports_with_their_marks(db, tmp_path):
    correct_fact(db, GDP, {"value": "181.68亿"}, "typed as the report writes it")
    out = tmp_path / "facts.csv"
    export(db, "facts", "csv", out)
    table = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    fixed = next(r for r in table if r["start"] == "0" and r["doc"] == "a.txt")
    assert fixed["value"] == "18168000000" and fixed["corrected"] == "value"
    assert {"grain", "period", "series", "corrected"} <= set(table[0])
    export(db, "corrections", "csv", out)
    assert "typed as the report writes it" in out.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("changes, message", [
    ({"value": "lots"}, "value must be a number"),
    ({"period_start": "2021-02-30"}, "period_start must be a date"),
    ({"status": "guess"}, "status must be one of"),
    ({"qualifier": "roughly"}, "qualifier must be one of"),
    ({"indicator": "growth.nothing"}, "not an indicator of the catalog"),
    ({"colour": "red"}, "cannot be corrected"),
    ({"period_start": "2022-01-01"}, r"start \(2022-01-01\) after it ends"),
    ({}, "nothing to correct"),
])
def test_bad_corrections_say_what_is_wrong_and_store_nothing(db, changes, message):
    with pytest.raises(CorrectionError, match=message):
        correct_fact(db, GDP, changes, "because")
    assert list_corrections(db) == []


def test_a_reason_is_required_and_the_fact_must_exist(db):
    with pytest.raises(CorrectionError, match="say why"):
        correct_fact(db, GDP, {"value": "1"}, "  ")
    with pytest.raises(CorrectionError, match="no fact at 3–4"):
        correct_fact(db, FactKey("d1", 3, 4), {"value": "1"}, "why")
    with pytest.raises(CorrectionError, match="no document"):
        correct_document(db, "nope", {"region": "x"}, "why")


def test_a_new_indicator_brings_its_family(db):
    correct_fact(db, GRAIN, {"indicator": "investment.completed"}, "it is an investment figure")
    (fact,) = rows(db, "SELECT family, indicator FROM corrected_facts WHERE start = 10")
    assert fact == {"family": "investment", "indicator": "investment.completed"}


def test_finding_documents_and_spans():
    assert parse_span("411-415") == (411, 415) and parse_span("411–415") == (411, 415)
    for bad in ("411", "5-3", "x-y"):
        with pytest.raises(CorrectionError):
            parse_span(bad)


def test_find_document_by_name_id_or_id_prefix(db):
    assert find_document(db, "a.txt") == ("d1", "a.txt")
    assert find_document(db, "d2") == ("d2", "b.txt")
    with pytest.raises(CorrectionError, match="no stored document"):
        find_document(db, "c.txt")


def test_corrections_survive_forced_re_extraction(tmp_path):
    """The bug this guards: corrections stored with the facts would vanish on `ingest --force`."""
    db = tmp_path / "r.duckdb"
    report = write_report(tmp_path / "in", "lyrb20210705.txt", date(2021, 7, 5))
    ingest_paths([report], db, jobs=1, progress_bar=False)
    fact = next(f for f in find_facts(db, FactFilter(indicator="growth.gdp")))
    correct_fact(db, FactKey(fact["document_id"], fact["start"], fact["end"]), {"region": "东辽县"}, "a county paper")
    ingest_paths([report], db, jobs=1, force=True, progress_bar=False)
    (after,) = find_facts(db, FactFilter(indicator="growth.gdp"))
    assert after["region"] == "东辽县" and after["corrected"] == "region"


def test_a_declared_date_is_given_to_the_extractor_on_the_next_ingest(tmp_path):
    db = tmp_path / "d.duckdb"
    report = tmp_path / "undated.txt"
    report.write_text("本周全市地区生产总值增长6.1%。\n", encoding="utf-8")
    ingest_paths([report], db, jobs=1, progress_bar=False)
    (doc,) = rows(db, "SELECT id, published FROM documents")
    correct_document(db, doc["id"], {"published": "2021-07-09"}, "dated by the archive")
    assert declared_corrections(db) == {doc["id"]: {"published": "2021-07-09"}}
    summary = ingest_paths([report], db, jobs=1, progress_bar=False)
    assert summary.stored == 1  # re-read once with the declared date …
    assert rows(db, "SELECT published, published_source, declared FROM documents") == [
        {"published": date(2021, 7, 9), "published_source": "given", "declared": '{"published": "2021-07-09"}'}]
    assert ingest_paths([report], db, jobs=1, progress_bar=False).unchanged == 1  # … and then left alone


def test_cli_correct_list_undo(db):
    args = ["--db", str(db)]
    done = run_cli("correct", "fact", "a.txt", "0-5", "--set", "region=东辽县", "-r", "county", "--by", "ana", *args)
    assert done.returncode == 0, done.stderr
    assert "correction 1" in done.stderr
    assert run_cli("correct", "document", "b.txt", "--set", "published=2022-01-20", "-r", "torn", *args).returncode == 0
    listed = run_cli("correct", "list", *args)
    assert "a.txt 0–5: region: 辽源市 → 东辽县" in listed.stdout and "ana" in listed.stdout
    assert "b.txt: published: ∅ → 2022-01-20" in listed.stdout
    facts = run_cli("facts", "--region", "东辽县", *args)
    assert "东辽县" in facts.stdout
    assert run_cli("correct", "undo", "1", *args).returncode == 0
    assert "undone by" in run_cli("correct", "list", *args).stdout


@pytest.mark.parametrize("argv, message", [
    (["correct", "fact", "a.txt", "0-5", "--set", "value=lots", "-r", "x"], "value must be a number"),
    (["correct", "fact", "nope.txt", "0-5", "--reject", "-r", "x"], "no stored document"),
    (["correct", "fact", "a.txt", "5", "--reject", "-r", "x"], "START-END"),
    (["correct", "undo", "9"], "no correction number 9"),
])
def test_cli_errors_are_one_line(db, argv, message):
    done = run_cli(*argv, "--db", str(db))
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr
