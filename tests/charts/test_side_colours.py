"""Claimants of different sides never share a hue family in the revision chart.

Round 24's second new user: the army's second claimant took a dark brown (#753400) 18.9
ΔE*ab from MONUSCO's olive brown (#765100); on a phone legend of dots the two looked alike.
"""

from __future__ import annotations

import pytest

from makiivka.charts.colour import APART, difference, shades


@pytest.mark.parametrize(
    ("party", "count", "avoid", "expected"),
    [
        ("#C35600", 2, ("#765100",), ["#C35600", "#921500"]),
        ("#C35600", 2, (), ["#C35600", "#753400"]),  # nothing to avoid: as before
        ("#0072B2", 2, ("#765100",), ["#0072B2", "#00446B"]),  # already far: as before
    ],
)
def test_a_claimant_shade_keeps_away_from_other_sides(party, count, avoid, expected):
    found = shades(party, count, avoid=avoid)
    assert found == expected
    assert all(difference(s, a) >= APART for s in found[1:] for a in avoid)
