"""Write each tidy table as an Excel workbook (.xlsx) beside its CSV, every cell typed.

Why a workbook and not a byte-order mark on the CSV: Excel opens a UTF-8 CSV
without a BOM as the machine's code page ("Â£57,000"), and with or without one
it reads every cell as it guesses — a figure written "9-10" becomes 9 October, a
quote starting with "=" a formula. A BOM would also reach every other reader of
the CSV (Python's ``csv``, R's ``read.csv``) as part of the first column's name.
So the CSVs stay plain UTF-8 for scripts, and ``<table>.xlsx`` is what a person
opens by double-click: text cells are text (never a date, number or formula),
numbers are numbers, times are real date-times in UTC, true/false are booleans,
and a missing value is an empty cell, never 0.

XlsxWriter writes it: a well-kept, write-only library that types each cell as it
is written. Its zip entries carry a fixed 1980 time stamp, and the workbook's
"created" property is set to the same instant, so a build writes the same bytes
every time.
"""

from __future__ import annotations

import io
from datetime import datetime

import pandas as pd

#: The workbook's "created" property: XlsxWriter's own zip time stamp, not the clock.
CREATED = datetime(1980, 1, 1)
#: How a time is shown: ISO 8601 in UTC, as in the CSV; a time known only to the day, month
#: or year shows just that ("2023-05-03", as in the CSV), never a midnight no article said.
TIME_FORMAT = 'yyyy-mm-dd"T"hh:mm:ss"Z"'
DATE_FORMATS = {"day": "yyyy-mm-dd", "month": "yyyy-mm", "year": "yyyy"}
#: Widest column, in characters; longer text wraps inside its cell.
MAX_WIDTH = 60


def column_kind(series: pd.Series) -> str:
    """Return how a column's cells are written: ``time``, ``boolean``, ``number`` or ``text``.

    >>> column_kind(pd.Series([1, None], dtype="Int64")), column_kind(pd.Series(["9-10"]))
    ('number', 'text')
    """
    dtype = series.dtype
    if isinstance(dtype, pd.DatetimeTZDtype) or pd.api.types.is_datetime64_any_dtype(dtype):
        return "time"
    if pd.api.types.is_bool_dtype(dtype):
        return "boolean"
    if pd.api.types.is_numeric_dtype(dtype):
        return "number"
    return "text"


def _width(series: pd.Series, name: str) -> int:
    """Return a column's width in characters: its longest cell as text, within bounds."""
    shown = series[series.notna()].astype(object).map(str)
    longest = int(shown.str.len().max()) if len(shown) else 0
    return min(MAX_WIDTH, max(len(name), longest, 8) + 2)


def column_cells(series: pd.Series, kind: str) -> list:
    """Return a column's cells as written (None where missing), a whole column at a time.

    ``time`` cells are naive UTC datetimes, ``number`` cells floats, ``boolean`` cells
    bools, ``text`` cells str (a 100,000-row ledger has 2.6 million cells: converting
    them one by one took longer than XlsxWriter writing them).
    """
    if kind == "time":
        moments = series
        if isinstance(series.dtype, pd.DatetimeTZDtype):
            moments = series.dt.tz_convert("UTC").dt.tz_localize(None)
        values = pd.Series(moments.dt.to_pydatetime(), index=series.index, dtype=object)
    else:
        values = series.astype(object)
    cells = values.where(series.notna(), None).tolist()
    convert = {"number": float, "boolean": bool, "text": str}.get(kind)
    if convert is None:
        return cells
    return [None if v is None else convert(v) for v in cells]


def table_xlsx(frame: pd.DataFrame, sheet: str, known: dict[str, pd.Series] | None = None) -> bytes:
    """Return *frame* as an .xlsx workbook of one sheet named *sheet*: header, then rows.

    Columns keep the frame's order; each cell is typed by its column's dtype
    (:func:`column_kind`); timestamps are written in UTC without a zone (Excel
    has none) and shown as ISO 8601 with a ``Z``, or as the date, month or year alone
    where that is all that is known (the ``<column>_precision`` column, or *known*).
    Text is written verbatim: a cell of text is never evaluated, so no formula prefix
    is needed.
    """
    import xlsxwriter

    from makiivka.publish.table_files import precisions

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer,
        {"in_memory": True, "strings_to_numbers": False, "strings_to_formulas": False},
    )
    book.set_properties({"created": CREATED})
    header = book.add_format({"bold": True})
    time_format = book.add_format({"num_format": TIME_FORMAT})
    date_formats = {k: book.add_format({"num_format": f}) for k, f in DATE_FORMATS.items()}
    given = {**precisions(frame), **(known or {})}
    wrapped = book.add_format({"text_wrap": True, "valign": "top"})
    worksheet = book.add_worksheet(sheet[:31])
    columns = [str(c) for c in frame.columns]
    kinds = [column_kind(frame[c]) for c in frame.columns]
    cells = [column_cells(frame.iloc[:, n], kind) for n, kind in enumerate(kinds)]
    for number, (name, kind) in enumerate(zip(columns, kinds, strict=True)):
        worksheet.write_string(0, number, name, header)
        width = 22 if kind == "time" else _width(frame.iloc[:, number], name)
        worksheet.set_column(number, number, width, wrapped if width == MAX_WIDTH else None)
    writers = {
        "time": lambda r, c, v: worksheet.write_datetime(r, c, v, time_format),
        "boolean": worksheet.write_boolean,
        "number": worksheet.write_number,
        "text": worksheet.write_string,
    }
    write = [writers[kind] for kind in kinds]
    # Per row, the format of each time cell known to less than the minute.
    dated = {
        n: [date_formats.get(str(p)) for p in given[c].astype(object)]
        for n, c in enumerate(columns)
        if kinds[n] == "time" and c in given
    }
    for row, values in enumerate(zip(*cells, strict=True), 1):  # strings shared in row order
        for number, value in enumerate(values):
            if value is None:
                continue
            form = dated[number][row - 1] if number in dated else None
            if form is not None:
                worksheet.write_datetime(row, number, value, form)
            else:
                write[number](row, number, value)
    worksheet.freeze_panes(1, 0)
    if columns:
        worksheet.autofilter(0, 0, max(len(frame), 1), len(columns) - 1)
    book.close()
    return buffer.getvalue()
