"""How far apart the latest figures run, in the gap's sentence: open bounds stay open."""

from __future__ import annotations

import pandas as pd
import pytest

from makiivka.charts.gap_words import spread

NA = pd.NA


def figures(*rows: tuple) -> pd.DataFrame:
    """(side_text, text, value, value_low, value_high) rows, as the gap's finding gives them."""
    frame = pd.DataFrame(rows, columns=["side_text", "text", "value", "value_low", "value_high"])
    for column in ("value", "value_low", "value_high"):
        frame[column] = frame[column].astype("Int64")
    return frame


@pytest.mark.parametrize(
    ("rows", "said"),
    [
        # round 22's new user: "508 or more" is open above, never "within" hundreds (200–999)
        ([("Coast Guard", "hundreds (200–999)", NA, 200, 999),
          ("Foreign Office", "290 or more", 290, 290, NA),
          ("Mare Libero", "508 or more", 508, 508, NA)],
         "run from hundreds (200–999) (Coast Guard) to 508 or more (Mare Libero)"),
        # a closed range that holds every closed figure is no end of theirs
        ([("Government", "34", 34, 34, 34), ("Mayor", "41", 41, 41, 41),
          ("JNIM", "dozens (24–99)", NA, 24, 99)],
         "run from 34 (Government) to 41 (Mayor), within JNIM's dozens (24–99)"),
        # "up to 20,000" is read at its high end, as said
        ([("East", "3,166", 3166, 3166, 3166), ("City", "up to 20,000", NA, NA, 20000)],
         "run from 3,166 (East) to up to 20,000 (City)"),
        ([("East", "104", 104, 104, 104)], "hold 104 (East)"),
    ],
)  # fmt: skip
def test_the_spread_of_the_latest_figures(rows, said):
    assert spread(figures(*rows)) == said
