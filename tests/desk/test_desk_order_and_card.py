"""The articles list in order of publication, and a row card whose claimant an editor changed
(new user 25: the list was in ingest order; the card named the old claimant's evidence as if
it were the row's)."""

from __future__ import annotations

import pytest

from makiivka.cli import main
from makiivka.story import changes

COURIER = "courier-2024-05-12-orlen-flood-toll-rises-to-58"


def test_the_articles_are_listed_by_publication_time(page, desk, story):
    early = story.parent / "early.txt"
    early.write_text("Flood warning for Orlen\n\nThe Valley Authority said 3 people were "
                     "missing.\n", encoding="utf-8")  # fmt: skip
    # ingested last, published first (its 23:30 at UTC+2 is before the Herald's 11 May)
    assert main(["ingest", str(early), "--outlet", "wire", "--published",
                 "2024-05-10T23:30+02:00", "--story", str(story), "-q"]) == 0  # fmt: skip
    page.goto(desk.url + "/")
    assert page.inner_text("#articles-title") == "Articles by publication time, earliest first"
    assert page.eval_on_selector_all(".a-title a", "links => links.map(a => a.textContent)") == [
        "Flood warning for Orlen",
        "Orlen flood: Valley Authority says 46 dead",
        "Orlen flood toll rises to 58, Valley Authority says",
    ]


READ = "heard Hill Front: claimant Hill Front, side Hill Front"


@pytest.mark.parametrize(
    ("sealed", "card"),
    [
        (False, f"The extractor proposed: {READ}; changed by an editor to claimant Ridge "
                "Council, side Ridge Council."),
        (True, f"The extractor proposed: {READ}; changed by an editor to claimant Ridge "
               "Council, side Ridge Council."),
    ],
)  # fmt: skip
def test_the_card_gives_the_extractors_reading_as_the_original(page, desk, story, sealed, card):
    data = story / "data"
    if sealed:  # a correction, logged with its reason
        changes.accept_claims(data, {"c009": None})
        assert main(["correct", "c009", "claimant", "ridge_council", "--reason", "the council's",
                     "--story", str(story)]) == 0  # fmt: skip
    else:  # an edit at the desk before the seal
        page.goto(f"{desk.url}/articles/{COURIER}?row=c009")
        page.keyboard.press("e")
        page.select_option("#claimant-c009", "ridge_council")
        with page.expect_navigation():
            page.click("#edit-c009 button:text-is('Save')")
    page.goto(f"{desk.url}/articles/{COURIER}?row=c009")
    assert " ".join(page.inner_text("#body-c009 .evidence .read").split()) == card
    assert "sure" not in page.inner_text("#row-c009 .row-summary")  # none in the new claimant
