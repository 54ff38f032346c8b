"""Plain ``jupyter nbconvert --to html`` gives each chart image its description and loads nothing.

After makiivka set Jupyter up in the environment (``makiivka build`` and ``makiivka
lab`` do, :func:`makiivka.publish.jupyter.install`), nbconvert runs its own
template with makiivka's preprocessor: no "No description has been provided",
no script or stylesheet from a CDN. Other notebooks convert as nbconvert converts them.
"""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest

from makiivka.publish import build, jupyter
from makiivka.story import paths

NOTEBOOKS = sorted(paths.NOTEBOOKS_DIR.glob("[0-9][0-9]-*.ipynb"))
JUPYTER = Path(sys.executable).with_name("jupyter")


class Page(HTMLParser):
    """Collect every image's attributes and every script's address and text."""

    def __init__(self) -> None:
        super().__init__()
        self.images: list[dict] = []
        self.scripts: list[dict] = []
        self.links: list[dict] = []
        self._script: dict | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "img":
            self.images.append(attributes)
        elif tag == "script":
            self._script = {"src": attributes.get("src"), "text": ""}
            self.scripts.append(self._script)
        elif tag == "link":
            self.links.append(attributes)

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self._script["text"] += data


def descriptions(path: Path) -> list[str]:
    """Return the description of each chart a notebook shows (its Vega-Lite spec's), in order."""
    notebook = nbformat.read(path, as_version=4)
    return [
        output["data"]["application/vnd.vegalite.v5+json"]["description"]
        for cell in notebook.cells
        for output in cell.get("outputs", [])
        if "application/vnd.vegalite.v5+json" in output.get("data", {})
    ]


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> dict[str, Page]:
    jupyter.install()
    out = tmp_path_factory.mktemp("html")
    subprocess.run(
        [str(JUPYTER), "nbconvert", "--to", "html", "--output-dir", str(out), *map(str, NOTEBOOKS)],
        check=True,
        capture_output=True,
    )
    pages = {}
    for path in NOTEBOOKS:
        page = Page()
        page.feed((out / f"{path.stem}.html").read_text(encoding="utf-8"))
        pages[path.name] = page
    return pages


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_image_has_the_charts_description(converted, path):
    page = converted[path.name]
    expected = descriptions(path)
    assert [image.get("alt") for image in page.images] == expected
    assert len(expected) == (0 if path.name.startswith("05") else 1)
    for alt in expected:
        assert len(alt) > 80 and "No description" not in alt


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_script_or_stylesheet_comes_from_the_network(converted, path):
    page = converted[path.name]
    for script in page.scripts:
        assert not re.match(r"(https?:)?//", script["src"] or ""), script["src"]
        # A script may name a web address (a comment, a DOCTYPE); it may not load one.
        loads = re.findall(r"(?:import|fetch)\s*\(\s*[\"'`]([^\"'`]*)", script["text"])
        assert not [url for url in loads if re.match(r"(https?:)?//", url)], loads
    assert not [link for link in page.links if re.match(r"(https?:)?//", link.get("href", ""))]


def test_a_notebook_not_on_makiivkas_kernel_converts_as_nbconvert_converts_it(tmp_path):
    jupyter.install()
    other = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("$x^2$")])
    other.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    nbformat.write(other, tmp_path / "other.ipynb")
    subprocess.run(
        [str(JUPYTER), "nbconvert", "--to", "html", str(tmp_path / "other.ipynb")],
        check=True,
        capture_output=True,
    )
    assert "mathjax" in (tmp_path / "other.html").read_text(encoding="utf-8").lower()


def test_the_copy_nbconvert_executes_beside_a_notebook_is_not_built(tmp_path):
    # a new user ran `jupyter nbconvert --to notebook --execute`, and the next build read its
    # X.nbconvert.ipynb as one more notebook of the report
    for name in ("01-gap.ipynb", "01-gap.nbconvert.ipynb", "02-revisions.ipynb"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    assert [p.name for p in build.notebook_paths(tmp_path)] == [
        "01-gap.ipynb",
        "02-revisions.ipynb",
    ]


def test_an_executed_notebook_s_kernel_runs_encrypted_and_says_no_plain_text_warning(tmp_path):
    # a new user's `jupyter nbconvert --to notebook --execute` printed ipykernel's "Kernel is
    # running over TCP without encryption": the manager now provisions CurveZMQ keys
    jupyter.install()
    done = subprocess.run(
        [str(JUPYTER), "nbconvert", "--to", "notebook", "--execute", "--output-dir",
         str(tmp_path), str(NOTEBOOKS[1])],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "without encryption" not in done.stderr
    assert "Writing" in done.stderr and (tmp_path / NOTEBOOKS[1].name).is_file()
