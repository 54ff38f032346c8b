"""Two stories side by side: each build reads and writes only its own story's folders."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat

from makiivka.cli import main
from makiivka.publish import build
from makiivka.story import paths
from tests.conftest import tree_digest

TEMPLATES = paths.PACKAGE_DIR / "publish" / "templates"


def quiet(message: str) -> None:
    """Swallow progress messages."""


def without_pdfs(digest: dict[str, str]) -> dict[str, str]:
    """Drop the PDFs: vl-convert names font subsets differently on every run (README)."""
    return {name: value for name, value in digest.items() if not name.endswith(".pdf")}


def sources(folder: Path, story: str = "") -> list[list[str]]:
    """Return each notebook's cell sources, the templates' story placeholder set to *story*."""
    return [
        [
            cell.source.replace("{{story}}", story)
            for cell in nbformat.read(path, as_version=4).cells
        ]
        for path in sorted(folder.glob("*.ipynb"))
    ]


def test_building_one_story_leaves_another_as_its_own_build_left_it(tmp_path, capsys):
    repository = {
        "notebooks": tree_digest(paths.NOTEBOOKS_DIR),
        "outputs": tree_digest(paths.OUTPUT_DIR),
    }
    makiivka = tmp_path / "makiivka"
    shutil.copytree(paths.DATA_DIR, makiivka / "data")
    shutil.copytree(
        paths.NOTEBOOKS_DIR, makiivka / "notebooks", ignore=shutil.ignore_patterns(".*")
    )
    other = tmp_path / "other"
    new = ["new", str(other), "--title", "Claims about the Tavel bridge blast"]
    new += ["--event", "Blast on the Tavel bridge", "--occurred-at", "2025-11-09T22:45+01:00"]
    new += ["--timezone", "Europe/Paris", "--party", "north=North", "--party", "south=South"]
    assert main(new) == 0

    build.build(makiivka / "data", progress=quiet)  # the story's own outputs/ by default
    first = tree_digest(makiivka)
    assert "outputs/report.html" in first and "outputs/charts/gap.svg" in first

    assert main(["build", "--story", str(other)]) == 0
    assert "no claims yet" in capsys.readouterr().err
    assert tree_digest(makiivka) == first
    built_other = tree_digest(other)
    assert {"outputs/report.html", "outputs/charts/gap.vl.json"} <= set(built_other)
    # The other story ran its own notebooks (the templates), never Makiivka's.
    assert sources(other / "notebooks") == sources(TEMPLATES, "other-claims")
    executed = [nbformat.read(p, as_version=4) for p in sorted((other / "notebooks").glob("*"))]
    assert all(c.outputs for nb in executed for c in nb.cells[2:3] if c.cell_type == "code")

    build.build(makiivka, progress=quiet)  # the story folder is accepted too
    assert without_pdfs(tree_digest(makiivka)) == without_pdfs(first)
    assert tree_digest(other) == built_other
    assert tree_digest(paths.NOTEBOOKS_DIR) == repository["notebooks"]
    assert tree_digest(paths.OUTPUT_DIR) == repository["outputs"]
