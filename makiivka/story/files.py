"""Read a story's files as regular files only, never through a link, and see staged changes.

A story folder is read by validate and every loader; a symbolic link or a device in
it (``articles/x.txt -> /dev/zero``) would make them read without end or read a file
outside the story, so :func:`check_regular_files` refuses both, naming each, and
:func:`read_bytes` opens with ``O_NOFOLLOW`` and checks the file it opened.

:func:`overlay` lets a writing command validate its change in memory: inside it,
:func:`read_bytes` returns the staged bytes of the files the change replaces.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from pathlib import Path

from makiivka.story.problems import Problem

#: What the store keeps in a story folder (makiivka/story/store.py): not story data.
LOCK_NAME = ".makiivka.lock"
JOURNAL_NAME = ".makiivka-journal.json"
STAGING_NAME = ".makiivka-staging"
PRIVATE_PREFIX = ".makiivka"
#: Bytes asked of one read call: an article under this size is read in one call.
READ_SIZE = 1 << 16

_OVERLAY: ContextVar[Mapping[str, bytes] | None] = ContextVar("overlay", default=None)

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
)


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """Return a regular file's bytes (or its staged bytes inside :func:`overlay`).

    Raises ``OSError`` (``ELOOP``) for a symbolic link and ``OSError`` (``EINVAL``)
    for anything but a regular file, before reading a byte of it.
    """
    staged = _OVERLAY.get()
    if staged is not None:
        key = os.path.abspath(path)
        if key in staged:
            return staged[key]
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        # One os.read call for a file under 64 KiB (10,000 articles add up): a buffered
        # reader asks the size first; a regular file's read returns short only at its end.
        chunks = [os.read(fd, READ_SIZE)]
        while len(chunks[-1]) == READ_SIZE:
            chunks.append(os.read(fd, READ_SIZE))
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)
    finally:
        os.close(fd)


@contextlib.contextmanager
def overlay(files: Mapping[Path, bytes]) -> Iterator[None]:
    """Make :func:`read_bytes` return *files* (path -> bytes) instead of the disk's."""
    token = _OVERLAY.set({os.path.abspath(p): blob for p, blob in files.items()})
    try:
        yield
    finally:
        _OVERLAY.reset(token)


def check_regular_files(root: Path, shown: str) -> list[Problem]:
    """Return a problem for each symbolic link or non-regular file under *root*.

    *shown* is how messages name *root*. The walk never follows a link; the
    folder itself may be a link (the user named it).
    """
    problems = []
    if os.path.lexists(os.path.join(root, JOURNAL_NAME)):
        expected = (
            "no unfinished change (a makiivka command stopped while writing, or is writing "
            "now; the next writing command, e.g. `makiivka review`, finishes it)"
        )
        problems.append(Problem(os.path.join(shown, JOURNAL_NAME), 1, 1, "", "", expected))
    for folder, folders, names in os.walk(root, followlinks=False):
        relative = os.path.relpath(folder, root)
        for name in sorted(folders + names):
            path = os.path.join(folder, name)
            mode = os.lstat(path).st_mode
            where = os.path.normpath(os.path.join(shown, relative, name))
            if stat.S_ISLNK(mode):
                target = os.readlink(path)
                expected = f"a regular file, not a symbolic link (to {target})"
                problems.append(Problem(where, 1, 1, "", name, expected))
            elif not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
                kind = next((words for test, words in _KINDS if test(mode)), "a special file")
                problems.append(Problem(where, 1, 1, "", name, f"a regular file, not {kind}"))
    return problems
