"""Name every folder the package reads or writes, in one place.

A **story** is a folder holding ``data/`` (the data package), ``notebooks/``
(that story's own notebooks) and ``outputs/`` (what its build makes); the
repository root is the Makiivka story. Notebooks and commands take their paths
from here (or from ``--story``/``--data``/``--out``), never from relative strings
such as ``../data``.
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
#: The folders of a story, relative to it.
DATA_NAME, NOTEBOOKS_NAME, OUTPUT_NAME = "data", "notebooks", "outputs"

#: Environment variable that points the library (and notebooks) at another story.
STORY_ENV = "MAKIIVKA_STORY"
#: Environment variable that points the library at another story's data folder.
DATA_ENV = "MAKIIVKA_DATA"


def is_story(folder: str | os.PathLike[str]) -> bool:
    """Tell whether *folder* is a story: it holds ``data/datapackage.json``."""
    return (Path(folder) / DATA_NAME / DESCRIPTOR_NAME).is_file()


def data_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """Return the data folder: *path*, else ``$MAKIIVKA_DATA``, else the story's ``data/``.

    *path* may also be a story folder (one with ``data/datapackage.json`` and no
    descriptor of its own): its ``data/`` is returned. Without *path* or
    ``$MAKIIVKA_DATA``, the story is ``$MAKIIVKA_STORY`` or the repository's own.
    """
    if path is not None:
        folder = Path(path)
        if not (folder / DESCRIPTOR_NAME).exists() and is_story(folder):
            return folder / DATA_NAME
        return folder
    env = os.environ.get(DATA_ENV)
    if env:
        return Path(env)
    return story_dir() / DATA_NAME


def story_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """Return the story folder: *path*, else ``$MAKIIVKA_STORY``, else the story you are in.

    The story you are in is the working folder or its nearest parent that holds
    ``data/datapackage.json`` (as git finds its repository), so a command run inside
    another story's folder never writes to the shipped one; elsewhere it is the
    repository's own story.
    """
    if path is not None:
        return Path(path)
    env = os.environ.get(STORY_ENV)
    if env:
        return Path(env)
    here = Path.cwd()
    return next((f for f in (here, *here.parents) if is_story(f)), ROOT_DIR)


def story_of(data: str | os.PathLike[str]) -> Path:
    """Return the story a data folder belongs to: the folder that holds it."""
    return Path(data).resolve().parent


def display(path: Path) -> str:
    """Return *path* relative to the working folder when it is inside it, for messages."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
