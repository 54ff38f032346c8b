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


def _steps(*figures) -> pd.DataFrame:
    """Revision-chart rows from (claimant, value, low, high, text, when, precision) each."""
    from makiivka.charts.wording import time_span

    rows = []
    for step, (claimant, value, low, high, text, when, precision) in enumerate(figures, 1):
        start, middle, end = time_span(pd.Timestamp(when, tz="UTC"), precision, "America/Lima")
        undated = precision == "day"
        rows.append({
            "claimant": claimant, "value": value, "value_low": low, "value_high": high,
            "text": text, "start": start, "middle": middle, "end": end, "step": step,
            "stated": f"{'no later than ' if undated else ''}16 Mar 2027", "restated": False,
            "revised": True, "unordered": False, "vague": False,
        })  # fmt: skip
    return pd.DataFrame(rows)


#: New user 18's chart of the dead: the families' 58 or more and more than 55 dated only by
#: 16 Mar (each a band across the day), then 58 or more and 61 that evening; INDECI below.
DAM_STEPS = _steps(
    ("families", 58, 58, None, "58 or more", "2027-03-16", "day"),
    ("families", 55, 56, None, "more than 55", "2027-03-16", "day"),
    ("families", 58, 58, None, "58 or more", "2027-03-17T01:45", "minute"),
    ("families", 61, 61, 61, "61", "2027-03-17T02:05", "minute"),
    ("indeci", 23, 23, None, "23 or more", "2027-03-15", "day"),
    ("indeci", 31, 31, 31, "31", "2027-03-15T23:00", "minute"),
    ("indeci", 41, 41, 41, "41", "2027-03-16", "day"),
    ("indeci", 44, 44, 44, "44", "2027-03-16T22:10", "minute"),
)


@pytest.mark.parametrize("width", [180, 230, 420, 560, 880])
def test_a_revision_label_lands_on_no_day_band_and_no_point(width):
    # Round 18: "58 or more (no later than 16 Mar)" was drawn across the families' band of
    # 16 Mar, and, measured in the regular face but drawn bold, ran into their point.
    from makiivka.charts.labels import Box, mark_box
    from makiivka.charts.layout import time_domain
    from makiivka.charts.revision_layout import lay_out_steps

    height, top = round(min(360, max(220, width * 0.55))), 61 * 1.14 * 1.1
    domain, _ = time_domain([*DAM_STEPS["start"], *DAM_STEPS["end"]], pd.Timedelta(hours=12))
    laid = lay_out_steps(DAM_STEPS, top, domain, width, height)

    def x(text: str) -> float:
        stamp = pd.Timestamp(text).tz_localize("UTC").timestamp() * 1000
        return (stamp - domain[0]) / (domain[1] - domain[0]) * width

    def y(value: float) -> float:
        return height - value / top * height

    marks = [mark_box(x(m), y(v), 5) for m, v in zip(laid["middle"], laid["y"], strict=True)]
    bands = [Box(x(s), y(v) - 3, x(e), y(v) + 3)
             for s, e, v in zip(laid["start"], laid["end"], laid["y"], strict=True) if s != e]  # fmt: skip
    labelled = laid[laid["label"] != ""]
    assert len(labelled)
    for label, lx, ly in zip(
        labelled["label"], labelled["label_x"], labelled["label_y"], strict=True
    ):
        half = text_width(label, 12, bold=True) / 2
        box = Box(x(lx) - half, y(ly) - 6, x(lx) + half, y(ly) + 6)
        assert not any(box.overlaps(b) for b in [*marks, *bands]), (label, width)
