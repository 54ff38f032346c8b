"""Shared browser fixtures: one Chromium per test module, one built site per session.

The browser lives only as long as a module's tests: Playwright's sync API keeps an event
loop running in the main thread, where later tests run notebook kernels (asyncio.run).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from makiivka.publish import build
from makiivka.story import paths
from tests.publish.test_browser import ARGS, CHROMIUM, hostile_data


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install it with `apt-get install -y chromium`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """Build from the hostile ledger into a temporary folder (notebooks copied, not touched)."""
    root = tmp_path_factory.mktemp("site")
    data = hostile_data(root / "data")
    notebooks = root / "notebooks"
    shutil.copytree(paths.NOTEBOOKS_DIR, notebooks, ignore=shutil.ignore_patterns(".*"))
    return build.build(data, root / "out", notebooks_dir=notebooks, progress=lambda m: None)
