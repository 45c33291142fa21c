"""Every dashboard page under AppTest against a temp database: renders, filters, query parameters, languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from dashboard_fixtures import build_db
from streamlit.testing.v1 import AppTest

from dashboard.series_names import indicator_name

APP = Path(__file__).resolve().parents[1] / "dashboard" / "app.py"
FAMILY_PAGES = ("growth", "investment", "hotline", "covid", "sock")
OTHER_PAGES = ("overview", "explorer", "documents")
TIMEOUT = 30


def family_page(key):
    from dashboard import family_view
    family_view.render(key)


def module_page(name):
    import importlib
    importlib.import_module(f"dashboard.views.{name}").render()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_db(tmp_path_factory.mktemp("dash") / "facts.duckdb")


@pytest.fixture(autouse=True)
def use_db(db, monkeypatch):
    monkeypatch.setenv("INDICATORS_DB", str(db))


def run_family(key: str, **params) -> AppTest:
    at = AppTest.from_function(family_page, args=(key,), default_timeout=TIMEOUT)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


def run_module(name: str, **params) -> AppTest:
    at = AppTest.from_function(module_page, args=(name,), default_timeout=TIMEOUT)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


def run_app(**params) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


def charts(at: AppTest) -> list[dict]:
    return [json.loads(e.proto.spec) for e in at.main if type(e.proto).__name__ == "VegaLiteChart"]


TABLE_NAMES = {"Indicator": "label", "Region": "region_label", "Period": "period", "Status": "status_label",
               "Value": "shown_text", "Grain": "grain_label", "Corrected": "corrected_mark"}


def table(at: AppTest):
    """The Table tab of a family page (opened through its query parameter), with the code's column names."""
    at.query_params[f"{_current_page(at)}_tab"] = "Table"
    at.run()
    return at.dataframe[0].value.rename(columns=TABLE_NAMES)


def _current_page(at: AppTest) -> str:
    return at.multiselect[0].key.split("_")[0]  # the series widget, `growth_ind`


@pytest.mark.parametrize("key", FAMILY_PAGES)
def test_family_page_shows_chart_table_sources_downloads_and_links(key):
    at = run_family(key)
    assert not at.exception
    assert len(charts(at)) == 1  # only the open tab runs
    assert [tab.label for tab in at.tabs] == ["Chart", "Table", "Regions", "Target vs actual", "Sources"]
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["CSV (this view)", "CSV (whole indicator)", "Parquet (whole indicator)", "PNG", "SVG", "PDF",
                      "HTML"]
    links = [c.value for c in at.code]
    assert links[0].startswith(f"/{key}")
    assert "embed=true&page=embed&chart=" + key in links[1]
    assert len(table(at)) > 0


@pytest.mark.parametrize("name", OTHER_PAGES)
def test_other_pages_render(name):
    at = run_module(name)
    assert not at.exception
    assert not at.error


def test_app_navigation_opens_overview_with_latest_values():
    at = run_app()
    assert not at.exception
    assert at.title[0].value == "Reported Indicators"
    metrics = {m.label.replace("\\", ""): m.value for m in at.metric}
    assert metrics["Documents"] == "10"
    assert at.selectbox(key="o_region").value == "辽源市"  # the region reporting most headline indicators
    assert metrics["GDP · 2021"] == "6%"  # GDP 2021 in 辽源市, compared with 2020
    assert metrics["Investment completed · 2020"] == "20.35 billion CNY"


def test_chart_title_unit_period_and_source_are_in_the_spec():
    spec = charts(run_family("growth"))[0]
    title = spec["title"]
    assert title["text"] == indicator_name("growth.gdp", "地区生产总值", "en")
    assert title["subtitle"][0] == "% · 2019 – 2022"  # years said as years
    assert title["subtitle"][1].startswith("Source: 3 report(s)")


def test_targets_are_drawn_apart_from_actuals():
    spec = charts(run_family("growth"))[0]
    dash = spec["layer"][0]["encoding"]["strokeDash"]
    assert dash["scale"]["range"][1] == [6, 4]
    fill = spec["layer"][1]["encoding"]["fill"]
    assert fill["condition"]["test"] == "(datum.status === 'actual')" and fill["value"] == "white"


def test_hotline_category_shares_are_stacked_bars():
    at = run_family("hotline", hotline_ind=["房地产管理", "供热", "城乡建设"])
    spec = charts(at)[0]
    bars = spec["layer"][0]
    assert bars["mark"]["type"] == "bar" and bars["encoding"]["y"]["aggregate"] == "sum"
    assert bars["mark"]["size"] > 10  # a week's bar is wide on a month-long axis, not a hairline
    assert set(table(at)["label"]) == {"房地产管理", "供热", "城乡建设"}


def test_region_filter_from_the_url():
    at = run_family("growth", growth_region="东丰县")
    assert set(table(at)["region_label"]) == {"东丰县"}
    assert at.multiselect(key="growth_region").value == ["东丰县"]


def test_changing_a_filter_changes_the_view():
    at = run_family("growth")
    assert len(table(at)) == 5  # GDP: 3 years + 1 target in 辽源市, 1 year in 东丰县
    at.multiselect(key="growth_status").set_value(["target"]).run()
    assert set(table(at)["status_label"]) == {"target"}
    at.date_input(key="growth_to").set_value("2020-12-31").run()
    assert at.warning[0].value.startswith("Nothing matches")


def test_period_range_from_the_url_keeps_periods_that_overlap_it():
    at = run_family("growth", growth_from="2020-06-01", growth_to="2021-06-30")
    assert sorted(table(at)["period"]) == ["2020", "2021", "2021"]  # 辽源市 2020, 2021 and 东丰县 2021
    at = run_family("growth", growth_from="2021-01-01", growth_to="2021-12-31")
    assert sorted(table(at)["period"]) == ["2021", "2021"]


@pytest.mark.parametrize("params", [
    {"growth_ind": "'; DROP TABLE facts; --"},
    {"growth_region": "x' OR '1'='1"},
    {"growth_from": "2021-02-30", "growth_to": "yesterday"},
    {"growth_from": "1900-01-01"},
    {"growth_status": ["bogus", "<script>"]},
    {"lang": "klingon"},
    {"growth_ind": ""},
])
def test_garbage_query_params_fall_back_to_defaults(params):
    at = run_family("growth", **params)
    assert not at.exception
    assert at.multiselect(key="growth_ind").value in (["growth.gdp"], [])
    assert at.header[0].value == "Growth rates"
    if "growth_ind" not in params:
        assert len(table(at)) == 5


def test_series_picked_by_its_label_in_the_url():
    at = run_family("growth", growth_ind=["社会消费品零售总额 · Retail sales"])
    if at.multiselect(key="growth_ind").options[1] != "社会消费品零售总额 · Retail sales":
        pytest.skip("the catalog names retail sales differently now")
    assert at.multiselect(key="growth_ind").value == ["growth.retail_sales"]


def test_language_switch_from_the_url():
    at = run_app(lang="中文")
    assert at.title[0].value == "报告指标"
    assert "文档数" in [m.label for m in at.metric]


def test_embed_page_shows_only_the_chart():
    at = run_app(embed="true", page="embed", chart="covid")
    assert not at.exception
    specs = charts(at)
    assert len(specs) == 1 and specs[0]["title"]["subtitle"][1].startswith("Source:")
    assert not at.get("download_button") and not at.get("multiselect")


@pytest.mark.parametrize("chart", ["nope", "../growth", ""])
def test_embed_page_with_an_unknown_chart_says_what_to_do(chart):
    at = run_app(embed="true", page="embed", chart=chart)
    assert not at.exception
    assert "embed=true&page=embed&chart=growth" in at.info[0].value


def test_explorer_text_search_and_pagination():
    at = run_module("explorer", x_q="就业")
    rows = at.dataframe[0].value
    assert rows["Family"].tolist() == ["Other figures"]
    assert rows["Value"].tolist() == ["14,900 people"]  # the value as a reader checks it, first
    at = run_module("explorer", x_size="25", x_page="2")
    assert at.caption[0].value == "Showing 24 of 49 facts"


def test_explorer_family_and_document_filters():
    at = run_module("explorer", x_family="COVID")  # an option goes by its label in the URL
    assert set(at.dataframe[0].value["Family"]) == {"COVID"}
    at.selectbox(key="x_doc").set_value("doc-sock.txt").run()
    assert not at.exception


def test_source_panel_marks_the_number_and_escapes_the_sentence():
    at = run_module("explorer", x_q="就业")
    html = [m.value for m in at.markdown if "<mark>" in m.value]
    assert html and all("<script" not in h for h in html)
    assert any("&lt;script&gt;" in h and "<mark>1.49万人</mark>" in h for h in html)


@pytest.mark.parametrize("name", ["documents", "explorer", "overview"])
def test_report_text_and_file_names_never_render_as_html(name):
    at = run_module(name)
    for m in at.markdown:
        assert "<script" not in m.value and "<img" not in m.value


def test_empty_database_pages_say_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("INDICATORS_DB", str(build_db(tmp_path / "empty.duckdb", facts=[])))
    at = run_family("covid")
    assert "No COVID facts stored yet" in at.info[0].value
    at = run_app()
    assert "indicators ingest" in at.info[0].value


def test_missing_database_pages_say_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("INDICATORS_DB", str(tmp_path / "nothing-here.duckdb"))
    for name in OTHER_PAGES:
        at = run_module(name)
        assert not at.exception and "indicators ingest" in at.info[-1].value


def test_family_page_in_chinese():
    at = run_family("growth", lang="中文")
    assert at.header[0].value == "增长率"
    assert [tab.label for tab in at.tabs] == ["图表", "表格", "地区比较", "目标与实际", "来源"]
    assert charts(at)[0]["title"]["subtitle"][1].startswith("来源：")
    at.query_params["growth_tab"] = "表格"
    at.run()
    assert list(at.dataframe[0].value.columns) == ["指标", "地区", "时间", "时间粒度", "数值", "类型", "已更正",
                                                   "文档", "发布日期"]
    assert set(at.dataframe[0].value["类型"]) == {"实际", "目标"}


def test_store_busy_is_a_message_not_a_traceback(monkeypatch):
    from contextlib import contextmanager

    import dashboard.queries as q
    from store.connection import StoreBusy

    @contextmanager
    def busy(db, *a, **k):
        raise StoreBusy(f"{db}: the database stayed locked by a writer for more than 10 s")
        yield

    monkeypatch.setattr(q, "read_source", busy)
    q._cached_frame.clear()
    at = run_app()
    assert not at.exception
    assert "stayed locked" in at.error[0].value


@pytest.mark.parametrize("content", [b"this is not a database", b"\x00" * 4096])
def test_unreadable_database_is_a_message_not_a_traceback(tmp_path, monkeypatch, content):
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(content)
    monkeypatch.setenv("INDICATORS_DB", str(bad))
    at = run_app()
    assert not at.exception
    assert str(bad) in at.error[0].value


@pytest.mark.parametrize("params", [
    {"x_family": "bogus"}, {"x_size": "7"}, {"x_page": "-1"}, {"x_page": "999999"}, {"x_from": "2021-02-30"},
    {"x_doc": "'; DROP TABLE facts; --"}, {"x_ind": "growth.gdp"}, {"x_q": "x" * 5000},
])
def test_explorer_garbage_query_params_fall_back(params):
    at = run_module("explorer", **params)
    assert not at.exception
    assert at.caption[0].value.endswith("of 49 facts") or at.caption[0].value == "Showing 0 of 0 facts"


def test_no_indicator_picked_says_what_to_do():
    at = run_family("growth")
    at.multiselect(key="growth_ind").set_value([]).run()
    assert "Pick one or more indicators" in at.info[0].value


def test_series_in_another_unit_are_left_out_with_a_note():
    at = run_family("hotline")
    assert not [c for c in at.caption if "One axis shows one unit" in c.value]
    at.multiselect(key="hotline_ind").set_value(["hotline.contacts_total", "房地产管理", "供热"]).run()
    notes = [c.value for c in at.caption if "One axis shows one unit" in c.value]
    assert notes and "series in 件 are left out" in notes[0]
    assert all(v.endswith("%") for v in table(at)["shown_text"])


def test_a_failed_re_read_shows_beside_the_facts_it_kept(tmp_path, monkeypatch):
    """A stored document whose latest re-read failed keeps its facts (store/writer.py): the Documents page says
    when and why that read failed, and how many documents are in that state."""
    from store.connection import write_connection

    db = build_db(tmp_path / "reread.duckdb")
    with write_connection(db) as con:
        con.execute("UPDATE documents SET reread_error = 'the file is too large to extract in memory', "
                    "reread_at = TIMESTAMP '2026-02-03 04:05:00' WHERE name = 'covid.txt'")
    monkeypatch.setenv("INDICATORS_DB", str(db))
    at = run_module("documents")
    assert not at.exception
    assert at.warning[0].value.startswith("The latest re-read of 1 document(s) failed")
    docs = at.dataframe[0].value.set_index("Document")
    assert docs.loc["covid.txt", "Latest re-read failed"] == \
        "2026-02-03 04:05: the file is too large to extract in memory"
    assert docs.loc["covid.txt", "Result"] == "ok" and docs.loc["covid.txt", "Facts"] == 20
    assert set(docs.drop(index="covid.txt")["Latest re-read failed"]) == {""}
    zh = run_module("documents", lang="中文")
    assert zh.warning[0].value.startswith("1 个文档最近一次重新读取失败")
