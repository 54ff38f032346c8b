"""Finding and sorting a page of the ledger's rows in Chromium (the script in every ledger page)."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from makiivka.publish import ledger_pages
from makiivka.publish.display import SHOWN_ROWS

ROWS = [  # claim, claimant, value, stated
    ("c0051", "Regional governor", "1,200", "4 Jan 2023, 01:00 MSK"),
    ("c0052", "Health Ministry", "", "Sep 2022"),
    ("c0053", "Speaker 10", "89", "10 Jan 2023"),
    ("c0054", "Speaker 9", "400", "2 Jan 2023"),
    ("c0055", "Health Ministry", "63", "2 Jan 2023, 13:30 MSK"),
]


@pytest.fixture(scope="module")
def page_html() -> str:
    """The second ledger page of a ledger whose rows past the first are ROWS."""
    first = [(f"c{i:04d}", "Outlet", "1", "1 Jan 2023") for i in range(1, SHOWN_ROWS + 1)]
    frame = pd.DataFrame(first + ROWS, columns=["claim", "claimant", "value", "stated"])
    return ledger_pages.ledger_pages(frame)["ledger-2.html"].decode()


def claims_shown(page) -> list[str]:
    cells = page.locator('tbody tr:not([hidden]) td[data-label="claim"]')
    return cells.all_text_contents()


@pytest.mark.parametrize(
    ("typed", "shown", "status"),
    [
        ("health", ["c0052", "c0055"], "2 of 5 rows"),
        ("health 63", ["c0055"], "1 of 5 rows"),
        ("SPEAKER", ["c0053", "c0054"], "2 of 5 rows"),
        ("nothing like it", [], "0 of 5 rows"),
        ("", ["c0051", "c0052", "c0053", "c0054", "c0055"], ""),
    ],
)
def test_finding_keeps_the_rows_holding_every_word(browser, page_html, typed, shown, status):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.set_content(page_html)
    page.get_by_label("Find in these rows").fill(typed)
    assert claims_shown(page) == shown
    assert page.locator(".table-tools [role=status]").text_content() == status
    assert errors == []
    page.close()


@pytest.mark.parametrize(
    ("heading", "presses", "order"),
    [
        # numbers as numbers (1,200 after 400), the empty cell last either way
        ("value", 1, ["c0055", "c0053", "c0054", "c0051", "c0052"]),
        ("value", 2, ["c0051", "c0054", "c0053", "c0055", "c0052"]),
        # days in time order, a month before its days, a time within its day
        ("stated", 1, ["c0052", "c0054", "c0055", "c0051", "c0053"]),
        # text with numbers inside it as numbers (Speaker 9 before Speaker 10)
        ("claimant", 1, ["c0052", "c0055", "c0051", "c0054", "c0053"]),
    ],
)
def test_a_heading_sorts_the_rows(browser, page_html, heading, presses, order):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.set_content(page_html)
    for _ in range(presses):
        page.get_by_role("button", name=re.compile(rf"^{heading}\b")).click()
    assert claims_shown(page) == order
    sort = "ascending" if presses == 1 else "descending"
    assert page.locator(f"th[aria-sort={sort}]").text_content().startswith(heading)
    page.close()


def test_on_a_phone_the_rows_are_sorted_from_the_list(browser, page_html):
    page = browser.new_page(viewport={"width": 375, "height": 800})
    page.set_content(page_html)
    page.get_by_label("Sort by").select_option(label="value \u2193")
    assert claims_shown(page) == ["c0051", "c0054", "c0053", "c0055", "c0052"]
    page.get_by_label("Sort by").select_option(label="reading order")
    assert claims_shown(page) == ["c0051", "c0052", "c0053", "c0054", "c0055"]
    page.close()


def test_print_shows_the_table_without_the_tools(browser, page_html):
    page = browser.new_page()
    page.set_content(page_html)
    page.emulate_media(media="print")
    assert page.locator(".table-tools").is_hidden()
    assert len(claims_shown(page)) == len(ROWS)
    page.close()


@pytest.mark.parametrize("width", [320, 375, 1280])
def test_a_ledger_page_keeps_the_claims_page_s_margin(browser, page_html, width):
    # New user 20: ledger-2's heading, links and search box touched a phone's left edge,
    # where the claims page's ledger keeps 12 px.
    page = browser.new_page(viewport={"width": width, "height": 800})
    page.set_content(page_html)
    lefts = page.eval_on_selector_all(
        "h1, main > nav p, .table-tools, table",
        "els => els.map(e => Math.round(e.getBoundingClientRect().left))",
    )
    assert lefts == [12, 12, 12, 12]
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.close()
