"""The summary prints the gap and the revisions for any story's parties."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from makiivka.publish.summary import summary_text
from makiivka.story import load


def test_summary_names_the_shipped_story_s_pair_by_label():
    text = summary_text(load.load_claims())
    assert text.startswith("The gap: each side's latest figure for this strike\n")
    assert "Ukraine/Russia" in text.split("\n")[1]
    assert "not stated by Russia" in text


def test_summary_of_an_empty_ledger_says_so():
    claims = load.load_claims()
    assert summary_text(claims.iloc[:0]) == "No claims yet: the ledger is empty."


DAM = Path(__file__).parents[1] / "fixtures" / "dam" / "data"


def test_a_more_than_figure_is_said_once():
    # The Red Crescent's "more than 700 people were missing": value 700, from 701, open.
    text = summary_text(load.load_claims(DAM))
    missing = next(line for line in text.splitlines() if line.strip().startswith("missing"))
    assert missing.split()[:5] == ["missing", "not", "stated", "310", "not"]
    assert "more than 700" in missing and "701" not in text


@pytest.mark.parametrize(
    ("keep", "said"),
    [
        # The mayor alone: one figure, nothing revised.
        (["c010"], "None: no claimant has stated a second, different figure for a metric."),
        # Every figure about another event: no figure of this flood at all.
        ([], "Not stated: no party has given a reviewed figure for this flood yet."),
    ],
)
def test_a_table_with_nothing_in_it_is_said_in_words(keep, said):
    claims = load.load_claims(DAM)
    if keep:
        claims = claims[claims["claim_id"].isin(keep)]
    else:
        claims = claims.copy()
        claims.loc[:, "scope"] = "other"
    text = summary_text(claims)
    assert said in text and "Empty DataFrame" not in text


def test_summary_writes_times_in_the_story_s_zone_and_names_it(capsys):
    from makiivka.cli import main

    assert main(["summary"]) == 0
    text = capsys.readouterr().out
    # The Ministry's 89 of 4 Jan 01:00 Moscow time, never 2023-01-03T22:00:00Z.
    assert "in the order stated, times in Moscow time (MSK, UTC+3)" in text
    assert "4 Jan 2023, 01:00 MSK" in text and "2 Jan 2023 " in text
    assert "22:00" not in text and "UTC)" not in text.split("Revisions")[1].split("\n")[0]


def test_the_gap_table_and_gap_csv_leave_out_metrics_the_story_does_not_compare(capsys):
    # The Ministry's six rockets fired and two intercepted are in the ledger, but the story
    # compares killed, wounded, missing…: the gap chart leaves them out, and so do these.
    from makiivka.cli import main
    from makiivka.publish.export import data_tables

    assert data_tables(load.read_dataset())["gap"]["metric"].tolist() == ["killed", "wounded"]
    assert main(["summary"]) == 0
    gap = capsys.readouterr().out.split("\n\n")[0]
    assert [line.split()[0] for line in gap.splitlines()[2:]] == ["killed", "wounded"]


def test_a_revision_keeps_the_word_of_an_estimate():
    # "about 240" is said with its word in the revisions, as the charts say it
    claims = load.load_claims(DAM)
    at = claims.index[claims["claim_id"] == "c011"]
    claims.loc[at, ["qualifier", "figure"]] = ["about", "about 240"]
    revisions = summary_text(claims).split("Revisions")[1]
    row = next(line for line in revisions.splitlines() if line.rstrip().endswith("c011"))
    assert "about 240" in row


def test_figures_of_one_day_share_a_step_in_no_known_order():
    # Round 18: two outlets' figures dated only by one day were steps 1 and 2, "58 → 55".
    claims = load.load_claims(Path(__file__).parents[1] / "fixtures" / "flood" / "data")
    other = claims[claims["claim_id"] == "f01"].copy()
    other["claim_id"], other["figure"] = "f20", "2,500"
    for column in ("value", "value_low", "value_high"):
        other[column] = pd.array([2500], dtype=claims[column].dtype)
    both = pd.concat([claims, other], ignore_index=True)
    both.attrs = claims.attrs
    rows = [line.split() for line in summary_text(both).split("Revisions")[1].splitlines()]
    ministry = [r for r in rows if r[:3] == ["Eastern", "Health", "Ministry"]]
    assert [r[4:] for r in ministry] == [
        ["1", "(order", "unknown)", "11", "Sep", "2026", "2,300", "f01"],
        ["1", "(order", "unknown)", "11", "Sep", "2026", "2,500", "f20"],
        ["2", "12", "Sep", "2026", "3,166", "f06;f07"],
        ["2", "(restated)", "15", "Sep", "2026", "3,166", "f17"],
    ]
