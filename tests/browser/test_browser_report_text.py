"""Hostile report text in a real browser: Markdown links, emphasis, HTML and scripts in a sentence show as text.

Streamlit renders the source panel with `st.markdown(..., unsafe_allow_html=True)`; the sentence must come out
as the characters it holds, with only our <mark> around the number (dashboard/highlight.py).
"""

from __future__ import annotations

import sys

import pytest
from browser_support import CHROMIUM, CHROMIUM_ARGS, ROOT, running_app

ARGS = CHROMIUM_ARGS

pytestmark = [pytest.mark.browser, pytest.mark.timeout(120)]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a test extra: pip install -e .[test]")
if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not at /usr/bin/chromium (apt-get install chromium)", allow_module_level=True)

HOSTILE = [
    "[点我领奖](https://evil.example/phish)全市增长5%。",
    "# 大标题 **粗体** _斜体_ `代码` 增长5%。",
    "<img src=x onerror=\"document.title='pwned'\">增长5%。",
    "<script>document.title='pwned'</script>增长5%。",
    "访问 https://evil.example/auto 了解 $x^2$ :warning: 增长5%。",
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    sys.path.insert(0, str(ROOT / "tests"))
    from dashboard_fixtures import build_db

    db = tmp_path_factory.mktemp("hostile") / "h.duckdb"
    facts = [{"doc": f"r{i}.txt", "published": "2021-07-05", "family": "growth_rate", "indicator": None,
              "subject": "产值", "region": "辽源市", "period_start": "2021-01-01", "period_end": "2021-06-30",
              "value": 5.0, "value_high": None, "unit": "%", "qualifier": "exact", "status": "actual",
              "quote": q, "rule": "test"} for i, q in enumerate(HOSTILE)]
    build_db(db, facts)
    with running_app(db, tmp_path_factory.mktemp("up")) as url:
        yield url


def test_sentences_show_as_text_in_the_explorer(server):
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1600})
            # a deep link is the first visit to a fresh server: it once ran a module of a folder named
            # `pages/` as a bare Streamlit page (blank) instead of the app's navigation
            page.goto(f"{server}/explorer")
            page.wait_for_selector('[data-testid="stDataFrame"]', timeout=60000)
            page.wait_for_function("!document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=20000)
            page.wait_for_selector("mark", timeout=30000)
            page.wait_for_timeout(500)
            main = page.locator('[data-testid="stMain"]')
            assert page.title() != "pwned"
            assert main.locator("a[href*='evil.example']").count() == 0  # no link, no autolink
            assert main.locator("img[src='x'], h1:has-text('大标题'), strong:has-text('粗体')").count() == 0
            assert main.locator("em:has-text('斜体'), code:has-text('代码'), .katex").count() == 0
            shown = main.inner_text()
            for text in ("[点我领奖](https://evil.example/phish)", "# 大标题 **粗体** _斜体_ `代码`",
                         "<img src=x onerror=", "<script>document.title='pwned'</script>",
                         "https://evil.example/auto", "$x^2$ :warning:"):
                assert text in shown, text
            assert main.locator("mark").count() == len(HOSTILE) + 1  # the list, and the source panel of row one
        finally:
            browser.close()
