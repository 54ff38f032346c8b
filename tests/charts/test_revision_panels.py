"""The revision chart draws a panel for every count anyone revised, not only the dead.

New user 25 (a shipwreck): the missing count falling 600 → 450 → 350 → 270 and the rescued
rising 37 → 83 → 104 were in no chart, which drew only the dead. The flood fixture
(tests/fixtures/flood, README beside it) is the story: its ministry and UN office revise the
dead, its Red Crescent the missing (10,000, then 9,000 or more: f02, f11).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd
import pytest

from makiivka import charts
from makiivka.story import load

FLOOD = Path(__file__).parents[1] / "fixtures" / "flood" / "data"


@pytest.fixture(scope="module")
def flood() -> load.Dataset:
    return load.read_dataset(FLOOD)


def _variant(flood: load.Dataset, name: str) -> load.Dataset:
    claims = flood.claims
    if name == "missing not revised":
        return dataclasses.replace(flood, claims=claims[claims["claim_id"] != "f11"])
    if name == "displaced revised too":  # Western Government's some 7,000 (f04), then 8,000
        row = claims[claims["claim_id"] == "f04"].copy()
        row["claim_id"], row["supersedes"] = "g1", pd.NA
        row["stated_at"] = pd.Timestamp("2026-09-14", tz="UTC")
        for column in ("value", "value_low", "value_high"):
            row[column] = pd.array([8000], dtype=claims[column].dtype)
        return dataclasses.replace(flood, claims=pd.concat([claims, row], ignore_index=True))
    return flood


def _panels(spec: dict) -> list[tuple[str, str]]:
    """Each stacked panel's heading and the first line of its sentence."""
    body = spec["vconcat"][0]
    return [(p["title"]["text"], p["title"]["subtitle"][0]) for p in body.get("vconcat", [])]


@pytest.mark.parametrize(
    ("variant", "panels", "first_line"),
    [
        ("as fixed", [("Killed", "People killed, as 4 claimants stated them. Eastern Health"),
                      ("Missing", "People missing, as stated: Eastern Health Ministry: 5,000")],
         "Figures of 2 counts were revised, each drawn in its own panel on its own axis: "),
        ("displaced revised too",
         [("Killed", "People killed, as 4 claimants stated them. Eastern Health"),
          ("Missing", "People missing, as stated: Eastern Health Ministry: 5,000"),
          ("Displaced", "People displaced, as 3 claimants stated them. Only Western")],
         "Figures of 3 counts were revised, each drawn in its own panel on its own axis: "),
        # only the dead revised: one plot, no panels, its own sentence as before
        ("missing not revised", [], "People killed, as 4 claimants stated them. Eastern "),
    ],
)  # fmt: skip
def test_every_revised_count_has_its_own_panel(flood, variant, panels, first_line):
    spec = charts.revision_chart(_variant(flood, variant)).to_dict()
    drawn = [(heading, line[: len(want)]) for (heading, line), (_, want) in
             zip(_panels(spec), panels, strict=False)]  # fmt: skip
    assert drawn == panels
    assert len(_panels(spec)) == len(panels)
    assert spec["title"]["subtitle"][0].startswith(first_line)
