"""Labels never land on each other or on the names beside a plot (round 16's new user)."""

from __future__ import annotations

import itertools

import pandas as pd
import pytest

from makiivka.charts.labels import dodge
from makiivka.charts.measure import text_width
from makiivka.charts.rows import LABEL_GAP, fit_labels, place_marks


@pytest.mark.parametrize(
    ("wanted", "heights"),
    [
        # The new user's five line ends at 768 px: Bhola (52) used to land on the Coast Guard.
        ([68.2, 68.2, 105.3, 44.6, 81.7], [15, 30, 15, 15, 15]),
    ],
)
def test_line_end_labels_never_overlap(wanted, heights):
    centres = dodge(wanted, heights, 0, 220)
    order = sorted(range(len(wanted)), key=lambda i: centres[i])
    assert order == sorted(range(len(wanted)), key=lambda i: wanted[i])
    for above, below in itertools.pairwise(order):
        gap = (centres[below] - heights[below] / 2) - (centres[above] + heights[above] / 2)
        assert gap >= -0.05


@pytest.mark.parametrize(
    ("value", "low", "label", "lines"),
    [
        # An "up to 100" arrow near the right of a 150 px plot (a 320 px phone): 97 px left.
        (100, None, "up to 100, denying more than 100", ["up to 100,", "denying more", "than 100"]),
        # A point near the left: 129 px right of it, none left of it.
        (10, 10, "about 10, with many more feared under the mud",
         ["about 10, with many", "more feared under the", "mud"]),
    ],
)  # fmt: skip
def test_a_value_label_too_wide_for_either_side_wraps_inside_the_plot(value, low, label, lines):
    rows = pd.DataFrame({"value": [value], "value_low": [low], "value_high": [value],
                         "label": [label]})  # fmt: skip
    placed = fit_labels(place_marks(rows, 120, 150), 120, 150).iloc[0]
    shown = placed["label"] or placed["label_left"]
    assert shown.split("\n") == lines
    widest = max(text_width(line, 12) for line in lines)
    if placed["label_left"]:
        assert placed["left_x"] / 120 * 150 - LABEL_GAP - widest >= 0
    else:
        assert placed["label_x"] / 120 * 150 + LABEL_GAP + widest <= 150
