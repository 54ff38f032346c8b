"""Render a large story's tidy data files in a second process while the charts render.

On a ledger of 100,000 claims the tidy data (CSV, JSON and an Excel workbook of
each table: about 190 MB) takes longer than every chart together, most of it in
XlsxWriter writing one cell at a time. A build's three jobs — the charts (this
process), the notebooks (their kernel) and the tidy data — then run side by side:
the data files are made by a process of their own from the same snapshot of the
story the kernels read, so they are the same bytes the build would make itself.

A small story is rendered in the build's own process: starting a second Python
costs more than its data files take. The worker is a plain ``python -m`` child
rather than a ``multiprocessing`` one: "fork" is unsafe once the build has
threads, and "spawn" runs the caller's main module again (a script calling
:func:`~makiivka.publish.build.build` without a ``__main__`` guard would start
builds without end).

Run as ``python -m makiivka.publish.tidy_files SNAPSHOT FOLDER``: validate and load
the story data in SNAPSHOT and write its tidy files into FOLDER (which must exist).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from makiivka.publish.kernels import BuildError
from makiivka.story import load

#: From this many claims on, the data files are made in a process of their own.
WORKER_CLAIMS = 5_000


class DataFiles:
    """The tidy data files being made: :meth:`wait` for them, or :meth:`stop` making them."""

    def __init__(
        self,
        dataset: load.Dataset,
        snapshot: Path,
        render: Callable[[load.Dataset], dict[str, bytes]],
    ) -> None:
        self._dataset, self._render, self._child = dataset, render, None
        self._folder = Path(snapshot).parent / "tidy"
        if len(dataset.claims) >= WORKER_CLAIMS:
            self._folder.mkdir()
            command = [sys.executable, "-m", __name__, str(snapshot), str(self._folder)]
            self._child = subprocess.Popen(
                command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
            )

    def wait(self) -> dict[str, bytes]:
        """Return the files (name -> bytes, sorted by name).

        Raises :class:`~makiivka.publish.kernels.BuildError` with the worker's last
        lines of error output if it failed.
        """
        if self._child is None:
            return self._render(self._dataset)
        _, error = self._child.communicate()
        code, self._child = self._child.returncode, None
        if code:
            said = error.decode("utf-8", "replace").strip().splitlines()[-3:]
            raise BuildError(f"writing the tidy data failed (exit {code}): {' '.join(said)}")
        return {p.name: p.read_bytes() for p in sorted(self._folder.iterdir())}

    def stop(self) -> None:
        """End the worker, if one is still running (a failed build's cleanup)."""
        if self._child is not None:
            self._child.kill()
            self._child.communicate()
            self._child = None


def start_data_files(
    dataset: load.Dataset, snapshot: Path, render: Callable[[load.Dataset], dict[str, bytes]]
) -> DataFiles:
    """Start making the tidy data files of *dataset*, whose data folder is *snapshot*.

    *render* makes them in this process (a story under :data:`WORKER_CLAIMS` claims);
    a larger one is read again from *snapshot* by a worker process, which writes
    into a ``tidy`` folder beside *snapshot*.
    """
    return DataFiles(dataset, snapshot, render)


def main(argv: list[str]) -> int:
    """Write the tidy files of the story data in ``argv[0]`` into the folder ``argv[1]``."""
    from makiivka.publish.export import data_files

    snapshot, folder = (Path(a) for a in argv)
    for name, blob in data_files(load.read_dataset(snapshot)).items():
        (folder / name).write_bytes(blob)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
