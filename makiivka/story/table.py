"""Hold one CSV file as text cells and point at any cell by line and column."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from makiivka.story.problems import Problem
from makiivka.story.schema import Resource
from makiivka.story.store import csv_rows


@dataclass
class Table:
    """A resource's rows as strings ('' for empty), with the text they came from.

    ``_starts`` holds the line each record starts on (header first): a record
    may span lines inside quotes, so the row number alone cannot give the line.
    Each column is factorized at most once (:meth:`factorize`): the checks and
    the typed conversion share the codes.
    """

    resource: Resource
    path: str
    text: str
    frame: pd.DataFrame
    _starts: list[int] = field(default_factory=list, repr=False)
    _lines: list[str] | None = field(default=None, repr=False)
    _codes: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict, repr=False)

    def factorize(self, column: str) -> tuple[np.ndarray, np.ndarray]:
        """Return *column*'s codes (one per row) and its distinct values (object array)."""
        if column not in self._codes:
            self._codes[column] = pd.factorize(self.frame[column].to_numpy(dtype=object))
        return self._codes[column]

    def line_of(self, row: int) -> int:
        """Return the 1-based line where data row *row* (0-based) starts."""
        return self._starts[row + 1]

    def with_cells(self, row: int, cells: dict[str, str]) -> bytes:
        """Return the file's bytes with cells of data row *row* changed, other records as they are.

        The caller writes them through :mod:`makiivka.story.store`.
        """
        return self.with_rows({row: {**self.frame.iloc[row].to_dict(), **cells}})

    def with_rows(self, rows: Mapping[int, Mapping[str, object] | None]) -> bytes:
        """Return the file's bytes with the records of data rows *rows* replaced (None: deleted).

        Every other record keeps its bytes, and so do blank lines after the last record;
        the caller writes them through :mod:`makiivka.story.store`.
        """
        lines = self.text.split("\n")
        last = len(lines)
        while last and not lines[last - 1]:
            last -= 1  # blank lines after the last record stay where they are
        starts = [self.line_of(i) for i in range(len(self.frame))]
        ends = [*starts[1:], last + 1]
        for position in sorted(rows, reverse=True):
            new = rows[position]
            text = "" if new is None else csv_rows([new], self.resource.columns).rstrip("\n")
            lines[starts[position] - 1 : ends[position] - 1] = text.split("\n") if text else []
        return "\n".join(lines).encode("utf-8")

    def problem(self, row: int, column: str, expected: str, value: str | None = None) -> Problem:
        """Return a problem located at the cell of *row* and *column*."""
        line = self.line_of(row)
        index = self.frame.columns.get_loc(column) if column in self.frame.columns else 0
        if self._lines is None:
            self._lines = self.text.split("\n")
        physical = self._lines[line - 1]
        cell = self.frame.iat[row, index] if value is None else value
        return Problem(self.path, line, field_column(physical, index), column, str(cell), expected)


def field_column(line: str, index: int) -> int:
    """Return the 1-based character column where field *index* starts on a CSV line.

    >>> field_column('c001,"a, b",89', 2)
    13
    """
    column, quoted = 0, False
    for position, char in enumerate(line):
        if column == index:
            return position + 1
        if char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            column += 1
    return len(line) + 1 if column == index else 1
