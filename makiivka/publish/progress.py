"""Show a build's progress: a bar on a terminal, plain lines elsewhere, nothing with ``-q``.

A build of a large story runs for a minute or more; on a terminal a rich progress bar
says which step it is on and how long it has run. Off a terminal (a log, CI, a pipe)
the steps are plain lines on standard error, as before, and ``-q`` prints nothing.
rich is already a dependency (it draws the CLI's tables).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

#: The steps a build reports: validate, notebooks, charts, each chart, data, report, done.
BUILD_STEPS = 10


def quiet(message: str) -> None:
    """Report nothing: the progress of a ``--quiet`` run."""


def plain(message: str) -> None:
    """Report a step as a line on standard error."""
    print(message, file=sys.stderr, flush=True)


@contextmanager
def build_progress(
    is_quiet: bool = False, total: int = BUILD_STEPS, stream=None
) -> Iterator[Callable[[str], None]]:
    """Yield the function a build reports each step to: a bar, plain lines, or nothing.

    The bar is drawn only when *stream* (default standard error) is a terminal and the
    run is not quiet; each message advances it one of *total* steps.
    """
    stream = sys.stderr if stream is None else stream
    if is_quiet:
        yield quiet
        return
    if not stream.isatty():
        yield plain
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(file=stream)) as bar:
        task = bar.add_task("makiivka build", total=total)

        def step(message: str) -> None:
            bar.update(task, description=message.strip(), advance=1)

        yield step
        bar.update(task, completed=total)
