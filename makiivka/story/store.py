"""Change a story's files: one writer at a time, and every change all or nothing.

Every command that writes a story (``ingest``, ``review``, ``migrate``, and any new
one) does it inside :func:`changing`, the one entry point::

    with store.changing(data_dir) as change:
        claims = change.read_bytes("claims.csv")          # staged bytes, else the disk's
        change.append_rows("claims.csv", rows, columns)   # staged, not written yet
        change.write("articles/x.txt", blob)
        with change.staged():                             # validate the change in memory
            problems = load.validate(data_dir)
    # leaving the block without an exception commits every staged file at once

The guarantees, and how:

- **One writer**: a ``filelock`` lock on ``<story>/.makiivka.lock``. A second writer
  says it is waiting and gives up after ``MAKIIVKA_LOCK_TIMEOUT`` seconds (default
  120) with a :class:`DataError`.
- **All or nothing**: each new file version is written to ``.makiivka-staging/``;
  then the plan (staged name -> story path) is written to ``.makiivka-journal.json``
  in one rename, the commit point; then each staged file is renamed over its
  target and the journal and staging folder are removed. Whatever moment the
  process dies, the next :func:`changing` (or :func:`recover`) rolls a journal
  forward, or throws away staging that has no journal: the story holds the whole
  change or none of it.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import filelock

from makiivka.story import files, paths
from makiivka.story.problems import DataError, Problem, disk_problem

LOCK_NAME, JOURNAL_NAME, STAGING_NAME = files.LOCK_NAME, files.JOURNAL_NAME, files.STAGING_NAME
#: Environment variable: seconds a writer waits for another before giving up.
TIMEOUT_ENV = "MAKIIVKA_LOCK_TIMEOUT"
DEFAULT_TIMEOUT = 120.0


def _step(name: str) -> None:
    """Mark a step boundary of a commit; the crash tests make it raise at each one."""


class Change:
    """The files one command replaces in a story, staged in memory until it commits."""

    def __init__(self, data: Path):
        self.data = Path(data)
        self.files: dict[str, bytes] = {}

    def read_bytes(self, relative: str) -> bytes:
        """Return a story file as this change leaves it (staged bytes, else the disk's)."""
        if relative in self.files:
            return self.files[relative]
        return files.read_bytes(self.data / relative)

    def write(self, relative: str, blob: bytes) -> None:
        """Stage *blob* as the new content of the story file *relative* (e.g. ``claims.csv``)."""
        self.files[story_path(relative)] = blob

    def append_rows(
        self, relative: str, rows: Iterable[Mapping[str, object]], columns: list[str]
    ) -> None:
        """Stage rows appended to a CSV file; every existing byte stays as it was."""
        before = self.read_bytes(relative)
        if before and not before.endswith(b"\n"):
            before += b"\n"
        self.write(relative, before + csv_rows(rows, columns).encode("utf-8"))

    def staged(self) -> contextlib.AbstractContextManager[None]:
        """Return a context in which the story's loaders read the staged files."""
        return files.overlay({self.data / r: blob for r, blob in self.files.items()})


def story_path(relative: str) -> str:
    """Return *relative* as a story file's path, or raise ValueError for any other path.

    >>> story_path("articles/x.txt")
    'articles/x.txt'
    """
    if not isinstance(relative, str) or "\x00" in relative or "\\" in relative:
        raise ValueError(f"{relative!r} is not a story file")
    path = Path(relative)
    parts = path.parts
    if (
        not parts
        or path.is_absolute()
        or ".." in parts
        or parts[0].startswith(files.PRIVATE_PREFIX)
    ):
        raise ValueError(f"{relative!r} is not a story file")
    return path.as_posix()


@contextlib.contextmanager
def changing(data: Path, timeout: float | None = None) -> Iterator[Change]:
    """Hold the story's write lock, finish any interrupted change, and commit this one.

    The change is committed when the block ends without an exception and thrown
    away when it raises. Raises :class:`DataError` when another command holds the
    lock for longer than *timeout* seconds (default ``$MAKIIVKA_LOCK_TIMEOUT``, 120).
    """
    data = Path(data)
    with hold_lock(data, timeout):
        recover(data)
        change = Change(data)
        yield change
        if change.files:
            try:
                commit(data, change.files)
            except Exception as error:
                recover(data)  # finish it (journal written) or drop it (no journal)
                if isinstance(error, OSError):  # disk full, read-only: say where and why
                    raise DataError([disk_problem(error, paths.display(data))]) from None
                raise


@contextlib.contextmanager
def hold_lock(data: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the story's write lock; say so while waiting, give up after *timeout* seconds.

    The folder must exist (a command creating a story makes it first): a mistyped
    ``--data`` is refused rather than created.
    """
    if not data.is_dir():
        shown = paths.display(data)
        raise DataError([Problem(shown, 1, 1, "", str(data), "an existing data folder")])
    if timeout is None:
        timeout = lock_timeout()
    path = data / LOCK_NAME
    if os.path.islink(path) or (os.path.lexists(path) and not os.path.isfile(path)):
        expected = "a regular lock file, not a symbolic link or a folder (remove it)"
        raise DataError([Problem(paths.display(path), 1, 1, "", LOCK_NAME, expected)])
    lock = filelock.FileLock(path)
    try:
        lock.acquire(timeout=0)
    except filelock.Timeout:
        print(
            f"waiting for another makiivka command writing {paths.display(data)}…", file=sys.stderr
        )
        try:
            lock.acquire(timeout=timeout)
        except filelock.Timeout:
            expected = (
                f"no other makiivka command writing this story for {timeout:g} s "
                f"(one still is; try again when it ends, or raise ${TIMEOUT_ENV})"
            )
            shown = paths.display(data / LOCK_NAME)
            raise DataError([Problem(shown, 1, 1, "", "locked", expected)]) from None
    try:
        yield
    finally:
        lock.release()


def lock_timeout() -> float:
    """Return ``$MAKIIVKA_LOCK_TIMEOUT`` in seconds (default 120), or raise DataError.

    Refuses what is not a finite number of seconds ≥ 0 (``-1`` would wait forever).
    """
    raw = os.environ.get(TIMEOUT_ENV)
    if raw is None:
        return DEFAULT_TIMEOUT
    try:
        seconds = float(raw)
    except ValueError:
        seconds = -1.0
    if not (0 <= seconds < float("inf")):
        expected = "a number of seconds ≥ 0 a writer waits for another, e.g. 120"
        raise DataError([Problem(f"${TIMEOUT_ENV}", 1, 1, "", raw, expected)])
    return seconds


def commit(data: Path, staged: Mapping[str, bytes]) -> None:
    """Replace the story files *staged* names (relative path -> bytes) all at once."""
    staging = data / STAGING_NAME
    _finish(data)  # a staging folder (or link) no journal names is no change
    staging.mkdir()
    plan = []
    for number, (relative, blob) in enumerate(sorted(staged.items())):
        name = f"{number:04d}"
        target = data / relative
        mode = target.stat().st_mode & 0o777 if target.is_file() else 0o644
        _write_synced(staging / name, blob, mode)
        plan.append([name, relative])
        _step(f"staged {relative}")
    _sync_folder(staging)
    _write_synced(staging / "journal", json.dumps(plan).encode("utf-8"), 0o644)
    _step("journal staged")
    os.replace(staging / "journal", data / JOURNAL_NAME)  # the commit point
    _sync_folder(data)
    _step("journal")
    _roll_forward(data, plan)
    _finish(data)


def recover(data: Path) -> None:
    """Finish an interrupted change: roll a journal forward, drop staging without one."""
    journal = data / JOURNAL_NAME
    if os.path.lexists(journal):
        _roll_forward(data, read_journal(journal))
    _finish(data)


def read_journal(path: Path) -> list[list[str]]:
    """Return a journal's plan: each ``[staged name, story path]`` it names that is safe.

    A journal that is not a regular file, not UTF-8 JSON or not a list gives no entries;
    an entry whose staged name is not ``NNNN`` or whose path leaves the story (``../``,
    an absolute path, the store's own files) is dropped, never followed.
    """
    try:
        plan = json.loads(files.read_bytes(path).decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return []
    return plan_entries(plan)


def plan_entries(plan: object) -> list[list[str]]:
    """Return the safe ``[staged name, story path]`` entries of a parsed journal.

    >>> plan_entries([["0000", "claims.csv"], ["0001", "../x"], ["x", "a"], 5])
    [['0000', 'claims.csv']]
    """
    entries = []
    for entry in plan if isinstance(plan, list) else []:
        if not (isinstance(entry, list) and len(entry) == 2):
            continue
        name, relative = entry
        if not (isinstance(name, str) and len(name) == 4 and name.isascii() and name.isdigit()):
            continue
        try:
            entries.append([name, story_path(relative)])
        except ValueError:
            continue
    return entries


def _roll_forward(data: Path, plan: list[list[str]]) -> None:
    staging = data / STAGING_NAME
    if os.path.islink(staging):
        return  # never follow a link: nothing of it is ours
    for name, relative in plan:
        relative = story_path(relative)  # a journal from elsewhere writes nowhere else
        source = staging / Path(name).name
        if source.exists():  # gone: renamed before the interruption
            (data / relative).parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, data / relative)
            _step(f"renamed {relative}")
    for folder in {(data / relative).parent for _, relative in plan}:
        _sync_folder(folder)


def _finish(data: Path) -> None:
    journal = data / JOURNAL_NAME
    if os.path.lexists(journal):
        if os.path.isdir(journal) and not os.path.islink(journal):
            shutil.rmtree(journal)
        else:
            journal.unlink()
        _sync_folder(data)
        _step("journal removed")
    staging = data / STAGING_NAME
    if os.path.islink(staging) or os.path.isfile(staging):
        staging.unlink()  # a link is removed, never followed
    elif staging.exists():
        shutil.rmtree(staging)


def _write_synced(path: Path, blob: bytes, mode: int) -> None:
    with open(path, "wb") as out:
        out.write(blob)
        out.flush()
        os.fsync(out.fileno())
    os.chmod(path, mode)


def _sync_folder(folder: Path) -> None:
    """Flush a folder's entries (renames) to disk, where the platform allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace one file with *data* in one rename; on any error the old file stays.

    For files outside a story (a story's own files change through :func:`changing`).
    """
    path = Path(path)
    prefix = f".{path.name}.makiivka-{os.getpid()}-"  # a killed writer's is found by its pid
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def csv_rows(rows: Iterable[Mapping[str, object]], columns: list[str]) -> str:
    """Format *rows* as CSV lines (LF endings, minimal quoting, no header)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n", extrasaction="raise")
    for row in rows:
        writer.writerow({c: "" if row.get(c) is None else row[c] for c in columns})
    return buffer.getvalue()


def create_tree(target: Path, contents: Mapping[str, bytes]) -> None:
    """Create folder *target* holding *contents* (relative path -> bytes), all or nothing.

    A name ending in ``/`` makes an empty folder (its bytes are ignored).
    The files are written into a temporary folder beside *target*, which is
    then renamed into place; *target* must not exist or be an empty folder.
    Raises ``FileExistsError`` when it holds anything.
    """
    target = Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise FileExistsError(str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    prefix = f".{target.name}.new-{os.getpid()}-"  # a killed writer's is found by its pid
    staging = Path(tempfile.mkdtemp(prefix=prefix, dir=target.parent))
    try:
        for name, blob in contents.items():
            path = staging / name
            if name.endswith("/"):
                path.mkdir(parents=True, exist_ok=True)
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(blob)
        os.chmod(staging, 0o755)
        if target.exists():
            target.rmdir()  # empty, checked above
        os.rename(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
