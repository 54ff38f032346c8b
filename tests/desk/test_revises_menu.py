"""The row editor's "Revises" menu follows the claimant chosen in the form, before any save
(round 16's new user could not pick the district's earlier 45 after giving the row to it)."""

from __future__ import annotations

import csv

import pytest

from makiivka.story import changes, load
from tests.desk.conftest import CLOCK

COURIER = "courier-2024-05-12-orlen-flood-toll-rises-to-58"


def _given_to_the_outlet(data) -> None:
    """c004 (the Herald's "dozens", said by a Hill Front spokesman) becomes the Front's, and
    c009 (the Front's "more than 200" in the Courier) the Courier's, as ingest might give it."""
    changes.edit_claim(data, "c004", {"claimant": "hill_front"}, changed_at=CLOCK)
    changes.edit_claim(data, "c009", {"claimant": "courier"}, changed_at=CLOCK)


def _offered(page, claim_id: str) -> list[str]:
    return page.eval_on_selector_all(
        f"#supersedes-{claim_id} option", "options => options.map(o => o.textContent)"
    )


@pytest.mark.parametrize(
    ("claimant", "offered"),
    [
        ("courier", ["nothing: not a revision"]),  # the row's own claimant: nothing earlier
        ("hill_front", ["nothing: not a revision", "c004 · Hill Front: dozens: 24 to 99 killed · 10 May 2024"]),
        # the Red Cross's 17 missing: another metric, never offered (round 23's new user)
        ("red_cross", ["nothing: not a revision"]),
        ("+new", ["nothing: not a revision"]),  # a claimant being registered has no rows yet
    ],
)  # fmt: skip
def test_the_menu_offers_the_chosen_claimants_earlier_figures(page, desk, story, claimant, offered):
    _given_to_the_outlet(story / "data")
    page.goto(f"{desk.url}/articles/{COURIER}?row=c009")
    page.keyboard.press("e")
    page.select_option("#claimant-c009", "hill_front")  # another claimant first: its rows go
    page.wait_for_selector("#supersedes-c009:not([aria-busy])", state="attached")
    page.select_option("#claimant-c009", claimant)
    page.wait_for_selector("#supersedes-c009:not([aria-busy])", state="attached")
    assert _offered(page, "c009") == offered


def test_a_revision_of_the_chosen_claimant_is_saved_in_one_edit(page, desk, story):
    data = story / "data"
    _given_to_the_outlet(data)
    page.goto(f"{desk.url}/articles/{COURIER}?row=c009")
    page.keyboard.press("e")
    page.select_option("#claimant-c009", "hill_front")
    page.select_option("#supersedes-c009", "c004", timeout=5_000)  # waits for the option
    with page.expect_navigation():
        page.click("#edit-c009 button:text-is('Save')")
    with open(data / "claims.csv", encoding="utf-8", newline="") as handle:
        row = next(r for r in csv.DictReader(handle) if r["claim_id"] == "c009")
    assert (row["claimant"], row["supersedes"]) == ("hill_front", "c004")
    assert load.validate(data) == []


def test_the_menu_follows_the_metric_and_the_time_as_they_are_edited(page, desk, story):
    # Round 23's new user: the menu listed other metrics and did not change when "Stated at"
    # was edited; it now offers only what validate accepts, as the form stands.
    _given_to_the_outlet(story / "data")
    page.goto(f"{desk.url}/articles/{COURIER}?row=c009")
    page.keyboard.press("e")
    page.select_option("#claimant-c009", "red_cross")
    page.wait_for_selector("#supersedes-c009:not([aria-busy])", state="attached")
    assert _offered(page, "c009") == ["nothing: not a revision"]
    page.select_option("#metric-c009", "missing")  # c005's metric: now it may be revised
    page.wait_for_selector("#supersedes-c009 option:nth-child(2)", state="attached")
    assert _offered(page, "c009")[1] == "c005 · Red Cross: 17 missing · 11 May 2024"
    page.fill("#stated-c009", "2024-05-10")  # before the 17 was stated: nothing to revise
    page.wait_for_selector("#supersedes-c009 option:nth-child(2)", state="detached")
    assert _offered(page, "c009") == ["nothing: not a revision"]
