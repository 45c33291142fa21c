"""What an analyst must be able to trust, in a real browser (Debian's chromium driven by Playwright):

- a year's value stands under its own year, on the chart and in the downloaded PNG;
- the data-quality page shows a report without a date, each fact one click from its sentence;
- a correction made in the browser survives `indicators ingest --force`;
- twenty download clicks, one a second, deliver twenty files;
- a 中文 page shows no English status or header.

The bundled samples plus a report without a date (written here) are ingested; screenshots of the quality,
corrections and Chinese pages go to docs/screenshots/.
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import quote

import pytest
from browser_support import CHROMIUM, ROOT, settle

SHOTS = ROOT / "docs" / "screenshots"
UNDATED = "report_without_date.txt"
# Our own sentences: no masthead, no date in the name or the text, so nothing settles the date, periods or place.
UNDATED_TEXT = "关于全市经济运行情况的通报\n\n前三季度，全市规模以上工业增加值增长5.2%，社会消费品零售总额增长4.1%。" \
               "本月新增城镇就业1200人。\n"
ENGLISH = re.compile(r"[A-Za-z]{2,}")

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a test extra: pip install -e .[test]")
PIL = pytest.importorskip("PIL.Image", reason="Pillow (a streamlit dependency) reads the PNG")
if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not at /usr/bin/chromium (apt-get install chromium); the test never "
                "downloads a browser", allow_module_level=True)


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("reports")
    for f in (ROOT / "data" / "samples").glob("*"):
        if f.suffix in (".txt", ".html"):
            shutil.copy(f, folder / f.name)
    (folder / UNDATED).write_text(UNDATED_TEXT, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def db(reports, tmp_path_factory) -> Path:
    from store.ingest import ingest_paths

    path = tmp_path_factory.mktemp("trust") / "facts.duckdb"
    ingest_paths([reports], path, jobs=1, progress_bar=False)
    return path


def center_x(locator) -> float:
    box = locator.bounding_box()
    return box["x"] + box["width"] / 2


def svg_positions(svg: bytes) -> tuple[dict[str, float], list[tuple[str, float, float, str]]]:
    """Absolute positions in an exported SVG: x-axis labels {text: x} and points [(aria-label, x, y, fill)]."""
    ns = "{http://www.w3.org/2000/svg}"
    labels, points = {}, []

    def walk(node, dx: float, dy: float) -> None:
        m = re.search(r"translate\(([-\d.]+),\s*([-\d.]+)\)", node.get("transform", ""))
        x, y = (dx + float(m.group(1)), dy + float(m.group(2))) if m else (dx, dy)
        if node.tag == f"{ns}text" and re.fullmatch(r"\d{4}", (node.text or "").strip()):
            labels[node.text.strip()] = x
        if node.tag == f"{ns}path" and node.get("aria-roledescription") == "point":
            points.append((node.get("aria-label", ""), x, y, node.get("fill", "")))
        for child in node:
            walk(child, x, y)

    walk(ET.fromstring(svg), 0.0, 0.0)
    return labels, points


def download(pg, button: str) -> bytes:
    with pg.expect_download(timeout=30000) as dl:
        pg.get_by_role("button", name=button, exact=True).click()
    return Path(dl.value.path()).read_bytes()


def test_a_year_stands_under_its_own_year_on_the_chart_and_in_the_png(server, page):
    page.goto(f"{server}/growth?growth_region=" + quote("辽源市") + "&growth_status=actual")
    settle(page, ".vega-embed g.mark-symbol path")
    chart = page.locator(".vega-embed").first
    labels = chart.locator("g.role-axis-label text")
    years = [t for t in labels.all_text_contents() if re.fullmatch(r"\d{4}", t)]
    assert "2019" in years and len(years) == len(set(years)), years  # no label repeats
    for year in ("2019", "2020"):
        dot = chart.locator(f'g.mark-symbol path[aria-label*="Period: {year};"]').first
        tick = labels.filter(has_text=re.compile(f"^{year}$")).first
        assert abs(center_x(dot) - center_x(tick)) < 1.5, year

    svg_labels, points = svg_positions(download(page, "SVG"))
    png = PIL.open(io.BytesIO(download(page, "PNG"))).convert("RGB")
    (label, x, y, fill) = next(p for p in points if "Period: 2019;" in p[0])
    assert abs(x - svg_labels["2019"]) < 1  # under its own year, not under 2020 (axes are drawn on half pixels)
    rgb = tuple(int(fill[i:i + 2], 16) for i in (1, 3, 5))
    pixel = png.getpixel((round(2 * x), round(2 * y)))  # the PNG is drawn at 2×; the point there, not paper

    def distance(a, b):
        return sum(abs(i - j) for i, j in zip(a, b, strict=True))

    assert distance(pixel, rgb) < distance(pixel, (255, 255, 255)) / 3, (pixel, fill)


def test_the_quality_page_shows_the_undated_report_each_fact_one_click_from_its_sentence(server, page):
    page.goto(f"{server}/quality")
    settle(page, '[data-testid="stDataFrame"]')
    metrics = dict(zip(page.locator('[data-testid="stMetricLabel"]').all_inner_texts(),
                       page.locator('[data-testid="stMetricValue"]').all_inner_texts(), strict=True))
    assert int(metrics["Undated report"]) >= 3 and int(metrics["No period"]) >= 3
    table = page.locator('[data-testid="stDataFrame"]').first
    cells = table.locator("td").all_inner_texts()
    assert UNDATED in cells and "no period" in cells
    assert page.locator("mark").first.inner_text() == "增长5.2%"  # the first row's sentence, number marked
    box = table.bounding_box()
    page.mouse.click(box["x"] + 12, box["y"] + 35 + 35 + 17)  # one click on the second row
    page.wait_for_function("document.querySelector('mark') && document.querySelector('mark').innerText "
                           "=== '增长4.1%'", timeout=15000)
    settle(page)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "quality.png"), full_page=True)


def _fill_reason_and_save(page, reason: str) -> None:
    page.get_by_label("Why (required)").fill(reason)
    page.get_by_label("Your name").fill("Browser test")
    page.get_by_label("Your name").press("Tab")
    settle(page)
    page.get_by_role("button", name="Save correction").click()
    page.wait_for_selector("text=saved; it applies everywhere", timeout=30000)
    settle(page)


def test_a_correction_made_in_the_browser_survives_ingest_force(server, page, reports, db):
    doc_id = hashlib.sha256((reports / UNDATED).read_bytes()).hexdigest()
    page.goto(f"{server}/documents?d_doc=" + quote(f"{UNDATED} · {doc_id[:8]}"))
    settle(page, '[role="spinbutton"][aria-label="year, Published"]')  # the correction form's, not the upload's
    page.get_by_role("spinbutton", name="year, Published", exact=True).click()
    page.keyboard.type("20211020")
    page.get_by_label("Region (for facts that name none)").fill("辽源市")
    _fill_reason_and_save(page, "dated by the archive's catalogue")

    page.goto(f"{server}/explorer?x_q=" + quote("本月新增城镇就业"))
    settle(page, "mark")
    page.get_by_text("Correct this fact").click()
    page.get_by_text("Reject the fact").click()
    _fill_reason_and_save(page, "a monthly figure of another report")
    page.wait_for_selector("text=Nothing matches these filters", timeout=30000)  # the fact is gone

    done = subprocess.run([sys.executable, "-m", "cli", "ingest", str(reports), "--db", str(db), "--force",
                           "--jobs", "1"], capture_output=True, text=True, timeout=180, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "0 unchanged" in done.stderr  # every document was extracted again

    page.goto(f"{server}/explorer?x_q=" + quote("本月新增城镇就业"))
    settle(page, "text=Nothing matches these filters")  # still rejected
    page.goto(f"{server}/explorer?x_q=" + quote("规模以上工业增加值增长5.2"))
    settle(page, '[data-testid="stDataFrame"]')
    cells = page.locator('[data-testid="stDataFrame"]').first.locator("td").all_inner_texts()
    assert "辽源市" in cells  # the document's region, for a fact that named none
    # the declared date was given to the extractor: 前三季度 is now January to September 2021
    assert "2021-01–09 (year to date)" in cells
    page.goto(f"{server}/corrections")
    settle(page, '[data-testid="stDataFrame"]')
    states = page.locator('[data-testid="stDataFrame"]').first.locator("td").all_inner_texts()
    assert states.count("applied") == 2
    page.screenshot(path=str(SHOTS / "corrections.png"), full_page=True)


DOWNLOADS = ("CSV (this view)", "CSV (whole indicator)", "Parquet (whole indicator)", "PNG", "SVG", "PDF", "HTML")
MAGIC = {".csv": b"\xef\xbb\xbf", ".parquet": b"PAR1", ".png": b"\x89PNG", ".svg": b"<svg", ".pdf": b"%PDF",
         ".html": b"<!DOCTYPE html"}


def test_twenty_download_clicks_one_a_second_all_deliver_files(server, page):
    page.goto(f"{server}/growth")
    settle(page, ".vega-embed")
    got = []
    page.on("download", lambda d: got.append(d))
    for i in range(20):
        started = time.monotonic()
        page.get_by_role("button", name=DOWNLOADS[i % len(DOWNLOADS)], exact=True).click()
        page.wait_for_timeout(max(0, 1000 - (time.monotonic() - started) * 1000))
    deadline = time.monotonic() + 60
    while len(got) < 20 and time.monotonic() < deadline:
        page.wait_for_timeout(250)
    assert len(got) == 20, f"{20 - len(got)} of 20 clicks delivered no file"
    for dl in got:
        assert dl.failure() is None, dl.suggested_filename
        data = Path(dl.path()).read_bytes()
        assert data.lstrip()[:len(MAGIC[Path(dl.suggested_filename).suffix])] == MAGIC[
            Path(dl.suggested_filename).suffix] or data.lower().lstrip().startswith(b"<!doctype html"), dl.suggested_filename


def test_a_chinese_page_has_no_english_status_or_header(server, page):
    page.goto(f"{server}/growth?lang=" + quote("中文") + "&growth_tab=" + quote("表格"))
    settle(page, '[data-testid="stDataFrame"]')
    table = page.locator('[data-testid="stDataFrame"]').first
    headers = table.locator("th").all_inner_texts()
    assert headers[:3] == ["指标", "地区", "时间"]
    cells = table.locator("td").all_inner_texts()
    assert "实际" in cells and "目标" in cells and "actual" not in cells and "target" not in cells
    statuses = page.locator('[data-testid="stMultiSelect"]').filter(has_text="类型").locator(
        "[data-tag] span[title]").all_inner_texts()
    assert sorted(statuses) == ["实际", "目标", "预计"]
    tabs = page.get_by_role("tab").all_inner_texts()
    nav = page.locator('[data-testid="stSidebarNav"] a').all_inner_texts()
    shown = headers + statuses + tabs + nav + page.locator("h1, h2, h3").all_inner_texts()
    assert [t for t in shown if ENGLISH.search(t)] == []

    page.goto(f"{server}/growth?lang=" + quote("中文"))
    settle(page, ".vega-embed g.mark-symbol path")
    chart_text = page.locator(".vega-embed text").all_text_contents()
    assert [t for t in chart_text if ENGLISH.search(t)] == []  # title, axes, legend, status names
    page.screenshot(path=str(SHOTS / "growth_zh.png"), full_page=True)
