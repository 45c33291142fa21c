"""Shared test helpers: where the sample corpus lives, and a CJK font for tests that build PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus" / "liaoyuan"
CJK_FONT_CANDIDATES = (
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),   # index 2 = Simplified Chinese
    ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
)


def corpus_pages() -> list[Path]:
    return sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


@pytest.fixture
def corpus() -> list[Path]:
    pages = corpus_pages()
    if not pages:
        pytest.skip(f"sample corpus not found at {CORPUS}")
    return pages


def cjk_font() -> tuple[str, int] | None:
    for path, index in CJK_FONT_CANDIDATES:
        if Path(path).is_file():
            return path, index
    return None


def make_pdf(path: Path, lines: list[str]) -> Path:
    """A real text-layer PDF of the given lines (skips the test when no CJK font is installed)."""
    font = cjk_font()
    if font is None:
        pytest.skip("no CJK font installed (fonts-noto-cjk): cannot build a Chinese PDF")
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("cjk", fname=font[0], collection_font_number=font[1])
    pdf.set_font("cjk", size=11)
    for line in lines:
        pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


# The browser tests' shared fixtures (tests/browser/): the app served over the module's own `db` fixture, one
# chromium per module, a fresh page per test. Here, not in a tests/browser/conftest.py, which would shadow this
# module for the tests that import from it.
@pytest.fixture(scope="module")
def server(db, tmp_path_factory):
    from browser_support import running_app

    with running_app(db, tmp_path_factory.mktemp("up")) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from browser_support import CHROMIUM, CHROMIUM_ARGS
    from playwright import sync_api  # a test extra: each browser module skips first when it is absent

    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1300}, accept_downloads=True)
    pg = context.new_page()
    yield pg
    context.close()
