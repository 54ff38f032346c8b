"""What killed commands leave is named by validate and removed by the next command.

``new``, ``export`` and ``verify`` are each killed (SIGKILL) as they rename their own
staging into place, in a process of their own; ``validate`` then names what each left, exit 1, and
removes nothing; the next command removes it all. A leftover whose writer still runs
is neither named nor removed.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import shutil
from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.story import leftovers
from tests.publish import killable

FIXTURE = Path(__file__).parent.parent / "fixtures" / "second-story" / "data"


@pytest.fixture(scope="module")
def server():
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.publish.killable"])
    return context


def _killed(server, argv: list[str], temporary: Path) -> int:
    process = server.Process(
        target=killable.run_killed_at_first_rename, args=(argv, str(temporary))
    )
    process.start()
    process.join()
    return process.exitcode


def _named(story: Path, capsys) -> list[str]:
    """Run validate; return the leftovers it names (it must exit 1 and remove nothing)."""
    before = sorted(map(str, leftovers.find(story)))
    assert main(["validate", "--story", str(story)]) == 1
    err = capsys.readouterr().err
    expected = (
        "— expected no leftover of a killed makiivka command (the next makiivka command but "
        "validate finishes or removes it)"
    )
    assert sorted(map(str, leftovers.find(story))) == before
    return sorted(line.split(":1:1:")[0] for line in err.splitlines() if expected in line)


def test_leftovers_of_killed_new_export_and_verify_are_named_then_removed(server, tmp_path, capsys, monkeypatch):  # fmt: skip
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(temporary))
    story = tmp_path / "story"
    shutil.copytree(FIXTURE, story / "data")
    (story / "notebooks").mkdir()
    alive = story / "outputs" / "charts" / f".claims.svg.makiivka-{os.getpid()}-live.tmp"
    alive.parent.mkdir(parents=True)
    alive.write_text("an export still running\n")
    new = ["new", str(story.parent / "fresh"), "--title", "T", "--event", "E",
           "--occurred-at", "2024-01-01T00:00+00:00", "--timezone", "UTC",
           "--party", "a=A", "--party", "b=B"]  # fmt: skip
    commands = [
        (["verify", "-q", "--story", str(story)], story, [
            f"{story}/.makiivka-build-journal.json.tmp", f"{temporary}/makiivka-verify-PID"]),
        (["export", "gap", "--format", "json", "--out", str(story / "exports"),
          "--story", str(story)], story, [f"{story}/exports/.gap.vl.json.makiivka-PID"]),
        (new, story.parent / "fresh", [f"{story.parent}/.fresh.new-PID"]),
    ]  # fmt: skip
    for argv, where, expected in commands:
        assert _killed(server, argv, temporary) == -9, argv
        named = [re.sub(r"-[0-9]+-[^/]*$", "-PID", path) for path in _named(where, capsys)]
        assert named == expected, argv
    assert main(["summary", "--story", str(story)]) == 0  # the next command, of any kind
    assert main(new) == 0
    assert leftovers.find(story) == [] and leftovers.find(story.parent / "fresh") == []
    assert [p for p in temporary.iterdir() if p.name.startswith("makiivka")] == []
    assert alive.exists()  # its writer runs: neither named nor removed
    assert main(["validate", "--story", str(story.parent / "fresh")]) == 0
