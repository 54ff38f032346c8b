"""New user 27's findings on the charts: a fact checker is a news outlet, not a party's own
publication (7); a gap whose compared pair lacks a figure says who stated none (5).

The flood fixture (tests/fixtures/flood, README beside it) is the story.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from makiivka import analysis, charts
from makiivka.charts.outlets import outlet_rows
from makiivka.story import load

FLOOD = Path(__file__).parents[1] / "fixtures" / "flood" / "data"


def with_side(side: str) -> load.Dataset:
    flood = load.read_dataset(FLOOD)
    claimants = flood.claimants.copy()
    claimants["side"] = claimants["side"].astype(object)
    claimants.loc[claimants["claimant_id"] == "harbour_post", "side"] = side
    return dataclasses.replace(flood, claimants=claimants)


@pytest.mark.parametrize(
    ("side", "own", "tail"),
    [
        ("media", False, "Daily Meridian 7 and The Harbour Post 6."),
        # an outlet of the third-party side (a fact checker) publishes news (new user 27)
        ("third_party", False, "Daily Meridian 7 and The Harbour Post 6."),
        ("east", True, "and the parties' own publications carry 6 (The Harbour Post 6)."),
    ],
)
def test_a_third_partys_outlet_is_news_not_an_own_publication(side, own, tail):
    dataset = with_side(side)
    rows = outlet_rows(dataset)
    post = rows[rows["outlet"] == "harbour_post"]
    assert post["own_publication"].tolist() == [own] * 6
    assert charts.FINDINGS["outlets"](dataset).endswith(tail)


@pytest.mark.parametrize(
    ("pair", "texts"),
    [
        # the city hall gave no figure for the missing: said plainly, not "not comparable"
        (("east", "city"), {"killed": "at most 6.4×", "missing": "not stated by Sarnet city hall"}),
        (
            ("city", "east"),
            {"killed": "at least 0.1×", "missing": "not stated by Sarnet city hall"},
        ),
    ],
)
def test_a_gap_without_a_figure_says_who_stated_none(pair, texts):
    claims = load.read_dataset(FLOOD).claims.copy(deep=False)
    gap = analysis.gap_table(claims, sides=pair)
    said = dict(zip(gap["metric"], gap["ratio_text"], strict=True))
    assert {m: said[m] for m in texts} == texts


def gap_labels(dataset: load.Dataset) -> dict[str, str]:
    spec = charts.gap_chart(dataset).to_dict()
    return {r["claim_id"]: r["label"] for rows in spec["datasets"].values() for r in rows
            if "label" in r and r.get("claim_id")}  # fmt: skip


@pytest.mark.parametrize(
    ("note", "labels"),
    [
        # each compared figure carries its date on the chart, not only in the ratio's text
        ("", {"f17": "3,166 (15\u00a0Sep)", "f16": "4,000 (14\u00a0Sep)",
              "f12": "up to 20,000 (by\u00a013\u00a0Sep)", "f04": "some 7,000 (11\u00a0Sep)"}),
        # a row whose notes say it counts a part is labelled so
        ("part: the western district only", {"f16": "4,000 (a part, 14\u00a0Sep)",
                                             "f17": "3,166 (15\u00a0Sep)"}),
        ("partly rebuilt depots", {"f16": "4,000 (14\u00a0Sep)"}),
    ],
)  # fmt: skip
def test_each_gap_figure_carries_its_date(note, labels):
    flood = load.read_dataset(FLOOD)
    claims = flood.claims.copy()
    claims["notes"] = claims["notes"].astype(object)
    claims.loc[claims["claim_id"] == "f16", "notes"] = note or None
    claims.attrs = flood.claims.attrs
    found = gap_labels(dataclasses.replace(flood, claims=claims))
    assert {c: found[c] for c in labels} == labels


@pytest.mark.parametrize(
    ("figure", "cells", "label"),
    [
        # every label in one style: numerals, a sentence's opening capital in lower case
        ("Seventy-four", (74, 74, 74), "74"),
        ("At least 45", (45, 45, None), "at least 45"),
        ("well over 80", (80, 81, None), "well over 80"),
        ("Dozens", (None, 24, 99), "dozens"),
        ("UN figure of 12", (12, 12, 12), "UN figure of 12"),
    ],
)
def test_value_labels_share_one_style(figure, cells, label):
    from makiivka.charts.wording import drawn_figure

    assert drawn_figure(figure, False, *cells) == label
