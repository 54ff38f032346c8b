"""A stated_at without a clock time is the whole day: a revision dated to the day may follow a
time of that same day (round 27's new user: "2026-10-18" for a toll revising the 06:00 figure
of that day was refused at the desk and by validate as "expected a claim stated before this
one"). Clock times are still compared as times."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from makiivka.story import changes
from makiivka.story.date_checks import stated_before
from makiivka.story.problems import DataError


@pytest.mark.parametrize(
    ("earlier", "later", "zone", "before"),
    [
        ("2024-05-13T06:00+02:00", "2024-05-13", None, True),  # the day holds its 06:00
        ("2024-05-13T23:30+02:00", "2024-05-13", None, True),
        ("2024-05-13", "2024-05-13", None, True),  # two of one day: either may come first
        ("2024-05-13", "2024-05-13T06:00+02:00", None, True),
        ("2024-05-14T09:00+02:00", "2024-05-13", None, False),  # the next day's
        ("2024-05-13T10:00+02:00", "2024-05-13T09:00+02:00", None, False),  # times as times
        ("2024-05-13T09:00+02:00", "2024-05-13T09:00+02:00", None, False),
        ("2024-05", "2024-05-13", None, True),
        # a day in a zone west of UTC ends later: its 21:00 is 02:00 UTC on the 14th
        ("2024-05-13T21:00-05:00", "2024-05-13", ZoneInfo("America/Lima"), True),
        ("2024-05-13T21:00-05:00", "2024-05-13", None, False),
        ("", "2024-05-13", None, None),
    ],
)  # fmt: skip
def test_a_date_alone_is_its_whole_day(earlier, later, zone, before):
    assert stated_before(earlier, later, zone) is before


@pytest.mark.parametrize(
    ("earlier", "later", "refused"),
    [
        ("2024-05-13T06:00+02:00", "2024-05-13", False),
        ("2024-05-13T06:00+02:00", "2024-05-13T05:00+02:00", True),
        ("2024-05-13T06:00+02:00", "2024-05-13T07:00+02:00", False),
        ("2024-05-13", "2024-05-12", True),
    ],
)  # fmt: skip
def test_an_edit_dating_a_revision_to_its_day_is_accepted(orlen, earlier, later, refused):
    # c002 (the Valley Authority's 46) revises c001 (its 46 in the headline), as the desk saves
    changes.edit_claim(orlen, "c001", {"stated_at": earlier, "stated_at_basis": "article"})
    change = {"stated_at": later, "stated_at_basis": "article", "supersedes": "c001"}
    if not refused:
        assert changes.edit_claim(orlen, "c002", change)["stated_at"] == later
        return
    with pytest.raises(DataError) as refusal:
        changes.edit_claim(orlen, "c002", change)
    assert [p.expected for p in refusal.value.problems if p.field == "supersedes"] == [
        f"a claim stated before this one ({later})"
    ]
