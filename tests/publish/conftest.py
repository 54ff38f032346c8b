"""One site built from the hostile ledger per test session, for the browser tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from makiivka.publish import build
from makiivka.story import paths
from tests.publish.test_browser import hostile_data


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """Build from the hostile ledger into a temporary folder (notebooks copied, not touched)."""
    root = tmp_path_factory.mktemp("site")
    data = hostile_data(root / "data")
    notebooks = root / "notebooks"
    shutil.copytree(paths.NOTEBOOKS_DIR, notebooks, ignore=shutil.ignore_patterns(".*"))
    return build.build(data, root / "out", notebooks_dir=notebooks, progress=lambda m: None)
