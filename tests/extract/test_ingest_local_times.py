"""Times a text gives without a zone are read in the story's time zone, and the basis says so.

A live blog's "09:40 — …" is local time, not UTC: every entry's figures are dated by its
stamp in the story's zone (basis ``inferred: …``), whether or not the speaker's cue stands
near the stamp; a story without a zone keeps only the date.
"""

from __future__ import annotations

import json

import pytest

from makiivka.cli import main
from makiivka.extract.figures import extract_figures
from makiivka.extract.ingest import ingest_article
from makiivka.extract.proposals import propose_rows
from makiivka.story import load
from tests.extract.ingest_story import read_rows

BLOG = """Kessa dam live: rescuers search the valley

09:40 — The Valdera Council has raised the death toll to 27.

11:15 — A council spokesperson told the Lirun Courier that about 5,000 people had been displaced across the valley.

16:50 — The Northern Front said 12 people were missing.
"""


def _set_zone(story, zone: str) -> None:
    path = story / "data" / "datapackage.json"
    package = json.loads(path.read_text(encoding="utf-8"))
    package["event"]["timezone"] = zone
    path.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _ingest(story, text: str, published: str) -> list[dict[str, str]]:
    ingest_article(story / "data", text, name="blog.txt", outlet="courier", published=published)
    return read_rows(story / "data" / "claims.csv")


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("Asia/Kathmandu", ["2026-03-11T09:40+05:45", "2026-03-11T11:15+05:45", "2026-03-11T16:50+05:45"]),
        ("America/Bogota", ["2026-03-11T09:40-05:00", "2026-03-11T11:15-05:00", "2026-03-11T16:50-05:00"]),
        ("America/St_Johns", ["2026-03-11T09:40-02:30", "2026-03-11T11:15-02:30", "2026-03-11T16:50-02:30"]),
        ("Europe/Moscow", ["2026-03-11T09:40+03:00", "2026-03-11T11:15+03:00", "2026-03-11T16:50+03:00"]),
        ("UTC", ["2026-03-11T09:40+00:00", "2026-03-11T11:15+00:00", "2026-03-11T16:50+00:00"]),
    ],
)  # fmt: skip
def test_every_entry_stamp_is_read_in_the_storys_zone(story, zone, expected):
    _set_zone(story, zone)
    rows = _ingest(story, BLOG, "2026-03-11")
    assert [r["stated_at"] for r in rows] == expected
    offset = {"Asia/Kathmandu": "+05:45", "America/Bogota": "-05:00",
              "America/St_Johns": "-02:30", "Europe/Moscow": "+03:00", "UTC": "+00:00"}[zone]  # fmt: skip
    assert rows[0]["stated_at_basis"] == (
        f"inferred: the entry's time stamp '09:40' gives no zone; read in the story's time zone "
        f"({zone}, UTC{offset})"
    )


def test_a_stamp_with_its_own_zone_keeps_it(story):
    _set_zone(story, "Asia/Kathmandu")
    rows = _ingest(
        story, "Kessa live\n\n09:40 GMT — The Valdera Council said 27 people died.\n", "2026-03-11"
    )
    assert (rows[0]["stated_at"], rows[0]["stated_at_basis"]) == (
        "2026-03-11T09:40+00:00", "article: the entry's time stamp '09:40 GMT'"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("Asia/Kathmandu", "2026-03-11T14:00+05:45"),
        ("America/Bogota", "2026-03-11T14:00-05:00"),
    ],
)
def test_a_clock_time_in_a_sentence_is_read_in_the_storys_zone(story, zone, expected):
    _set_zone(story, zone)
    text = "Kessa dam\n\nThe Valdera Council said at 14:00 that 27 people had died.\n"
    rows = _ingest(story, text, "2026-03-11")
    assert rows[0]["stated_at"] == expected
    assert rows[0]["stated_at_basis"].startswith("inferred: the time 'at 14:00' gives no zone")


def test_without_a_story_zone_only_the_date_is_kept():
    figures = extract_figures(BLOG, "2026-03-11", outlet="courier")
    rows = propose_rows(
        BLOG, figures, article_id="a", outlet="courier", published="2026-03-11",
        register_rows=[], first_number=1, zone=None,
    )  # fmt: skip
    assert [r["stated_at"] for r in rows] == ["2026-03-11", "2026-03-11", "2026-03-11"]
    assert rows[0]["stated_at_basis"] == (
        "article: the entry's time stamp '09:40' gives no zone, so only its date"
    )


@pytest.mark.parametrize(
    ("said", "zone", "expected"),
    [
        ("on Monday evening", "Asia/Kathmandu", ("2026-03-09T18:00+05:45", "18:00 to 24:00 on 2026-03-09")),
        ("on Monday morning", "Asia/Kathmandu", ("2026-03-09T06:00+05:45", "06:00 to 12:00 on 2026-03-09")),
        ("on Monday afternoon", "America/Bogota", ("2026-03-09T12:00-05:00", "12:00 to 18:00 on 2026-03-09")),
        ("on Monday night", "America/Bogota", ("2026-03-09T18:00-05:00", "18:00 on 2026-03-09 to 06:00 on 2026-03-10")),
        ("late Monday", "Europe/Moscow", ("2026-03-09T18:00+03:00", "18:00 to 24:00 on 2026-03-09")),
        ("early Monday", "Europe/Moscow", ("2026-03-09T00:00+03:00", "00:00 to 09:00 on 2026-03-09")),
        ("last night", "America/Bogota", ("2026-03-09T18:00-05:00", "18:00 on 2026-03-09 to 06:00 on 2026-03-10")),
    ],
)  # fmt: skip
def test_a_part_of_a_day_narrows_the_statement_to_its_start(story, said, zone, expected):
    _set_zone(story, zone)
    text = f"Kessa dam\n\nThe Valdera Council said {said} that 14 people had been killed.\n"
    row = _ingest(story, text, "2026-03-10")[0]
    assert row["stated_at"] == expected[0]
    assert row["stated_at_basis"] == (
        f'inferred: "{said}" is {expected[1]} in the story\'s time zone ({zone}); its start is '
        "written, the text gives no clock time"
    )


def test_an_evening_statement_sorts_after_a_morning_post_of_the_same_day(story):
    # the revision series orders by stated_at: Monday evening's 14 comes after Monday's 08:05
    text = (
        "Kessa dam\n\nThe Valdera Council said on Monday evening that 14 people had been killed.\n"
    )
    row = _ingest(story, text, "2026-03-10")[0]
    assert row["stated_at"] > "2026-03-09T08:05-05:00"


def test_a_stamp_does_not_override_a_range_the_sentence_gives(story):
    # "said last week" in a 09:40 entry was said last week: the range is kept, not the stamp
    text = "Kessa live\n\n09:40 — The Valdera Council said last week that 14 people had died.\n"
    row = _ingest(story, text, "2026-01-06")[0]  # last week: 29 December to 4 January
    assert row["stated_at"] == "2026-01-06"
    assert row["stated_at_basis"].startswith('publication date: the text says "last week"')


def test_a_time_carried_into_the_next_sentence_keeps_the_storys_zone(story):
    # round 17's new user: "as of 08:00 …" dated its own sentence at 08:00+05:45 but the
    # next sentence's figures, carried from it, at 08:00 UTC (after the release itself)
    _set_zone(story, "Asia/Kathmandu")
    text = (
        "Kessa dam: council update\n\nThe Valdera Council reports that, as of 08:00 on 11 March "
        "2026, the collapse has caused 19 deaths. Eight persons remain missing.\n"
    )
    rows = _ingest(story, text, "2026-03-11")
    assert [(r["figure"], r["stated_at"]) for r in rows] == [
        ("19", "2026-03-11T08:00+05:45"), ("Eight", "2026-03-11T08:00+05:45")
    ]  # fmt: skip


# Round 18's new user (Lima, UTC-5): a live blog dated only by its line "La República live
# desk, 16 March 2027" could not be ingested, because its 21:05 entry is 02:05 UTC on the
# 17th and the publication's day was read in UTC. A date-only publication is that whole day
# in the story's zone too (as well as in UTC, as the ledger reads a bare date).
EVENING_BLOG = """Kessa dam: live updates
Lirun Courier live desk, 11 March 2026

21:05 — The Valdera Council says 61 people are dead.

19:40 — The Northern Front said 12 people were missing.
"""


@pytest.mark.parametrize("published", [None, "2026-03-11"])
def test_a_blog_dated_by_day_holds_its_entries_after_midnight_utc(story, tmp_path, published):
    path = tmp_path / "blog.txt"
    path.write_text(EVENING_BLOG, encoding="utf-8")
    argv = ["ingest", str(path), "--outlet", "courier", "--story", str(story)]
    assert main([*argv, *(["--published", published] if published else [])]) == 0
    rows = read_rows(story / "data" / "claims.csv")
    assert [r["stated_at"] for r in rows] == ["2026-03-11T21:05-05:00", "2026-03-11T19:40-05:00"]
    [article] = read_rows(story / "data" / "articles.csv")
    assert article["published_at"] == "2026-03-11"
    assert main(["validate", "--story", str(story)]) == 0


# (the story's zone, the article's publication, a row's stated_at, whether validate accepts it)
DAYS = [
    ("America/Bogota", "2026-03-11", "2026-03-11T21:05-05:00", True),
    ("America/Bogota", "2026-03-11", "2026-03-11T23:59-05:00", True),
    ("America/Bogota", "2026-03-11", "2026-03-12T00:05-05:00", False),
    ("America/Bogota", "2026-03-11", "2026-03-11", True),
    ("America/Bogota", "2026-03-11", "2026-03-12", False),
    ("America/Bogota", "2026-03-11T09:00-05:00", "2026-03-12T08:59-05:00", True),
    ("America/Bogota", "2026-03-11T09:00-05:00", "2026-03-12T09:00-05:00", False),
    ("Asia/Kathmandu", "2026-03-11", "2026-03-11T23:30+00:00", True),  # the UTC day, as before
    ("Asia/Kathmandu", "2026-03-11", "2026-03-11T23:50+05:45", True),
    ("Asia/Kathmandu", "2026-03-11", "2026-03-12T00:00+00:00", False),
    ("Asia/Kathmandu", "2026-03-11", "2026-03-12", False),
    ("America/Bogota", "2026-03", "2026-03-31T23:30-05:00", True),  # a month, as a day
    ("America/Bogota", "2026-03", "2026-04-01T00:10-05:00", False),
    ("America/Bogota", "2026-03", "2026-04-01", False),
]  # fmt: skip


@pytest.mark.parametrize(("zone", "published", "stated", "accepted"), DAYS)
def test_a_publication_dated_by_day_is_that_day_in_utc_or_the_storys_zone(
    story, zone, published, stated, accepted
):
    _set_zone(story, zone)
    text = "Kessa dam\n\nThe Valdera Council said 27 people had died.\n"
    _ingest(story, text, "2026-03-11")
    data = story / "data"
    for name, old, new in (("articles.csv", ",2026-03-11,", f",{published},"),
                           ("claims.csv", ",2026-03-11,", f",{stated},")):  # fmt: skip
        path = data / name
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    late = [p for p in load.validate(data) if p.field == "stated_at"]
    assert [p.value for p in late] == ([] if accepted else [stated])
