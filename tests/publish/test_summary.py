"""The summary prints the gap and the revisions for any story's parties."""

from __future__ import annotations

from makiivka.publish.summary import summary_text
from makiivka.story import load


def test_summary_names_the_shipped_story_s_pair_by_id():
    text = summary_text(load.load_claims())
    assert text.startswith("The gap: each side's latest figure for this strike\n")
    assert "ukraine/russia" in text.split("\n")[1]
    assert "not comparable: Russia gave no figure" in text


def test_summary_of_an_empty_ledger_says_so():
    claims = load.load_claims()
    assert summary_text(claims.iloc[:0]) == "No claims yet: the ledger is empty."
