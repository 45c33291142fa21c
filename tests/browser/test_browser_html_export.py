"""The offline HTML chart download in a real browser: report text in labels, tooltips and the title shows as
text, and nothing of it runs. Before, `</script><script>…` in a series label ran when the file was opened."""

from __future__ import annotations

import sys

import pandas as pd
import pytest
from browser_support import CHROMIUM, CHROMIUM_ARGS, ROOT

pytestmark = [pytest.mark.browser, pytest.mark.timeout(120)]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a test extra: pip install -e .[test]")
if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not at /usr/bin/chromium (apt-get install chromium)", allow_module_level=True)

# Each would set window.pwned (or open a dialog) if it ever ran.
LABELS = ["</script><script>window.pwned=1;alert(1)</script>产量增长5%",
          "<img src=x onerror=\"window.pwned=2\">投资",
          "<!--<script>window.pwned=3</script>",
          "\u2028\");window.pwned=4;//"]
TITLE = "</title><script>window.pwned=5</script>图表"


def hostile_page(folder) -> str:
    sys.path.insert(0, str(ROOT))
    from dashboard import exporters
    from dashboard.charts import ChartMeta, prepare, time_chart

    n = len(LABELS)
    points = pd.DataFrame({
        "indicator": [None] * n, "subject": LABELS, "region": ["辽源市"] * n,
        "period_start": pd.to_datetime(["2020-01-01"] * n), "period_end": pd.to_datetime(["2020-12-31"] * n),
        "value": [5.0 + i for i in range(n)], "value_high": [None] * n, "unit": ["%"] * n,
        "qualifier": ["exact"] * n, "status": ["actual"] * n, "doc": LABELS[::-1],
        "published": pd.to_datetime(["2021-01-10"] * n), "document_id": [f"d{i}" for i in range(n)],
        "start": list(range(n)), "end": [i + 1 for i in range(n)], "quote": ["…"] * n,
        "grain": ["year"] * n, "period": ["2020"] * n,
    })
    df, unit = prepare(points, "zh")
    spec = time_chart(df, ChartMeta(title=TITLE, unit=unit, period="2020", source="来源"), "line", "zh").to_dict()
    path = folder / "chart.html"
    path.write_bytes(exporters.html_bytes(spec))
    return path.as_uri()


def test_report_text_in_an_html_export_never_runs(tmp_path):
    url = hostile_page(tmp_path)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 800})
            dialogs = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(url)
            page.wait_for_selector("#chart svg .mark-symbol path", timeout=30000)
            texts = page.eval_on_selector_all("#chart svg text", "els => els.map(e => e.textContent)")
            assert any(t.startswith("</script><script>window.pwned=1") for t in texts), texts
            assert any(t.startswith("<img src=x onerror=") for t in texts), texts
            assert page.title() == TITLE  # the page title is the chart's title, as text
            page.hover("#chart svg .mark-symbol path >> nth=1")
            tooltip = page.wait_for_selector(".vg-tooltip.visible", timeout=10000)
            assert "<img src=x onerror=" in tooltip.inner_text() or "</script>" in tooltip.inner_text()
            assert page.locator(".vg-tooltip img").count() == 0
            actions = page.eval_on_selector_all(".vega-actions a", "els => els.map(e => e.textContent)")
            assert actions and not [a for a in actions if "Source" in a or "Editor" in a], actions
            page.wait_for_timeout(300)
            assert page.evaluate("typeof window.pwned") == "undefined"
            assert dialogs == []
        finally:
            browser.close()
