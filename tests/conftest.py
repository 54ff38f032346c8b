"""Shared fixtures: a private copy of the shipped data folder for each test that edits it."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from makiivka import paths


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """Return a copy of the shipped data folder that a test may break."""
    target = tmp_path / "data"
    shutil.copytree(paths.DATA_DIR, target)
    return target


def tree_digest(root: Path) -> dict[str, str]:
    """Return every file under *root* with the sha256 of its bytes."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }
