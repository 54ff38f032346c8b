"""Decode a CSV file's bytes and count its records and fields, locating every fault.

Pure functions over bytes and text already read by :mod:`makiivka.story.load`:
the checks pandas' fast reader does not make (it pads a short row silently and
numbers no lines) are made here, before it reads the cells.
"""

from __future__ import annotations

import csv
import io

import numpy as np

from makiivka.story.problems import Problem
from makiivka.story.schema import Resource
from makiivka.story.table import field_column


def decode_text(blob: bytes, shown: str, json_file: bool = False) -> tuple[str, list[Problem]]:
    """Decode UTF-8 without a byte-order mark, NUL or (CSV only) CR, or locate the fault.

    UTF-16, with or without its byte-order mark, is named as such (it reads as NULs
    between the letters): save the file as UTF-8. A JSON file (*json_file*) may have
    CR LF line ends.
    """
    if blob.startswith(b"\xef\xbb\xbf"):
        return "", [Problem(shown, 1, 1, "", "\ufeff", "UTF-8 without a byte-order mark")]
    if looks_like_utf16(blob):
        expected = "UTF-8 text, not UTF-16 (save the file as UTF-8)"
        return "", [Problem(shown, 1, 1, "", f"bytes {blob[:4].hex(' ')}", expected)]
    try:
        text = blob.decode("utf-8")
    except UnicodeDecodeError as error:
        line = blob[: error.start].count(b"\n") + 1
        column = error.start - (blob.rfind(b"\n", 0, error.start) + 1) + 1
        bad = blob[error.start : error.end].hex(" ")
        return "", [Problem(shown, line, column, "", f"bytes {bad}", "UTF-8 text")]
    for char, value, expected in (
        ("\x00", "\\x00", "text without NUL characters"),
        ("\r", "\\r\\n", "LF line endings, not CR LF"),
    ):
        if char in text and not (json_file and char == "\r"):
            at = text.index(char)
            line = text.count("\n", 0, at) + 1
            column = at - (text.rfind("\n", 0, at) + 1) + 1
            return "", [Problem(shown, line, column, "", value, expected)]
    return text, []


def looks_like_utf16(blob: bytes) -> bool:
    """Tell whether *blob* is UTF-16 text: its byte-order mark, or NULs at every other byte.

    >>> looks_like_utf16("killed".encode("utf-16-le")), looks_like_utf16(b"killed")
    (True, False)
    """
    if blob.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    head = blob[:200]
    if len(head) < 4:
        return False
    even, odd = head[0::2].count(0), head[1::2].count(0)
    return max(even, odd) >= len(head) // 2 * 0.9 and min(even, odd) == 0


def check_header(text: str, resource: Resource, shown: str) -> list[Problem]:
    """Compare the first line with the resource's columns; locate each misfit."""
    first = text[: text.find("\n")] if "\n" in text else text
    header = next(csv.reader([first]))
    expected = resource.columns
    if header == expected:
        return []
    problems = []
    for index, name in enumerate(header):
        if name not in expected:
            column = field_column(first, index)
            problems.append(
                Problem(shown, 1, column, "", name, f"one of the columns {', '.join(expected)}")
            )
    for name in expected:
        if name not in header:
            problems.append(
                Problem(
                    shown, 1, 1, "", "", f"a column named {name} (columns: {', '.join(expected)})"
                )
            )
    if not problems:
        problems.append(
            Problem(shown, 1, 1, "", first, f"the columns in order: {','.join(expected)}")
        )
    return problems


def scan_records(
    blob: bytes, text: str, resource: Resource, shown: str
) -> tuple[list[int], list[Problem]]:
    """Return the line each record starts on, and a problem for each of the wrong width.

    pandas' fast parser pads a short row with empty cells silently and gives no
    line numbers, so both are worked out here, with numpy over the bytes (",",
    '"' and LF are single bytes in UTF-8): a record's fields are its commas
    outside quotes, plus one; a record ends at a line feed outside quotes. A
    quote anywhere but at a field's edges (``ab"c``) is read as the csv module
    reads it, by the csv module.
    """
    width = len(resource.columns)
    raw = np.frombuffer(blob, dtype=np.uint8)
    quotes = np.flatnonzero(raw == ord('"'))
    if not _quotes_at_field_edges(raw, quotes):
        return _scan_records_slowly(text, width, shown)
    commas = np.flatnonzero(raw == ord(","))
    feeds = np.flatnonzero(raw == ord("\n"))
    opens, closes = quotes[0::2], quotes[1::2]
    breaks = feeds
    if len(quotes) and (np.searchsorted(feeds, closes) - np.searchsorted(feeds, opens)).any():
        breaks = feeds[(np.searchsorted(quotes, feeds) & 1) == 0]  # a line feed inside quotes
    ends = breaks if len(raw) and raw[-1] == ord("\n") else np.append(breaks, len(raw))
    begins = np.concatenate(([0], ends[:-1] + 1))
    fields = np.searchsorted(commas, ends) - np.searchsorted(commas, begins) + 1
    if len(quotes):  # less the commas inside each quoted field, counted per record
        quoted = np.searchsorted(commas, closes) - np.searchsorted(commas, opens)
        fields -= np.bincount(
            np.searchsorted(ends, opens), weights=quoted, minlength=len(ends)
        ).astype(fields.dtype)
    filled = ends > begins  # a blank line is skipped, as pandas skips it
    numbers = np.searchsorted(feeds, begins[filled]) + 1
    fields = fields[filled]
    problems = []
    if (fields != width).any():
        lines = text.split("\n")
        for number, found in zip(numbers.tolist(), fields.tolist(), strict=True):
            if found != width:
                line = lines[number - 1]
                problems.append(
                    Problem(shown, number, 1, "", line, f"{width} fields, found {found}")
                )
    return numbers.tolist(), problems


def _quotes_at_field_edges(raw: np.ndarray, quotes: np.ndarray) -> bool:
    """Tell whether every quote opens a field, closes one or doubles a quote inside one."""
    if len(quotes) % 2:
        return False
    edges = np.array([ord(","), ord("\n"), ord('"')], dtype=np.uint8)
    opens, closes = quotes[0::2], quotes[1::2]
    before = raw[opens[opens > 0] - 1]
    after = raw[closes[closes < len(raw) - 1] + 1]
    return bool(np.isin(before, edges).all() and np.isin(after, edges).all())


def _scan_records_slowly(text: str, width: int, shown: str) -> tuple[list[int], list[Problem]]:
    reader = csv.reader(io.StringIO(text))
    starts, problems, previous = [], [], 0
    for record in reader:
        if record:
            starts.append(previous + 1)
            if len(record) != width:
                found = f"{width} fields, found {len(record)}"
                problems.append(Problem(shown, previous + 1, 1, "", ",".join(record), found))
        previous = reader.line_num
    return starts, problems
