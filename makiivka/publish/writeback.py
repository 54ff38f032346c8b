"""Swap a build's outputs folder and executed notebooks in together, all or nothing.

Holding the story's write lock (:func:`makiivka.story.store.hold_lock`), the build

1. removes what an earlier, interrupted write-back left (:func:`recover`);
2. writes the new outputs into ``.<out>.building-*`` beside ``--out`` and each
   changed notebook into ``.<name>.building-*`` beside it;
3. writes the plan to ``<story>/.makiivka-build-journal.json`` in one rename: the
   commit point;
4. renames each staged notebook over its notebook, the outputs folder aside to
   ``.<out>.old-*`` and the staged folder into its place; removes the old folder and
   the journal.

If the process dies before step 3, the next build throws the staging away (all
old); after it, the next build rolls the journal forward (all new).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

JOURNAL_NAME = ".makiivka-build-journal.json"
BUILDING, OLD = "building-", "old-"


def _step(name: str) -> None:
    """Mark a step boundary of the write-back; the crash tests make it raise at each one."""


def _staged_name(path: Path, kind: str) -> Path:
    made = tempfile.mkdtemp(prefix=f".{path.name}.{kind}", dir=path.parent)
    os.rmdir(made)
    return Path(made)


def _write(path: Path, blob: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as stream:
        stream.write(blob)
        stream.flush()
        os.fsync(stream.fileno())
    os.chmod(path, 0o644)


def stage(
    story: Path, out: Path, outputs: Mapping[str, bytes], notebooks: Mapping[Path, bytes]
) -> dict:
    """Write the new outputs and notebooks beside their targets; return the plan."""
    folder = _staged_name(out, BUILDING)
    plan = {"out": [str(folder), str(out), str(_staged_name(out, OLD))], "notebooks": []}
    folder.mkdir()
    for name, blob in sorted(outputs.items()):
        _write(folder / name, blob)
    os.chmod(folder, 0o755)
    _step("outputs staged")
    for path, blob in notebooks.items():
        staged = _staged_name(path, BUILDING)
        _write(staged, blob)
        plan["notebooks"].append([str(staged), str(path)])
        _step(f"staged {path.name}")
    return plan


def commit(story: Path, plan: dict) -> None:
    """Write the journal (the commit point), then swap everything in and clean up."""
    journal = story / JOURNAL_NAME
    temporary = journal.with_name(journal.name + ".tmp")
    _write(temporary, json.dumps(plan, indent=1).encode("utf-8"))
    _step("journal staged")
    os.replace(temporary, journal)
    _step("journal")
    _roll_forward(plan)
    journal.unlink()


def _roll_forward(plan: dict) -> None:
    for staged, target in plan["notebooks"]:
        if os.path.exists(staged):  # gone: renamed before an interruption
            os.replace(staged, target)
            _step(f"renamed {Path(target).name}")
    folder, out, old = (Path(p) for p in plan["out"])
    if folder.exists():
        if out.exists():
            os.rename(out, old)
            _step("outputs set aside")
        os.rename(folder, out)
        _step("outputs renamed")
    shutil.rmtree(old, ignore_errors=True)


def _is_staging(path: str, target: Path) -> bool:
    name = Path(path).name
    return Path(path).parent == target.parent and any(
        name.startswith(f".{target.name}.{kind}") for kind in (BUILDING, OLD)
    )


def recover(story: Path, out: Path, notebooks: list[Path]) -> None:
    """Finish or drop an interrupted write-back; remove staging left beside *out* and notebooks.

    Call it holding the story's lock. A journal whose paths are not this
    write-back's staging names is ignored and removed, never followed.
    """
    journal = story / JOURNAL_NAME
    if journal.exists():
        plan = json.loads(journal.read_text(encoding="utf-8"))
        folder, target, old = plan["out"]
        safe = _is_staging(folder, Path(target)) and _is_staging(old, Path(target))
        safe = safe and all(_is_staging(s, Path(t)) for s, t in plan["notebooks"])
        if safe:
            _roll_forward(plan)
        journal.unlink()
    journal.with_name(journal.name + ".tmp").unlink(missing_ok=True)
    for target in [out, *notebooks]:
        for kind in (BUILDING, OLD):
            for path in target.parent.glob(f".{target.name}.{kind}*"):
                if path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink(missing_ok=True)
