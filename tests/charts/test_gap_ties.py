"""The gap's "latest" figure, where its claimant gave another that day in no known order.

Round 24's new user: the gap showed the Ministry of Energy's 38 dead with no caveat, though
its 27 of the same day stands in no known order with it ("order unknown" in ``makiivka
summary``); the README's tie-break picked 38. The words the reader sees (the chart's note
under it, its value label's mark and description, and the finding) now say so; gap.csv
keeps its columns. The flood fixture (tests/fixtures/flood, README beside it) is the story:
the Eastern Health Ministry's latest killed figure is 3,166 on 15 Sep (f17), the UN office's
3,958 on 14 Sep (f13, f14); each case adds one report, and the expected words are worked
out by hand from claims.csv.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from makiivka import charts
from makiivka.charts.gap_ties import gap_ties
from makiivka.story import load

FLOOD = Path(__file__).parents[1] / "fixtures" / "flood" / "data"
UNDATED = "publication date: the text does not say when this was stated (check)"


@pytest.fixture(scope="module")
def flood() -> load.Dataset:
    return load.read_dataset(FLOOD)


def _with(flood, source, new, stated, precision, value, basis="article") -> load.Dataset:
    """The flood with a copy of one report: new id, when stated (UTC) and to what precision,
    a value its figure and quote say, and the basis of its date."""
    claims = flood.claims
    row = claims[claims["claim_id"] == source].copy()
    row["claim_id"], row["supersedes"], row["stated_at_basis"] = new, pd.NA, basis
    row["stated_at"] = pd.Timestamp(stated, tz="UTC")
    row["stated_at_precision"] = precision
    was = f"{int(row['value'].iloc[0]):,}"
    for column in ("figure", "quote"):
        row[column] = row[column].str.replace(was, f"{value:,}", regex=False)
    for column in ("value", "value_low", "value_high"):  # "3,166" is 3,166 to 3,166
        if not row[column].isna().all():
            row[column] = pd.array([value], dtype=claims[column].dtype)
    more = pd.concat([claims, row], ignore_index=True)
    for column in claims.columns:
        if isinstance(claims[column].dtype, pd.CategoricalDtype):
            more[column] = more[column].astype(claims[column].dtype)
    more.attrs = dict(claims.attrs)
    return dataclasses.replace(flood, claims=more)


TIES = [
    # the same day, both known only by it: f20 is the later id, so the tie-break shows it
    (
        ("f17", "f20", "2026-09-15", "day", 3000),
        "3,000",
        "Eastern Health Ministry (Eastern Government) gave 3,000 and 3,166 killed on 15 Sep "
        "2026, in no known order; the chart shows 3,000 by a tie-break.",
    ),
    # 3,000 at 12:00 Tripoli time (UTC+2) on 15 Sep: after the day's start, so shown; the
    # 3,166 known only by that day may have come after it
    (
        ("f17", "f20", "2026-09-15 10:00", "minute", 3000),
        "3,000",
        "Eastern Health Ministry (Eastern Government) gave 3,000 and 3,166 killed on 15 Sep "
        "2026, in no known order; the chart shows 3,000 by a tie-break.",
    ),
    # a figure known only by its month holds no order with the 3,166 of 15 Sep in it
    (
        ("f17", "f20", "2026-09-01", "month", 3000),
        "3,166",
        "Eastern Health Ministry (Eastern Government) gave 3,166 and 3,000 killed in Sep "
        "2026, in no known order; the chart shows 3,166 by a tie-break.",
    ),
    # dated only by its article: "no later than" the day, never "on" it
    (
        ("f17", "f20", "2026-09-15", "day", 3000, UNDATED),
        "3,000",
        "Eastern Health Ministry (Eastern Government) gave 3,000 and 3,166 killed no later "
        "than 15 Sep 2026, in no known order; the chart shows 3,000 by a tie-break.",
    ),
    # two at one minute, 12:00 on 15 Sep, and the 3,166 known only by that day: all three in
    # no known order, the others in the order stated (the day's start first)
    (
        (("f17", "f20", "2026-09-15 10:00", "minute", 3000),
         ("f17", "f21", "2026-09-15 10:00", "minute", 3100)),
        "3,100",
        "Eastern Health Ministry (Eastern Government) gave 3,100, 3,166 and 3,000 killed on 15 "
        "Sep 2026, in no known order; the chart shows 3,100 by a tie-break.",
    ),
    # a third party: its own name, no side
    (
        ("f14", "f20", "2026-09-14", "day", 4100),
        "4,100",
        "UN humanitarian office gave 4,100 and 3,958 killed on 14 Sep 2026, in no known "
        "order; the chart shows 4,100 by a tie-break.",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("copy", "shown", "sentence"), TIES)
def test_a_figure_in_no_known_order_is_said_with_the_one_shown(flood, copy, shown, sentence):
    dataset = flood
    for one in copy if isinstance(copy[0], tuple) else (copy,):
        dataset = _with(dataset, *one)
    assert gap_ties(dataset)["sentence"].tolist() == [sentence]
    assert charts.FINDINGS["gap"](dataset).endswith(". " + sentence)
    chart = charts.gap_chart(dataset).to_dict()
    assert chart["description"].endswith(". " + sentence)
    said = json.dumps(chart, ensure_ascii=False)
    # the value label is marked (before its date: "3,000* (15 Sep)"), and the note under the
    # chart starts with the mark
    assert f'"{shown}* (' in said
    footer = chart["vconcat"][1]
    lines = [v["line"] for v in chart["datasets"][footer["data"]["name"]]]
    assert " ".join(lines).startswith("* " + sentence + " Source: claims ledger")


NO_TIES = [
    # the day before: ordered, 3,166 is the later
    ("f17", "f20", "2026-09-14", "day", 3000),
    # the same figure the same day: one assertion, nothing in doubt
    ("f17", "f20", "2026-09-15", "day", 3166),
    # a time the day before 15 Sep in Tripoli (23:30 on the 14th): ordered
    ("f17", "f20", "2026-09-14 21:30", "minute", 3000),
    # the same day, but a figure about another event (scope other): not the gap's
    ("f05", "f20", "2026-09-15", "day", 3000),
]


@pytest.mark.parametrize("copy", [(), *NO_TIES])
def test_no_caveat_without_a_figure_in_no_known_order(flood, copy):
    dataset = _with(flood, *copy) if copy else flood
    assert gap_ties(dataset).empty
    assert "no known order" not in charts.FINDINGS["gap"](dataset)
    said = json.dumps(charts.gap_chart(dataset).to_dict(), ensure_ascii=False)
    assert "no known order" not in said and not re.search(r'"[0-9,]+\*', said)
