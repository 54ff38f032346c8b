"""A row added at the desk from selected text is dated as ingest dates it: a live blog's
entry stamp without a zone is read in the story's time zone, and the basis says so."""

from __future__ import annotations

from makiivka.desk import views
from makiivka.desk.proposals import propose
from makiivka.story import load


def test_a_row_added_from_a_live_blog_entry_is_dated_like_ingest(story):
    text = "Orlen live\n\n09:40 — The Red Cross said 30 people were missing.\n"
    article = {"article_id": "a", "outlet": "wire", "published_at": "2024-05-13"}
    at = text.index("30")
    claimants = views.read_story(story / "data").claimants
    row = propose(story / "data", article, text, at, at + 2, set(), claimants, "event").row
    assert load.read_package(story / "data").event["timezone"] == "Europe/Warsaw"
    assert (row["stated_at"], row["stated_at_basis"]) == (
        "2024-05-13T09:40+02:00",
        "inferred: the entry's time stamp '09:40' gives no zone; read in the story's time zone "
        "(Europe/Warsaw, UTC+02:00)",
    )
