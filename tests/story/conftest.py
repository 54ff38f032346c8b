"""Fixtures of the story room's tests: the small Orlen story with a proposed claimant."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story import claimant_story


@pytest.fixture(scope="session")
def orlen_built(tmp_path_factory) -> Path:
    """The Orlen story's data folder as built once (copy it before changing it)."""
    return claimant_story.build(tmp_path_factory.mktemp("orlen") / "story")


@pytest.fixture
def orlen(orlen_built: Path, tmp_path: Path) -> Path:
    """A private copy of the Orlen story's data folder."""
    return claimant_story.copy(orlen_built, tmp_path / "story" / "data")
