"""Shared fixtures: a private copy of the shipped data folder for each test that edits it."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.story import paths

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium per test module (Debian's, never a download).

    Not per session: Playwright's sync API keeps an event loop running in the main thread
    while it is open, and the build's kernels (``asyncio.run``) cannot start under it.
    """
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install it with `apt-get install -y chromium`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """Return a copy of the shipped data folder that a test may break."""
    target = tmp_path / "data"
    shutil.copytree(paths.DATA_DIR, target)
    return target


def tree_digest(root: Path) -> dict[str, str]:
    """Return every file under *root* with the sha256 of its bytes.

    The store's lock file (``.makiivka.lock``, empty, made by the first writer) is
    not story data and is left out; a journal or staging leftover is counted.
    """
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != ".makiivka.lock"
    }


def reseal(data: Path) -> None:
    """Seal the ledger afresh, for tests that build a different ledger rather than correct one."""
    path = data / "reviewed.csv"
    path.write_text(path.read_text(encoding="utf-8").split("\n")[0] + "\n", encoding="utf-8")
    assert main(["review", "--data", str(data)]) == 0


def append_chained(data: Path, name: str, *lines: str) -> None:
    """Append rows to a hash-chained log (reviewed.csv, corrections.csv) as a script would.

    Each of *lines* is a CSV line of the log's cells but the chain's two columns, which
    are filled here (:func:`makiivka.story.chain.link`), so a test can write a row by hand
    that only the checks it is about refuse.
    """
    import csv
    import io

    from makiivka.story import chain, store

    path = data / name
    text = path.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    columns = text.split("\n", 1)[0].split(",")
    head = rows[-1][chain.OWN] if rows else chain.genesis(columns)
    own = [c for c in columns if c not in chain.COLUMNS]
    fresh = [dict(zip(own, next(csv.reader([line])), strict=True)) for line in lines]
    linked = chain.link(columns, fresh, head)
    path.write_text(text + store.csv_rows(linked, columns), encoding="utf-8")
