"""An official release's heading line gives its issuer (the outlet), its date and time, and
the headline under it is the title; a file missing several things has them all reported."""

from __future__ import annotations

import json

import pytest

from makiivka.cli import main
from tests.extract.ingest_story import read_rows

BODY = "\n\nSituation update on the Kessa dam collapse\n\nThe number of people confirmed dead has risen to 27.\n"


def _set_zone(story, zone: str) -> None:
    path = story / "data" / "datapackage.json"
    package = json.loads(path.read_text(encoding="utf-8"))
    package["event"]["timezone"] = zone
    path.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


@pytest.mark.parametrize(
    ("heading", "zone", "expected"),
    [
        ("VALDERA COUNCIL / Press release, 15 March 2019, 09:00", "America/Bogota",
         ("valdera_council", "2019-03-15T09:00-05:00", "America/Bogota, UTC-05:00")),
        ("VALDERA COUNCIL / Press release, 15 March 2019, 09:00", "Asia/Kathmandu",
         ("valdera_council", "2019-03-15T09:00+05:45", "Asia/Kathmandu, UTC+05:45")),
        ("Valdera Council\nStatement, Friday 15 March 2019, 21:30", "Europe/Moscow",
         ("valdera_council", "2019-03-15T21:30+03:00", "Europe/Moscow, UTC+03:00")),
        # a translation note in brackets above the letterhead (round 19's new user)
        ("[Unofficial English translation of the French original]\n\nREPUBLIC OF VALDERA\n"
         "VALDERA COUNCIL\nPress release, 15 March 2019, 18:00", "Africa/Bamako",
         ("valdera_council", "2019-03-15T18:00+00:00", "Africa/Bamako, UTC+00:00")),
    ],
)  # fmt: skip
def test_a_release_heading_gives_outlet_date_time_and_title(
    story, tmp_path, heading, zone, expected
):
    _set_zone(story, zone)
    folder = tmp_path / "week"
    folder.mkdir()
    (folder / "release.txt").write_text(heading + BODY, encoding="utf-8")
    assert main(["ingest", str(folder), "--story", str(story)]) == 0
    article = read_rows(story / "data" / "articles.csv")[0]
    assert (article["outlet"], article["published_at"]) == expected[:2]
    assert article["title"] == "Situation update on the Kessa dam collapse"
    assert article["published_at_basis"].startswith("inferred: its release heading '")
    assert article["published_at_basis"].endswith(
        f"the time read in the story's time zone ({expected[2]})"
    )
    assert main(["validate", "--story", str(story)]) == 0


def test_a_release_heading_without_a_time_is_stated(story, tmp_path):
    path = tmp_path / "release.txt"
    path.write_text("VALDERA COUNCIL / Press release, 15 March 2019" + BODY, encoding="utf-8")
    assert main(["ingest", str(path), "--story", str(story)]) == 0
    article = read_rows(story / "data" / "articles.csv")[0]
    assert (article["outlet"], article["published_at"], article["published_at_basis"]) == (
        "valdera_council", "2019-03-15", "stated"
    )  # fmt: skip


def test_a_file_missing_its_date_and_outlet_has_both_reported_in_one_run(story, tmp_path, capsys):
    path = tmp_path / "note.txt"
    path.write_text("Update\n\nThe council said 12 people died.\n", encoding="utf-8")
    assert main(["ingest", str(path), "--story", str(story)]) == 1
    err = capsys.readouterr().err
    assert "note.txt:1:1: published '' — expected a publication date" in err
    assert "note.txt:1:1: outlet '' — expected the outlet's claimant_id" in err
    assert read_rows(story / "data" / "articles.csv") == []


# (the release's top, as written): a government's letterhead above the issuer, an editor's
# note in brackets above the headline (round 16's new user: a ministry's translated release)
LETTERHEADS = [
    "REPUBLIC OF VALDERA\nVALDERA COUNCIL\nPress release, 15 March 2019, 21:30",
    "THE GOVERNMENT OF THE PEOPLE'S REPUBLIC OF VALDERA\nOFFICE OF THE REGIONS\nVALDERA COUNCIL\n"
    "Press release, 15 March 2019, 21:30",
    "VALDERA COUNCIL / Press release, 15 March 2019, 21:30\n\n"
    "[Unofficial English translation of the Valderan original]",
    "REPUBLIC OF VALDERA\nVALDERA COUNCIL\nPress release, 15 March 2019, 21:30\n\n"
    "[Unofficial English translation of the Valderan original]",
    "VALDERA COUNCIL\nStatement, 15 March 2019, 21:30\n\n(Translated from Valderan)",
]  # fmt: skip


@pytest.mark.parametrize("top", LETTERHEADS)
def test_a_letterhead_and_an_editors_note_leave_the_issuer_time_and_headline(story, tmp_path, top):
    _set_zone(story, "Europe/Moscow")
    path = tmp_path / "release.txt"
    path.write_text(top + BODY, encoding="utf-8")
    assert main(["ingest", str(path), "--story", str(story)]) == 0
    article = read_rows(story / "data" / "articles.csv")[0]
    assert (article["outlet"], article["published_at"], article["title"]) == (
        "valdera_council", "2019-03-15T21:30+03:00", "Situation update on the Kessa dam collapse"
    )  # fmt: skip
    assert main(["validate", "--story", str(story)]) == 0


def test_a_paragraph_above_a_name_and_a_date_is_no_letterhead(story, tmp_path, capsys):
    path = tmp_path / "note.txt"
    text = ("The council met on Friday morning and agreed on the figures below, which it will "
            "publish in full once the count is done and checked.\nVALDERA COUNCIL\n"
            "Statement, 15 March 2019, 21:30" + BODY)  # fmt: skip
    path.write_text(text, encoding="utf-8")
    assert main(["ingest", str(path), "--story", str(story)]) == 1
    assert "note.txt:1:1: outlet '' — expected the outlet's claimant_id" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("issuer", "outlet"),
    [
        ("OFFICE OF THE RELIEF COMMISSIONER", "relief_office"),
        ("Office of the Relief Commissioner", "relief_office"),
        ("OFFICE OF RELIEF COMMISSIONER", "relief_office"),
        ("RELIEF COMMISSIONER", "relief_office"),
        ("OFFICE OF THE HARBOUR MASTER", None),  # an office of no claimant: refused
    ],
)
def test_an_office_of_a_registered_claimant_is_that_claimant(
    story, tmp_path, capsys, issuer, outlet
):
    # round 23's new user: "OFFICE OF THE SPECIAL RELIEF COMMISSIONER" was refused, though
    # "Special Relief Commissioner" was a registered alias
    assert main(["claimant", "add", "relief_office", "--name", "Valdera Relief Office",
                 "--side", "council", "--kind", "official", "--alias", "Relief Commissioner",
                 "--story", str(story)]) == 0  # fmt: skip
    path = tmp_path / "release.txt"
    path.write_text(
        f"REPUBLIC OF VALDERA\n{issuer}\nPress release, 15 March 2019" + BODY, encoding="utf-8"
    )
    assert main(["ingest", str(path), "--story", str(story)]) == (0 if outlet else 1)
    articles = read_rows(story / "data" / "articles.csv")
    assert [(a["outlet"], a["published_at"]) for a in articles] == (
        [(outlet, "2019-03-15")] if outlet else []
    )
    if outlet is None:
        assert (
            f"release.txt:1:1: outlet '{issuer}' — expected the outlet's claimant_id (the "
            f"source names '{issuer}', which no claimant's name or alias is)"
        ) in capsys.readouterr().err
