from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.live import CHROMIUM, CHROMIUM_ARGS, live_server

REQUIRE_BROWSER = os.environ.get("SAFESHARE_REQUIRE_BROWSER") == "1"


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    if not CHROMIUM.exists():
        if REQUIRE_BROWSER:
            pytest.fail(f"{CHROMIUM} is missing but browser tests are required")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with live_server(Path(tmp_path_factory.mktemp("browser"))) as url:
        yield url


@pytest.fixture(scope="session")
def platform_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with live_server(Path(tmp_path_factory.mktemp("platform")), demo_data=True) as url:
        yield url


@pytest.fixture
def platform_page(chromium: Any, platform_server: str) -> Iterator[Any]:
    context = chromium.new_context(base_url=platform_server)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def page(chromium: Any, server: str) -> Iterator[Any]:
    context = chromium.new_context(base_url=server)
    tab = context.new_page()
    yield tab
    context.close()
