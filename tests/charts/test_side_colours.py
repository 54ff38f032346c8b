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
        # already far, but #00446B is 18.0 from the blue on the dark page (new user 27)
        ("#0072B2", 2, ("#765100",), ["#0072B2", "#003497"]),
    ],
)
def test_a_claimant_shade_keeps_away_from_other_sides(party, count, avoid, expected):
    found = shades(party, count, avoid=avoid)
    assert found == expected
    assert all(difference(s, a) >= APART for s in found[1:] for a in avoid)


@pytest.mark.parametrize(
    ("party", "count", "avoid"),
    [
        # new user 27: three UN claimants in olive shades 19 apart, pale yellows on the dark page
        ("#765100", 3, ("#C35600", "#0072B2", "#332288", "#E71360")),
        ("#765100", 3, ()),
        ("#0072B2", 3, ()),
        ("#E71360", 3, ("#332288",)),
    ],
)
def test_a_partys_own_claimants_differ_on_both_pages(party, count, avoid):
    from makiivka.charts.colour import SIBLINGS_APART, dark_colour

    found = shades(party, count, avoid=avoid)
    pairs = [(a, b) for i, a in enumerate(found) for b in found[i + 1 :]]
    assert len(set(found)) == count
    assert min(difference(a, b) for a, b in pairs) >= SIBLINGS_APART
    assert min(difference(dark_colour(a), dark_colour(b)) for a, b in pairs) >= SIBLINGS_APART
