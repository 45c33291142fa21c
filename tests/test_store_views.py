"""The views the dashboard charts: one observation per figure with all sources, conflicts flagged, COVID by day."""

from __future__ import annotations

import pytest
from store_support import record, rows

from store.connection import read_connection
from store.writer import StoreWriter


@pytest.fixture
def db(tmp_path):
    return tmp_path / "v.duckdb"


def test_same_figure_in_two_documents_is_one_observation_with_both_sources(db):
    w = StoreWriter(db)
    w.write_batch([record("d1", "a.txt", [{"value": 6.1}], published="2021-07-05"),
                   record("d2", "b.txt", [{"value": 6.1}], published="2021-07-09")])
    obs = rows(db, "SELECT * FROM observations")
    assert len(obs) == 1
    assert obs[0]["n_sources"] == 2 and obs[0]["docs"] == ["a.txt", "b.txt"]
    assert obs[0]["conflict"] is False and obs[0]["value"] == 6.1
    assert [s["doc"] for s in obs[0]["sources"]] == ["a.txt", "b.txt"]


def test_disagreeing_documents_are_kept_and_flagged_never_averaged(db):
    w = StoreWriter(db)
    w.write_batch([record("d1", "a.txt", [{"value": 6.1}], published="2021-07-05"),
                   record("d2", "b.txt", [{"value": 6.3}], published="2021-07-09"),
                   record("d3", "c.txt", [{"value": 6.1}], published="2021-07-01")])
    (obs,) = rows(db, "SELECT * FROM observations")
    assert obs["conflict"] is True
    assert obs["values"] == [6.1, 6.3]
    assert obs["value"] == 6.1  # what most sources say, not the mean 6.17
    assert rows(db, "SELECT count(*) AS n FROM facts")[0]["n"] == 3


def test_conflict_tie_goes_to_the_latest_published(db):
    w = StoreWriter(db)
    w.write_batch([record("d1", "a.txt", [{"value": 6.1}], published="2021-07-05"),
                   record("d2", "b.txt", [{"value": 6.3}], published="2021-07-09")])
    (obs,) = rows(db, "SELECT value, conflict FROM observations")
    assert obs == {"value": 6.3, "conflict": True}


@pytest.mark.parametrize("differs", [
    {"region": "东丰县"}, {"period_end": "2021-12-31"}, {"status": "target"}, {"unit": "CNY"},
    {"indicator": "growth.gdp"},
])
def test_different_region_period_status_unit_or_indicator_are_different_observations(db, differs):
    w = StoreWriter(db)
    w.write_batch([record("d1", "a.txt", [{"value": 6.1}]), record("d2", "b.txt", [{"value": 7.0, **differs}])])
    obs = rows(db, "SELECT conflict FROM observations")
    assert len(obs) == 2 and not any(o["conflict"] for o in obs)


def test_one_document_repeating_a_figure_counts_as_one_source(db):
    StoreWriter(db).write_batch([record("d1", "a.txt", [{"value": 6.1}, {"value": 6.1}])])
    (obs,) = rows(db, "SELECT n_sources, conflict FROM observations")
    assert obs == {"n_sources": 1, "conflict": False}


def covid(indicator, value, day="2022-03-10", region="辽源市"):
    return {"family": "covid", "indicator": indicator, "subject": indicator, "value": value, "unit": "例",
            "period_start": day, "period_end": day, "region": region}


def test_covid_cases_is_one_row_per_region_and_day(db):
    StoreWriter(db).write_batch([
        record("d1", "a.txt", [covid("covid.new_confirmed", 3), covid("covid.cumulative_confirmed", 40),
                               covid("covid.cumulative_cured", 20), covid("covid.new_confirmed", 1,
                                                                          day="2022-03-11")]),
        record("d2", "b.txt", [covid("covid.new_confirmed", 5, region="东丰县")]),
    ])
    got = rows(db, "SELECT region, day::VARCHAR AS day, new_confirmed, cumulative_confirmed, cured, deaths, "
                   "conflict FROM covid_cases ORDER BY region, day")
    assert got == [
        {"region": "东丰县", "day": "2022-03-10", "new_confirmed": 5.0, "cumulative_confirmed": None,
         "cured": None, "deaths": None, "conflict": False},
        {"region": "辽源市", "day": "2022-03-10", "new_confirmed": 3.0, "cumulative_confirmed": 40.0,
         "cured": 20.0, "deaths": None, "conflict": False},
        {"region": "辽源市", "day": "2022-03-11", "new_confirmed": 1.0, "cumulative_confirmed": None,
         "cured": None, "deaths": None, "conflict": False},
    ]


def test_covid_cases_takes_the_latest_report_and_flags_disagreement(db):
    StoreWriter(db).write_batch([
        record("d1", "a.txt", [covid("covid.cumulative_confirmed", 40)], published="2022-03-11"),
        record("d2", "b.txt", [covid("covid.cumulative_confirmed", 42)], published="2022-03-12"),
    ])
    (row,) = rows(db, "SELECT cumulative_confirmed, sources, conflict FROM covid_cases")
    assert row == {"cumulative_confirmed": 42.0, "sources": 2, "conflict": True}


def test_hotline_view_separates_weekly_totals_from_category_shares(db):
    week = {"family": "hotline", "period_start": "2021-11-13", "period_end": "2021-11-19"}
    StoreWriter(db).write_batch([record("d1", "a.txt", [
        {**week, "indicator": "hotline.contacts_total", "subject": "受理", "value": 1520, "unit": "件"},
        {**week, "indicator": "hotline.category_share", "subject": "房地产管理", "value": 12.5, "unit": "%"},
        {**week, "indicator": "hotline.category_count", "subject": "房地产管理", "value": 190, "unit": "件"},
        {**week, "indicator": "hotline.satisfaction_rate", "subject": "群众满意率", "value": 95.2, "unit": "%"},
    ])])
    got = rows(db, "SELECT kind, category, week_end::VARCHAR AS week_end, value FROM hotline ORDER BY kind")
    assert got == [{"kind": "category_count", "category": "房地产管理", "week_end": "2021-11-19", "value": 190.0},
                   {"kind": "category_share", "category": "房地产管理", "week_end": "2021-11-19", "value": 12.5},
                   {"kind": "rate", "category": None, "week_end": "2021-11-19", "value": 95.2},
                   {"kind": "total", "category": None, "week_end": "2021-11-19", "value": 1520.0}]


def test_a_hotline_reports_other_figures_are_never_the_weeks_total(db):
    """hotline.count/items/share are whatever else a hotline report counts (a channel, a department): each is
    its own series, and the `hotline` view does not call it a total."""
    week = {"family": "hotline", "period_start": "2021-11-13", "period_end": "2021-11-19"}
    StoreWriter(db).write_batch([record("d1", "a.txt", [
        {**week, "indicator": "hotline.contacts_total", "subject": "受理", "value": 1520, "unit": "件"},
        {**week, "indicator": "hotline.count", "subject": "微信渠道", "value": 310, "unit": "件"},
        {**week, "indicator": "hotline.items", "subject": "转办", "value": 640, "unit": "件"},
        {**week, "indicator": "hotline.share", "subject": "网络渠道", "value": 41.5, "unit": "%"},
    ])])
    got = rows(db, "SELECT kind, category, value FROM hotline ORDER BY value")
    assert got == [{"kind": "item_share", "category": "网络渠道", "value": 41.5},
                   {"kind": "item_count", "category": "微信渠道", "value": 310.0},
                   {"kind": "item_count", "category": "转办", "value": 640.0},
                   {"kind": "total", "category": None, "value": 1520.0}]
    assert [r["series"] for r in rows(db, "SELECT series FROM corrected_facts ORDER BY value")] == \
        ["hotline.share|网络渠道", "hotline.count|微信渠道", "hotline.items|转办", "hotline.contacts_total"]


def test_every_covid_count_of_a_day_is_a_column_of_covid_cases(db):
    """The bulletins' counts of a region and day (severe, cured, under observation …) are columns of covid_cases
    from their catalog hints; vaccinations and close contacts too."""
    from extractors.catalog import default_catalog

    day = {"family": "covid", "period_start": "2022-03-14", "period_end": "2022-03-14", "unit": "例"}
    columns = {i.id: i.display.column for i in default_catalog().indicators if i.family == "covid"}
    StoreWriter(db).write_batch([record("d1", "a.txt", [
        {**day, "indicator": ind, "subject": ind, "value": n} for n, ind in enumerate(columns, start=1)])])
    (row,) = rows(db, "SELECT * FROM covid_cases")
    shown = {ind: row[col] for ind, col in columns.items() if col}
    assert shown == {ind: float(n) for n, ind in enumerate(columns, start=1) if columns[ind]}
    assert {i for i, c in columns.items() if not c} == {"covid.new_local", "covid.new_imported",
                                                        "covid.cumulative_imported",
                                                        "covid.new_imported_asymptomatic",
                                                        "covid.new_local_asymptomatic"}  # parts of a total


@pytest.mark.parametrize("family, view", [("growth_rate", "growth_rates"), ("investment", "investments"),
                                          ("sock_industry", "sock_industry"), ("hotline", "hotline")])
def test_each_family_view_holds_exactly_its_family(db, family, view):
    StoreWriter(db).write_batch([record("d1", "a.txt", [
        {"family": f, "value": i} for i, f in enumerate(
            ["growth_rate", "investment", "sock_industry", "hotline", "covid", "other"])])])
    got = rows(db, f"SELECT quote FROM {view}")
    facts = rows(db, "SELECT quote FROM facts WHERE family = ?", [family])
    assert got == facts and len(got) == 1


def test_view_indicator_lists_come_from_the_catalog(tmp_path):
    """A new COVID indicator with a `column` hint becomes a column of covid_cases; a new subject-split hotline
    indicator gets its categories and kind, with no code change."""
    from extractors.catalog import CATALOG_DIR, load_catalog
    from store.views import views

    for f in CATALOG_DIR.glob("*.toml"):
        (tmp_path / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    covid = tmp_path / "covid.toml"
    covid.write_text(covid.read_text(encoding="utf-8").replace(
        '[display.indicators]\n', '[display.indicators]\n"covid.new_local" = { chart = "bar", column = "new_local" }\n', 1)
        .replace('"covid.new_local" = { chart = "bar" }\n', ""), encoding="utf-8")
    hotline = tmp_path / "hotline.toml"
    hotline.write_text(hotline.read_text(encoding="utf-8").replace(
        '"hotline.resolution_rate" = { role = "rate" }', '"hotline.resolution_rate" = { series_by = "subject", '
        'role = "category_rate" }'), encoding="utf-8")
    generated = views(load_catalog(tmp_path))
    assert "FILTER (WHERE indicator = 'covid.new_local') AS new_local" in generated["covid_cases"]
    assert "WHEN 'hotline.resolution_rate' THEN 'category_rate'" in generated["hotline"]
    assert "'hotline.resolution_rate'" in generated["corrected_facts"].split("AS series")[0].rsplit("CASE", 1)[1]


def test_a_catalog_edit_that_changes_a_view_rebuilds_the_views(tmp_path, monkeypatch):
    import store.schema as schema
    from store.connection import write_connection

    db = tmp_path / "s.duckdb"
    with write_connection(db):
        pass
    changed = dict(schema.VIEWS, growth_rates=schema.VIEWS["growth_rates"] + " AND value > -1000")
    monkeypatch.setattr(schema, "VIEWS", changed)
    with read_connection(db) as con:
        assert not schema.is_current(con)
    with write_connection(db):
        pass
    with read_connection(db) as con:
        assert schema.is_current(con)
        sql = con.execute("SELECT sql FROM duckdb_views() WHERE view_name = 'growth_rates'").fetchone()[0]
    assert "-1000" in sql


def test_categories_of_one_week_are_different_figures_not_a_conflict(db):
    """The bug: observations grouped by indicator, so two categories' shares of one week were one figure
    reported with two values."""
    week = {"family": "hotline", "indicator": "hotline.category_share", "unit": "%", "period_start": "2021-11-13",
            "period_end": "2021-11-19"}
    StoreWriter(db).write_batch([record("d1", "a.txt", [{**week, "subject": "供热", "value": 30},
                                                         {**week, "subject": "房地产管理", "value": 20}])])
    obs = rows(db, "SELECT measure, conflict FROM observations ORDER BY measure")
    assert obs == [{"measure": "hotline.category_share|供热", "conflict": False},
                   {"measure": "hotline.category_share|房地产管理", "conflict": False}]
