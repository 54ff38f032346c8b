"""Find and remove what a killed makiivka command left behind.

A command killed with SIGKILL runs no clean-up. What each one can leave, and who
removes it (every command but ``validate`` calls :func:`makiivka.publish.writeback.tidy`
first, which rolls a journal forward under the story's lock and removes the rest;
``validate`` only names them):

- ``ingest``, ``review``, ``correct``, ``migrate``, ``claimant add``:
  ``data/.makiivka-journal.json`` and ``data/.makiivka-staging/`` (:mod:`makiivka.story.store`);
- ``build``: ``.makiivka-build-journal.json`` (and ``.tmp``) in the story, ``.outputs.building-*``,
  ``.outputs.old-*``, ``.notebooks.building-*`` and ``.notebooks.old-*`` beside the folders
  (:mod:`makiivka.publish.writeback`), ``makiivka-kernel-<pid>-*`` in the temporary folder;
- ``verify``: ``makiivka-verify-<pid>-*`` in the temporary folder;
- ``export`` (and any :func:`~makiivka.story.store.write_atomic`): ``.NAME.makiivka-<pid>-*.tmp``
  beside the file it was replacing (looked for in the story's folders and in ``exports/``
  of the story and of the working folder);
- ``new``: ``.DIR.new-<pid>-*`` beside the story folder it was creating.

Names carry the process id of their writer: a leftover is one whose process has
ended, so a command running now is never mistaken for a killed one.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
from pathlib import Path

from makiivka.story import paths
from makiivka.story.files import JOURNAL_NAME, STAGING_NAME
from makiivka.story.problems import Problem

BUILD_JOURNAL = ".makiivka-build-journal.json"
#: The folder ``makiivka export`` writes to without ``--out`` (in the working folder).
EXPORTS = "exports"
BUILDING, OLD, NEW = "building-", "old-", "new-"
#: Prefixes of work folders in the temporary folder, followed by the writer's pid.
TEMP_PREFIXES = ("makiivka-kernel-", "makiivka-verify-")
_PID = re.compile(r"(?:building-|old-|new-|makiivka-kernel-|makiivka-verify-|makiivka-)(\d+)-")
_ATOMIC = re.compile(r"^\..+\.makiivka-(\d+)-[^/]*\.tmp$")


def pid_of(name: str) -> int | None:
    """Return the process id a leftover's name carries, or None.

    >>> pid_of(".outputs.building-4242-x1y2"), pid_of("report.html")
    (4242, None)
    """
    found = _PID.search(name)
    return int(found[1]) if found else None


def is_alive(pid: int | None) -> bool:
    """Tell whether process *pid* still runs (None: unknown, taken as ended)."""
    if pid is None or pid <= 0:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def remove_tree(path: Path) -> None:
    """Remove a file, link or folder (never following a link); nothing if it is gone."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISDIR(mode):
        shutil.rmtree(path, ignore_errors=True)
    else:
        Path(path).unlink(missing_ok=True)


def _scan(folder: Path) -> list[str]:
    try:
        return sorted(os.listdir(folder))
    except OSError:
        return []


def find(story: str | os.PathLike[str], temporary: str | None = None) -> list[Path]:
    """Return every leftover of a killed command in and beside *story*, and in the temp folder."""
    story = Path(story)
    found: list[Path] = []
    data = story / paths.DATA_NAME
    for name in (JOURNAL_NAME, STAGING_NAME):
        if os.path.lexists(data / name):
            found.append(data / name)
    for name in (BUILD_JOURNAL, BUILD_JOURNAL + ".tmp"):
        if os.path.lexists(story / name):
            found.append(story / name)
    for folder in (paths.OUTPUT_NAME, paths.NOTEBOOKS_NAME):
        for name in _scan(story):
            staging = name.startswith((f".{folder}.{BUILDING}", f".{folder}.{OLD}"))
            if staging and not is_alive(pid_of(name)):
                found.append(story / name)
    for name in _scan(story.parent):
        if name.startswith(f".{story.name}.{NEW}") and not is_alive(pid_of(name)):
            found.append(story.parent / name)
    exports = (story / EXPORTS, Path.cwd() / EXPORTS)  # where `export` writes by default
    for folder in (data, story / paths.NOTEBOOKS_NAME, story / paths.OUTPUT_NAME, *exports):
        for root, _, names in os.walk(folder):
            for name in names:
                match = _ATOMIC.match(name)
                if match and not is_alive(int(match[1])):
                    found.append(Path(root) / name)
    folder = Path(temporary or tempfile.gettempdir())
    for name in _scan(folder):
        if name.startswith(TEMP_PREFIXES) and not is_alive(pid_of(name)):
            found.append(folder / name)
    return found


def describe(leftovers: list[Path]) -> list[Problem]:
    """Return one problem per leftover, for ``validate``."""
    expected = (
        "no leftover of a killed makiivka command (the next makiivka command but validate "
        "finishes or removes it)"
    )
    return [Problem(paths.display(path), 1, 1, "", path.name, expected) for path in leftovers]


def sweep(leftovers: list[Path]) -> None:
    """Remove the leftovers that need no roll-forward: all but the two journals and staging."""
    for path in leftovers:
        if path.name not in (JOURNAL_NAME, STAGING_NAME, BUILD_JOURNAL):
            remove_tree(path)
