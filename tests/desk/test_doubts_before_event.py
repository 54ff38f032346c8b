"""A proposed row of the event stated before the event is doubtful in the desk (round 24's
second new user accepted a row dated by the attack's own time, 3.5 hours before it)."""

from __future__ import annotations

import pytest

from makiivka.desk import views

EVENT = ("event", "2026-03-03T03:30+02:00")
DOUBT = "stated before the event (2026-03-03T03:30+02:00): the date may be the event's"


def _view(stated_at: str, scope: str = "event") -> views.RowView:
    row = {"status": "proposed", "notes": "", "stated_at_basis": "article", "metric": "killed",
           "scope": scope, "stated_at": stated_at, "claim_id": "c001"}  # fmt: skip
    return views.RowView(row, "", False, -1, -1, -1, -1, "", None)


@pytest.mark.parametrize(
    ("stated_at", "scope", "doubtful"),
    [
        ("2026-03-03T00:00+02:00", "event", True),  # the "early hours" start, before 03:30
        ("2026-03-02", "event", True),  # a day before the event's day
        # guards: after the event, the event's own day, another event's figure
        ("2026-03-03T05:00+02:00", "event", False),
        ("2026-03-03", "event", False),
        ("2026-03-02", "other", False),
    ],
)
def test_a_row_stated_before_the_event_is_doubtful(stated_at, scope, doubtful):
    assert (DOUBT in views.doubts(_view(stated_at, scope), EVENT)) is doubtful


@pytest.mark.parametrize(
    ("basis", "cause"),
    [
        # round 25's new user: a live blog's stamp read on the day before the page (the note
        # said only "the date may be the event's")
        ("inferred: the entry's time stamp '23:10' gives no zone; read in the story's time zone "
         "(Europe/Kyiv, UTC+02:00)",
         "its live blog entry's time stamp '23:10' was read on 2026-03-02: check the page's date"),
        ("publication date: the text does not say when this was stated (check)",
         "the text gives no date: this is the article's publication date; check it"),
        ("article", "the date may be the event's"),
    ],
)  # fmt: skip
def test_the_doubt_names_what_dated_the_row(basis, cause):
    view = _view("2026-03-02T23:10+02:00")
    view.row["stated_at_basis"] = basis
    assert f"stated before the event ({EVENT[1]}): {cause}" in views.doubts(view, EVENT)
