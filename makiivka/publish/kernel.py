"""The notebooks' kernel: IPython that reports Python as major.minor and finds ``makiivka``.

JupyterLab writes the kernel's ``language_info`` into a notebook as soon as the
kernel starts, and ipykernel reports the patch release (3.11.7): opening a
committed notebook and saving it, even without running anything, changed the
file on every machine whose patch release differs from the build's. This kernel
reports ``3.11``, as the build records it, and is otherwise ipykernel's own.
It also puts its environment's ``bin/`` first on ``PATH``, so ``!makiivka export …``
in a cell runs the environment's command even when the environment was never
activated. Its kernelspec is ``makiivka`` (:mod:`makiivka.publish.jupyter` installs it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import ClassVar

from ipykernel.ipkernel import IPythonKernel

#: Python as a notebook records it: major.minor, the same on every machine.
PYTHON_VERSION = f"{sys.version_info.major}.{sys.version_info.minor}"


def environment_bin() -> Path:
    """Return the folder of this environment's commands (``bin/``, ``Scripts\\`` on Windows)."""
    return Path(sys.executable).parent


def with_bin_on_path(env: dict[str, str]) -> dict[str, str]:
    """Return *env* with :func:`environment_bin` first on ``PATH`` (once)."""
    folder = str(environment_bin())
    parts = [p for p in env.get("PATH", "").split(os.pathsep) if p and p != folder]
    return {**env, "PATH": os.pathsep.join([folder, *parts])}


class Kernel(IPythonKernel):
    """ipykernel's IPython kernel, its Python version given as major.minor."""

    language_info: ClassVar[dict] = {**IPythonKernel.language_info, "version": PYTHON_VERSION}


def main() -> None:
    """Start the kernel (``python -m makiivka.publish.kernel -f CONNECTION_FILE``)."""
    os.environ["PATH"] = with_bin_on_path(dict(os.environ))["PATH"]
    from ipykernel.kernelapp import IPKernelApp

    IPKernelApp.launch_instance(kernel_class=Kernel)


if __name__ == "__main__":
    main()
