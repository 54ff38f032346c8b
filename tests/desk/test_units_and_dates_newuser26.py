"""Round 26's new user at the desk: the Unit menu offered only people and other in a story
counting homes destroyed in homes; a row's stated_at changed kept "the text does not say" as
its basis; a date-only Flash Update of 12 Nov (La Paz, UTC-4) was listed before a post of 11
Nov at 23:00, though the list says "earliest first"."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from makiivka.cli import main
from makiivka.desk import choices, forms, views
from makiivka.story import changes
from tests.desk.test_metric_choices import make_story
from tests.extract.ingest_story import read_rows

HOMES = [["add", "homes_destroyed", "--label", "homes destroyed", "--unit", "homes"]]


def test_the_unit_menu_offers_the_units_the_metrics_declare(tmp_path: Path):
    story = views.read_story(make_story(tmp_path, HOMES) / "data")
    assert choices.vocabularies(story)["units"] == ["people", "homes", "other"]
    assert choices.vocabularies(story)["metric_units"] == {
        "killed": "people", "missing": "people", "homes_destroyed": "homes"
    }  # fmt: skip


UNITS = {"killed": "people", "homes_destroyed": "homes"}
ROW = {
    "metric": "other",
    "unit": "people",
    "stated_at": "2026-11-10T06:15-04:00",
    "stated_at_basis": "publication date: the text does not say when this was stated (check)",
}
WAS = {f"was_{k}": v for k, v in ROW.items()}
DESK = "inferred: given in the review desk (was 2026-11-10T06:15-04:00)"


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        # a metric with a declared unit sets it; the date changed gives the editor's basis
        ({"metric": "homes_destroyed"}, {"metric": "homes_destroyed", "unit": "homes"}),
        ({"stated_at": "2026-11-11T23:10-04:00"},
         {"stated_at": "2026-11-11T23:10-04:00", "stated_at_basis": DESK}),
        # guards: a unit or basis the editor chose is theirs; other has no unit of its own
        ({"metric": "homes_destroyed", "unit": "other"},
         {"metric": "homes_destroyed", "unit": "other"}),
        ({"stated_at": "2026-11-11", "stated_at_basis": "NEMA bulletin, 11 Nov"},
         {"stated_at": "2026-11-11", "stated_at_basis": "NEMA bulletin, 11 Nov"}),
        ({"metric": "killed", "unit": "people"}, {"metric": "killed"}),
    ],
)  # fmt: skip
def test_an_edit_follows_the_metrics_unit_and_names_the_editors_date(form, expected):
    assert forms.changes_of(ROW, {**WAS, **ROW, **form}, UNITS) == expected


def test_validate_warns_of_a_row_in_another_unit_than_its_metric(tmp_path: Path, capsys):
    story = make_story(tmp_path, HOMES)
    [row] = read_rows(story / "data" / "claims.csv")
    changes.edit_claim(story / "data", row["claim_id"], {"metric": "homes_destroyed"})
    for unit, warned in (("people", 1), ("homes", 0)):
        changes.edit_claim(story / "data", row["claim_id"], {"unit": unit})
        capsys.readouterr()
        assert main(["validate", "--story", str(story)]) == 0
        err = capsys.readouterr().err
        expected = "unit 'people' — expected homes, the unit metric homes_destroyed declares"
        assert [line.endswith(expected) for line in err.splitlines()] == [True] * warned


def test_a_date_only_article_sorts_by_its_day_in_the_story_zone():
    package = SimpleNamespace(event={"timezone": "America/La_Paz"})
    articles = [{"article_id": "flash", "published_at": "2026-11-12"},
                {"article_id": "post", "published_at": "2026-11-11T23:00-04:00"},
                {"article_id": "wire", "published_at": "2026-11-12T09:30-04:00"}]  # fmt: skip
    ordered = choices.by_publication(articles, package)
    assert [a["article_id"] for a in ordered] == ["post", "flash", "wire"]


COURIER = "courier-2024-05-12-orlen-flood-toll-rises-to-58"


def test_the_editor_sets_the_metrics_unit_and_the_editors_basis(page, desk, story):
    """In the browser: choosing homes destroyed sets the Unit menu to homes, and a date typed
    sets its basis to the desk's before the save writes both."""
    data = story / "data"
    assert main(["metric", *HOMES[0], "--data", str(data)]) == 0
    was = next(r for r in read_rows(data / "claims.csv") if r["claim_id"] == "c009")
    page.goto(f"{desk.url}/articles/{COURIER}?row=c009")
    page.keyboard.press("e")
    page.select_option("#metric-c009", "homes_destroyed")
    page.fill("#stated-c009", "2024-05-12T08:00+02:00")
    shown = (page.input_value("#unit-c009"), page.input_value("#basis-c009"))
    assert shown == ("homes", f"inferred: given in the review desk (was {was['stated_at']})")
    with page.expect_navigation():
        page.click("#edit-c009 button:text-is('Save')")
    row = next(r for r in read_rows(data / "claims.csv") if r["claim_id"] == "c009")
    assert (row["metric"], row["unit"], row["stated_at_basis"]) == ("homes_destroyed", *shown)
