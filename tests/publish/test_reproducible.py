"""Reproducible outputs: two builds in two places give byte-identical results.

Each build gets its own copy of the data and the notebooks (outputs stripped)
under a different folder, so nothing may depend on where the project lives,
on the clock, or on the order things happened to run in.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest

from makiivka.publish import build
from makiivka.story import paths
from tests.conftest import tree_digest

CHARTS = ("claims", "gap", "revision", "outlets")


def build_in(place: Path) -> dict[str, dict[str, str]]:
    """Build from fresh copies under *place*; return the digests of outputs and notebooks."""
    data, notebooks, out = place / "data", place / "nested" / "notebooks", place / "out"
    shutil.copytree(paths.DATA_DIR, data)
    shutil.copytree(paths.NOTEBOOKS_DIR, notebooks, ignore=shutil.ignore_patterns(".*"))
    for path in notebooks.glob("*.ipynb"):
        notebook = nbformat.read(path, as_version=4)
        for cell in notebook.cells:
            if cell.cell_type == "code":
                cell.outputs, cell.execution_count = [], None
        nbformat.write(notebook, path)
    build.build(data, out, notebooks_dir=notebooks, progress=lambda message: None)
    return {"out": tree_digest(out), "notebooks": tree_digest(notebooks)}


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory) -> tuple[dict, dict]:
    return build_in(tmp_path_factory.mktemp("here")), build_in(tmp_path_factory.mktemp("there"))


def test_data_exports_are_byte_identical(two_builds):
    first, second = (b["out"] for b in two_builds)
    names = sorted(n for n in first if n.startswith("data/"))
    assert len(names) == 12  # claims, assertions, gap, revisions as CSV, JSON and .xlsx
    assert {n: first[n] for n in names} == {n: second[n] for n in names}


@pytest.mark.parametrize("suffix", [".vl.json", ".svg", ".png", ".html"])
def test_chart_files_are_byte_identical(two_builds, suffix):
    first, second = (b["out"] for b in two_builds)
    for slug in CHARTS:
        name = f"charts/{slug}{suffix}"
        assert first[name] == second[name], name


def test_executed_notebooks_and_report_are_byte_identical(two_builds):
    first, second = two_builds
    assert first["notebooks"] == second["notebooks"]
    assert len(first["notebooks"]) >= 5
    assert first["out"]["report.html"] == second["out"]["report.html"]
