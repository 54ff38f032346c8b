"""Describe bad input as ``file:line:column: value — expected …`` and carry many at once."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one value of one file.

    ``line`` and ``column`` are 1-based; ``column`` counts characters from the
    start of the line, like a compiler's, so an editor can jump to the value.
    """

    path: str
    line: int
    column: int
    field: str
    value: str
    expected: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.column}:"
        what = f" {self.field}" if self.field else ""
        value = self.value if len(self.value) <= 80 else self.value[:77] + "..."
        return f"{where}{what} {value!r} — expected {self.expected}"


class DataError(ValueError):
    """Raised when input breaks the data contract; ``problems`` lists every finding."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class UsageError(DataError):
    """Raised when the command line itself is wrong (an unknown chart or format, a bad --out).

    A ``DataError``, so callers that catch those still do; the command line exits 2 for it.
    """


def problems_json(problems: list[Problem]) -> list[dict[str, str | int]]:
    """Return *problems* as plain objects for scripts: file, line, column, field, value, expected.

    >>> [found] = problems_json([Problem("data/claims.csv", 4, 90, "metric", "hurt", "killed")])
    >>> found["file"], found["line"], found["column"], found["field"], found["value"]
    ('data/claims.csv', 4, 90, 'metric', 'hurt')
    """
    return [
        {
            "file": p.path,
            "line": p.line,
            "column": p.column,
            "field": p.field,
            "value": p.value,
            "expected": p.expected,
        }
        for p in problems
    ]


#: What a write needed, by the error that stopped it.
DISK_NEEDS = {
    errno.ENOSPC: "free space on its disk",
    errno.EDQUOT: "free space in the user's quota",
    errno.EROFS: "a writable file system",
    errno.EACCES: "permission to write there",
    errno.EPERM: "permission to write there",
}


def disk_problem(error: OSError, where: str | os.PathLike[str] = "makiivka") -> Problem:
    """Return an OSError as ``path:1:1: 'Errno N' — expected … (cause)``.

    The path is the file the system named, else *where* (the folder being written).

    >>> str(disk_problem(OSError(errno.EROFS, "Read-only file system", "data/x.csv")))
    "data/x.csv:1:1: 'Errno 30' — expected a writable file system (Read-only file system)"
    """
    path = error.filename or error.filename2 or where
    needs = DISK_NEEDS.get(error.errno, "a path makiivka can read and write")
    return Problem(
        os.fsdecode(path), 1, 1, "", f"Errno {error.errno}", f"{needs} ({error.strerror})"
    )
