"""A new indicator is a catalog entry: extracted, and charted as its hints say, with no code change."""

from __future__ import annotations

import json

import pytest
from dashboard_fixtures import build_db, fact
from streamlit.testing.v1 import AppTest

from extractors.catalog import CATALOG_DIR, load_catalog
from extractors.pipeline import extract_text

ENTRY = '''
[[indicator]]
id = "sock.pairs_shipped"
name_zh = "发货量"
name_en = "Pairs shipped"
kinds = ["level"]
units = ["双"]
aliases = ["发货"]
context = ["袜"]
'''
HINTS = ('[display.indicators]\n"sock.pairs_shipped" = { chart = "bar" }\n')


@pytest.fixture
def catalog(tmp_path, monkeypatch):
    folder = tmp_path / "catalog"
    folder.mkdir()
    for f in CATALOG_DIR.glob("*.toml"):
        text = f.read_text(encoding="utf-8")
        if f.name == "sock.toml":
            text = text.replace('default = ["sock.orders_value"]', 'default = ["sock.pairs_shipped"]')
            text = text.replace("\n[[indicator]]", "\n" + HINTS + "\n[[indicator]]", 1) + ENTRY
        (folder / f.name).write_text(text, encoding="utf-8")
    new = load_catalog(folder)
    import dashboard.hints as hints
    monkeypatch.setattr(hints, "default_catalog", lambda: new)
    for cached in (hints.page, hints.default_series, hints.headline):
        cached.cache_clear()
    yield new
    for cached in (hints.page, hints.default_series, hints.headline):
        cached.cache_clear()


def sock_page():
    from dashboard import family_view
    family_view.render("sock")


def test_a_new_indicator_is_extracted_and_charted_as_its_hints_say(catalog, tmp_path, monkeypatch):
    (f,) = [f for f in extract_text("东北袜业园本月发货3200万双。", "t.txt", catalog=catalog).facts
            if f.indicator == "sock.pairs_shipped"]
    assert f.value == 32000000
    facts = [fact(f"r{m}.txt", f"2021-0{m}-05", "sock_industry", "sock.pairs_shipped", "发货", "东丰县",
                  f"2021-0{m}-28" if m == 2 else f"2021-0{m}-30", 3000e4 + m, "双", period_start=f"2021-0{m}-01")
             for m in (2, 4, 6)]
    monkeypatch.setenv("INDICATORS_DB", str(build_db(tmp_path / "n.duckdb", facts)))
    at = AppTest.from_function(sock_page, default_timeout=30).run()
    assert not at.exception
    assert at.multiselect(key="sock_ind").value == ["sock.pairs_shipped"]  # the page's default, from the hints
    spec = next(json.loads(e.proto.spec) for e in at.main if type(e.proto).__name__ == "VegaLiteChart")
    assert spec["title"]["text"] == "Pairs shipped"
    assert spec["layer"][0]["mark"]["type"] == "bar"  # its chart kind
