"""A live page's entry stamps fall on the page's own days (round 25's new user: a blog opened
at 07:00 whose entries ran newest first to 23:10 had every entry dated the day before, before
the event it covered). The page's opening day is the earliest an entry is dated; its last
update (``dateModified``) the latest; a stamp smaller than the one before it in time order
is the next day. The Kessa story's zone is America/Bogota (UTC-05:00)."""

from __future__ import annotations

import json

import pytest

from makiivka.extract.ingest import ingest_article
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
