"""The desk ingests an article holding a denied figure and keeps the row by the convention.

"The Valley Authority dismissed reports of more than 1,000 dead" is the authority's claim
that at most 1,000 died (``conventions.denials``): the desk once refused the whole article,
and its row editor read an edited figure as "more than 1,000" whatever its quote denied.
"""

from __future__ import annotations

import csv
import io

from tests.desk.test_review import _open, _status

TEXT = (
    "Orlen flood: authority rejects reports of 1,000 dead\n\n"
    "The Red Cross said 58 people had died in the Orlen flood.\n\n"
    "The Valley Authority dismissed reports of more than 1,000 dead.\n"
)
ARTICLE = "wire-2024-05-13-orlen-flood-authority-rejects-reports-of"


def _row(story, claim_id: str) -> dict[str, str]:
    rows = csv.DictReader(io.StringIO((story / "data" / "claims.csv").read_text("utf-8")))
    return next(r for r in rows if r["claim_id"] == claim_id)


def test_a_denied_figure_is_ingested_edited_and_accepted_by_the_convention(page, desk, story):
    page.goto(desk.url + "/")
    page.fill("#i-text", TEXT)
    page.select_option("#i-outlet", "wire")
    page.fill("#i-title", "Orlen flood: authority rejects reports of 1,000 dead")
    page.fill("#i-published", "2024-05-13")
    with page.expect_navigation():
        page.click("text=Add the article")
    assert _status(page) == "Ingested with 3 proposed rows."
    numbers = ("figure", "claimant", "value", "value_low", "value_high", "qualifier")
    assert [tuple(_row(story, c)[k] for k in numbers) for c in ("c011", "c012", "c013")] == [
        ("1,000", "valley_authority", "1000", "", "1000", "up_to"),  # "authority": its alias
        ("58", "red_cross", "58", "58", "58", "exact"),
        ("more than 1,000", "valley_authority", "1000", "", "1000", "up_to"),
    ]  # fmt: skip
    page.goto(f"{desk.url}/articles/{ARTICLE}?row=c013")
    _open(page, "c013")
    page.keyboard.press("e")
    page.fill("#figure-c013", "1,000")  # the live reading keeps the quote's denial
    page.wait_for_function(
        "document.querySelector('#edit-c013 .n-qualifier').textContent === 'up_to'"
        " && document.querySelector('#edit-c013 .n-high').textContent === '1000'"
    )
    with page.expect_navigation():
        page.click("#edit-c013 button:text-is('Save')")
    assert _status(page) == "Saved c013."
    assert tuple(_row(story, "c013")[k] for k in numbers) == (
        "1,000", "valley_authority", "1000", "", "1000", "up_to",
    )  # fmt: skip
    _open(page, "c013")
    with page.expect_navigation():
        page.keyboard.press("a")
    assert _row(story, "c013")["status"] == "reviewed"
