"""Write a tidy table as CSV or JSON bytes: every cell plain, missing as empty or null.

Cells are written as :func:`plain` says (ISO 8601 UTC text for times, None for
missing), the same in both files, and text cells that a spreadsheet would run as a
formula are made safe in the CSV (:func:`spreadsheet_safe`). Columns keep the
frame's order.
"""

from __future__ import annotations

import csv
import io
import json
import math
from typing import Any

import pandas as pd


def plain(value: Any) -> str | int | float | None:
    """Return a cell as a plain JSON value: ISO 8601 UTC text for times, None for missing."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.tz_convert("UTC").strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):
        value = value.item()
        return None if isinstance(value, float) and math.isnan(value) else value
    if isinstance(value, bool | int | float | str):
        return value
    return str(value)


def plain_cells(series: pd.Series) -> list:
    """Return a column's cells as :func:`plain` returns each, a column at a time.

    Time zones, text and nullable integers are converted by pandas for the whole
    column (a 100,000-row ledger has 2.6 million cells); any other kind cell by cell.
    """
    dtype = series.dtype
    if isinstance(dtype, pd.DatetimeTZDtype):
        text = series.dt.tz_convert("UTC").dt.strftime("%Y-%m-%dT%H:%M:%SZ")
        return text.astype(object).where(series.notna(), None).tolist()
    textual = pd.api.types.is_string_dtype(dtype) and not pd.api.types.is_object_dtype(dtype)
    if isinstance(dtype, pd.CategoricalDtype):
        textual = pd.api.types.is_string_dtype(dtype.categories.dtype)
    if textual or isinstance(dtype, pd.Int64Dtype):
        cells = series.astype(object).where(series.notna(), None).tolist()
        if all(v is None or type(v) in (str, int) for v in cells):
            return cells
    return [plain(v) for v in series.astype(object)]


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Return the rows of *frame* as plain dicts, columns in the frame's order.

    Each cell as :func:`plain` returns it: ISO 8601 UTC text for times, None for missing.
    """
    columns = [str(c) for c in frame.columns]
    if not columns:
        return [{} for _ in range(len(frame))]
    cells = [plain_cells(frame.iloc[:, n]) for n in range(len(columns))]
    return [dict(zip(columns, row, strict=True)) for row in zip(*cells, strict=True)]


#: A text cell starting with one of these is a formula to a spreadsheet (OWASP, CSV Injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """Return a text cell a spreadsheet shows as text: a formula start gets a leading ``'``.

    OWASP's CSV-injection rule; numbers are written as numbers and never
    changed, and the ledger itself keeps the verbatim quote.

    >>> print(spreadsheet_safe('=HYPERLINK("http://example.invalid","x") killed 89'))
    '=HYPERLINK("http://example.invalid","x") killed 89
    >>> spreadsheet_safe("- 89 soldiers were killed"), spreadsheet_safe("89 soldiers")
    ("'- 89 soldiers were killed", '89 soldiers')
    """
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def table_csv(frame: pd.DataFrame, rows: list[dict[str, Any]] | None = None) -> bytes:
    """Return *frame* as UTF-8 CSV with ``\\n`` line ends; missing values are empty.

    Text cells are made spreadsheet-safe (:func:`spreadsheet_safe`). *rows* are the
    frame's :func:`records`, when the caller has them already.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([spreadsheet_safe(str(c)) for c in frame.columns])
    for row in records(frame) if rows is None else rows:
        writer.writerow([_csv_cell(v) for v in row.values()])
    return buffer.getvalue().encode("utf-8")


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return spreadsheet_safe(value) if isinstance(value, str) else value


def _json_scalar(value: Any) -> str:
    """Return one plain cell (:func:`plain`) as ``json.dumps`` writes it."""
    if isinstance(value, str):
        return json.encoder.encode_basestring(value)
    return json.dumps(value, ensure_ascii=False)


def table_json(frame: pd.DataFrame, rows: list[dict[str, Any]] | None = None) -> bytes:
    """Return *frame* as a JSON array of records with 2-space indent; missing values are null.

    The bytes are those of ``json.dumps(records, ensure_ascii=False, indent=2)``, written
    a cell at a time: with an indent the standard library falls back to its pure-Python
    encoder, four times slower on a 100,000-row ledger, and the records are flat (one
    level of plain values), so each cell is encoded by the C string encoder instead.
    """
    rows = records(frame) if rows is None else rows
    if not rows:
        return b"[]\n"
    keys = {key: "    " + _json_scalar(key) + ": " for key in rows[0]}
    scalar, text = _json_scalar, json.encoder.encode_basestring
    parts = []
    for row in rows:
        cells = ",\n".join(
            keys[k] + (text(v) if type(v) is str else scalar(v)) for k, v in row.items()
        )
        parts.append("  {\n" + cells + "\n  }" if cells else "  {}")
    return ("[\n" + ",\n".join(parts) + "\n]\n").encode("utf-8")
