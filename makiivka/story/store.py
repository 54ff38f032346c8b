"""Write data files atomically: a reader or a crash never sees half a file.

Used by the commands that change the data folder (``ingest``, ``review``);
everything is written to a temporary file beside the target, flushed to disk,
then renamed over it, so a failure leaves the previous file intact.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Replace *path* with *data* in one rename; on any error the old file stays."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if path.exists():
            os.chmod(temporary, path.stat().st_mode & 0o777)
        else:
            os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def csv_rows(rows: Iterable[Mapping[str, object]], columns: list[str]) -> str:
    """Format *rows* as CSV lines (LF endings, minimal quoting, no header)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n", extrasaction="raise")
    for row in rows:
        writer.writerow({c: "" if row.get(c) is None else row[c] for c in columns})
    return buffer.getvalue()


def append_csv_rows(path: Path, rows: Iterable[Mapping[str, object]], columns: list[str]) -> None:
    """Append rows to a CSV file atomically, keeping every existing byte as it was."""
    before = Path(path).read_bytes()
    if before and not before.endswith(b"\n"):
        before += b"\n"
    write_atomic(path, before + csv_rows(rows, columns).encode("utf-8"))


def create_tree(target: Path, files: Mapping[str, bytes]) -> None:
    """Create folder *target* holding *files* (relative path -> bytes), all or nothing.

    A name ending in ``/`` makes an empty folder (its bytes are ignored).
    The files are written into a temporary folder beside *target*, which is
    then renamed into place; *target* must not exist or be an empty folder.
    Raises ``FileExistsError`` when it holds anything.
    """
    target = Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise FileExistsError(str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        for name, blob in files.items():
            path = staging / name
            if name.endswith("/"):
                path.mkdir(parents=True, exist_ok=True)
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(blob)
        os.chmod(staging, 0o755)
        if target.exists():
            target.rmdir()  # empty, checked above
        os.rename(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
