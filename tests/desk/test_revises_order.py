"""The "Revises" menu lists first what ``makiivka validate`` lets a row revise (round 22's new
user saw rows of other metrics and later days above the figure a revision could name)."""

from __future__ import annotations

import pytest

from makiivka.desk.revises import Revisable


class _Story:
    """The two things the menu reads of a story: its claims and its claimants' names."""

    def __init__(self, claims: list[dict[str, str]]):
        self.claims = claims

    @staticmethod
    def claimant_name(claimant: str) -> str:
        return {"ngo": "Mare Libero"}.get(claimant, claimant)


def _row(claim_id: str, metric: str, stated_at: str, scope: str = "event", **more) -> dict:
    row = {"claim_id": claim_id, "claimant": "ngo", "metric": metric, "scope": scope,
           "stated_at": stated_at, "status": "proposed", "value": "10", "value_low": "10",
           "value_high": "10", "qualifier": "exact", "figure": "10", "notes": ""}  # fmt: skip
    return {**row, **more}


CLAIMS = [
    _row("c1", "killed", "2026-09-08"),
    _row("c2", "on_board", "2026-09-08T21:00:00Z"),
    _row("c3", "killed", "2026-09-11T10:00:00Z"),  # stated after the row
    _row("c4", "killed", "2026-09-09T10:05:00Z"),  # the row being edited
    _row("c5", "killed", "2026-09-07", scope="other"),
    _row("c6", "killed", "2026-09-08T12:00:00Z", status="withdrawn"),
]


def test_only_what_validate_accepts_is_offered():
    # Round 23's new user still saw other metrics and later rows: now they are not offered.
    menu = Revisable(_Story(CLAIMS), {"killed": "dead"}, lambda when: when[:10])
    assert [o["value"] for o in menu.offered("ngo", "c4")] == ["c1"]
    assert [o["value"] for o in menu.offered("ngo", "c4", keep="c3")] == ["c1", "c3"]


@pytest.mark.parametrize(
    ("form", "offered"),
    [
        ({}, ["c1"]),
        ({"metric": "on_board"}, ["c2"]),
        ({"scope": "other"}, ["c5"]),
        ({"stated_at": "2026-09-12T09:00:00+03:00"}, ["c3", "c1"]),  # 06:00Z: after c3, nearest first
        ({"stated_at": "2026-09-11T12:30+03:00"}, ["c1"]),  # 09:30Z: c3 (10:00Z) is later
        # a day is the whole day (round 27): c1, of that day, may come before it; c2 too late
        ({"stated_at": "2026-09-08"}, ["c1"]),
        ({"stated_at": "2026-09-07"}, []),
    ],
)  # fmt: skip
def test_the_form_s_metric_scope_and_time_choose_the_rows(form, offered):
    menu = Revisable(_Story(CLAIMS), {}, lambda when: when[:10])
    assert [o["value"] for o in menu.offered("ngo", "c4", form=form)] == offered


def test_times_written_with_different_offsets_compare_as_times():
    # New user 23: c046 (22:40 IST, stored "…T17:10:00Z") came first for an 18:00 IST row
    # ("…T18:00+05:30" = 12:30Z): the ISO texts were compared as text.
    claims = [_row("r1", "killed", "2027-03-14T17:10:00Z"), _row("r2", "killed", "2027-03-14T06:00+05:30"),
              _row("r3", "killed", "2027-03-14T18:00+05:30")]  # fmt: skip
    menu = Revisable(_Story(claims), {}, lambda when: when[:10])
    assert [o["value"] for o in menu.offered("ngo", "r3")] == ["r2"]
    assert [o["value"] for o in menu.offered("ngo", "new")] == ["r1", "r3", "r2"]


def test_a_row_not_yet_in_the_story_gets_the_latest_first():
    menu = Revisable(_Story(CLAIMS), {}, lambda when: when[:10])
    assert [o["value"] for o in menu.offered("ngo", "c9")] == ["c3", "c4", "c2", "c1", "c5"]


def test_a_denial_is_not_offered():
    """A denial ("denied that 300 had died", coded as its upper bound) is no figure a toll
    revises (round 23's second new user saw it offered)."""
    denial = _row("c7", "killed", "2026-09-08T09:00:00Z", qualifier="up_to", value_low="",
                  figure="300", quote="The ministry denied that 300 people had died.")  # fmt: skip
    menu = Revisable(_Story([*CLAIMS, denial]), {}, lambda when: when[:10])
    assert [o["value"] for o in menu.offered("ngo", "c4")] == ["c1"]
