"""The build manifest and ``makiivka verify``: a rebuild compared with the committed build."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.publish import verify
from makiivka.story import paths


@pytest.fixture(scope="module")
def fresh() -> dict:
    """The manifest of one rebuild of the shipped story (notebooks left in place)."""
    return verify.rebuild_manifest()


@pytest.fixture
def committed(tmp_path) -> tuple[Path, Path]:
    """Copies of the committed outputs and notebooks that a test may tamper with."""
    outputs, notebooks = tmp_path / "outputs", tmp_path / "notebooks"
    shutil.copytree(paths.OUTPUT_DIR, outputs)
    shutil.copytree(paths.NOTEBOOKS_DIR, notebooks, ignore=shutil.ignore_patterns(".*"))
    return outputs, notebooks


def test_the_manifest_lists_every_output_and_the_renderers(fresh):
    written = {
        p.relative_to(paths.OUTPUT_DIR).as_posix()
        for p in paths.OUTPUT_DIR.rglob("*")
        if p.is_file()
    }
    assert set(fresh["files"]) == written - {"manifest.json", ".makiivka-output"}
    # charts in five formats, their embed snippets, the shared Vega script, data, the report
    assert len(fresh["files"]) == 4 * 5 + 4 + 1 + 12 + 1
    assert sorted(fresh["notebooks"]) == sorted(
        p.name for p in paths.NOTEBOOKS_DIR.glob("0*.ipynb")
    )
    renderers = fresh["renderers"]
    for name in ("vl-convert", "vega", "vega-lite", "altair", "python", "pikepdf"):
        assert renderers[name]
    assert renderers["python"] == "3.11"


def test_the_committed_build_matches_a_rebuild(fresh):
    # Fails when a commit changed what the build draws without rebuilding the outputs.
    assert verify.check(fresh, paths.OUTPUT_DIR, paths.NOTEBOOKS_DIR) == []


def test_every_kind_of_difference_is_named(fresh, committed):
    outputs, notebooks = committed
    (outputs / "charts" / "gap.svg").write_bytes(b"<svg/>")
    (outputs / "data" / "gap.csv").unlink()
    (outputs / "stray.txt").write_text("left behind")
    listed = json.loads((outputs / "manifest.json").read_text(encoding="utf-8"))
    listed["renderers"]["vega"] = "0.0.1"
    del listed["files"]["charts/gap.png"]
    (outputs / "manifest.json").write_text(json.dumps(listed), encoding="utf-8")
    nb = notebooks / "02-the-gap.ipynb"
    nb.write_text(nb.read_text(encoding="utf-8").replace("Ukraine", "Ukrainе"), encoding="utf-8")
    lines = verify.check(fresh, outputs, notebooks)
    assert (
        lines[0]
        == f"renderer vega: manifest says 0.0.1, this machine has {fresh['renderers']['vega']}"
    )
    text = "\n".join(lines)
    assert f"{outputs / 'charts' / 'gap.svg'}: is " in text
    assert f"{outputs / 'data' / 'gap.csv'}: missing" in text
    assert (
        f"{outputs / 'charts' / 'gap.png'}: written by the rebuild, missing from the manifest"
        in text
    )
    assert f"{outputs / 'stray.txt'}: not written by the build" in text
    assert f"{nb}: is " in text
    assert len(lines) == 6


def test_verify_command_exits_1_and_prints_each_difference(fresh, committed, monkeypatch, capsys):
    outputs, _ = committed
    monkeypatch.setattr(verify, "rebuild_manifest", lambda *args, **kwargs: fresh)
    assert main(["verify", "--out", str(outputs), "-q"]) == 0
    assert "match a fresh build byte for byte" in capsys.readouterr().out
    (outputs / "charts" / "revision.pdf").write_bytes(b"%PDF-1.7")
    assert main(["verify", "--out", str(outputs), "-q"]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith(f"{outputs / 'charts' / 'revision.pdf'}: is ")
    assert "1 differences" in captured.err
