"""FactFilter: each filter keeps the right rows, and user text only ever reaches DuckDB as a bound parameter."""

from __future__ import annotations

from datetime import date

import pytest
from store_support import record

from store.connection import read_connection
from store.filters import FactFilter, FilterError
from store.writer import StoreWriter

INJECTIONS = [
    "'; DROP TABLE facts;--",
    "' OR '1'='1",
    "\"; DELETE FROM documents; --",
    "%",
    "_",
    "1) OR (1=1",
    "辽源市' UNION SELECT * FROM documents --",
    "\\",
    "?",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    db = tmp_path_factory.mktemp("filters") / "f.duckdb"
    StoreWriter(db).write_batch([
        record("d1", "a.txt", [
            {"quote": "全市地区生产总值达到181.68亿元。", "family": "investment", "indicator": "investment.completed",
             "subject": "完成投资", "value": 18168000000, "unit": "CNY", "period_start": "2020-01-01",
             "period_end": "2020-12-31"},
            {"quote": "地区生产总值增长6.1%。", "indicator": "growth.gdp", "value": 6.1,
             "period_start": "2021-01-01", "period_end": "2021-06-30"},
        ], published="2021-07-05"),
        record("d2", "b.txt", [
            {"quote": "东丰县财政收入增长3.4%。", "region": "东丰县", "subject": "一般公共预算收入",
             "indicator": "growth.fiscal_revenue", "value": 3.4, "status": "target",
             "period_start": "2022-01-01", "period_end": "2022-12-31"},
        ], published="2022-01-20"),
    ])
    return db


def quotes(db, flt: FactFilter, table="facts") -> list[str]:
    with read_connection(db) as con:
        cols = [d[0] for d in con.execute(f"SELECT * FROM {table} LIMIT 0").description]
        where, params = flt.where(cols)
        return sorted(r[0] for r in con.execute(f"SELECT quote FROM {table} {where}", params).fetchall())


GDP, INVEST, FISCAL = "地区生产总值增长6.1%。", "全市地区生产总值达到181.68亿元。", "东丰县财政收入增长3.4%。"


@pytest.mark.parametrize("flt, expected", [
    (FactFilter(), [FISCAL, INVEST, GDP]),
    (FactFilter(family="investment"), [INVEST]),
    (FactFilter(family=["investment", "growth_rate"]), [FISCAL, INVEST, GDP]),
    (FactFilter(indicator="growth.gdp"), [GDP]),
    (FactFilter(indicator=("growth.gdp", "growth.fiscal_revenue")), [FISCAL, GDP]),
    (FactFilter(region="东丰县"), [FISCAL]),
    (FactFilter(status="target"), [FISCAL]),
    (FactFilter(doc="a.txt"), [INVEST, GDP]),
    (FactFilter(document_id="d2"), [FISCAL]),
    (FactFilter(search="181.68"), [INVEST]),
    (FactFilter(search="完成投资"), [INVEST]),  # the subject, not in the quote
    (FactFilter(search="东丰县"), [FISCAL]),
    (FactFilter(period_from="2021"), [FISCAL, GDP]),
    (FactFilter(period_from="2021-07"), [FISCAL]),
    (FactFilter(period_to="2020-12-31"), [INVEST]),
    # a year or month as --to means its last day: all of it is kept
    (FactFilter(period_from="2021", period_to="2021"), [GDP]),
    (FactFilter(period_from="2021-07", period_to="2022"), [FISCAL]),
    (FactFilter(period_from="2020-12", period_to="2020-12"), [INVEST]),
    (FactFilter(period_from="2022-02", period_to="2022-02"), [FISCAL]),
    (FactFilter(period_from=date(2021, 3, 1), period_to="2021-03-31"), [GDP]),  # overlap, not containment
    (FactFilter(period_from="2021", region="辽源市", family="growth_rate"), [GDP]),
    (FactFilter(family=[], region="", search=""), [FISCAL, INVEST, GDP]),  # empty values filter nothing
])
def test_filter_keeps_exactly(db, flt, expected):
    assert quotes(db, flt) == expected


@pytest.mark.parametrize("text", INJECTIONS)
@pytest.mark.parametrize("field", ["family", "indicator", "region", "search", "doc", "status", "document_id"])
def test_injection_strings_are_plain_values(db, field, text):
    literal = sorted(q for q in (GDP, INVEST, FISCAL) if text in q) if field == "search" else []
    assert quotes(db, FactFilter(**{field: text})) == literal  # "%" and "_" are not wildcards
    where, params = FactFilter(**{field: text}).where()
    assert text in params
    if len(text) > 2:
        assert text not in where
    with read_connection(db) as con:
        assert con.execute("SELECT count(*) FROM facts").fetchone()[0] == 3
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2


@pytest.mark.parametrize("flt, message", [
    (FactFilter(period_from="2021-13"), "--from must be a date"),
    (FactFilter(period_to="yesterday"), "--to must be a date"),
    (FactFilter(period_from="2022", period_to="2021"), "is after --to"),
])
def test_bad_filters_say_what_is_wrong(flt, message):
    with pytest.raises(FilterError, match=message):
        flt.where()


def test_filters_on_views_use_their_columns(db):
    assert quotes(db, FactFilter(region="东丰县"), table="growth_rates") == [FISCAL]
    with pytest.raises(FilterError, match="no subject or quote"):
        FactFilter(search="x").where(["region", "day"])
    where, params = FactFilter(period_from="2022-03").where(["region", "day"])
    assert '"day"' not in where and "day" in where and params == [date(2022, 3, 1)]


def test_filter_on_a_missing_column_is_refused():
    with pytest.raises(FilterError, match="--indicator"):
        FactFilter(indicator="covid.deaths").where(["region", "day", "value"])


def test_is_empty():
    assert FactFilter().is_empty() and FactFilter(family=[]).is_empty()
    assert not FactFilter(search="x").is_empty()


@pytest.mark.parametrize("to, last_day", [("2021", date(2021, 12, 31)), ("2024-02", date(2024, 2, 29)),
                                          ("2021-12", date(2021, 12, 31)), ("2021-07-04", date(2021, 7, 4))])
def test_a_year_or_month_as_to_means_its_last_day(to, last_day):
    _, params = FactFilter(period_to=to).where()
    assert last_day in params
    FactFilter(period_from="2021-07", period_to="2021").where()  # July to the end of that year is a range


@pytest.mark.parametrize("flt, expected", [
    (FactFilter(series="growth.gdp"), [GDP]),
    (FactFilter(grain="year"), [FISCAL, INVEST]),
    (FactFilter(grain="half"), [GDP]),
    (FactFilter(placed=True), [FISCAL, INVEST, GDP]),
    (FactFilter(missing="region"), []),
    (FactFilter(missing=["period"]), []),
    (FactFilter(missing="indicator"), []),
])
def test_series_grain_and_missing_filters(db, flt, expected):
    assert quotes(db, flt, table="corrected_facts") == expected


def test_missing_keeps_facts_without_that_and_refuses_the_unknown(tmp_path):
    db = tmp_path / "m.duckdb"
    StoreWriter(db).write_batch([record("d1", "a.txt", [
        {"quote": "无时间。", "period_start": None, "period_end": None},
        {"quote": "无地区。", "region": None}, {"quote": "齐全。", "indicator": "growth.gdp"}], published=None)])
    assert quotes(db, FactFilter(missing="period"), "corrected_facts") == ["无时间。"]
    assert quotes(db, FactFilter(missing=["period", "region"]), "corrected_facts") == []
    assert quotes(db, FactFilter(missing="region"), "corrected_facts") == ["无地区。"]
    assert len(quotes(db, FactFilter(missing="published"), "corrected_facts")) == 3
    assert quotes(db, FactFilter(placed=True, missing="indicator"), "corrected_facts") == ["无地区。"]
    with pytest.raises(FilterError, match="--missing takes"):
        FactFilter(missing="colour").where()
