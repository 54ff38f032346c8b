"""A build killed with SIGKILL at any moment: readers never see a half build, nothing is left.

A small story is built (state A), its data changed (B), and the build killed with SIGKILL
at 50 random moments and at each step boundary, while a second process polls
``outputs/`` and ``notebooks/``: each folder is always there, wholly A or wholly B. After
each kill ``validate`` names any leftover, the next command (of several kinds) leaves none,
and a last build gives the same bytes as a clean build of the same data. The builds are
real ``build.build()`` processes made cheap (tests/publish/killable.py).
"""

from __future__ import annotations

import json
import multiprocessing
import random
import shutil
import time
from pathlib import Path

import nbformat
import pytest

from makiivka.story import leftovers
from tests.conftest import tree_digest
from tests.publish import killable

FIXTURE = Path(__file__).parent.parent / "fixtures" / "second-story" / "data"
RANDOM_KILLS = 50
#: The next command after a kill, in turn: each must finish or remove what the kill left.
NEXT = [["summary"], ["review"], ["migrate"], ["build", "-q"], ["claimant", "add", "x{n}",
        "--name", "X", "--side", "media", "--kind", "outlet"]]  # fmt: skip


@pytest.fixture(scope="module")
def server():
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.publish.killable"])
    return context


def _story(root: Path) -> Path:
    shutil.copytree(FIXTURE, root / "data")
    (root / "notebooks").mkdir()
    book = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")])
    book.cells[0]["id"] = "only"
    nbformat.write(book, root / "notebooks" / "01-x.ipynb")
    return root


def _flip(story: Path, state: str) -> None:
    """Give the story the data of state A or B (B renames one claimant)."""
    path = story / "data" / "claimants.csv"
    text = (FIXTURE / "claimants.csv").read_text(encoding="utf-8")
    if state == "B":
        text = text.replace("Northern Front,front,", "Northern Front (B),front,", 1)
    path.write_text(text, encoding="utf-8")


def _run(server, target, *args, kill_after: float | None = None) -> int:
    process = server.Process(target=target, args=args)
    process.start()
    if kill_after is not None:
        process.join(kill_after)
        process.kill()  # SIGKILL
    process.join()
    return process.exitcode


def _state(story: Path) -> dict[str, str]:
    return killable.state_of(str(story))


def test_a_build_killed_at_any_moment_is_never_seen_half_done(server, tmp_path):
    began = time.perf_counter()
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    tmp = str(temporary)
    states = {}
    for name in ("A", "B"):  # the two clean builds every look must match one of
        reference = _story(tmp_path / f"clean-{name}")
        _flip(reference, name)
        assert _run(server, killable.run_build, str(reference), tmp) == 0
        states[name] = _state(reference)
    assert states["A"]["outputs"] != states["B"]["outputs"]
    assert states["A"]["notebooks"] != states["B"]["notebooks"]
    allowed = {k: [states["A"][k], states["B"][k]] for k in ("outputs", "notebooks")}

    story = _story(tmp_path / "story")
    _flip(story, "A")
    started = time.perf_counter()
    assert _run(server, killable.run_build, str(story), tmp) == 0
    duration = time.perf_counter() - started
    print(f"\nbuild: {duration:.2f} s, setup {started - began:.2f} s")
    steps_file = tmp_path / "steps.json"
    _flip(story, "B")
    assert _run(server, killable.record_steps, str(story), tmp, str(steps_file)) == 0
    steps = json.loads(steps_file.read_text())
    boundaries = [(name, steps[: i + 1].count(name)) for i, name in enumerate(steps)]
    assert {"snapshot taken", "outputs staged", "notebooks staged", "journal",
            "outputs swapped in", "notebooks swapped in", "journal removed"} <= set(steps)  # fmt: skip

    stop = server.Event()
    report = tmp_path / "poll.json"
    poller = server.Process(target=killable.poll, args=(str(story), allowed, stop, str(report)))
    poller.start()
    chance = random.Random(24)
    kills = [("moment", chance.uniform(0, duration)) for _ in range(RANDOM_KILLS)]
    kills += [("step", boundary) for boundary in boundaries]
    outcomes = {"A": 0, "B": 0}
    left_behind = 0
    try:
        for number, (kind, when) in enumerate(kills):
            now = "A" if _state(story)["outputs"] == states["A"]["outputs"] else "B"
            _flip(story, "B" if now == "A" else "A")
            if kind == "moment":
                _run(server, killable.run_build, str(story), tmp, kill_after=when)
            else:
                assert _run(server, killable.run_build, str(story), tmp, *when) == -9, when
            found = leftovers.find(story, tmp)
            if found:
                left_behind += 1
                code = _run(server, killable.run_command, ["validate", "--story", str(story)], tmp)
                assert code == 1, found  # validate names them and removes nothing
                assert leftovers.find(story, tmp) == found
            argv = [a.replace("{n}", str(number)) for a in NEXT[number % len(NEXT)]]
            code = _run(server, killable.run_command, [*argv, "--story", str(story)], tmp)
            assert code == 0, (argv, kind, when)
            assert leftovers.find(story, tmp) == [], (argv, kind, when)
            assert sorted(p.name for p in story.iterdir()) == ["data", "notebooks", "outputs"]
            state = _state(story)
            assert state in (states["A"], states["B"]), (kind, when, state)
            outcomes["A" if state == states["A"] else "B"] += 1
    finally:
        stop.set()
        poller.join()
    print(f"kills: {time.perf_counter() - began:.2f} s")
    seen = json.loads(report.read_text())
    assert seen["failures"] == [] and seen["looks"] > 100, seen
    print(f"\n{len(kills)} kills ({RANDOM_KILLS} random in {duration:.2f} s, {len(boundaries)} "
          f"step boundaries); {left_behind} left something; {seen['looks']} looks; {outcomes}")  # fmt: skip

    _flip(story, "B")  # the rebuild after it all is byte for byte a clean build's
    assert _run(server, killable.run_build, str(story), tmp) == 0
    assert _digest(story) == _digest(tmp_path / "clean-B")


def _digest(story: Path) -> dict[str, str]:
    """The outputs and notebooks, byte for byte."""
    return {k: v for k, v in tree_digest(story).items() if not k.startswith("data/")}
