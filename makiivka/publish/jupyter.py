"""Set up Jupyter in this environment for makiivka's notebooks: their kernel and nbconvert.

:func:`install` writes, under the environment's prefix (``sys.prefix``, where
Jupyter looks first after the user's own folders), and only what is missing:

- ``share/jupyter/kernels/makiivka/kernel.json``: the notebooks' kernel
  (:mod:`makiivka.publish.kernel`, Python recorded as major.minor, the
  environment's ``bin/`` on ``PATH``);
- ``HTMLExporter.preprocessors`` in ``etc/jupyter/jupyter_nbconvert_config.json``
  (``jupyter nbconvert``) and ``etc/jupyter/jupyter_server_config.json``
  (JupyterLab's "Export Notebook As HTML") gains
  :class:`makiivka.publish.nbconvert.OfflineCharts`; settings already in those
  files are kept.

``makiivka lab`` and ``makiivka build`` call it: an editable install
(``pip install -e .``) cannot install data files, so the package writes them.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from makiivka.story.store import write_atomic

KERNEL_NAME = "makiivka"
KERNEL_DISPLAY_NAME = "Python 3 (makiivka)"
PREPROCESSOR = "makiivka.publish.nbconvert.OfflineCharts"
CONFIG_FILES = ("jupyter_nbconvert_config.json", "jupyter_server_config.json")
#: Kernel managers encrypt a kernel's sockets where its spec supports it (ours does).
TRANSPORT_ENCRYPTION = "auto"


def kernel_spec() -> dict:
    """Return the kernelspec of the notebooks' kernel (``python`` is Jupyter's own Python)."""
    return {
        "argv": ["python", "-m", "makiivka.publish.kernel", "-f", "{connection_file}"],
        "display_name": KERNEL_DISPLAY_NAME,
        "language": "python",
        # The kernel takes CurveZMQ keys from the manager (KernelManager's
        # transport_encryption "auto", set in the config files below): its sockets are
        # encrypted, and ipykernel no longer warns that it runs over TCP in plain text.
        "metadata": {"debugger": True, "supported_encryption": ["curve"]},
    }


def notebook_kernelspec() -> dict[str, str]:
    """Return the ``kernelspec`` a notebook records for this kernel, as JupyterLab writes it."""
    return {"display_name": KERNEL_DISPLAY_NAME, "language": "python", "name": KERNEL_NAME}


def _write_json(path: Path, value: dict) -> bool:
    blob = (json.dumps(value, indent=2) + "\n").encode("utf-8")
    if path.is_file() and path.read_bytes() == blob:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, blob)
    return True


def _with_preprocessor(path: Path) -> dict | None:
    """Return the config at *path* with our preprocessor and kernel encryption added, or
    None if both are there already.

    Kernel managers provision CurveZMQ keys for a kernel whose spec supports them
    (``KernelManager.transport_encryption`` "auto"); a value set by hand is kept.
    """
    config = {}
    if path.is_file():
        config = json.loads(path.read_text(encoding="utf-8") or "{}")
    section = config.setdefault("HTMLExporter", {})
    listed = section.setdefault("preprocessors", [])
    manager = config.setdefault("KernelManager", {})
    if PREPROCESSOR in listed and "transport_encryption" in manager:
        return None
    if PREPROCESSOR not in listed:
        listed.append(PREPROCESSOR)
    manager.setdefault("transport_encryption", TRANSPORT_ENCRYPTION)
    return config


def install(prefix: str | os.PathLike[str] = sys.prefix) -> list[Path]:
    """Write the kernelspec and the nbconvert settings under *prefix*; return what changed."""
    prefix = Path(prefix)
    changed = []
    spec = prefix / "share" / "jupyter" / "kernels" / KERNEL_NAME / "kernel.json"
    if _write_json(spec, kernel_spec()):
        changed.append(spec)
    for name in CONFIG_FILES:
        path = prefix / "etc" / "jupyter" / name
        config = _with_preprocessor(path)
        if config is not None and _write_json(path, config):
            changed.append(path)
    return changed
