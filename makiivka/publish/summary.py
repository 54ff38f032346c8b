"""Print a story's summary: the gap between the parties and each claimant's revisions."""

from __future__ import annotations

import argparse

import pandas as pd

from makiivka import analysis
from makiivka.story import load


def summary_text(claims: pd.DataFrame) -> str:
    """Return the gap and the revisions as plain-text tables."""
    gap = analysis.gap_table(claims)
    sides = ["russia", "ukraine"]
    gap_view = gap[["metric", *sides, "ratio_text"]].rename(
        columns={"ratio_text": "ukraine/russia"}
    )
    changes = analysis.revisions(claims)
    change_view = changes[["claimant_name", "metric", "step", "stated_at", "text", "claim_ids"]]
    with pd.option_context("display.width", 200, "display.max_colwidth", 40):
        return (
            "The gap: each side's latest figure for this strike\n"
            f"{gap_view.to_string(index=False)}\n\n"
            "Revisions: each claimant's figures in the order stated (UTC)\n"
            f"{change_view.to_string(index=False)}"
        )


def summary_command(args: argparse.Namespace) -> int:
    """Print the gap between the sides and the revisions."""
    print(summary_text(load.load_claims(args.data)))
    return 0
