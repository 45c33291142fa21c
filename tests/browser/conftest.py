"""The fixtures every browser test shares: the app served over a module's database, one chromium per module,
a fresh page per test."""

from __future__ import annotations

import pytest
from browser_support import CHROMIUM, CHROMIUM_ARGS, running_app


@pytest.fixture(scope="module")
def server(db, tmp_path_factory):
    """The dashboard over the module's own `db` fixture."""
    with running_app(db, tmp_path_factory.mktemp("up")) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright import sync_api  # a test extra: each module skips first when it is absent

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
