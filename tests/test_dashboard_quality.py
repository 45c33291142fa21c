"""Honest gaps under AppTest: the data-quality page, the note under every chart on facts it cannot place, the
hotline's category counts, regions compared and targets met."""

from __future__ import annotations

import pytest
from dashboard_fixtures import build_db, fact, sample_facts
from streamlit.testing.v1 import AppTest

TIMEOUT = 30


def quality_facts() -> list[dict]:
    facts = sample_facts()
    facts += [
        # an undated report: neither its date nor its periods are known
        fact("undated.txt", None, "growth_rate", "growth.gdp", "地区生产总值", "辽源市", None, 4.4, "%",
             quote="全市地区生产总值增长4.4%。"),
        fact("undated.txt", None, "investment", "investment.completed", "完成投资", None, None, 12e8, "CNY",
             quote="完成投资12亿元。"),
        # a figure another report gives differently (gov2021.txt says 2.3 for 2020)
        fact("restated.txt", "2021-03-01", "growth_rate", "growth.gdp", "地区生产总值", "辽源市", "2020-12-31", 2.5,
             "%", period_start="2020-01-01", quote="2020年全市地区生产总值增长2.5%。"),
        # a week of category counts: every category is its own series
        *[fact("lyrb20211126.txt", "2021-11-26", "hotline", "hotline.category_count", cat, "辽源市", "2021-11-26",
               n, "件", period_start="2021-11-20", quote=f"{cat}类{n}件。") for cat, n in
          (("房地产管理", 240), ("供热", 390), ("城乡建设", 180))],
    ]
    return facts


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_db(tmp_path_factory.mktemp("quality") / "q.duckdb", quality_facts())


@pytest.fixture(autouse=True)
def use_db(db, monkeypatch):
    monkeypatch.setenv("INDICATORS_DB", str(db))


def module_page(name):
    import importlib
    importlib.import_module(f"dashboard.views.{name}").render()


def family_page(key):
    from dashboard import family_view
    family_view.render(key)


def run(target, arg, **params) -> AppTest:
    at = AppTest.from_function(target, args=(arg,), default_timeout=TIMEOUT)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


def test_quality_page_counts_what_charts_cannot_place():
    at = run(module_page, "quality")
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["No period"] == "2" and metrics["No region"] == "1" and metrics["Undated report"] == "2"
    assert metrics["Uncatalogued"] == "1" and metrics["Conflicting"] == "2"


@pytest.mark.parametrize("problem, quotes", [
    ("without a period", {"全市地区生产总值增长4.4%。", "完成投资12亿元。"}),
    ("without a region", {"完成投资12亿元。"}),
    ("from reports without a date", {"全市地区生产总值增长4.4%。", "完成投资12亿元。"}),
    ("reported with different values", {"2020年全市地区生产总值增长2.5%。", "2020年全市地区生产总值增长2.3%。"}),
])
def test_each_problem_lists_its_facts_one_click_from_their_sentence(problem, quotes):
    at = run(module_page, "quality", q_missing=problem)
    rows = at.dataframe[0].value
    assert set(rows["Sentence"]) == quotes
    assert any("<mark>" in m.value for m in at.markdown)  # the first row's sentence, its number marked


def test_the_problem_list_narrows_to_a_family_and_series():
    at = run(module_page, "quality", q_missing="without a period", q_family="Investment")
    assert at.dataframe[0].value["Sentence"].tolist() == ["完成投资12亿元。"]


def test_by_document_and_by_indicator():
    at = run(module_page, "quality", q_tab="By document")
    docs = at.dataframe[0].value.set_index("Document")
    assert docs.loc["undated.txt", "Published"] == "undated" and docs.loc["undated.txt", "No period"] == 2
    assert docs.index[0] == "undated.txt"  # the document with most problems first
    at = run(module_page, "quality", q_tab="By indicator")
    inds = at.dataframe[0].value
    assert "(uncatalogued)" in set(inds["Indicator"]) and "GDP" in set(inds["Indicator"])


def test_a_chart_says_what_it_could_not_place_with_a_link_to_them():
    at = run(family_page, "investment")
    note = next(c.value for c in at.caption if "no period" in c.value)
    assert note.startswith("1 fact(s) of these indicators have no period")
    assert "/quality?q_family=Investment&q_series=" in note and "q_missing=without%20a%20period" in note
    assert "1 fact(s) of these indicators have no region" in note


def test_the_link_opens_the_quality_page_on_those_facts():
    at = run(module_page, "quality", q_family="Investment", q_series="完成投资 · Investment completed",
             q_missing="without a period")
    assert at.multiselect(key="q_series").value == ["investment.completed"]
    assert at.dataframe[0].value["Sentence"].tolist() == ["完成投资12亿元。"]


def test_hotline_category_counts_are_one_series_per_category():
    """The bug: the dashboard knew category shares but not counts, so one arbitrary category's count was
    charted per week and the others dropped."""
    at = run(family_page, "hotline", hotline_ind=["房地产管理 · 诉求类别件数 · Contacts by category",
                                                  "供热 · 诉求类别件数 · Contacts by category", "城乡建设 · 诉求类别件数 · "
                                                  "Contacts by category"], hotline_tab="Table")
    rows = at.dataframe[0].value
    assert sorted(rows["Indicator"]) == ["供热", "城乡建设", "房地产管理"]
    assert sorted(rows["Value"]) == ["180 cases", "240 cases", "390 cases"]


def test_regions_ranked_and_targets_met():
    at = run(family_page, "growth", growth_tab="Regions")
    assert not at.exception
    assert at.selectbox(key="growth_rank_period").value == "2021"  # the period most regions report
    at = run(family_page, "growth", growth_tab="Target vs actual")
    table = at.dataframe[0].value
    assert table["Period"].tolist() == ["2022"] and table["Actual"].tolist() == ["not reported"]


def test_overview_cards_follow_the_chosen_region_and_say_when_nothing_compares():
    at = run(module_page, "overview", o_region="东丰县")
    labels = {m.label.replace("\\", ""): m.value for m in at.metric}
    assert labels["GDP · 2021"] == "7.1%"
    assert "No figure for 2020 to compare with." in [c.value for c in at.caption]
