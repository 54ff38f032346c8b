"""A row given to the outlet that relayed it is relayed by no one (round 22's second new user
saved "Reuters, relayed by Reuters" from the desk, and validate kept it)."""

from __future__ import annotations

import pytest

from makiivka.desk.forms import changes_of

ROW = {"claimant": "ministry", "relayed_by": "reuters", "quote": "36 died", "figure": "36",
       "notes": ""}  # fmt: skip


@pytest.mark.parametrize(
    ("form", "changes"),
    [
        ({"claimant": "reuters", "was_claimant": "ministry"},
         {"claimant": "reuters", "relayed_by": ""}),
        # another claimant keeps the relay
        ({"claimant": "who", "was_claimant": "ministry"}, {"claimant": "who"}),
        # the relay set to the claimant itself is no relay either
        ({"relayed_by": "ministry", "was_relayed_by": "reuters"}, {"relayed_by": ""}),
    ],
)  # fmt: skip
def test_a_claimant_is_never_its_own_relay(form, changes):
    assert changes_of(ROW, form) == changes
