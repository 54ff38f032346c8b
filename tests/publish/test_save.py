"""Exporting from Python writes the CLI's bytes, offline; no export lands in a build's outputs."""

from __future__ import annotations

import base64
import json
import shutil
import socket
import struct
from pathlib import Path

import nbformat
import pytest

from makiivka import charts
from makiivka.cli import main
from makiivka.publish import save
from makiivka.story import load, paths
from makiivka.story.problems import UsageError
from tests.conftest import tree_digest


def declared_ppi(png: bytes) -> float:
    """Read the pixels per inch of a PNG's pHYs chunk (unit 1: per metre)."""
    at = 8
    while at < len(png):
        (length,) = struct.unpack(">I", png[at : at + 4])
        if png[at + 4 : at + 8] == b"pHYs":
            x, y, unit = struct.unpack(">IIB", png[at + 8 : at + 17])
            assert x == y and unit == 1
            return round(x * 0.0254, 1)
        at += 12 + length
    raise AssertionError("no pHYs chunk")


@pytest.fixture
def offline(monkeypatch):
    """Refuse every network connection for the test's duration."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"a network connection was attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_save_from_python_writes_the_same_bytes_as_the_command_line(tmp_path, offline):
    formats = ["png", "svg", "pdf", "json", "html", "html-standalone"]
    written = save.save(["gap", "revision"], formats, tmp_path / "python", width=360)
    cli = ["export", "gap", "revision", "--format", ",".join(formats), "--width", "360"]
    assert main([*cli, "--out", str(tmp_path / "cli"), "-q"]) == 0
    python, command = tree_digest(tmp_path / "python"), tree_digest(tmp_path / "cli")
    assert python == command and len(python) == 15
    assert sorted(p.relative_to(tmp_path / "python").as_posix() for p in written) == sorted(python)


def test_save_takes_a_chart_made_in_a_notebook(tmp_path, offline):
    dataset = load.read_dataset()
    chart = charts.gap_chart(dataset).properties(title="Only the dead")
    written = save.save(chart, "png,json", tmp_path, dataset=dataset)
    assert [p.name for p in written] == ["only-the-dead.png", "only-the-dead.vl.json"]
    spec = json.loads((tmp_path / "only-the-dead.vl.json").read_text(encoding="utf-8"))
    assert spec["title"] == "Only the dead"


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ({"charts": "pie"}, "chart 'pie'"),
        ({"formats": "gif"}, "format 'gif'"),
        ({"width": 100}, "width '100'"),
    ],
)
def test_save_refuses_a_bad_request_before_writing(tmp_path, arguments, expected):
    with pytest.raises(UsageError, match=expected):
        save.save(**{"charts": "gap", "formats": "png", "out": tmp_path / "x", **arguments})
    assert not (tmp_path / "x").exists()


@pytest.fixture
def story(tmp_path) -> Path:
    """A copy of the shipped story with its committed outputs."""
    root = tmp_path / "story"
    for name in ("data", "notebooks", "outputs"):
        ignore = shutil.ignore_patterns(".ipynb_checkpoints")
        shutil.copytree(paths.ROOT_DIR / name, root / name, ignore=ignore)
    assert (root / "outputs" / ".makiivka-output").is_file()
    return root


def test_export_without_out_writes_exports_in_the_working_folder(story, monkeypatch, capsys):
    before = tree_digest(story / "outputs")
    monkeypatch.chdir(story)
    assert main(["export", "gap", "--format", "html-standalone"]) == 0
    assert tree_digest(story / "outputs") == before
    assert (story / "exports" / "gap.standalone.html").is_file()
    assert "wrote 1 files to exports" in capsys.readouterr().err


@pytest.mark.parametrize("where", ["outputs", "outputs/charts", "outputs/charts/mine"])
def test_export_into_a_builds_outputs_is_refused(story, monkeypatch, capsys, where):
    before = tree_digest(story / "outputs")
    monkeypatch.chdir(story)
    assert main(["export", "gap", "--format", "png", "--out", where]) == 2
    assert "expected a folder outside" in capsys.readouterr().err
    monkeypatch.chdir(story / "outputs" / "charts")  # no --out from inside outputs/ either
    assert main(["export", "gap", "--format", "png"]) == 2
    assert tree_digest(story / "outputs") == before


def test_pngs_declare_144_ppi_at_2x(tmp_path):
    save.save("gap", "png", tmp_path)
    assert declared_ppi((tmp_path / "gap.png").read_bytes()) == 144.0
    for slug in charts.CHARTS:
        assert declared_ppi((paths.OUTPUT_DIR / "charts" / f"{slug}.png").read_bytes()) == 144.0
    for path in sorted(paths.NOTEBOOKS_DIR.glob("0[1-4]-*.ipynb")):
        notebook = nbformat.read(path, as_version=4)
        pngs = [
            base64.b64decode(o["data"]["image/png"])
            for c in notebook.cells
            for o in c.get("outputs", [])
            if "image/png" in o.get("data", {})
        ]
        assert [declared_ppi(p) for p in pngs] == [144.0], path.name
