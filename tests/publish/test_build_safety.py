"""The build reads one snapshot, swaps outputs and notebooks in together, and cleans up."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import nbformat
import pytest

from makiivka.cli import main
from makiivka.publish import build, kernels, writeback
from makiivka.story import paths
from tests.conftest import tree_digest

FIXTURE = Path(__file__).parent.parent / "fixtures" / "extract" / "ap-style.txt"


def quiet(message: str) -> None:
    """Swallow progress messages."""


def _claim_rows(blob: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(blob.decode("utf-8"))))


def _vegalite_specs(notebooks: Path) -> list[dict]:
    found = []
    for path in sorted(notebooks.glob("*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            for output in cell.get("outputs", []):
                spec = output.get("data", {}).get("application/vnd.vegalite.v5+json")
                if spec:
                    found.append(spec)
    return found


def test_an_ingest_landing_mid_build_is_in_none_of_its_outputs(tmp_path, monkeypatch):
    story = tmp_path / "story"
    shutil.copytree(paths.DATA_DIR, story / "data")
    shutil.copytree(paths.NOTEBOOKS_DIR, story / "notebooks", ignore=shutil.ignore_patterns(".*"))
    before = len(_claim_rows((story / "data" / "claims.csv").read_bytes()))
    landed = []

    command = ["ingest", str(FIXTURE), "--outlet", "ap", "--title", "Toll raised",
               "--published", "2023-01-04", "--data", str(story / "data")]  # fmt: skip

    def ingest_now(name: str) -> None:
        if name == "snapshot taken":
            landed.append(main(command))

    monkeypatch.setattr(build, "_step", ingest_now)
    out = build.build(story / "data", progress=quiet)
    after = len(_claim_rows((story / "data" / "claims.csv").read_bytes()))
    assert landed == [0] and after > before  # the ingest did land, during the build
    assert len(_claim_rows((out / "data" / "claims.csv").read_bytes())) == before
    assert len(json.loads((out / "data" / "claims.json").read_bytes())) == before
    exported = [json.loads(p.read_bytes()) for p in sorted((out / "charts").glob("*.vl.json"))]
    shown = _vegalite_specs(story / "notebooks")
    assert len(shown) == 4 and all(spec in exported for spec in shown)


def _story(root: Path) -> tuple[Path, Path, list[Path]]:
    """Make a story with an earlier build's outputs and two notebooks, all "old"."""
    (root / "data").mkdir(parents=True)
    out = root / "outputs"
    out.mkdir()
    (out / build.MARKER).write_text("old\n")
    (out / "report.html").write_text("old report\n")
    (root / "notebooks").mkdir()
    books = [root / "notebooks" / f"0{n}-x.ipynb" for n in (1, 2)]
    for book in books:
        book.write_text("old notebook\n")
    return root / "data", out, books


NEW_OUTPUTS = {build.MARKER: b"new\n", "report.html": b"new report\n", "data/claims.csv": b"a\n"}


def _state(root: Path) -> str:
    """Return "old" or "new" when the outputs and notebooks all are; else describe the mix."""
    files = {k: (root / k).read_bytes() for k in tree_digest(root)}
    old = {
        "outputs/.makiivka-output": b"old\n",
        "outputs/report.html": b"old report\n",
        "notebooks/01-x.ipynb": b"old notebook\n",
        "notebooks/02-x.ipynb": b"old notebook\n",
    }
    new = {f"outputs/{k}": v for k, v in NEW_OUTPUTS.items()}
    new |= {"notebooks/01-x.ipynb": b"new 1\n", "notebooks/02-x.ipynb": b"new 2\n"}
    return "old" if files == old else "new" if files == new else f"mixed: {sorted(files)}"


class Crash(BaseException):
    """A process dying at a step: no handler of the build runs."""


def _write_back(data: Path, out: Path, books: list[Path]) -> None:
    new = {books[0]: b"new 1\n", books[1]: b"new 2\n"}
    build.write_back(data, out, dict(NEW_OUTPUTS), new, books)


def _steps(tmp_path: Path, monkeypatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(writeback, "_step", seen.append)
    data, out, books = _story(tmp_path / "dry")
    _write_back(data, out, books)
    assert _state(tmp_path / "dry") == "new"
    return seen


@pytest.mark.parametrize("exchanges", [True, False], ids=["renameat2", "two renames"])
def test_a_crash_at_any_write_back_step_leaves_all_old_or_all_new(tmp_path, monkeypatch, exchanges):
    if not exchanges:  # the fallback where RENAME_EXCHANGE is missing (macOS, Windows, old Linux)
        monkeypatch.setattr(writeback, "_RENAMEAT2", None)
    steps = _steps(tmp_path, monkeypatch)
    swapped = {"outputs exchanged", "notebooks exchanged"} if exchanges else {
        "outputs set aside", "notebooks set aside"}  # fmt: skip
    assert {"outputs staged", "notebooks staged", "journal", "outputs swapped in",
            "notebooks swapped in", "journal removed"} | swapped <= set(steps), steps  # fmt: skip
    outcomes = {}
    for number, step in enumerate(steps):
        root = tmp_path / f"crash-{number}"
        data, out, books = _story(root)

        def crash(name: str, at: str = step) -> None:
            if name == at:
                raise Crash(at)

        monkeypatch.setattr(writeback, "_step", crash)
        with pytest.raises(Crash):
            _write_back(data, out, books)
        monkeypatch.setattr(writeback, "_step", lambda name: None)
        writeback.recover(root, out, books)  # what the next build does first, under the lock
        outcomes[step] = _state(root)
    before_commit = steps[: steps.index("journal")]
    assert {outcomes[s] for s in before_commit} == {"old"}, outcomes
    assert {outcomes[s] for s in steps if s not in before_commit} == {"new"}, outcomes


def test_an_error_at_any_write_back_step_is_undone_or_finished_at_once(tmp_path, monkeypatch):
    steps = _steps(tmp_path, monkeypatch)
    for number, step in enumerate(steps):
        root = tmp_path / f"error-{number}"
        data, out, books = _story(root)

        def fail(name: str, at: str = step, raised: list = []) -> None:  # noqa: B006
            if name == at and not raised:  # once: the clean-up after it then succeeds
                raised.append(name)
                raise OSError(28, "No space left on device")

        monkeypatch.setattr(writeback, "_step", fail)
        with pytest.raises(OSError):
            _write_back(data, out, books)
        expected = "old" if steps.index(step) < steps.index("journal") else "new"
        assert _state(root) == expected, step


def test_a_forged_journal_is_not_followed(tmp_path):
    _, out, books = _story(tmp_path / "story")
    victim = tmp_path / "victim.txt"
    victim.write_text("keep\n")
    plan = {"out": [str(victim), str(out), str(tmp_path / "x")], "notebooks": []}
    (tmp_path / "story" / writeback.JOURNAL_NAME).write_text(json.dumps(plan))
    writeback.recover(tmp_path / "story", out, books)
    assert victim.read_text() == "keep\n" and _state(tmp_path / "story") == "old"


def test_work_folders_of_ended_builds_are_swept_and_live_ones_kept(tmp_path):
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)  # fmt: skip
    dead = tmp_path / f"{kernels.WORK_PREFIX}{ended.stdout.strip()}-abc"
    live = tmp_path / f"{kernels.WORK_PREFIX}{os.getpid()}-abc"
    for folder in (dead, live):
        (folder / "data").mkdir(parents=True)
    assert kernels.sweep(tmp_path) == [dead]
    assert not dead.exists() and live.exists()


def test_a_build_leaves_no_work_folder_and_no_staging(tmp_path, monkeypatch):
    # A short private temp folder: the kernels' sockets live in it (paths ≤ 107 bytes).
    temporary = Path(tempfile.mkdtemp(prefix="mk-"))
    monkeypatch.setattr(kernels.tempfile, "tempdir", str(temporary))
    story = tmp_path / "story"
    shutil.copytree(paths.DATA_DIR, story / "data")
    (story / "notebooks").mkdir()
    book = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")])
    book.cells[0]["id"] = "only"
    nbformat.write(book, story / "notebooks" / "01-x.ipynb")
    build.build(story, progress=quiet)
    assert sorted(p.name for p in story.iterdir()) == ["data", "notebooks", "outputs"]
    assert sorted(p.name for p in (story / "notebooks").iterdir()) == ["01-x.ipynb"]
    assert list(temporary.iterdir()) == []
    temporary.rmdir()


def test_the_next_notebook_on_a_kernel_sees_none_of_the_last_ones_names(tmp_path):
    names = "print(sorted(n for n in dir() if n[0] != '_'))"
    books = []
    for number, source in enumerate([names, "x = 1\nimport json\nx", names]):
        path = tmp_path / f"0{number}-x.ipynb"
        book = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source)])
        book.cells[0]["id"] = f"c{number}"
        nbformat.write(book, path)
        books.append(path)
    ran = kernels.execute_notebooks(books, dict(os.environ), tmp_path, kernels=1)
    fresh, defined, after = (book.cells[0].outputs[0] for book in ran)
    assert defined["data"]["text/plain"] == "1" and defined["execution_count"] == 1
    assert "'x'" not in fresh["text"] and after["text"] == fresh["text"]
