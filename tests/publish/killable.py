"""The processes of the kill test (tests/publish/test_kill.py): a cheap real build and a poller.

Loaded once into a multiprocessing fork server, so each build, command and poller is a
fresh process that starts with everything imported. The build is ``build.build()`` —
the real lock, snapshot, validation, tidy data, report, manifest and write-back — with
its slow parts made cheap: no chart is drawn (``chart_specs`` gives none), the tidy data
is the claims table alone, and each
notebook "runs" in-process, its one output the sha256 of the snapshot's claimants.csv
(so a change of data changes every notebook, as a real run would).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import tempfile
import time
from pathlib import Path

import nbformat

from makiivka import cli
from makiivka.publish import build, kernels, writeback
from makiivka.publish.export import table_csv
from makiivka.story import store


def _sha(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()


def _run_cheaply(files, env, work, count):
    claimants = Path(env["MAKIIVKA_DATA"], "claimants.csv").read_bytes()
    ran = []
    for path in files:
        book = nbformat.read(path, as_version=4)
        book.cells[-1].outputs = [nbformat.v4.new_output("stream", text=_sha(claimants) + "\n")]
        ran.append(book)
    return ran


def make_cheap(temporary: str) -> None:
    """Make this process's builds cheap (see the module docstring); use *temporary*."""
    tempfile.tempdir = temporary
    os.environ["TMPDIR"] = temporary
    build.chart_specs = lambda dataset, width=None: {}
    build.data_files = lambda dataset: {"claims.csv": table_csv(dataset.claims)}
    kernels.execute_notebooks = _run_cheaply


def run_build(story: str, temporary: str, kill_at: str | None = None, nth: int = 1) -> None:
    """Build *story* cheaply; with *kill_at*, SIGKILL this process at that step's *nth* pass."""
    make_cheap(temporary)
    seen: dict[str, int] = {}

    def step(name: str) -> None:
        seen[name] = seen.get(name, 0) + 1
        if name == kill_at and seen[name] == nth:
            os.kill(os.getpid(), signal.SIGKILL)

    for module in (build, writeback, store):
        module._step = step
    build.build(Path(story), progress=lambda message: None)


def record_steps(story: str, temporary: str, into: str) -> None:
    """Build *story* cheaply and write the step names it passed, in order, to *into*."""
    make_cheap(temporary)
    seen: list[str] = []
    for module in (build, writeback, store):
        module._step = seen.append
    build.build(Path(story), progress=lambda message: None)
    Path(into).write_text(json.dumps(seen), encoding="utf-8")


def run_command(argv: list[str], temporary: str) -> None:
    """Run one makiivka command line in this process; exit with its status."""
    make_cheap(temporary)
    os._exit(cli.main(argv))


def state_of(story: str) -> dict[str, str]:
    """Return the sha256 of the outputs' manifest and of the notebooks folder's contents."""
    return {"outputs": _outputs_state(Path(story) / "outputs"),
            "notebooks": _notebooks_state(Path(story) / "notebooks")}  # fmt: skip


class SwappedOut(Exception):
    """The folder a look had open was swapped out (and is being removed) during the look."""


def _read(fd: int, name: str) -> bytes:
    handle = os.open(name, os.O_RDONLY, dir_fd=fd)
    try:
        with os.fdopen(handle, "rb", closefd=False) as stream:
            return stream.read()
    finally:
        os.close(handle)


def _pinned(folder: Path, look) -> str:
    """Run *look* on one open handle of *folder*: a swap during the look cannot mix its reads.

    A look at a folder that *folder* no longer names when the look ends read the old
    folder while it was being removed after a swap (:class:`SwappedOut`: look again); a
    file missing from, or not matching, the folder still named is a failure.
    """
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        found = look(fd)
        if os.stat(folder).st_ino != os.fstat(fd).st_ino:  # swapped out, maybe half removed
            raise SwappedOut(str(folder))
        return found
    except FileNotFoundError:
        if os.stat(folder).st_ino != os.fstat(fd).st_ino:
            raise SwappedOut(str(folder)) from None
        raise
    finally:
        os.close(fd)


def _outputs_state(folder: Path) -> str:
    """Return the manifest's sha256 if every file it lists matches (else say which does not)."""
    return _pinned(folder, _outputs_look)


def _outputs_look(fd: int) -> str:
    blob = _read(fd, "manifest.json")
    for name, digest in json.loads(blob)["files"].items():
        if _sha(_read(fd, name)) != digest:
            return f"mixed: {name}"
    return _sha(blob)


def _notebooks_state(folder: Path) -> str:
    return _pinned(folder, _notebooks_look)


def _notebooks_look(fd: int) -> str:
    names = sorted(os.listdir(fd))
    return _sha(json.dumps([[n, _sha(_read(fd, n))] for n in names]).encode())


def poll(story: str, allowed: dict[str, list[str]], stop, into: str) -> None:
    """Read outputs/ and notebooks/ until *stop* is set; write what was seen to *into*.

    Each look opens a folder once and reads every file through that handle; a folder
    missing, or a state not in *allowed* (the old or the new build), is a failure.
    """
    looks, failures = 0, []
    while not stop.is_set():
        looks += 1
        for folder, state in (("outputs", _outputs_state), ("notebooks", _notebooks_state)):
            try:
                found = state(Path(story) / folder)
            except SwappedOut:
                continue  # the folder was replaced while read: the next look reads the new one
            except FileNotFoundError as error:
                failures.append(f"{folder}: missing ({error.filename})")
                continue
            if found not in allowed[folder]:
                failures.append(f"{folder}: {found}")
        time.sleep(0.002)  # leave the build a core
    Path(into).write_text(json.dumps({"looks": looks, "failures": failures}), encoding="utf-8")


def run_killed_at_first_rename(argv: list[str], temporary: str) -> None:
    """Run a command line cheaply; SIGKILL this process when it renames its own staging.

    That is a rename from a name only makiivka stages under (the build journal's
    ``.tmp``, ``.NAME.makiivka-<pid>-*.tmp``, ``.DIR.new-<pid>-*``); what the command
    staged is then left behind, as a command killed at that moment leaves it.
    """
    make_cheap(temporary)
    real = {"rename": os.rename, "replace": os.replace}
    ours = re.compile(
        r"\.makiivka-build-journal\.json\.tmp$|\.makiivka-[0-9]+-[^/]*\.tmp$|\.new-[0-9]+-"
    )

    def guarded(kind: str):
        def move(source, target, *args, **kwargs):
            if ours.search(os.fsdecode(source)):
                os.kill(os.getpid(), signal.SIGKILL)
            return real[kind](source, target, *args, **kwargs)

        return move

    os.rename, os.replace = guarded("rename"), guarded("replace")
    os._exit(cli.main(argv))
