"""中文 mode is complete: headers, statuses, families, grains, tabs, labels, placeholders and messages are
Chinese on every page and tab (AppTest). Only what is the same in both languages by design stays: a series'
bilingual option label (it is what the URL carries), file names and link targets."""

from __future__ import annotations

import re

import pytest
from dashboard_fixtures import build_db, fact, sample_facts
from streamlit.testing.v1 import AppTest

ENGLISH = re.compile(r"[A-Za-z]{2,}")
LINK_TARGET = re.compile(r"\]\([^)]*\)")
FILE_NAME = re.compile(r"\.(txt|html|pdf)( · \S+)?$")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    facts = [*sample_facts(), fact("undated.txt", None, "growth_rate", "growth.gdp", "地区生产总值", "辽源市", None,
                                   4.4, "%")]
    return build_db(tmp_path_factory.mktemp("zh") / "zh.duckdb", facts)


@pytest.fixture(autouse=True)
def use_db(db, monkeypatch):
    monkeypatch.setenv("INDICATORS_DB", str(db))


def family_page(key):
    from dashboard import family_view
    family_view.render(key)


def module_page(name):
    import importlib
    importlib.import_module(f"dashboard.views.{name}").render()


def shown_text(at: AppTest) -> list[str]:
    """What a reader sees as wording: headers, statuses, labels, options, placeholders, messages."""
    out = []
    for df in at.dataframe:
        out += [f"header {c}" for c in df.value.columns]
        for col in df.value.columns:
            if col in ("类型", "时间粒度", "类别", "状态", "目标", "结果", "日期来源"):
                out += [f"cell {v}" for v in df.value[col].dropna().astype(str)]
    out += [f"metric {m.label}" for m in at.metric] + [f"tab {t.label}" for t in at.tabs]
    for w in [*at.selectbox, *at.multiselect, *at.radio]:
        out.append(f"label {w.label}")
        if w.type != "multiselect" or "指标" not in w.label:  # series labels are bilingual by design
            out += [f"option {o}" for o in w.options if not FILE_NAME.search(str(o))]
        if getattr(w.proto, "placeholder", ""):
            out.append(f"placeholder {w.proto.placeholder}")
    out += [f"input {w.label}" for w in [*at.text_input, *at.date_input]] + [f"button {b.label}" for b in at.button]
    out += [f"text {LINK_TARGET.sub('', e.value)}" for e in [*at.caption, *at.info, *at.warning, *at.header,
                                                             *at.subheader, *at.title]]
    return out


PAGES = [(family_page, "growth", t) for t in ("图表", "表格", "地区比较", "目标与实际", "来源")] + \
    [(family_page, k, None) for k in ("investment", "hotline", "covid", "sock")] + \
    [(module_page, n, None) for n in ("overview", "explorer", "quality", "documents", "corrections")] + \
    [(module_page, "quality", t) for t in ("按文档", "按指标")]


@pytest.mark.parametrize("target, arg, tab", PAGES, ids=[f"{a}-{t or ''}" for _, a, t in PAGES])
def test_no_english_wording_in_chinese_mode(target, arg, tab):
    at = AppTest.from_function(target, args=(arg,), default_timeout=30)
    at.query_params["lang"] = "中文"
    if tab:
        at.query_params["q_tab" if arg == "quality" else f"{arg}_tab"] = tab
    at.run()
    assert not at.exception
    english = [t for t in shown_text(at) if ENGLISH.search(t.split(" ", 1)[1])]
    assert english == []
