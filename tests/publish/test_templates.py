"""The notebook templates a new story starts from: thin, and free of any story's words."""

from __future__ import annotations

import re

import nbformat
import pytest

from makiivka import charts
from makiivka.story import paths

TEMPLATES = sorted((paths.PACKAGE_DIR / "publish" / "templates").glob("*.ipynb"))
STORY_WORDS = re.compile(
    r"Makiivka|Russia|Ukrain|Moscow|MSK|Kremlin|Kyiv|Donetsk|HIMARS|Ministry|NBC|BBC"
    r"|\bstrike\b|\d"
)


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.stem)
def test_a_template_is_thin_and_names_no_story(path):
    notebook = nbformat.read(path, as_version=4)
    code = [c.source for c in notebook.cells if c.cell_type == "code"]
    text = [c.source for c in notebook.cells if c.cell_type == "markdown"]
    assert notebook.cells[0].cell_type == "markdown" and notebook.cells[0].source.startswith("# ")
    assert not any(re.search(r"^\s*(def|class) ", s, re.M) for s in code)
    assert all(c.outputs == [] for c in notebook.cells if c.cell_type == "code")
    prose = "\n".join(text)
    assert not STORY_WORDS.search(prose), STORY_WORDS.search(prose)


@pytest.mark.parametrize("path", TEMPLATES[:4], ids=lambda p: p.stem)
def test_a_chart_template_shows_its_finding_computed_from_the_data(path):
    code = [c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]
    findings = [s for s in code if s.startswith("display.finding(charts.FINDINGS[")]
    assert len(findings) == 1
    slug = re.search(r'FINDINGS\["(\w+)"\]', findings[0])[1]
    assert slug in charts.FINDINGS and f"charts.{slug}_chart(dataset)" in code
