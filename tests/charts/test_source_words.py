"""The words under and beside the charts say each thing once and only what the ledger holds.

Round 21's second new user read "doctors (Herat Provincial Administration) (Herat Provincial
Administration)" in a source line, and a ministry's denial listed among what it "says" in its
own voice. Small frames, literal expected words.
"""

from __future__ import annotations

import pandas as pd

from makiivka.charts.outlets import own_voice
from makiivka.charts.reports import source_lines


def test_a_claimant_named_with_its_side_is_not_given_it_twice():
    rows = pd.DataFrame(
        {
            "outlet_name": ["Courier", "Courier"],
            "article_id": ["a1", "a1"],
            "side": ["province", "gov"],
            "claimant_name": ["doctors (Vell Province)", "Interior Ministry"],
            "side_label": ["Vell Province", "Norland"],
        }
    )
    text = " ".join(source_lines(rows, 2000))
    assert "Claimants: Interior Ministry (Norland); doctors (Vell Province)." in text


def test_a_denial_is_not_among_what_an_outlet_says_in_its_own_voice():
    rows = pd.DataFrame(
        {
            "voice_rank": [2, 2, 0],
            "coded": ["2,053", "4,000 or more (a denial)", "12"],
            "outlet_name": ["Interior Ministry", "Interior Ministry", "Courier"],
            "figure": ["2,053", "denies more than 4,000", "12"],
        }
    )
    assert own_voice(rows) == "In its own voice, Interior Ministry says \u201c2,053\u201d."


def test_the_gap_s_source_line_says_it_counts_the_latest_figures():
    """The gap draws only the latest figures: its source line says so (round 22's new user read
    its "20 reports" beside the claims chart's "54" as another ledger's count)."""
    rows = pd.DataFrame({"outlet_name": ["Courier"], "side": ["gov"], "claimant_name": ["Mayor"],
                         "side_label": ["Government"], "article_id": ["a1"]})  # fmt: skip
    lines = " ".join(source_lines(rows, 2000, "", "the latest figures, from "))
    assert lines.startswith("Source: claims ledger, the latest figures, from 1 report in 1 article")
