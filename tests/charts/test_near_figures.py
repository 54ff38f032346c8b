"""A figure just below its number, a range in a revision series and the "coded as" words.

Round 24's second new user (an attack on a village in Ituri): "Nearly 20,000" (coded up to
19,999 by ``text/quantities.JUST_BELOW``) was published as "fewer than 20,000" with an
arrow open to zero; the revision prose read "more than 25,000 to 35,000 to 40,000" for a
series ending in a range; the report's "coded as" column read "about: 135".
"""

from __future__ import annotations

import pandas as pd
import pytest

from makiivka.charts.revision_words import _span
from makiivka.charts.rows import drawn_kinds, place_marks
from makiivka.charts.wording import coded_words
from makiivka.text.ranges import qualified


@pytest.mark.parametrize(
    ("text", "qualifiers", "figures", "said"),
    [
        ("fewer than 20,000", "up_to", "Nearly 20,000", "nearly 20,000"),
        ("fewer than 200", "up_to", "almost 200", "almost 200"),
        ("fewer than 1,000", "up_to", "just under 1,000", "just under 1,000"),
        ("fewer than 20,000", "up_to", "nearly twenty thousand", "nearly twenty thousand"),
        # the source's own "fewer than" and "up to" stay as they are
        ("fewer than 20,000", "fewer_than", "fewer than 20,000", "fewer than 20,000"),
        ("up to 20,000", "up_to", "up to 20,000", "up to 20,000"),
        # an editor who coded "nearly 20,000" up to 20,000 is said as coded
        ("up to 20,000", "up_to", "Nearly 20,000", "up to 20,000"),
    ],
)
def test_a_figure_just_below_its_number_is_said_as_stated(text, qualifiers, figures, said):
    assert qualified(text, qualifiers, figures) == said


@pytest.mark.parametrize(
    ("qualifier", "said", "cells", "unit", "denied", "coded"),
    [
        ("about", "Some 135", (135, 135, 135), "people", False, "about 135"),
        ("up to", "Nearly 20,000", (20000, None, 19999), "people", False,
         "nearly 20,000 (up to 19,999)"),
        ("fewer than", "fewer than 20,000", (20000, None, 19999), "people", False,
         "fewer than 20,000"),
        ("vague", "dozens", (None, 24, 99), "people", False, "vague: 24 to 99"),
        ("at least", "at least 89", (89, 89, None), "homes", False, "89 or more homes"),
        ("up to", "more than 1,000", (1000, None, 1000), "people", True, "up to 1,000 (a denial)"),
    ],
)  # fmt: skip
def test_the_coded_as_column(qualifier, said, cells, unit, denied, coded):
    assert coded_words(qualifier, said, *cells, unit, denied) == coded


def test_nearly_is_drawn_as_a_point_with_a_short_tick_below_not_an_open_arrow():
    rows = pd.DataFrame(
        {
            "label": ["Nearly 20,000", "fewer than 20,000", "38,000 or more"],
            "value": [20000, 20000, 38000],
            "value_low": [None, None, 38000],
            "value_high": [19999, 19999, None],
        },
        dtype=object,
    )
    placed = place_marks(rows, 40000.0)  # arrows 7 % of 40,000 long: 2,800

    def drawn(column):
        return [None if pd.isna(x) else x for x in placed[column]]

    assert drawn("arrow_start") == [None, 17200.0, None]
    assert drawn("near_start") == [18600.0, None, None]
    assert list(placed["x_value"]) == [20000, 20000, 38000]
    assert drawn_kinds(placed)["near"] is True


def test_no_near_column_where_no_row_is_near():
    rows = pd.DataFrame(
        {"label": ["up to 50"], "value": [50], "value_low": [None], "value_high": [50]},
        dtype=object,
    )
    assert "near_start" not in place_marks(rows, 100.0)


@pytest.mark.parametrize(
    ("series", "said"),
    [
        (
            [("more than 25,000", "more_than", "more than 25,000"),
             ("35,000 to 40,000", "range", "35,000 to 40,000")],
            " (more than 25,000 to 35,000–40,000)",
        ),
        ([("50 to 70", "range", "Between 50 and 70"), ("78", "exact", "78")], " (50–70 to 78)"),
        ([("43", "exact", "43"), ("57", "exact", "57")], " (43 to 57)"),
    ],
)  # fmt: skip
def test_a_range_in_a_revision_series_reads_with_a_dash(series, said):
    moves = pd.DataFrame(
        [
            {"step": i, "unordered": False, "text": t, "qualifiers": q, "figures": f}
            for i, (t, q, f) in enumerate(series, start=1)
        ]
    )
    assert _span(moves) == said


@pytest.mark.parametrize(
    ("figure", "high", "text"),
    [
        ("nearly 5,000", 4999, "nearly 5,000"),  # new user 25: assertions.csv said "fewer than"
        ("Almost 5,000", 4999, "almost 5,000"),
        ("up to 5,000", 5000, "up to 5,000"),  # guard: a stated bound stays as it is
        ("fewer than 5,000", 4999, "fewer than 5,000"),  # guard: the source's own words
    ],
)
def test_assertions_text_says_nearly_as_stated(figure, high, text):
    import dataclasses
    from pathlib import Path

    from makiivka import analysis
    from makiivka.story import load

    flood = load.read_dataset(Path(__file__).parents[1] / "fixtures" / "flood" / "data")
    claims = flood.claims.copy()
    at = claims["claim_id"] == "f08"  # the ministry's 5,000 missing
    claims["figure"] = claims["figure"].astype(object)
    claims["qualifier"] = claims["qualifier"].astype(object)
    claims.loc[at, ["figure", "qualifier"]] = [figure, "up_to"]
    claims.loc[at, "value_low"] = pd.NA
    claims.loc[at, "value_high"] = high
    said = analysis.assertions(dataclasses.replace(flood, claims=claims).claims)
    assert said.loc[said["claim_ids"] == "f08", "text"].tolist() == [text]
