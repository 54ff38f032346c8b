"""A notebook finds its own story wherever it runs, or stops naming it; never another's data."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from makiivka import charts
from makiivka.cli import main
from makiivka.publish import notebook
from makiivka.story import load, paths


@pytest.fixture(scope="module")
def kessa(tmp_path_factory) -> Path:
    """A new story (no claims yet) made as the README makes one."""
    story = tmp_path_factory.mktemp("stories") / "kessa"
    command = ["new", str(story), "--title", "What the sides claim about the Kessa dam collapse"]
    command += ["--event", "Collapse of the Kessa dam", "--occurred-at", "2019-03-14T04:10-05:00"]
    command += ["--timezone", "America/Bogota", "--party", "council=Valdera Council"]
    command += ["--party", "front=Northern Front"]
    assert main(command) == 0
    return story


def run(path: Path, cwd: Path, monkeypatch) -> nbformat.NotebookNode:
    """Execute a notebook as nbclient does for any tool: a plain kernel started in *cwd*."""
    for variable in (paths.STORY_ENV, paths.DATA_ENV):
        monkeypatch.delenv(variable, raising=False)
    executed = nbformat.read(path, as_version=4)
    client = NotebookClient(
        executed, kernel_name="python3", timeout=120, resources={"metadata": {"path": str(cwd)}}
    )
    client.execute()
    return executed


def test_a_copy_run_from_another_folder_stops_naming_its_story(kessa, tmp_path, monkeypatch):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(kessa / "notebooks" / "02-the-gap.ipynb", elsewhere)
    with pytest.raises(CellExecutionError) as raised:
        run(elsewhere / "02-the-gap.ipynb", elsewhere, monkeypatch)
    assert "StoryNotFound" in str(raised.value)
    assert "belongs to the story 'kessa-claims'" in str(raised.value)


def test_run_inside_another_story_it_stops_and_draws_nothing_of_it(kessa, monkeypatch):
    with pytest.raises(CellExecutionError) as raised:
        run(kessa / "notebooks" / "02-the-gap.ipynb", paths.NOTEBOOKS_DIR, monkeypatch)
    message = str(raised.value)
    assert "'kessa-claims'" in message and "the story 'makiivka-claims'" in message


def test_run_in_its_own_folder_it_reads_its_own_story(kessa, monkeypatch):
    executed = run(kessa / "notebooks" / "02-the-gap.ipynb", kessa / "notebooks", monkeypatch)
    finding = executed.cells[3].outputs[0]["data"]["text/plain"]
    assert finding == charts.FINDINGS["gap"](load.read_dataset(kessa))
    assert "Russia" not in str(executed.cells[2].outputs)


def test_an_environment_variable_naming_another_story_is_refused(kessa, monkeypatch):
    monkeypatch.chdir(kessa / "notebooks")
    monkeypatch.setenv(paths.STORY_ENV, str(paths.ROOT_DIR))
    monkeypatch.delenv(paths.DATA_ENV, raising=False)
    with pytest.raises(notebook.StoryNotFound, match=r"\$MAKIIVKA_STORY leads to"):
        notebook.read_story("kessa-claims")
    monkeypatch.delenv(paths.STORY_ENV)
    assert notebook.find_story("kessa-claims")[0] == kessa


def test_a_new_story_is_named_after_its_folder_in_its_notebooks(kessa):
    assert load.read_package(kessa).descriptor["name"] == "kessa-claims"
    for path in sorted((kessa / "notebooks").glob("*.ipynb")):
        setup = nbformat.read(path, as_version=4).cells[1].source
        assert 'notebook.read_story("kessa-claims")' in setup


@pytest.mark.parametrize("slug", ["claims", "gap", "revision", "outlets"])
def test_each_shipped_notebook_says_what_its_chart_shows_computed_from_the_data(slug):
    number = list(charts.CHARTS).index(slug) + 1
    path = next(paths.NOTEBOOKS_DIR.glob(f"0{number}-*.ipynb"))
    cells = nbformat.read(path, as_version=4).cells
    computed = [c for c in cells if f'charts.FINDINGS["{slug}"](dataset)' in c.source]
    assert len(computed) == 1
    shown = computed[0].outputs[0]["data"]["text/markdown"]
    assert shown == charts.FINDINGS[slug](load.read_dataset())
