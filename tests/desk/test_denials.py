"""The desk ingests an article holding a denied figure and keeps the row by the convention.

"The Valley Authority dismissed reports of more than 1,000 dead" is the authority's claim
that at most 1,000 died (``conventions.denials``): the desk once refused the whole article,
and its row editor read an edited figure as "more than 1,000" whatever its quote denied.
"""

from __future__ import annotations

import csv
import io

from makiivka import gap_table, load_claims, revisions
from makiivka.cli import main
from tests.desk.conftest import CLOCK
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


MISSED = (
    "Orlen flood: authority denies toll\n\n"
    "The Red Cross said 58 people had died in the Orlen flood.\n\n"
    "The Valley Authority said the figure of more than 90 dead was exaggerated.\n"
)
MISSED_ARTICLE = "wire-2024-05-13-orlen-flood-authority-denies-toll"
NOTE = "denial: the speaker rejects 'more than 90'; coded as its upper bound"


def test_an_editor_codes_a_missed_denial_and_the_gap_leaves_it_out(page, desk, story):
    # New user 20: ingest read a denial it missed as the ministry's own "more than 50" (then
    # "denied that …"; ingest reads that form now, not "said the figure … was exaggerated"),
    # and the desk's only fix ("up to") made it the ministry's figure.
    page.goto(desk.url + "/")
    page.fill("#i-text", MISSED)
    page.select_option("#i-outlet", "wire")
    page.fill("#i-title", "Orlen flood: authority denies toll")
    page.fill("#i-published", "2024-05-13")
    with page.expect_navigation():
        page.click("text=Add the article")
    numbers = ("figure", "claimant", "value", "value_low", "value_high", "qualifier")
    assert tuple(_row(story, "c012")[k] for k in numbers) == (
        "more than 90", "valley_authority", "90", "91", "", "more_than",
    )  # fmt: skip
    page.goto(f"{desk.url}/articles/{MISSED_ARTICLE}?row=c012")
    _open(page, "c012")
    page.keyboard.press("e")
    page.select_option("#qualifier-c012", "denial")
    page.wait_for_function(
        "() => document.querySelector('#edit-c012 .words').textContent === 'denies more than 90'"
        " && document.querySelector('#edit-c012 .n-high').textContent === '90'"
    )
    with page.expect_navigation():  # a denial needs its reason
        page.click("#edit-c012 button:text-is('Save and accept')")
    assert page.inner_text("#p-reason-c012") == (
        "expected why c012's figure is a denial, never the speaker's own"
    )
    assert _row(story, "c012")["qualifier"] == "more_than"  # nothing was written
    page.fill("#reason-c012", "the authority rejects the figure; AFP's wire says so")
    with page.expect_navigation():
        page.click("#edit-c012 button:text-is('Save and accept')")
    row = _row(story, "c012")
    assert tuple(row[k] for k in (*numbers, "status")) == (
        "more than 90", "valley_authority", "90", "", "90", "up_to", "reviewed",
    )  # fmt: skip
    # the same stored form as ingest's denials, and the reason in the row's history
    assert row["notes"] == (
        f"proposed by makiivka extract; {NOTE}; edited at the desk {CLOCK}: value_low: 91 → "
        "(empty), value_high: (empty) → 90, qualifier: more_than → up_to, coded as a denial — the "
        "authority "
        "rejects the figure, AFP's wire says so"
    )
    assert main(["validate", "--story", str(story)]) == 0
    page.goto(f"{desk.url}/articles/{MISSED_ARTICLE}?row=c012")
    assert page.inner_text("#row-c012 .s-figure") == "denies more than 90"
    assert page.eval_on_selector("#qualifier-c012", "s => s.value") == "denial"
    _open(page, "c011")  # the Red Cross's 58 dead
    with page.expect_navigation():
        page.keyboard.press("a")
    # the ledger, read as the charts read it: the authority's denial is no figure of its own
    claims = load_claims(story / "data")
    assert gap_table(claims).set_index("metric").loc["killed", "valley"] == "not stated"
    assert "90" not in revisions(claims, min_steps=1)["text"].tolist()
