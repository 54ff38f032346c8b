"""A party's label inside a sentence: "from the Norlandic coast guard, survivors and
relatives, Interior Ministry" (new user 25 read "from Tunisian coast guard, Survivors and
relatives, …"). Names keep their capitals; a common noun phrase gets "the" if singular."""

from __future__ import annotations

import pytest

from makiivka.charts.wording import in_sentence


@pytest.mark.parametrize(
    ("label", "said"),
    [
        ("Norlandic coast guard", "the Norlandic coast guard"),
        ("Survivors and relatives", "survivors and relatives"),
        ("Local residents", "local residents"),
        ("Medical staff", "the medical staff"),
        ("Norhaven city hall", "the Norhaven city hall"),  # a place name keeps its capital
        # names, as they are
        ("Interior Ministry", "Interior Ministry"),
        ("UNHCR and IOM", "UNHCR and IOM"),
        ("Open Sea Rescue", "Open Sea Rescue"),
        ("Norland", "Norland"),
        ("the Norlandic army", "the Norlandic army"),
    ],
)
def test_a_label_reads_inside_a_sentence(label, said):
    assert in_sentence(label) == said
