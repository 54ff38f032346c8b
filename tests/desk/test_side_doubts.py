"""A proposed row whose side is in doubt leads the desk's "most doubtful first" order and says
why (round 27's new user: a relative given the coast guard's side sat among the last rows at
"90% sure": his register entry was ingest's guess, and the summary showed no side)."""

from __future__ import annotations

import pytest

from makiivka.desk import views
from makiivka.desk.evidence import Evidence

LABELS = {"hill": "Hill Front", "valley": "Valley Authority", "kin": "Families", "media": "Media"}
PROPOSED = "proposed by makiivka ingest for 'Oska Tarn' (side hill) in articles/w.txt: check it"
REGISTER = {
    "oska_tarn": {"claimant_id": "oska_tarn", "name": "Oska Tarn", "side": "hill",
                  "notes": PROPOSED},
    "tarn_confirmed": {"claimant_id": "tarn_confirmed", "name": "Oska Tarn", "side": "kin",
                       "notes": "confirmed with makiivka claimant edit: side: hill → kin"},
    "valley_authority": {"claimant_id": "valley_authority", "name": "Valley Authority",
                         "side": "valley", "notes": ""},
}  # fmt: skip


def _view(claim_id, claimant, side, basis="the register", confidence=0.9, at=0, status="proposed"):
    row = {"claim_id": claim_id, "status": status, "claimant": claimant, "notes": "",
           "stated_at_basis": "article", "stated_at": "2024-05-13", "metric": "killed",
           "scope": "event"}  # fmt: skip
    said = f'"Name" said (after the figure); side from {basis}'
    found = Evidence(claimant, "Name", side, said, confidence, "body", "", True)
    return views.RowView(row, "", False, at, at + 2, at, at + 10, "", found)


@pytest.mark.parametrize(
    ("view", "doubts"),
    [
        # a register entry still ingest's proposal: its side is a guess
        (_view("c1", "oska_tarn", "hill"),
         ["Oska Tarn's side (Hill Front) is ingest's guess: confirm it in the register"]),
        # the extractor read another side than the claimant's registered one
        (_view("c2", "tarn_confirmed", "hill"),
         ["the extractor read the side Hill Front, but Oska Tarn is registered as Families: "
          "check whose figure this is"]),
        # a side from a cue word near the figure only
        (_view("c3", "valley_authority", "valley", basis="a cue word"),
         ["the side (Valley Authority) came only from a cue word"]),
        # guards: the register's side read from the register; a reviewed row
        (_view("c4", "valley_authority", "valley"), []),
        (_view("c5", "tarn_confirmed", "hill", status="reviewed"), []),
    ],
)  # fmt: skip
def test_a_side_in_doubt_says_why(view, doubts):
    assert views.side_doubts(view, REGISTER, LABELS) == doubts


def test_rows_whose_side_is_in_doubt_lead_the_order():
    rows = [
        _view("sure", "valley_authority", "valley", confidence=0.9, at=0),
        _view("headline", "valley_authority", "valley", confidence=0.85, at=10),
        _view("relative", "tarn_confirmed", "hill", confidence=0.9, at=20),
        _view("carried", "valley_authority", "valley", confidence=0.75, at=30),
    ]
    rows[1].doubts = ["the text does not say when it was stated", "from a headline"]
    for v in rows:
        v.side_doubts = views.side_doubts(v, REGISTER, LABELS)
        v.doubts += v.side_doubts
    order = [v.claim_id for v in sorted(rows, key=views._order)]
    assert order == ["relative", "headline", "carried", "sure"]
