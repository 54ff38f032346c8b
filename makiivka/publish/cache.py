"""Keep what is slow to make and never changes for a given library version, outside the repo.

The cache folder is ``$MAKIIVKA_CACHE``, else ``$XDG_CACHE_HOME/makiivka``, else
``~/.cache/makiivka``. An entry's name carries everything it depends on (e.g. the
renderer's version), so an entry is never stale; one that cannot be read or
written is simply made again.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

CACHE_ENV = "MAKIIVKA_CACHE"


def cache_dir() -> Path:
    """Return the cache folder (it may not exist yet)."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "makiivka"


def cached_text(name: str, make: Callable[[], str]) -> str:
    """Return the cached text called *name*, making and storing it first if it is missing."""
    path = cache_dir() / name
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        pass
    text = make()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, partial = tempfile.mkstemp(prefix=f".{name}.", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.replace(partial, path)
    except OSError:
        pass  # a read-only or full cache folder costs time, not correctness
    return text
