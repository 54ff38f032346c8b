"""Run a story's notebooks on warm kernels, each from a private snapshot of its data.

A build owns one work folder in the temporary folder, ``makiivka-kernel-<pid>-*``:
the snapshot of the story's data the kernels read (``data/``), the PNGs the build
process rendered for them (``png/``, read by :mod:`makiivka.publish.display`) and
the kernels' sockets. It is removed when the build ends; one left by a process
that died is removed by the next build (:func:`sweep`).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from makiivka.story import files, paths

WORK_PREFIX = "makiivka-kernel-"
CELL_TIMEOUT = 600
#: Environment variable naming the folder of PNGs rendered by the build (display reads it).
PNG_CACHE_ENV = "MAKIIVKA_PNG_CACHE"
#: Run between two notebooks on one kernel: forget every name the last one defined.
#: ``%reset -f`` does the same and more (history, a full garbage collection over
#: Altair's schema) and costs about a second per notebook; modules stay imported
#: either way, as they did with ``%reset``.
FORGET = """\
def _forget(ip=get_ipython()):
    for name in [n for n in ip.user_ns if n not in ip.user_ns_hidden and n[0] != "_"]:
        del ip.user_ns[name]
    ip.user_ns["_oh"].clear()
    ip.displayhook._ = ip.displayhook.__ = ip.displayhook.___ = ""
    ip.user_ns.update({"_": "", "__": "", "___": ""})
_forget()
del _forget
"""


class BuildError(RuntimeError):
    """Raised when a notebook fails to run; the message names the notebook and the error."""


def kernel_count(notebooks: int, cores: int | None = None) -> int:
    """Return how many kernels to start: one core is left to the build process.

    >>> kernel_count(5, cores=2), kernel_count(5, cores=8), kernel_count(2, cores=8)
    (1, 5, 2)
    """
    cores = cores if cores is not None else (os.cpu_count() or 1)
    return max(1, min(notebooks, cores - 1))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep(folder: Path | None = None) -> list[Path]:
    """Remove work folders left by builds whose process has ended; return them."""
    folder = Path(folder or tempfile.gettempdir())
    removed = []
    for path in folder.glob(WORK_PREFIX + "*"):
        pid = path.name[len(WORK_PREFIX) :].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


@contextlib.contextmanager
def workspace() -> Iterator[Path]:
    """Make this build's work folder (``data/``, ``png/``); remove it when the block ends."""
    sweep()
    work = Path(tempfile.mkdtemp(prefix=f"{WORK_PREFIX}{os.getpid()}-"))
    try:
        (work / "png").mkdir()
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def copy_story_data(data: Path, snapshot: Path) -> int:
    """Copy the data folder's files (not the store's private ones) into *snapshot*.

    Files are read as :func:`makiivka.story.files.read_bytes` reads them, never
    through a link. Call it holding the story's lock. Returns the file count.
    """
    count = 0
    for folder, folders, names in os.walk(data):
        folders[:] = sorted(f for f in folders if not f.startswith(files.PRIVATE_PREFIX))
        relative = Path(folder).relative_to(data)
        for name in sorted(names):
            if name.startswith(files.PRIVATE_PREFIX):
                continue
            target = snapshot / relative / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(files.read_bytes(Path(folder) / name))
            count += 1
    return count


def kernel_env(story: Path, snapshot: Path, png_cache: Path | None = None) -> dict[str, str]:
    """Return the notebooks' environment: ours, pointed at the story and its data snapshot."""
    env = dict(os.environ)
    env[paths.DATA_ENV] = str(snapshot)
    env[paths.STORY_ENV] = str(story)
    if png_cache is not None:
        env[PNG_CACHE_ENV] = str(png_cache)
    return env


def renumber(notebook) -> None:
    """Number the code cells 1, 2, 3… as a fresh kernel would, outputs included."""
    count = 0
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        count += 1
        cell.execution_count = count
        for output in cell.get("outputs", []):
            if "execution_count" in output:
                output["execution_count"] = count


#: Cell metadata a run writes that says when, not what: ``jupyter nbconvert --execute`` and
#: JupyterLab's "record timing" keep each cell's start and end times under ``execution``.
VOLATILE_CELL_METADATA = ("execution",)


def drop_volatile(notebook) -> None:
    """Remove what another run recorded of when each cell ran: the build writes the same bytes
    whatever ran the notebook before it (new user 26's ``nbconvert --execute --inplace``)."""
    for cell in notebook.cells:
        for key in VOLATILE_CELL_METADATA:
            cell.get("metadata", {}).pop(key, None)


def drop_patch_version(notebook) -> None:
    """Record the kernel's Python as major.minor: 3.11.7 and 3.11.9 must write the same notebook."""
    info = notebook.metadata.get("language_info", {})
    if "version" in info:
        info["version"] = ".".join(str(info["version"]).split(".")[:2])


async def _run_lane(notebooks: list, env: dict[str, str], cwd: Path, sockets: Path) -> None:
    import nbformat
    from jupyter_client.manager import AsyncKernelManager
    from nbclient import NotebookClient

    manager = AsyncKernelManager(kernel_name="python3", transport="ipc", ip=str(sockets))
    await manager.start_kernel(env=env, cwd=str(cwd))
    client = manager.client()
    client.start_channels()
    forget = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(FORGET)])

    def runner(notebook) -> NotebookClient:
        made = NotebookClient(
            notebook,
            km=manager,
            timeout=CELL_TIMEOUT,
            record_timing=False,
            allow_errors=False,
            resources={"metadata": {"path": str(cwd)}},
        )
        made.kc = client
        return made

    try:
        await client.wait_for_ready(timeout=120)
        for number, (path, notebook) in enumerate(notebooks):
            if number:
                await runner(forget).async_execute()
            try:
                await runner(notebook).async_execute()
            except Exception as error:
                raise BuildError(f"{paths.display(path)}: {error}") from error
            renumber(notebook)
            drop_volatile(notebook)
            drop_patch_version(notebook)
    finally:
        client.stop_channels()
        await manager.shutdown_kernel(now=True)


async def _run_all(lanes: list[list], env: dict[str, str], cwd: Path, work: Path) -> None:
    await asyncio.gather(
        *(_run_lane(lane, env, cwd, work / f"k{n}") for n, lane in enumerate(lanes) if lane)
    )


def execute_notebooks(
    files_: Sequence[Path], env: dict[str, str], work: Path, kernels: int | None = None
) -> list:
    """Execute copies of the notebooks on warm kernels (shared round-robin); return them.

    *work* holds the kernels' sockets; *kernels* defaults to :func:`kernel_count`.
    """
    import nbformat

    loaded = [(path, nbformat.read(path, as_version=4)) for path in files_]
    count = kernel_count(len(loaded)) if kernels is None else max(1, min(kernels, len(loaded)))
    lanes = [loaded[i::count] for i in range(count)]
    cwd = Path(files_[0]).parent.resolve() if files_ else paths.NOTEBOOKS_DIR
    asyncio.run(_run_all(lanes, env, cwd, work))
    return [notebook for _, notebook in loaded]
