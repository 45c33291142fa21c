"""Corrections made in the dashboard (AppTest): fix or reject a fact from its source panel, date a document,
see them everywhere, undo them on the Corrections page."""

from __future__ import annotations

import pytest
from dashboard_fixtures import build_db, fact, sample_facts
from streamlit.testing.v1 import AppTest

from store.corrections import list_corrections

TIMEOUT = 30


@pytest.fixture
def db(tmp_path, monkeypatch):
    facts = [*sample_facts(), fact("undated.txt", None, "growth_rate", "growth.gdp", "地区生产总值", "辽源市", None,
                                   4.4, "%", quote="全市地区生产总值增长4.4%。")]
    path = build_db(tmp_path / "c.duckdb", facts)
    monkeypatch.setenv("INDICATORS_DB", str(path))
    return path


def module_page(name):
    import importlib
    importlib.import_module(f"dashboard.views.{name}").render()


def run(name, **params) -> AppTest:
    at = AppTest.from_function(module_page, args=(name,), default_timeout=TIMEOUT)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


def by_label(widgets, label):
    return next(w for w in widgets if w.label == label)


def test_fix_a_field_in_the_source_panel_then_undo_it(db):
    at = run("explorer", x_q="就业")  # the source panel shows the first row: 1.49万人 of employment
    assert "Correct this fact" in [e.label for e in at.expander]
    by_label(at.selectbox, "Field").set_value("region").run()
    by_label(at.text_input, "New value").set_value("东丰县")
    by_label(at.text_input, "Why (required)").set_value("the county's own report")
    by_label(at.text_input, "Your name").set_value("Ana")
    by_label(at.button, "Save correction").click().run()
    assert not at.exception and not at.error
    assert at.success[0].value.startswith("Correction 1 saved")
    row = at.dataframe[0].value.iloc[0]
    assert row["Region"] == "东丰县" and row["Corrected"] == "region"
    (saved,) = list_corrections(db)
    assert (saved["author"], saved["reason"], saved["changes"]) == ("Ana", "the county's own report",
                                                                    "region: 辽源市 → 东丰县")

    at = run("corrections")
    listed = at.dataframe[0].value
    assert listed["State"].tolist() == ["applied"] and listed["By"].tolist() == ["Ana"]
    at.selectbox(key="c_pick").set_value(1).run()
    by_label(at.button, "Undo correction 1").click().run()
    assert at.success[0].value == "Correction 1 undone."
    assert at.dataframe[0].value["State"].tolist()[0].startswith("undone by")
    assert run("explorer", x_q="就业").dataframe[0].value.iloc[0]["Region"] == "辽源市"


def test_a_reason_is_required(db):
    at = run("explorer", x_q="就业")
    by_label(at.selectbox, "Field").set_value("value").run()
    by_label(at.text_input, "New value").set_value("1.5万")
    by_label(at.button, "Save correction").click().run()
    assert "say why" in at.error[0].value
    assert list_corrections(db) == []


def test_reject_a_fact(db):
    at = run("explorer", x_q="就业")
    by_label(at.radio, "Correction").set_value("reject").run()
    by_label(at.text_input, "Why (required)").set_value("a slogan, not a figure")
    by_label(at.button, "Save correction").click().run()
    assert at.warning[0].value.startswith("Nothing matches")  # gone from the explorer …
    assert run("corrections").dataframe[0].value["Change"].tolist() == ["rejected: ∅ → true"]


def test_date_an_undated_document_from_the_quality_page(db):
    at = run("quality", q_tab="By document")
    at.selectbox(key="q_fix_doc").set_value("doc-undated.txt").run()
    day = next(w for w in at.date_input if w.label == "Published")
    day.set_value("2021-07-09")
    by_label(at.text_input, "Why (required)").set_value("dated by the archive")
    by_label(at.button, "Save correction").click().run()
    assert not at.error and at.success[0].value.startswith("Correction 1 saved")
    docs = run("documents").dataframe[0].value.set_index("Document")
    assert str(docs.loc["undated.txt", "Published"]) == "2021-07-09"
    assert docs.loc["undated.txt", "Date from"] == "correction"
