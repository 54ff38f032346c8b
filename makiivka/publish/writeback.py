"""Swap a build's outputs folder and notebooks folder in, each wholly old or wholly new.

Holding the story's write lock (:func:`makiivka.story.store.hold_lock`), the build

1. finishes or removes what an earlier, interrupted write-back left (:func:`recover`);
2. writes the new outputs into ``.<out>.building-<pid>-*`` beside ``--out`` and, when a
   notebook changed, a copy of the whole notebooks folder with the new notebooks into
   ``.notebooks.building-<pid>-*`` beside it;
3. writes the plan (each staged folder, its target and the staged folder's inode) to
   ``<story>/.makiivka-build-journal.json`` in one rename: the commit point;
4. swaps each staged folder with its target in **one atomic step**, then removes the
   old folder and the journal.

**How a folder is swapped in one step.** On Linux, ``renameat2(…, RENAME_EXCHANGE)``
(Linux 3.15, glibc 2.28; called through :mod:`ctypes`, as Python has no binding)
exchanges the two folder names atomically: a reader opening ``outputs/`` at any instant
gets the old folder or the new one, never neither and never a mix. It was chosen over a
symbolic link to a versioned build folder because the repository commits ``outputs/``
and ``notebooks/`` as real folders: a link would show in ``git status`` of every fresh
clone after its first build, and on Windows making one needs a privilege. **Fallback**
where the call is missing (macOS, Windows, other systems, an older kernel or C library)
or the file system refuses it (``ENOSYS``, ``EINVAL``): two renames, the target aside
to ``.<name>.old-*`` and the staged folder into its place. Between them the folder is
missing for a moment; the journal makes the next command (any makiivka command, see
:mod:`makiivka.story.leftovers`) finish the swap.

The outputs and notebooks folders are two swaps: in between, the outputs are new and
the notebooks still old (each folder is whole at every instant; the pair converges).
A file written into ``notebooks/`` by another program while a build runs is in the copy
only if it was there when the copy was made (JupyterLab saves are not under our lock).

If the process dies before step 3, the next command throws the staging away (all
old); after it, the next command rolls the journal forward (all new): whether the
swap happened is told by the staged folder's inode, so it is never done twice.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

from makiivka.story.leftovers import BUILD_JOURNAL as JOURNAL_NAME
from makiivka.story.leftovers import BUILDING, OLD, remove_tree

__all__ = ["JOURNAL_NAME", "commit", "exchange", "recover", "stage"]

AT_FDCWD, RENAME_EXCHANGE = -100, 2


def _step(name: str) -> None:
    """Mark a step boundary of the write-back; the crash tests make it raise at each one."""


def _load_renameat2():
    if not sys.platform.startswith("linux"):
        return None
    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # a C library older than glibc 2.28, or not glibc
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p]
    function.argtypes += [ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


_RENAMEAT2 = _load_renameat2()


def exchange(first: Path, second: Path) -> bool:
    """Exchange two paths' names atomically; return False where the system cannot.

    Raises ``OSError`` for any other failure (a missing path, no permission).
    """
    if _RENAMEAT2 is None:
        return False
    done = _RENAMEAT2(AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE)
    if done == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(first), None, str(second))


def _staged_name(path: Path, kind: str) -> Path:
    made = tempfile.mkdtemp(prefix=f".{path.name}.{kind}{os.getpid()}-", dir=path.parent)
    os.rmdir(made)
    return Path(made)


def _write(path: Path, blob: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as stream:
        stream.write(blob)
        stream.flush()
        os.fsync(stream.fileno())
    os.chmod(path, 0o644)


def _swap(staged: Path, target: Path) -> dict:
    found = os.lstat(staged)
    old = _staged_name(target, OLD)
    return {"staged": str(staged), "target": str(target), "old": str(old),
            "inode": [found.st_dev, found.st_ino]}  # fmt: skip


def stage(
    story: Path, out: Path, outputs: Mapping[str, bytes], notebooks: Mapping[Path, bytes]
) -> dict:
    """Write the new outputs folder and notebooks folder beside their targets; return the plan.

    *notebooks* maps each changed notebook's path to its bytes; they share one folder.
    """
    folder = _staged_name(out, BUILDING)
    folder.mkdir()
    for name, blob in sorted(outputs.items()):
        _write(folder / name, blob)
    os.chmod(folder, 0o755)
    plan = {"pid": os.getpid(), "swaps": [_swap(folder, out)]}
    _step("outputs staged")
    if notebooks:
        [books] = {Path(path).parent for path in notebooks}
        copy = _staged_name(books, BUILDING)
        if books.is_dir():
            shutil.copytree(books, copy, symlinks=True)
        else:
            copy.mkdir()
        for path, blob in notebooks.items():
            _write(copy / Path(path).name, blob)
            _step(f"staged {Path(path).name}")
        plan["swaps"].append(_swap(copy, books))
        _step("notebooks staged")
    return plan


def commit(story: Path, plan: dict) -> None:
    """Write the journal (the commit point), then swap each folder in and clean up."""
    journal = story / JOURNAL_NAME
    temporary = journal.with_name(journal.name + ".tmp")
    _write(temporary, json.dumps(plan, indent=1).encode("utf-8"))
    _step("journal staged")
    os.replace(temporary, journal)
    _step("journal")
    _roll_forward(plan)
    journal.unlink()
    _step("journal removed")


def _is(path: Path, inode: list[int]) -> bool:
    try:
        found = os.lstat(path)
    except FileNotFoundError:
        return False
    return stat.S_ISDIR(found.st_mode) and [found.st_dev, found.st_ino] == list(inode)


def _roll_forward(plan: dict) -> None:
    for swap in plan["swaps"]:
        staged, target, old = (Path(swap[k]) for k in ("staged", "target", "old"))
        name = target.name
        if not _is(target, swap["inode"]) and _is(staged, swap["inode"]):
            if not os.path.lexists(target):
                os.rename(staged, target)
            elif exchange(staged, target):
                _step(f"{name} exchanged")  # staged now names the old folder
            else:
                os.rename(target, old)
                _step(f"{name} set aside")
                os.rename(staged, target)
            _step(f"{name} swapped in")
        for leftover in (staged, old):
            if not _is(leftover, swap["inode"]):
                remove_tree(leftover)
        _step(f"{name} old removed")


def _plan_is_ours(plan: object, targets: list[Path]) -> bool:
    """Tell whether a journal names only this write-back's staging beside *targets*."""
    if not isinstance(plan, dict) or not isinstance(plan.get("swaps"), list):
        return False
    for swap in plan["swaps"]:
        if not isinstance(swap, dict) or not all(
            isinstance(swap.get(k), str) for k in ("staged", "target", "old")
        ):
            return False
        inode = swap.get("inode")
        if not (isinstance(inode, list) and len(inode) == 2 and all(type(i) is int for i in inode)):
            return False
        target = Path(swap["target"])
        if target not in targets:
            return False
        for key, kind in (("staged", BUILDING), ("old", OLD)):
            path = Path(swap[key])
            if path.parent != target.parent or not path.name.startswith(f".{target.name}.{kind}"):
                return False
    return True


def recover(story: Path, out: Path, notebooks: list[Path]) -> None:
    """Finish or drop an interrupted write-back; remove staging left beside *out* and notebooks.

    Call it holding the story's lock. A journal that is not JSON, or names paths that
    are not this write-back's staging beside *out* and the notebooks folder, is removed
    and never followed.
    """
    books = {Path(p).parent for p in notebooks} or {story / "notebooks"}
    targets = [out, *books]
    journal = story / JOURNAL_NAME
    if os.path.lexists(journal):
        try:
            plan = json.loads(journal.read_bytes()) if journal.is_file() else None
        except (ValueError, RecursionError):
            plan = None
        if _plan_is_ours(plan, targets):
            _roll_forward(plan)
        journal.unlink()
    Path(f"{journal}.tmp").unlink(missing_ok=True)
    for target in targets:
        for kind in (BUILDING, OLD):
            for path in target.parent.glob(f".{target.name}.{kind}*"):
                remove_tree(path)  # under the lock: no write-back is staging now
    for path in notebooks:  # older makiivka staged each notebook beside it
        for kind in (BUILDING, OLD):
            for leftover in Path(path).parent.glob(f".{Path(path).name}.{kind}*"):
                remove_tree(leftover)


def tidy(story: str | os.PathLike[str]) -> list[Path]:
    """Finish or remove every leftover of a killed command in *story*; return what was found.

    Rolls an interrupted story change or build forward under the story's lock (only when
    one is there: a clean story takes no lock), then removes the rest
    (:func:`makiivka.story.leftovers.find`). Every command but ``validate`` runs it first.
    """
    from makiivka.story import leftovers, store
    from makiivka.story.files import JOURNAL_NAME as STORY_JOURNAL
    from makiivka.story.files import STAGING_NAME

    story = Path(story)
    found = leftovers.find(story)
    locked = (STORY_JOURNAL, STAGING_NAME, JOURNAL_NAME, JOURNAL_NAME + ".tmp")
    data = story / "data"
    if data.is_dir() and any(p.name in locked or p.parent == story for p in found):
        with store.hold_lock(data):
            store.recover(data)
            books = sorted((story / "notebooks").glob("*.ipynb"))
            recover(story, story / "outputs", books)
    leftovers.sweep(found)
    return found


def tidy_command(args) -> None:
    """Run :func:`tidy` for a command line: on ``new``'s folder, else on ``--story``'s."""
    if args.command == "new":
        tidy(Path(args.dir))
    elif getattr(args, "story", None) is not None:
        tidy(args.story)
