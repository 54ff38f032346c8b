"""Name every folder the package reads or writes, in one place.

Notebooks and commands take their paths from here (or from ``--data``/``--out``),
never from relative strings such as ``../data``.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent
ROOT_DIR = PACKAGE_DIR.parent
DATA_DIR = ROOT_DIR / "data"
NOTEBOOKS_DIR = ROOT_DIR / "notebooks"
OUTPUT_DIR = ROOT_DIR / "outputs"
DESCRIPTOR_NAME = "datapackage.json"

#: Environment variable that points the library (and notebooks) at another story's data.
DATA_ENV = "MAKIIVKA_DATA"


def data_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """Return the data folder: *path*, else ``$MAKIIVKA_DATA``, else the shipped ``data/``."""
    if path is not None:
        return Path(path)
    env = os.environ.get(DATA_ENV)
    return Path(env) if env else DATA_DIR


def display(path: Path) -> str:
    """Return *path* relative to the working folder when it is inside it, for messages."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
