"""A party's own channel or release is no news outlet: the outlets chart and its sentence
name it as the party's own publication, after the outlets (new user 25: the coast guard's
Telegram channel and IOM's PDF were counted among "all 9 outlets").

The flood fixture (tests/fixtures/flood, README beside it) is the story; here The Harbour
Post is made the Eastern Government's own bulletin.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from makiivka import charts
from makiivka.charts.outlet_totals import draw_totals, outlet_totals
from makiivka.charts.outlets import outlet_rows
from makiivka.story import load

FLOOD = Path(__file__).parents[1] / "fixtures" / "flood" / "data"


@pytest.fixture(scope="module")
def bulletin() -> load.Dataset:
    flood = load.read_dataset(FLOOD)
    claimants = flood.claimants.copy()
    claimants["side"] = claimants["side"].astype(object)
    claimants.loc[claimants["claimant_id"] == "harbour_post", "side"] = "east"
    return dataclasses.replace(flood, claimants=claimants)


def test_the_sentence_counts_own_publications_apart(bulletin):
    assert charts.FINDINGS["outlets"](bulletin) == (
        "Of 17 reports of people killed, missing or displaced in the flood, Coastal Wire "
        "carries 4 and Daily Meridian 7, and the parties' own publications carry 6 (The "
        "Harbour Post 6)."
    )


@pytest.mark.parametrize(
    ("width", "names"),
    [
        (None, ["Coastal Wire", "Daily Meridian", "The Harbour Post (own publication)"]),
        (320, ["Coastal Wire", "Daily Meridian", "The Harbour Post (own publication)"]),
    ],
)
def test_the_chart_names_an_own_publication_after_the_outlets(bulletin, width, names):
    spec = charts.outlets_chart(bulletin, width=width).to_dict()
    drawn = [r["outlet_name"] for rows in spec["datasets"].values() for r in rows
             if "outlet_name" in r]  # fmt: skip
    assert list(dict.fromkeys(drawn)) == names


def test_counted_by_outlet_the_subtitle_says_outlets_and_own_publications(bulletin):
    rows = outlet_rows(bulletin)
    spec = draw_totals(bulletin, {"rows": rows, "totals": outlet_totals(rows)}).to_dict()
    subtitle = " ".join(spec["title"]["subtitle"])
    assert "counted by outlet and voice: all 2 news outlets and 1 party's own publication." in (
        subtitle
    )
