"""The "Revises" menu lists first what ``makiivka validate`` lets a row revise (round 22's new
user saw rows of other metrics and later days above the figure a revision could name)."""

from __future__ import annotations

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


def test_what_validate_accepts_comes_first():
    menu = Revisable(_Story(CLAIMS), {"killed": "dead"}, lambda when: when[:10])
    offered = [o["value"] for o in menu.offered("ngo", "c4")]
    assert offered == ["c1", "c3", "c2", "c5"]


def test_a_row_not_yet_in_the_story_gets_the_latest_first():
    menu = Revisable(_Story(CLAIMS), {}, lambda when: when[:10])
    assert [o["value"] for o in menu.offered("ngo", "c9")] == ["c3", "c4", "c2", "c1", "c5"]
