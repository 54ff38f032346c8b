"""The desk writes times as the charts do: in the story's zone, its zone named (round 16's new
user read a Telegram post sent at 23:30 Dhaka time as 17:30, the UTC the export stores)."""

from __future__ import annotations

import csv
import io

import pytest

from makiivka.desk import views

COURIER = "courier-2024-05-12-orlen-flood-toll-rises-to-58"
#: A post's time as a Telegram export stores it: UTC (the Orlen story is shown in Warsaw time).
POSTED = "2024-05-12T21:30+00:00"


def _published(data, article_id: str, stamp: str) -> None:
    path = data / "articles.csv"
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    for row in rows:
        if row["article_id"] == article_id:
            row["published_at"] = stamp
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


@pytest.mark.parametrize(
    ("stored", "written"),
    [
        (POSTED, "12 May 2024, 23:30 CEST"),
        ("2024-05-12T09:05+02:00", "12 May 2024, 09:05 CEST"),
        ("2024-01-12T09:05+01:00", "12 Jan 2024, 09:05 CET"),
        ("2024-05-12T23:59:30+02:00", "12 May 2024, 23:59 CEST"),
        ("2024-05-11", "11 May 2024"),
        ("2024-05", "May 2024"),
        ("", "not stated"),
        ("last Tuesday", "last Tuesday"),  # no time: shown as stored, validate names it
    ],
)
def test_a_stored_time_is_written_in_the_storys_zone(story, stored, written):
    assert views.time_words(views.read_story(story / "data"))(stored) == written


def test_the_article_list_and_page_write_times_in_the_storys_zone(page, desk, story):
    _published(story / "data", COURIER, POSTED)
    page.goto(desk.url)
    cells = page.eval_on_selector_all(
        "table.articles tbody tr",
        "rows => rows.map(r => [r.querySelector('.a-title').textContent,"
        " r.querySelector('td[data-label=Published]').textContent,"
        " r.querySelector('time').getAttribute('datetime')])",
    )
    assert cells == [
        ["Orlen flood: Valley Authority says 46 dead", "11 May 2024", "2024-05-11"],
        ["Orlen flood toll rises to 58, Valley Authority says", "12 May 2024, 23:30 CEST", POSTED],
    ]
    page.goto(f"{desk.url}/articles/{COURIER}")
    assert page.inner_text(".article-head .meta time") == "12 May 2024, 23:30 CEST"
