"""The dashboard's query module: filters reach DuckDB only as bound values; dedup, headline and caching."""

from __future__ import annotations

from datetime import date

import pytest
from dashboard_fixtures import SCRIPT, build_db, sample_facts

from dashboard import queries
from store.filters import FactFilter

INJECTIONS = ["'; DROP TABLE facts; --", "x' OR '1'='1", "\" OR 1=1 --", "%", "_", "\\", "'", "1; DELETE FROM documents",
              "'||(SELECT count(*) FROM documents)||'"]


@pytest.fixture
def db(tmp_path, monkeypatch):
    path = build_db(tmp_path / "facts.duckdb")
    monkeypatch.setenv("INDICATORS_DB", str(path))
    return path


@pytest.mark.parametrize("evil", INJECTIONS)
@pytest.mark.parametrize("field", ["family", "series", "region", "status", "document_id", "search"])
def test_injection_strings_are_values_not_sql(db, field, evil):
    value = (evil,) if field in ("series", "region", "status") else evil
    flt = FactFilter(**{field: value})
    sql, params = flt.where()
    assert "?" in sql and evil in params
    if len(evil) > 3:
        assert evil not in sql
    # a search matches the characters literally (no LIKE wildcards): count them in Python
    expected = sum(evil.lower() in (f["subject"] + f["quote"]).lower() for f in sample_facts()) \
        if field == "search" else 0
    assert queries.count_facts(flt) == expected
    assert queries.totals()["facts"] == len(sample_facts())


@pytest.mark.parametrize("text, n", [("就业", 1), ("地区生产总值", 5), ("script", 1), (SCRIPT, 1), ("GDP", 0),
                                     ("增长6.5", 1), ("增长6.6", 0), ("%", 20)])
def test_text_search_is_a_plain_substring(db, text, n):
    assert queries.count_facts(FactFilter(search=text)) == n


def test_series_points_keep_one_value_per_series_region_period_and_status(db, tmp_path, monkeypatch):
    facts = sample_facts()
    restated = dict(facts[0], doc="later.txt", published=date(2021, 3, 1), value=5.3)  # a later report revises
    monkeypatch.setenv("INDICATORS_DB", str(build_db(tmp_path / "revised.duckdb", [*facts, restated])))
    points = queries.series_points(FactFilter(family="growth_rate", series=("growth.gdp",), region=("辽源市",)))
    y2019 = points[points["period_end"] == date(2019, 12, 31)]
    assert y2019["value"].tolist() == [5.3] and y2019["doc"].tolist() == ["later.txt"]
    assert len(points) == 4  # 2019, 2020, 2021 actuals + the 2022 target


def test_uncatalogued_and_category_series_go_by_subject(db):
    options = queries.family_options("hotline")
    assert {"hotline.contacts_total", "hotline.category_share|房地产管理", "hotline.category_share|供热",
            "hotline.category_share|城乡建设"} <= set(options["series"])
    assert queries.family_options("other")["series"].tolist() == [f"{SCRIPT}就业"]


def test_period_bounds_and_regions(db):
    assert queries.family_period_bounds("covid") == (date(2022, 3, 10), date(2022, 3, 14))
    assert queries.family_period_bounds("hotline") == (date(2021, 10, 30), date(2021, 11, 26))  # first week's start
    assert queries.family_regions("covid") == ["辽源市", "龙山区"] or set(queries.family_regions("covid")) == {
        "辽源市", "龙山区"}
    assert queries.family_period_bounds("nothing") == (None, None)


def test_headline_points_are_actuals_of_one_region_newest_first(db):
    df = queries.headline_points(("growth.gdp",), "辽源市")
    assert df["value"].tolist() == [6.0, 2.3, 5.1]  # the 2022 target is not an actual
    assert df["period"].tolist() == ["2021", "2020", "2019"]
    assert queries.headline_points(("growth.gdp",), "东丰县")["value"].tolist() == [7.1]


def test_headline_regions_by_how_many_headline_indicators_they_report(db):
    regions = queries.headline_regions(("growth.gdp", "investment.completed", "covid.cumulative_confirmed"))
    assert regions["region"].tolist()[0] == "辽源市"


def test_fact_source_finds_a_fact_by_document_and_offsets(db):
    row = queries.facts(FactFilter(search="就业")).iloc[0]
    fact = queries.fact_source(row["document_id"], row["start"], row["end"])
    assert fact["quote"].startswith(SCRIPT) and fact["path"].endswith(".txt")
    assert queries.fact_source("no-such-doc", 0, 1) is None


def test_cache_refreshes_when_data_changes(db):
    before = queries.totals()["facts"]
    from store.connection import write_connection
    with write_connection(db) as con:
        con.execute("DELETE FROM facts WHERE family = 'other'")
    assert queries.totals()["facts"] == before - 1


def test_missing_database_gives_empty_frames(tmp_path, monkeypatch):
    monkeypatch.setenv("INDICATORS_DB", str(tmp_path / "none.duckdb"))
    assert queries.facts(FactFilter()).empty
    assert queries.totals() == {"documents": 0, "facts": 0, "first": None, "last": None}


def test_reads_wait_for_a_writer_in_another_process_then_answer(db):
    import subprocess
    import sys
    import time

    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; con = duckdb.connect(sys.argv[1]); print('locked', "
         "flush=True); time.sleep(1.0); con.close()", str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        queries._cached_frame.clear()
        started = time.monotonic()
        assert queries.totals()["facts"] == len(sample_facts())
        assert time.monotonic() - started > 0.3  # it waited for the lock instead of failing
    finally:
        holder.wait(10)


def test_downloads_read_fresh_and_stay_out_of_the_cache(db, monkeypatch):
    def no_cache(*args):
        raise AssertionError("a download of up to a million rows went through the query cache")

    monkeypatch.setattr(queries, "_cached_frame", no_cache)
    rows = queries.facts_for_download(FactFilter(family="growth_rate"))
    assert len(rows) > 0 and set(rows["family"]) == {"growth_rate"}


def test_a_database_from_an_older_version_gets_todays_views_on_the_first_read(tmp_path, monkeypatch):
    from store.connection import read_connection, write_connection
    from store.schema import schema_version

    old = build_db(tmp_path / "old.duckdb")
    with write_connection(old) as con:  # as version 3 left it: no corrected views
        con.execute("DROP VIEW growth_rates")
        con.execute("DROP VIEW corrected_facts")
        con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    monkeypatch.setenv("INDICATORS_DB", str(old))
    assert queries.totals()["facts"] == len(sample_facts())
    with read_connection(old) as con:
        assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == schema_version()


def test_corrections_show_in_the_rollups_the_pages_read(db):
    """The overview, the charts and the region and series choices read rollups (store/rollups.py); in a
    database they are computed over the corrected facts, so a correction shows there at once."""
    from store.corrections import FactKey, correct_fact

    gdp = FactFilter(family="growth_rate", series=("growth.gdp",), region=("辽源市",), status=("actual",))
    y2021 = queries.series_points(gdp).set_index("period").loc["2021"]
    key = FactKey(y2021["document_id"], int(y2021["start"]), int(y2021["end"]))
    before = (queries.totals()["facts"], queries.count_facts(FactFilter(family="growth_rate")))

    correct_fact(db, key, {"value": "6.2"}, "the printed page says 6.2")
    fixed = queries.series_points(gdp).set_index("period").loc["2021"]
    assert (fixed["value"], fixed["corrected"]) == (6.2, "value")
    assert queries.headline_points(("growth.gdp",), "辽源市")["value"].tolist()[0] == 6.2

    correct_fact(db, key, {"region": "东辽县"}, "the county's figure")
    assert "2021" not in queries.series_points(gdp)["period"].tolist()
    assert "东辽县" in queries.family_regions("growth_rate")
    assert queries.headline_regions(("growth.gdp",))["region"].tolist()[-1] == "东辽县"

    correct_fact(db, key, {}, "not a figure", reject=True)
    assert (queries.totals()["facts"], queries.count_facts(FactFilter(family="growth_rate"))) == \
        (before[0] - 1, before[1] - 1)
    assert "东辽县" not in queries.family_regions("growth_rate")
    opening = queries.facts(FactFilter(), limit=100)
    assert len(opening) == before[0] - 1 and not ((opening["document_id"] == key.document_id)
                                                  & (opening["start"] == key.start)).any()


def test_the_note_under_a_chart_counts_what_it_cannot_place(db, tmp_path, monkeypatch):
    facts = [*sample_facts(),
             dict(sample_facts()[0], doc="undated.txt", published=None, period_start=None, period_end=None),
             dict(sample_facts()[0], doc="nowhere.txt", region=None)]
    monkeypatch.setenv("INDICATORS_DB", str(build_db(tmp_path / "gaps.duckdb", facts)))
    assert queries.unplaced(FactFilter(family="growth_rate", series=("growth.gdp",))) == \
        {"no_period": 1, "no_region": 1}
    assert queries.unplaced(FactFilter(family="growth_rate", series=("growth.gdp",), status=("target",))) == \
        {"no_period": 0, "no_region": 0}
    assert queries.unplaced(FactFilter(family="hotline")) == {"no_period": 0, "no_region": 0}
