"""The ledger past the claims page's first rows: plain pages of rows, escaped, linked."""

from __future__ import annotations

import re

import pandas as pd

from makiivka.publish import ledger_pages
from makiivka.publish.display import SHOWN_ROWS


def ledger(rows: int) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "claim": [f"c{i:04d}" for i in range(1, rows + 1)],
            "quote": ["<script>alert(1)</script> & 89 killed"] * rows,
            "value": [None, *range(1, rows)],
        }
    )


def test_a_short_ledger_needs_no_pages():
    assert ledger_pages.ledger_pages(ledger(SHOWN_ROWS)) == {}


def test_every_row_past_the_first_is_on_exactly_one_page_in_order():
    rows = SHOWN_ROWS + 2 * ledger_pages.PAGE_ROWS + 7  # three pages after the claims page
    pages = ledger_pages.ledger_pages(ledger(rows))
    assert list(pages) == ["ledger-2.html", "ledger-3.html", "ledger-4.html"]
    claims = [
        claim
        for blob in pages.values()
        for claim in re.findall(r'<td data-label="claim">(c\d+)</td>', blob.decode())
    ]
    assert claims == [f"c{i:04d}" for i in range(SHOWN_ROWS + 1, rows + 1)]
    last = pages["ledger-4.html"].decode()
    assert f"rows {SHOWN_ROWS + 2 * ledger_pages.PAGE_ROWS + 1:,}\u2013{rows:,} of {rows:,}" in last
    assert '<a href="ledger-3.html">previous</a>' in last and ">next<" not in last
    second = pages["ledger-2.html"].decode()
    assert '<a href="claims.html#ledger">previous</a>' in second
    assert '<a href="ledger-4.html">last</a>' in second and "../data/claims.csv" in second


def test_cells_are_escaped_and_missing_is_empty():
    page = ledger_pages.ledger_pages(ledger(SHOWN_ROWS + 1))["ledger-2.html"].decode()
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; 89 killed" in page
    first = ledger_pages.table_html(ledger(1))
    assert '<td data-label="value"></td>' in first
