"""A figure added from selected text: read in its sentence as ingest reads it, shown as a draft
in the row editor, written only when the editor adds it (new user 25: a selected "63" of a
dated list was filed at once as the outlet's, metric other, at the publication time).

The Norhaven bulletin is our own invented text for the Orlen story.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.desk import views
from makiivka.desk.proposals import propose
from makiivka.story import load
from tests.desk.conftest import select_text

BULLETIN = (
    "Orlen count rises\n\n"
    "The Valley Authority said it had found 9 on Saturday, 14 on Sunday and 20 on Monday.\n\n"
    "A Ridge Council doctor said on Sunday her hospital had treated 64.\n\n"
    "Norhaven has 12 bridges left.\n"
)
PUBLISHED = "2024-05-14T10:00+02:00"
UNDATED = "publication date: the text does not say when this was stated (check)"
ARTICLE = "wire-2024-05-14-orlen-count-rises"


def _ingest(story: Path) -> None:
    source = story.parent / "bulletin.txt"
    source.write_text(BULLETIN, encoding="utf-8")
    assert main(["ingest", str(source), "--outlet", "wire", "--published", PUBLISHED,
                 "--story", str(story), "-q"]) == 0  # fmt: skip


@pytest.mark.parametrize(
    ("selected", "how", "claimant", "stated_at", "basis"),
    [
        # an item of a dated list: the sentence's speaker, the item's own day
        ("14 on Sunday", "count", "valley_authority", "2024-05-12",
         'article: "on Sunday", beside the figure'),
        # a bare number ("had treated 64"): the speaker and day of its sentence
        ("64.", "count", "ridge_council", "2024-05-12", "article"),
        # no count of people at all: only the number, the outlet's, at publication
        ("12 bridges", "number", "wire", PUBLISHED, UNDATED),
    ],
)  # fmt: skip
def test_a_selected_figure_is_read_in_its_sentence(story, selected, how, claimant, stated_at,
                                                   basis):  # fmt: skip
    data = story / "data"
    article = {"article_id": "a", "outlet": "wire", "published_at": PUBLISHED}
    at = BULLETIN.index(selected)
    number = selected.split()[0].rstrip(".")
    read = propose(data, article, BULLETIN, at, at + len(number), set(),
                   views.read_story(data).claimants, "event")  # fmt: skip
    row = read.row
    assert (read.how, row["figure"], row["claimant"], row["relayed_by"]) == (
        how, number, claimant, ""
    )  # fmt: skip
    assert (row["stated_at"], row["stated_at_basis"]) == (stated_at, basis)
    assert row["notes"] == "added at the desk from selected text"


def test_the_draft_is_checked_in_the_editor_and_written_only_when_added(page, desk, story):
    _ingest(story)
    data = story / "data"
    before = (data / "claims.csv").read_bytes()
    page.goto(f"{desk.url}/articles/{ARTICLE}")
    select_text(page, "14 on Sunday", "14")
    page.wait_for_selector("#add-form", state="visible")
    with page.expect_navigation():
        page.keyboard.press("n")
    drafted = {f: page.input_value(f"#{f}-new") for f in ("claimant", "metric", "stated")}
    assert drafted == {"claimant": "valley_authority", "metric": "other", "stated": "2024-05-12"}
    assert (data / "claims.csv").read_bytes() == before  # a draft writes nothing

    page.select_option("#metric-new", "missing")
    page.fill("#stated-new", "2024-05-99")
    with page.expect_navigation():
        page.click("#edit-new button:text-is('Add the row')")
    assert "2024-05-99" in page.inner_text("#p-stated_at-new")  # beside its field
    assert (data / "claims.csv").read_bytes() == before

    page.fill("#stated-new", "2024-05-12")
    page.select_option("#metric-new", "killed")  # what the editor knows the list counts
    with page.expect_navigation():
        page.click("#edit-new button:text-is('Add the row')")
    rows = list(csv.DictReader((data / "claims.csv").open(encoding="utf-8", newline="")))
    added = rows[-1]
    assert page.inner_text("[role=status]").strip() == (
        f"Added {added['claim_id']} from your selection: accept it when you have checked it."
    )
    assert [added[k] for k in ("figure", "claimant", "metric", "stated_at", "status", "notes")] == [
        "14", "valley_authority", "killed", "2024-05-12", "proposed",
        "added at the desk from selected text; edited at the desk 2024-05-14T09:00:00Z: metric: "
        "other → killed",
    ]  # fmt: skip
    assert load.validate(data) == []
