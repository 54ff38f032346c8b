"""A live page's entry stamps fall on the page's own days (round 25's new user: a blog opened
at 07:00 whose entries ran newest first to 23:10 had every entry dated the day before, before
the event it covered). The page's opening day is the earliest an entry is dated; its last
update (``dateModified``) the latest; a stamp smaller than the one before it in time order
is the next day. The Kessa story's zone is America/Bogota (UTC-05:00)."""

from __future__ import annotations

import json

import pytest

from makiivka.extract.ingest import ingest_article
from makiivka.story.changes import edit_claim
from makiivka.story.problems import DataError
from tests.extract.ingest_story import read_rows


def _blog(*stamps: str) -> str:
    lines = [f"{stamp} — The Valdera Council says {n} people have died." for n, stamp in
             enumerate(stamps, start=11)]  # fmt: skip
    return "Kessa dam: live updates\n\n" + "\n\n".join(lines) + "\n"


def _page(body: str, published: str, updated: str) -> str:
    graph = {"@context": "https://schema.org", "@type": "LiveBlogPosting",
             "headline": "Kessa dam: live updates", "datePublished": published}  # fmt: skip
    if updated:
        graph["dateModified"] = updated
    paragraphs = "".join(f"<p>{line}</p>" for line in body.split("\n\n")[1:])
    return (
        '<html><head><meta property="og:site_name" content="Lirun Courier">'
        f'<script type="application/ld+json">{json.dumps(graph)}</script></head>'
        f"<body><article><h1>Kessa dam: live updates</h1>{paragraphs}</article></body></html>"
    )


# (entry stamps as the page gives them, its publication, its last update, stated_at of each)
PAGES = [
    # opened at 07:00, newest first to 23:10: all on the opening day (were the 10th but 07:00)
    (("23:10", "16:20", "07:00"), "2026-03-11T07:00:00-05:00", "2026-03-11T23:10:00-05:00",
     ["2026-03-11T23:10-05:00", "2026-03-11T16:20-05:00", "2026-03-11T07:00-05:00"]),
    # the same page without its update time: the opening day is the entries' day
    (("23:10", "16:20", "07:00"), "2026-03-11T07:00:00-05:00", "",
     ["2026-03-11T23:10-05:00", "2026-03-11T16:20-05:00", "2026-03-11T07:00-05:00"]),
    # oldest first
    (("07:00", "16:20", "23:10"), "2026-03-11T07:00:00-05:00", "",
     ["2026-03-11T07:00-05:00", "2026-03-11T16:20-05:00", "2026-03-11T23:10-05:00"]),
    # past midnight: the clock turning back is the next day, with or without the update time
    (("00:30", "23:10", "07:00"), "2026-03-11T07:00:00-05:00", "2026-03-12T00:40:00-05:00",
     ["2026-03-12T00:30-05:00", "2026-03-11T23:10-05:00", "2026-03-11T07:00-05:00"]),
    (("00:30", "23:10", "07:00"), "2026-03-11T07:00:00-05:00", "",
     ["2026-03-12T00:30-05:00", "2026-03-11T23:10-05:00", "2026-03-11T07:00-05:00"]),
    # round 26's new user: opened on the 11th, updated on the 12th at 23:10, newest first; the
    # 12th's entries were dated at the opening or the day before it, in UTC
    (("23:10", "18:40", "08:20", "21:45", "07:00"), "2026-03-11T07:00:00-05:00",
     "2026-03-12T23:10:00-05:00",
     ["2026-03-12T23:10-05:00", "2026-03-12T18:40-05:00", "2026-03-12T08:20-05:00",
      "2026-03-11T21:45-05:00", "2026-03-11T07:00-05:00"]),
    # more turns than the days from opening to update: from the opening day, none after it
    (("09:00", "10:00", "08:00"), "2026-03-11T07:00:00-05:00", "2026-03-11T23:00:00-05:00",
     ["2026-03-11T09:00-05:00", "2026-03-11T10:00-05:00", "2026-03-11"]),
    # guard: a page published after its entries keeps them on its day
    (("16:20", "09:45"), "2026-03-11T18:00:00-05:00", "",
     ["2026-03-11T16:20-05:00", "2026-03-11T09:45-05:00"]),
]  # fmt: skip


@pytest.mark.parametrize(("stamps", "published", "updated", "expected"), PAGES)
def test_a_saved_live_page_dates_its_entries_on_its_own_days(
    story, stamps, published, updated, expected
):
    page = _page(_blog(*stamps), published, updated)
    ingest_article(story / "data", page, name="live.html", outlet="courier")
    rows = read_rows(story / "data" / "claims.csv")
    assert [r["stated_at"] for r in rows] == expected


@pytest.mark.parametrize(
    ("stamps", "published", "expected"), [(s, p, e) for s, p, u, e in PAGES if not u]
)
def test_a_live_blog_text_dates_its_entries_from_its_publication(
    story, stamps, published, expected
):
    moment = published.replace(":00-05:00", "-05:00")
    ingest_article(story / "data", _blog(*stamps), name="live.txt", outlet="courier",
                   published=moment)  # fmt: skip
    rows = read_rows(story / "data" / "claims.csv")
    assert [r["stated_at"] for r in rows] == expected


def test_an_entry_counts_yesterday_from_its_own_day(story):
    """ "up from 12 yesterday" in an entry of the 12th is the 11th, not the day before the
    page's opening (round 26's new user), and the two figures are linked."""
    body = (
        "Kessa dam: live updates\n\n08:20 — The Valdera Council raises the toll to 27 "
        "dead, up from 12 yesterday.\n\n21:45 — The Valdera Council says 12 people died."
        "\n\n11:00 — The Valdera Council says 9 people died."
    )
    page = _page(body, "2026-03-11T07:00:00-05:00", "2026-03-12T09:00:00-05:00")
    ingest_article(story / "data", page, name="live.html", outlet="courier")
    rows = read_rows(story / "data" / "claims.csv")
    by_id = {r["claim_id"]: r["figure"] for r in rows}
    got = [(r["figure"], r["stated_at"], by_id.get(r["supersedes"], "")) for r in rows]
    assert got == [
        ("27", "2026-03-12T08:20-05:00", "12"),
        ("12", "2026-03-11", ""),
        ("12", "2026-03-11T21:45-05:00", ""),
        ("9", "2026-03-11T11:00-05:00", ""),
    ]


# (stated_at typed for the page's 12th entry, the problem validate names, if any)
EDITS = [
    ("2026-03-12T23:10-05:00", None),
    ("2026-03-12T23:30-05:00", "a date no later than the article's last update "
     "(2026-03-12T23:10-05:00, the page's dateModified)"),
]  # fmt: skip


@pytest.mark.parametrize(("typed", "expected"), EDITS)
def test_a_statement_may_be_dated_up_to_the_pages_last_update(story, typed, expected):
    """The desk refused 23:10 on the 11th for a page opened on the 10th at 06:15 and updated
    on the 11th at 23:10 (round 26's new user): a live page holds a row to its last update."""
    page = _page(_blog("23:10", "07:00"), "2026-03-11T07:00:00-05:00", "2026-03-12T23:10:00-05:00")
    ingest_article(story / "data", page, name="live.html", outlet="courier")
    claim = read_rows(story / "data" / "claims.csv")[1]["claim_id"]
    if expected is None:
        edit_claim(story / "data", claim, {"stated_at": typed})
        return
    with pytest.raises(DataError) as error:
        edit_claim(story / "data", claim, {"stated_at": typed})
    assert [p.expected.split(" (courier-")[0] for p in error.value.problems] == [expected]
