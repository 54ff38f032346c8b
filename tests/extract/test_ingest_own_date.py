"""A text's own date (dateline, date line) is its publication date; --published stands in."""

from __future__ import annotations

from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.extract.own_date import OwnDate, own_date
from tests.extract.ingest_story import read_rows

BODY = "\n\nThe Valdera Council said 12 people were killed.\n"


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("Toll rises\n\nSUDIRA, May 4 (Reuters) - Rain.", 2026,
         OwnDate("2026-05-04", "dateline 'SUDIRA, May 4'", False)),
        ("Toll rises\n\nSudira, 4 May (AFP) – Rain.", 2025,
         OwnDate("2025-05-04", "dateline 'Sudira, 4 May'", False)),
        ("Toll rises\n\nSUDIRA, Sept. 14, 2024 (AP) — Rain.", 2026,
         OwnDate("2024-09-14", "dateline 'SUDIRA, Sept. 14, 2024'", True)),
        ("HARBOUR, May 2. /NNA/. Rain.", 2023, OwnDate("2023-05-02", "dateline 'HARBOUR, May 2.'", False)),
        ("Statement\n\nTuesday, 5 May 2026\n\nRain.", None,
         OwnDate("2026-05-05", "date line 'Tuesday, 5 May 2026'")),
        ("Statement\n5 May 2026\nRain.", None, OwnDate("2026-05-05", "date line '5 May 2026'")),
        ("Statement\nMay 5, 2026\nRain.", None, OwnDate("2026-05-05", "date line 'May 5, 2026'")),
        # a wire's dateline with its full date after the agency (round 21's new user)
        ("SUDIRA, Ostrenia (AP) — Monday, May 4, 2026 — Rain.", None,
         OwnDate("2026-05-04", "dateline 'SUDIRA, Ostrenia (AP) — Monday, May 4, 2026'")),
        ("Statement\n2026-05-05\nRain.", None, OwnDate("2026-05-05", "date line '2026-05-05'")),
        ("SUDIRA, May 4 (Reuters) - Rain.", None, None),  # no year anywhere: no date
        ("Statement\nOn 5 May 2026 the council said 12 died.", None, None),  # not a date line
        ("Statement\n31 February 2026\nRain.", None, None),  # no such day
        ("KHARTOUM (Reuters) - Rain.", 2026, None),  # a dateline without a date
    ],
)  # fmt: skip
def test_own_date(text, year, expected):
    assert own_date(text, year) == expected


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("Toll rises\n\nDORVAN, Ostrenia, Nov 22 (Reuters) - Rain.", 2026,
         OwnDate("2026-11-22", "dateline 'DORVAN, Ostrenia, Nov 22'", False)),
        ("Toll rises\n\nDorvan, Ostrenia, 22 Nov (AFP) – Rain.", 2025,
         OwnDate("2025-11-22", "dateline 'Dorvan, Ostrenia, 22 Nov'", False)),
        ("DORVAN, Ostrenia, Nov. 22, 2024 (AP) — Rain.", 2026,
         OwnDate("2024-11-22", "dateline 'DORVAN, Ostrenia, Nov. 22, 2024'", True)),
        ("KHARTOUM, Sudan (Reuters) - Rain.", 2026, None),  # a city and country, no date
    ],
)  # fmt: skip
def test_a_dateline_with_the_country_after_the_city_dates_the_text(text, year, expected):
    assert own_date(text, year) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 23's new user: a full date line at the top, then a dateline without a year
        ("Wednesday, 17 March 2027\n\nToll rises\n\nBhubaneswar, Mar 17 (PTI) Rain.",
         OwnDate("2027-03-17", "date line 'Wednesday, 17 March 2027'")),
        ("Toll rises\n17 March 2027\n\nSUDIRA, March 17 (Reuters) - Rain.",
         OwnDate("2027-03-17", "date line '17 March 2027'")),
        # a date line of another day does not lend the dateline its year
        ("Wednesday, 18 March 2027\n\nToll rises\n\nBhubaneswar, Mar 17 (PTI) Rain.",
         OwnDate("2026-03-17", "dateline 'Bhubaneswar, Mar 17'", False)),
    ],
)  # fmt: skip
def test_a_date_line_gives_a_dateline_its_year(text, expected):
    assert own_date(text, 2026) == expected


def test_a_folders_wire_is_dated_by_its_date_line_over_its_dateline(story, tmp_path):
    week = tmp_path / "wires"
    week.mkdir()
    (week / "wire.txt").write_text(f"Saturday, 16 March 2019\n\nToll rises\n\nKESSA, "
                                   f"March 16 (Courier) -{BODY}")  # fmt: skip
    argv = ["ingest", str(week), "--outlet", "courier", "--published", "2019-03-18"]
    assert main([*argv, "--story", str(story)]) == 0
    article = read_rows(story / "data" / "articles.csv")[0]
    assert (article["published_at"], article["published_at_basis"]) == ("2019-03-16", "stated")
    assert "published_at from its date line 'Saturday, 16 March 2019'" in article["notes"]


def test_a_country_dateline_dates_an_ingested_wire_copy(story, tmp_path):
    file = tmp_path / "wire.txt"
    file.write_text(f"Toll rises{BODY[:2]}KESSA, Valdera, March 15 (Courier) -{BODY}")
    assert main(["ingest", str(file), "--outlet", "courier", "--story", str(story)]) == 0
    article = read_rows(story / "data" / "articles.csv")[0]
    assert (article["published_at"], article["published_at_basis"]) == (
        "2019-03-15",
        "inferred: dateline 'KESSA, Valdera, March 15' gives no year; "
        "the year is the story's event's",
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    week = tmp_path / "week"
    week.mkdir()
    (week / "01-wire.txt").write_text(f"Toll rises{BODY[:2]}KESSA, March 15 (Courier) -{BODY}")
    (week / "02-statement.txt").write_text(f"Statement\n\nSaturday, 16 March 2019{BODY}")
    (week / "03-bulletin.txt").write_text(f"Bulletin{BODY}")
    return week


def test_a_folder_dates_each_file_by_its_own_date(story, folder):
    argv = ["ingest", str(folder), "--outlet", "courier", "--published", "2019-03-18"]
    assert main([*argv, "--story", str(story)]) == 0
    articles = read_rows(story / "data" / "articles.csv")
    assert [(a["published_at"], a["published_at_basis"]) for a in articles] == [
        ("2019-03-15", "inferred: dateline 'KESSA, March 15' gives no year; "
                       "the year is --published's, or the year before when that is half a "
                       "year later"),
        ("2019-03-16", "stated"),
        ("2019-03-18", "inferred: given on the command line (the file does not say)"),
    ]  # fmt: skip
    assert "published_at from its date line 'Saturday, 16 March 2019'" in articles[1]["notes"]
    claims = read_rows(story / "data" / "claims.csv")
    assert [c["stated_at"] for c in claims] == ["2019-03-15", "2019-03-16", "2019-03-18"]


@pytest.mark.parametrize(
    ("dateline", "published", "day"),
    [
        # a folder's --published is a guess within days: a dateline a day later is this year's
        ("KESSA, March 19 (Courier) -", "2019-03-18", "2019-03-19"),
        # a dateline half a year after it is last year's ("Dec 30" read on 2 January)
        ("KESSA, Dec. 30 (Courier) -", "2020-01-02", "2019-12-30"),
    ],
)
def test_a_folders_date_gives_a_dateline_the_nearer_year(story, tmp_path, dateline, published, day):
    week = tmp_path / "wires"
    week.mkdir()
    (week / "01-wire.txt").write_text(f"Toll rises{BODY[:2]}{dateline}{BODY}")
    (week / "02-bulletin.txt").write_text(f"Bulletin{BODY}")
    argv = ["ingest", str(week), "--outlet", "courier", "--published", published]
    assert main([*argv, "--story", str(story)]) == 0
    assert read_rows(story / "data" / "articles.csv")[0]["published_at"] == day


def test_without_published_a_dateline_takes_the_events_year(story, folder):
    file = folder / "01-wire.txt"
    assert main(["ingest", str(file), "--outlet", "courier", "--story", str(story)]) == 0
    article = read_rows(story / "data" / "articles.csv")[0]
    assert (article["published_at"], article["published_at_basis"]) == (
        "2019-03-15",
        "inferred: dateline 'KESSA, March 15' gives no year; the year is the story's event's",
    )


@pytest.mark.parametrize(
    ("name", "published", "expected"),
    [
        ("03-bulletin.txt", "2019-03-18",
         ("2019-03-18", "inferred: given on the command line (the file does not say)",
          "ingested; 1 proposed")),
        ("02-statement.txt", "2019-03-18",
         ("2019-03-18", "inferred: given on the command line (the file says 2019-03-16)",
          "ingested; the file says 2019-03-16 (date line 'Saturday, 16 March 2019'); "
          "--published used; 1 proposed")),
        ("02-statement.txt", "2019-03-16",
         ("2019-03-16", "stated",
          "ingested; published_at from its date line 'Saturday, 16 March 2019'; 1 proposed")),
        ("01-wire.txt", "2019-03-15",
         ("2019-03-15", "inferred: dateline 'KESSA, March 15' gives no year; "
                        "the year is --published's", "ingested; 1 proposed")),

        # a time with its offset (round 18: a live blog's time of posting); the day its own
        # line gives is not the time typed, so the basis never says stated
        ("02-statement.txt", "2019-03-16T21:30-05:00",
         ("2019-03-16T21:30-05:00", "inferred: given on the command line; the file gives the "
          "day only (date line 'Saturday, 16 March 2019')", "ingested; 1 proposed")),
        ("03-bulletin.txt", "2019-03-18T08:00-05:00",
         ("2019-03-18T08:00-05:00", "inferred: given on the command line (the file does not "
          "say)", "ingested; 1 proposed")),
    ],
)  # fmt: skip
def test_one_files_published_wins_and_its_basis_says_where_it_came_from(
    story, folder, name, published, expected
):
    argv = ["ingest", str(folder / name), "--outlet", "courier", "--published", published]
    assert main([*argv, "--story", str(story)]) == 0
    article = read_rows(story / "data" / "articles.csv")[0]
    assert (article["published_at"], article["published_at_basis"], article["notes"]) == expected


# Round 18's new user: "Tuesday, 16 March 2027" over the headline became the article's title
# and id (andes-post-2027-03-16-tuesday-16-march-2027); the date line dates the text, the
# headline under it names it.
@pytest.mark.parametrize(
    ("head", "title", "article_id"),
    [
        ("Tuesday, 16 March 2019\n\nHow the Kessa toll grew\n\nBy Ana Ruiz",
         "How the Kessa toll grew", "courier-2019-03-16-how-the-kessa-toll-grew"),
        ("16 March 2019\nHow the Kessa toll grew", "How the Kessa toll grew",
         "courier-2019-03-16-how-the-kessa-toll-grew"),
        ("2019-03-16\n\nKessa dam: the count", "Kessa dam: the count",
         "courier-2019-03-16-kessa-dam-the-count"),
        ("Lirun Courier live desk, 16 March 2019\n\nKessa dam: live", "Kessa dam: live",
         "courier-2019-03-16-kessa-dam-live"),
        ("How the Kessa toll grew\nTuesday, 16 March 2019", "How the Kessa toll grew",
         "courier-2019-03-16-how-the-kessa-toll-grew"),
    ],
)  # fmt: skip
def test_a_line_that_is_only_a_date_is_never_the_title(story, tmp_path, head, title, article_id):
    file = tmp_path / "toll.txt"
    file.write_text(f"{head}{BODY}", encoding="utf-8")
    assert main(["ingest", str(file), "--outlet", "courier", "--story", str(story)]) == 0
    [article] = read_rows(story / "data" / "articles.csv")
    assert (article["title"], article["article_id"], article["published_at"]) == (
        title, article_id, "2019-03-16"
    )  # fmt: skip
