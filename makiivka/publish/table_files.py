"""Write a tidy table as CSV or JSON bytes: every cell plain, missing as empty or null.

Cells are written as :func:`plain` says (ISO 8601 UTC text for times, None for
missing), the same in both files; a time known only to the day, month or year (its
``<column>_precision`` says so) is written at that precision ("2023-05-03", never
midnight "2023-05-03T00:00:00Z", which no article said), and text cells that a
spreadsheet would run as a formula are made safe in the CSV (:func:`spreadsheet_safe`).
Columns keep the frame's order.
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


#: How a time known to less than the minute is written: its date, month or year (UTC).
STAMP_FORMATS = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


def stamp_text(series: pd.Series, precision: pd.Series | None = None) -> pd.Series:
    """Return a column of times as ISO 8601 UTC text, each at its *precision* (the
    ``<column>_precision`` cells: minute and second in full with a ``Z``; day, month and
    year as "2023-05-03", "2023-05", "2023"), None where a time is missing.

    >>> stamps = pd.Series(pd.to_datetime(["2023-05-03T00:00", "2023-01-03T22:00"], utc=True))
    >>> stamp_text(stamps, pd.Series(["day", "minute"])).tolist()
    ['2023-05-03', '2023-01-03T22:00:00Z']
    """
    utc = series.dt.tz_convert("UTC")
    text = utc.dt.strftime("%Y-%m-%dT%H:%M:%SZ").astype(object)
    if precision is not None:
        kinds = pd.Series(precision.astype(object).to_numpy(), index=series.index)
        for kind, form in STAMP_FORMATS.items():
            known = (kinds == kind).to_numpy()
            if known.any():
                text[known] = utc[known].dt.strftime(form).astype(object)
    return text.where(series.notna(), None)


def precisions(frame: pd.DataFrame) -> dict[str, pd.Series]:
    """Return each time column's precision column of *frame* (``stated_at`` → its
    ``stated_at_precision``; a gap's ``east_stated_at`` → ``east_stated_at_precision``)."""
    return {
        str(c): frame[f"{c}_precision"]
        for c in frame.columns
        if isinstance(frame[c].dtype, pd.DatetimeTZDtype) and f"{c}_precision" in frame
    }


def plain_cells(series: pd.Series, precision: pd.Series | None = None) -> list:
    """Return a column's cells as :func:`plain` returns each, a column at a time.

    Time zones, text and nullable integers are converted by pandas for the whole
    column (a 100,000-row ledger has 2.6 million cells); any other kind cell by cell.
    Times are written at their *precision* where it is given (:func:`stamp_text`).
    """
    dtype = series.dtype
    if isinstance(dtype, pd.DatetimeTZDtype):
        return stamp_text(series, precision).tolist()
    textual = pd.api.types.is_string_dtype(dtype) and not pd.api.types.is_object_dtype(dtype)
    if isinstance(dtype, pd.CategoricalDtype):
        textual = pd.api.types.is_string_dtype(dtype.categories.dtype)
    if textual or isinstance(dtype, pd.Int64Dtype):
        cells = series.astype(object).where(series.notna(), None).tolist()
        if all(v is None or type(v) in (str, int) for v in cells):
            return cells
    return [plain(v) for v in series.astype(object)]


def records(frame: pd.DataFrame, known: dict[str, pd.Series] | None = None) -> list[dict[str, Any]]:
    """Return the rows of *frame* as plain dicts, columns in the frame's order.

    Each cell as :func:`plain` returns it: ISO 8601 UTC text for times, None for missing;
    a time at its precision (:func:`precisions` of the frame, and *known*: column →
    precision cells for a time whose precision is not a column of its own).
    """
    columns = [str(c) for c in frame.columns]
    if not columns:
        return [{} for _ in range(len(frame))]
    given = {**precisions(frame), **(known or {})}
    cells = [plain_cells(frame.iloc[:, n], given.get(c)) for n, c in enumerate(columns)]
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
