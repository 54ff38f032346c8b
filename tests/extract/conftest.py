"""Fixtures of the extract tests: a small invented story (the Kessa dam collapse) to ingest into."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from makiivka.cli import main
from tests.extract.ingest_story import CLAIMANTS


@pytest.fixture(scope="session")
def empty_story(tmp_path_factory) -> Path:
    """Return a new story with its register and no article (do not change it)."""
    story = tmp_path_factory.mktemp("template") / "kessa"
    assert main(
        ["new", str(story), "--title", "Kessa", "--event", "Collapse of the Kessa dam",
         "--occurred-at", "2019-03-14T04:10-05:00", "--timezone", "America/Bogota",
         "--place", "Kessa", "--noun", "collapse", "--party", "council=Valdera Council",
         "--party", "front=Northern Front"]
    ) == 0  # fmt: skip
    for claimant in CLAIMANTS:
        assert main(["claimant", "add", *claimant, "--story", str(story)]) == 0
    return story


@pytest.fixture
def story(empty_story: Path, tmp_path: Path) -> Path:
    """Return a private copy of the empty story that a test may change."""
    target = tmp_path / "kessa"
    shutil.copytree(empty_story, target)
    return target
