"""The build: deterministic outputs, swapped in whole, and nothing lost when it fails."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import nbformat
import pytest

from makiivka.publish import build, lab
from makiivka.story import paths
from makiivka.story.problems import DataError
from tests.conftest import tree_digest as digest


def quiet(message: str) -> None:
    """Swallow progress messages."""


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    """Build twice from a copy of the data and notebooks; keep both results."""
    root = tmp_path_factory.mktemp("build")
    data = root / "data"
    shutil.copytree(paths.DATA_DIR, data)
    notebooks = root / "notebooks"
    shutil.copytree(paths.NOTEBOOKS_DIR, notebooks, ignore=shutil.ignore_patterns(".*"))
    for path in notebooks.glob("*.ipynb"):  # start from notebooks without outputs
        notebook = nbformat.read(path, as_version=4)
        for cell in notebook.cells:
            if cell.cell_type == "code":
                cell.outputs, cell.execution_count = [], None
        nbformat.write(notebook, path)
    out = root / "out"
    build.build(data, out, notebooks_dir=notebooks, progress=quiet)
    first = {"out": digest(out), "notebooks": digest(notebooks)}
    build.build(data, out, notebooks_dir=notebooks, progress=quiet)
    return {"root": root, "data": data, "out": out, "notebooks": notebooks, "first": first}


def test_build_writes_charts_data_and_report(built):
    names = set(digest(built["out"]))
    for slug in ("claims", "gap", "revision", "outlets"):
        for suffix in (".png", ".svg", ".pdf", ".vl.json", ".html"):
            assert f"charts/{slug}{suffix}" in names
    for table in ("claims", "assertions", "gap", "revisions"):
        assert {f"data/{table}.csv", f"data/{table}.json"} <= names
    assert {"report.html", build.MARKER} <= names


def test_data_exports_and_notebooks_are_byte_identical_across_builds(built):
    second = digest(built["out"])
    data = {k: v for k, v in second.items() if k.startswith("data/")}
    assert data == {k: v for k, v in built["first"]["out"].items() if k.startswith("data/")}
    for name in ("report.html", "charts/gap.vl.json", "charts/gap.svg", "charts/gap.png"):
        assert second[name] == built["first"]["out"][name], name
    assert digest(built["notebooks"]) == built["first"]["notebooks"]


def test_notebooks_are_executed_in_place_with_stable_counts(built):
    for path in sorted(built["notebooks"].glob("*.ipynb")):
        notebook = nbformat.read(path, as_version=4)
        code = [c for c in notebook.cells if c.cell_type == "code"]
        assert [c.execution_count for c in code] == list(range(1, len(code) + 1))
        # Every cell shows something, but the set-up cell that imports the library.
        assert all(c.outputs or c.source.startswith("from makiivka") for c in code)
        assert "execution" not in json.dumps([c.metadata for c in code])
        charts = [
            o
            for c in code
            for o in c.outputs
            if "application/vnd.vegalite.v5+json" in o.get("data", {})
        ]
        if charts:
            assert {"image/png", "text/plain"} <= set(charts[0]["data"])


def test_report_is_offline_and_escapes_nothing_it_should_not(built):
    page = (built["out"] / "report.html").read_text(encoding="utf-8")
    assert "cdnjs" not in page and "require.min.js" not in page and "mathjax" not in page.lower()
    assert page.count("<img") >= 4 and "data:image/png;base64," in page


def test_a_broken_ledger_leaves_previous_outputs_intact(built, tmp_path):
    before = digest(built["out"])
    notebooks_before = digest(built["notebooks"])
    broken = tmp_path / "data"
    shutil.copytree(built["data"], broken)
    claims = broken / "claims.csv"
    claims.write_text(claims.read_text(encoding="utf-8").replace(",89,89,", ",eighty,89,", 1))
    with pytest.raises(DataError):
        build.build(broken, built["out"], notebooks_dir=built["notebooks"], progress=quiet)
    assert digest(built["out"]) == before
    assert digest(built["notebooks"]) == notebooks_before
    leftovers = [p.name for p in built["out"].parent.iterdir() if p.name.startswith(".out.")]
    assert leftovers == []


def test_a_failing_notebook_leaves_previous_outputs_intact(built, tmp_path):
    before = digest(built["out"])
    notebooks = tmp_path / "notebooks"
    shutil.copytree(built["notebooks"], notebooks)
    failing = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 / 0")])
    failing.cells[0]["id"] = "boom"
    nbformat.write(failing, notebooks / "99-fails.ipynb")
    notebooks_before = digest(notebooks)
    with pytest.raises(build.BuildError, match="99-fails"):
        build.build(built["data"], built["out"], notebooks_dir=notebooks, progress=quiet)
    assert digest(built["out"]) == before
    assert digest(notebooks) == notebooks_before


@pytest.mark.parametrize(
    "where",
    ["/", str(Path.home()), str(paths.ROOT_DIR), str(paths.DATA_DIR), str(paths.NOTEBOOKS_DIR),
     str(paths.DATA_DIR / "outputs"), str(paths.ROOT_DIR.parent)],
)  # fmt: skip
def test_out_refuses_folders_a_build_must_not_replace(where):
    with pytest.raises(DataError) as caught:
        build.check_out(where)
    assert caught.value.problems[0].field == "out"


def test_out_refuses_a_file_and_an_unmarked_folder(tmp_path):
    (tmp_path / "file.txt").write_text("x")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.tex").write_text("x")
    for where in (tmp_path / "file.txt", tmp_path / "mine"):
        with pytest.raises(DataError):
            build.check_out(where)
    (tmp_path / "empty").mkdir()
    assert build.check_out(tmp_path / "empty") == (tmp_path / "empty").resolve()
    assert build.check_out(tmp_path / "new") == (tmp_path / "new").resolve()


def test_lab_quiets_the_news_once_and_keeps_other_settings(tmp_path):
    assert lab.quiet_news(tmp_path) is True
    path = lab.overrides_path(tmp_path)
    settings = json.loads(path.read_text())
    assert settings[lab.NOTIFICATION_PLUGIN] == {"fetchNews": "false", "checkForUpdates": False}
    path.write_text(json.dumps({"other": {"a": 1}}))
    assert lab.quiet_news(tmp_path) is True
    assert set(json.loads(path.read_text())) == {"other", lab.NOTIFICATION_PLUGIN}
    assert lab.quiet_news(tmp_path) is False
    command = lab.lab_arguments(9999, browser=False)
    assert f"--notebook-dir={paths.NOTEBOOKS_DIR}" in command and "--no-browser" in command
