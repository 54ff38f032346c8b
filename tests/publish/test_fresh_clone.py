"""A fresh clone, built once, is left exactly as committed: ``git status --porcelain`` is empty.

This runs the README's first command without its install step: the clone is built
with this test's own, already installed environment (one more install would take
most of CI's time). The whole first command, install from the lock included, is
what ``.ci/run`` itself does on a fresh clone before it runs the tests.
"""

from __future__ import annotations

import os
import subprocess
import sys

from makiivka.story import paths


def git(*args: str, cwd) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return result.stdout


def test_the_first_build_of_a_fresh_clone_changes_nothing(tmp_path):
    clone = tmp_path / "clone"
    git("clone", "--quiet", "--no-hardlinks", str(paths.ROOT_DIR), str(clone), cwd=tmp_path)
    assert git("rev-parse", "HEAD", cwd=clone) == git("rev-parse", "HEAD", cwd=paths.ROOT_DIR)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKIIVKA_")}
    env.pop("FONTCONFIG_FILE", None)  # as a new user's shell: makiivka sets it itself
    # python -m from the clone's folder imports the clone's package, not this one.
    build = subprocess.run(
        [sys.executable, "-m", "makiivka.cli", "build", "--quiet"],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
    )
    assert build.returncode == 0, build.stderr
    assert build.stderr == ""
    assert git("status", "--porcelain", "--untracked-files=all", cwd=clone) == ""
