"""Page the ledger's table: the claims page shows its first rows, the rest are pages of rows.

A ledger of 100,000 claims as one table would be a page of 100 MB and a DOM no phone
opens. The claims page shows the first :data:`~makiivka.publish.display.SHOWN_ROWS`
rows; the rest are plain HTML pages of :data:`PAGE_ROWS` rows beside it
(``charts/ledger-2.html`` on), each linking the first, previous, next and last page and
the whole ledger's CSV. Plain pages need no script and open from disk (``file://``),
where a script cannot fetch a CSV; a small script adds finding and sorting the page's
rows (:mod:`makiivka.publish.table_script`).
"""

from __future__ import annotations

import html

import pandas as pd

from makiivka.publish.display import SHOWN_ROWS
from makiivka.publish.page_style import (
    PAGE_STYLE,
    PRINT_TABLE_STYLE,
    STACKED_TABLE_STYLE,
    TABLE_CLASS,
)
from makiivka.publish.table_script import TABLE_TOOLS_STYLE, table_script
from makiivka.text.moments import unbroken

#: Rows on each page after the claims page's first ones.
PAGE_ROWS = 250
#: A ledger page's heading and links keep the claims page's margin (its ``h2`` and table's 12
#: px): new user 20's ledger-2 heading touched a phone's left edge.
LEDGER_PAGE_STYLE = "h1{font-size:22px;margin:16px 12px 8px}main>nav,main>p{margin:8px 12px}"
#: The ledger's CSV, as a chart page links it.
CSV_LINK = '<a href="../data/claims.csv">claims.csv</a>'


def page_name(number: int) -> str:
    """Return the file of page *number* (1 is the claims page's table)."""
    return "claims.html#ledger" if number == 1 else f"ledger-{number}.html"


def page_count(rows: int, first: int = SHOWN_ROWS, size: int = PAGE_ROWS) -> int:
    """Return how many pages *rows* rows take: the claims page's *first*, then *size* each.

    >>> page_count(17), page_count(50), page_count(51), page_count(300), page_count(301)
    (1, 1, 2, 2, 3)
    """
    return 1 if rows <= first else 2 + (rows - first - 1) // size


def span(number: int, rows: int, first: int = SHOWN_ROWS, size: int = PAGE_ROWS) -> range:
    """Return the row positions (0-based) on page *number* of a table of *rows* rows.

    >>> span(1, 550), span(2, 550), span(3, 550)
    (range(0, 50), range(50, 300), range(300, 550))
    """
    start = 0 if number == 1 else first + (number - 2) * size
    end = first if number == 1 else start + size
    return range(start, min(end, rows))


def where_line(rows: int) -> str:
    """Say (HTML) where a table's rows past the claims page's first ones are."""
    if rows <= SHOWN_ROWS:
        return f"in {CSV_LINK}"
    nxt = span(2, rows)
    return (
        f'on <a href="{page_name(2)}">the ledger\u2019s next pages</a> (rows '
        f"{nxt.start + 1:,}\u2013{nxt.stop:,} first, {PAGE_ROWS:,} a page) and in {CSV_LINK}"
    )


def table_html(frame: pd.DataFrame) -> str:
    """Return *frame* as an escaped ``<table>`` whose cells carry their column's name.

    What :class:`~makiivka.publish.display.Table` writes with ``DataFrame.to_html``,
    written here because ``to_html`` takes about 20 s for 100,000 rows and this a
    tenth of that. Missing cells are empty.
    """
    columns = [str(c) for c in frame.columns]
    labels = [html.escape(c, quote=True) for c in columns]
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    cells = frame.astype(object).where(frame.notna(), "").astype(str).to_numpy()
    body = "\n".join(
        "<tr>"
        + "".join(
            f'<td data-label="{label}">{unbroken(html.escape(value, quote=False))}</td>'
            for label, value in zip(labels, row, strict=True)
        )
        + "</tr>"
        for row in cells
    )
    return (
        f'<table border="0" class="{TABLE_CLASS}">\n<thead><tr>{head}</tr></thead>\n'
        f"<tbody>\n{body}\n</tbody>\n</table>"
    )


def ledger_pages(table: pd.DataFrame, title: str = "The ledger") -> dict[str, bytes]:
    """Return the pages of *table*'s rows after the claims page's first: file name → bytes.

    *table* is :func:`makiivka.charts.ledger_table` (one row per claim, reading order).
    Empty when the claims page shows every row.
    """
    count = len(table)
    last = page_count(count)
    pages = {}
    for number in range(2, last + 1):
        rows = span(number, count)
        links = [
            ("first", 1),
            ("previous", number - 1),
            ("next", number + 1 if number < last else None),
            ("last", last if number < last else None),
        ]
        nav = " \u00b7 ".join(
            f'<a href="{page_name(n)}">{word}</a>' if n else word for word, n in links
        )
        head = html.escape(f"{title}: rows {rows.start + 1:,}\u2013{rows.stop:,} of {count:,}")
        body = table_html(table.iloc[rows.start : rows.stop])
        pages[page_name(number)] = (
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="color-scheme" content="light dark">\n'
            f"<title>{head}</title>\n<style>{PAGE_STYLE}{STACKED_TABLE_STYLE}"
            f"{PRINT_TABLE_STYLE}{TABLE_TOOLS_STYLE}{LEDGER_PAGE_STYLE}</style>\n</head>\n<body>\n<main>\n<h1>{head}</h1>\n"
            f'<nav aria-label="Pages of the ledger"><p>Page {number:,} of {last:,}: {nav}. '
            f"Every row is in {CSV_LINK}.</p></nav>\n"
            '<div class="scroll" tabindex="0" role="region" aria-label="The ledger">'
            f"{body}</div>\n<p>{nav}</p>\n</main>\n<script>{table_script(TABLE_CLASS)}</script>\n"
            "</body>\n</html>\n"
        ).encode()
    return pages
