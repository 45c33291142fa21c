"""The dashboard in a real browser: Debian's chromium driven by Playwright against `streamlit run`.

Opens the app, changes a filter, follows the permalink, downloads a CSV, opens an embed page, uploads a report,
and saves a screenshot of every page to docs/screenshots/ (the README shows overview.png).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from browser_support import CHROMIUM, ROOT, settle

SHOTS = ROOT / "docs" / "screenshots"
PAGES = ("overview", "growth", "investment", "hotline", "covid", "sock", "explorer", "documents")

pytestmark = [pytest.mark.browser, pytest.mark.timeout(120)]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a test extra: pip install -e .[test]")
if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not at /usr/bin/chromium (apt-get install chromium); the test never "
                "downloads a browser", allow_module_level=True)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """The sample reports ingested (synthetic facts when the samples are not there)."""
    path = tmp_path_factory.mktemp("browser") / "facts.duckdb"
    samples = ROOT / "data" / "samples"
    if samples.is_dir() and any(samples.glob("*.txt")):
        from store.ingest import ingest_paths
        ingest_paths([samples], path, jobs=1, progress_bar=False)
    else:
        sys.path.insert(0, str(ROOT / "tests"))
        from dashboard_fixtures import build_db
        build_db(path)
    return path


def test_pages_filter_permalink_download_embed(server, page, tmp_path):
    SHOTS.mkdir(parents=True, exist_ok=True)
    for name in PAGES:
        page.goto(f"{server}/{'' if name == 'overview' else name}")
        settle(page, ".vega-embed" if name not in ("explorer", "documents") else '[data-testid="stDataFrame"]')
        assert page.locator('[data-testid="stException"]').count() == 0, name
        assert page.get_by_text("Page not found").count() == 0, name
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)

    # change a filter: drop "target" from the status filter; the URL follows
    page.goto(f"{server}/growth")
    settle(page, ".vega-embed")
    status = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Status")
    status.get_by_role("button", name="Remove target").click()
    page.wait_for_function("location.search.includes('growth_status=')", timeout=10000)
    settle(page, ".vega-embed")
    permalink = page.url
    assert "growth_status=actual" in permalink and "target" not in permalink.split("growth_status=", 1)[1]

    # the permalink reopens the same view
    page.goto(permalink)
    settle(page, ".vega-embed")
    tags = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Status").locator("[data-tag] span[title]")
    assert sorted(tags.all_inner_texts()) == ["actual", "estimate"]

    # the CSV of the view has a BOM and the contract's columns
    with page.expect_download() as dl:
        page.get_by_role("button", name="CSV (this view)").click()
    data = Path(dl.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"period_end" in data.splitlines()[0]
    assert b",target," not in data

    # a click on a point opens the sentence it came from, the number marked
    page.locator(".vega-embed g.mark-symbol path").first.click(force=True)
    page.wait_for_selector("text=Source of the selected number", timeout=15000)
    # the sentence is drawn in the same run as its heading, but may reach the page a frame later
    page.wait_for_selector("mark", timeout=15000)
    assert page.locator("mark").count() >= 1

    # the embed page shows the chart alone with its title and source line
    page.goto(f"{server}/?embed=true&page=embed&chart=growth")
    settle(page, ".vega-embed")
    assert page.locator('[data-testid="stSidebar"]').count() == 0 or not page.locator(
        '[data-testid="stSidebar"]').is_visible()
    assert page.locator(".vega-embed").count() == 1
    page.screenshot(path=str(SHOTS / "embed.png"), full_page=True)


def test_upload_is_ingested_in_the_background(server, page, tmp_path):
    report = tmp_path / "lyrb20211126 <img src=x onerror=alert(1)> 报告 'x'.txt"
    report.write_text("辽源日报 2021年11月26日 星期五\n本周12345热线共受理群众诉求1650件。\n", encoding="utf-8")
    page.goto(f"{server}/documents")
    settle(page, '[data-testid="stFileUploader"]')
    page.locator('[data-testid="stFileUploader"] input[type=file]').set_input_files(str(report))
    page.wait_for_selector("td:text-is(\"done\")", state="attached", timeout=30000)
    assert page.locator("img[src=x]").count() == 0  # the file name is shown as text
    assert page.get_by_text("onerror=alert(1)").count() >= 1
    page.reload()
    settle(page, '[data-testid="stDataFrame"]')
    assert page.locator('[data-testid="stException"]').count() == 0


def test_language_switch_is_in_the_url_and_follows_navigation(server, page):
    page.goto(server)
    settle(page, ".vega-embed")
    page.get_by_role("radio", name="中文").click()
    page.wait_for_function("location.search.includes('lang=')", timeout=10000)
    settle(page, "h1:has-text('报告指标')")
    page.get_by_role("link", name="增长率").click()
    settle(page, "h2:has-text('增长率')")
    assert "/growth" in page.url and "lang=" in page.url
