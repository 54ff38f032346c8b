"""The row editor codes a qualifier the figure's words do not carry, and says metrics by label.

"the number of missing could reach 150" reads as exactly 150; the editor codes it "up to" (value 150, no
low bound, high 150), the row's notes say an editor coded it, and ``makiivka validate``
holds the row to that qualifier. A miscoded "more than 200" is coded "up to" the same way.
"""

from __future__ import annotations

import csv
import io

import pytest
from playwright.sync_api import expect

from makiivka.cli import main
from tests.desk.test_review import _open, _status

TEXT = (
    "Orlen flood: aid group fears more missing\n\n"
    "The Red Cross said the number of missing could reach 150.\n"
)
ARTICLE = "wire-2024-05-13-orlen-flood-aid-group-fears-more"
NUMBERS = ("figure", "value", "value_low", "value_high", "qualifier")


def _row(story, claim_id: str) -> dict[str, str]:
    rows = csv.DictReader(io.StringIO((story / "data" / "claims.csv").read_text("utf-8")))
    return next(r for r in rows if r["claim_id"] == claim_id)


def _ingest(page, desk) -> None:
    page.goto(desk.url + "/")
    page.fill("#i-text", TEXT)
    page.select_option("#i-outlet", "wire")
    page.fill("#i-title", "Orlen flood: aid group fears more missing")
    page.fill("#i-published", "2024-05-13")
    with page.expect_navigation():
        page.click("text=Add the article")


@pytest.mark.parametrize(
    ("qualifier", "expected", "preview"),
    [
        ("up_to", ("150", "150", "", "150", "up_to"), ("open", "150")),
        ("at_least", ("150", "150", "150", "", "at_least"), ("150", "open")),
        ("fewer_than", ("150", "150", "", "149", "fewer_than"), ("open", "149")),
    ],
)
def test_an_editor_codes_the_qualifier_and_validate_holds_the_row_to_it(
    page, desk, story, qualifier, expected, preview
):
    _ingest(page, desk)
    assert tuple(_row(story, "c011")[k] for k in NUMBERS) == ("150", "150", "150", "150", "exact")
    page.goto(f"{desk.url}/articles/{ARTICLE}?row=c011")
    _open(page, "c011")
    page.keyboard.press("e")
    page.select_option("#qualifier-c011", qualifier)
    # the live reading follows the coded qualifier (expect polls without eval: the desk's CSP)
    expect(page.locator("#edit-c011 .n-qualifier")).to_have_text(qualifier)
    expect(page.locator("#edit-c011 .n-low")).to_have_text(preview[0])
    expect(page.locator("#edit-c011 .n-high")).to_have_text(preview[1])
    with page.expect_navigation():
        page.click("#edit-c011 button:text-is('Save')")
    assert _status(page) == "Saved c011."
    row = _row(story, "c011")
    assert tuple(row[k] for k in NUMBERS) == expected
    # the coded qualifier, then the desk's record of the edit (round 18)
    coded, edited = row["notes"].split("; edited at the desk ")
    assert coded.endswith(f"qualifier coded by an editor: {qualifier}")
    assert edited.endswith(f"qualifier: exact → {qualifier}")
    assert main(["validate", "--story", str(story)]) == 0


def test_a_sealed_rows_coded_qualifier_is_a_logged_correction(page, desk, story):
    _ingest(page, desk)
    page.goto(f"{desk.url}/articles/{ARTICLE}?row=c011")
    _open(page, "c011")
    with page.expect_navigation():
        page.keyboard.press("a")  # sealed as exactly 150
    page.goto(f"{desk.url}/articles/{ARTICLE}?row=c011")
    _open(page, "c011")
    page.keyboard.press("e")
    page.select_option("#qualifier-c011", "up_to")
    page.fill("#reason-c011", "'could reach' is an upper bound")
    with page.expect_navigation():
        page.click("#edit-c011 button:text-is('Save the correction')")
    assert tuple(_row(story, "c011")[k] for k in NUMBERS) == ("150", "150", "", "150", "up_to")
    log = (story / "data" / "corrections.csv").read_text("utf-8")
    assert "c011,qualifier,exact,up_to" in log.replace('"', "")
    assert main(["validate", "--story", str(story)]) == 0


def test_choosing_the_figures_own_qualifier_again_drops_the_coding(page, desk, story):
    _ingest(page, desk)
    for qualifier in ("up_to", "exact"):
        page.goto(f"{desk.url}/articles/{ARTICLE}?row=c011")
        _open(page, "c011")
        page.keyboard.press("e")
        page.select_option("#qualifier-c011", qualifier)
        with page.expect_navigation():
            page.click("#edit-c011 button:text-is('Save')")
    row = _row(story, "c011")
    assert tuple(row[k] for k in NUMBERS) == ("150", "150", "150", "150", "exact")
    assert "coded by an editor" not in row["notes"]


def test_row_summaries_say_the_storys_metric_labels(page, desk, story):
    assert main(["metric", "set", "killed", "--label", "dead", "--story", str(story)]) == 0
    page.goto(desk.url + "/articles/herald-2024-05-11-orlen-flood-valley-authority-says-46")
    metrics = page.locator(".row-summary .s-metric").all_inner_texts()
    assert "dead" in metrics
    assert "killed" not in metrics
