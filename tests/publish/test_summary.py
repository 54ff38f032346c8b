"""The summary prints the gap and the revisions for any story's parties."""

from __future__ import annotations

from pathlib import Path

import pytest

from makiivka.publish.summary import summary_text
from makiivka.story import load


def test_summary_names_the_shipped_story_s_pair_by_label():
    text = summary_text(load.load_claims())
    assert text.startswith("The gap: each side's latest figure for this strike\n")
    assert "Ukraine/Russia" in text.split("\n")[1]
    assert "not comparable: Russia gave no figure" in text


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
