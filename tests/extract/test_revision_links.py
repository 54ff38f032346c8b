"""A revision's earlier figure is linked to it (``supersedes``) and never given its time.

Round 25's new user ingested wires published at a minute: "revised to 41 from 27", "up from
eight earlier in the day", "down from its earlier estimate of 600", "The agency had earlier
put the figure at 350", "down from 450 reported in Flash Update No. 2". Each earlier figure
had the revision's own minute (its publication), so none was linked. The earlier figure now
takes the revision's day only, before the revision's time, and is linked. Invented story:
the Kessa dam collapse.
"""

from __future__ import annotations

import pytest

from makiivka.cli import main
from makiivka.extract.ingest import ingest_article
from tests.extract.ingest_story import read_rows

AT = "2019-03-16T10:30-05:00"
NO_LATER = ("no later than {}, which revised it (stated_at 2019-03-16T10:30-05:00): {}the text "
            "gives this figure no date of its own (check)")  # fmt: skip

# (text, rows as (figure, stated_at, supersedes: the figure it revised), the earlier's basis)
CASES = [
    ("The Valdera Council said the toll had been revised to 41 from 27.",
     [("41", AT, "27"), ("27", "2019-03-16", "")], NO_LATER.format("c001", "")),
    ("The toll rose to 15, up from eight earlier in the day, the Valdera Council said.",
     [("15", AT, "eight"), ("eight", "2019-03-16", "")],
     NO_LATER.format("c001", '"earlier in the day" is its day, before it; ')),
    ("The Valdera Council said about 450 people were missing, down from its earlier estimate "
     "of 600.", [("about 450", AT, "600"), ("600", "2019-03-16", "")], NO_LATER.format("c001", "")),
    ("The Valdera Council now says about 270 people are missing. The council had earlier put "
     "the figure at 350.",
     [("about 270", AT, "350"), ("350", "2019-03-16", "")], NO_LATER.format("c001", "")),
    ("The Valdera Council said about 350 people remain missing, down from 450 reported in its "
     "second update.",
     [("about 350", AT, "450"), ("450", "2019-03-16", "")], NO_LATER.format("c001", "")),
    # round 26's new user: the earlier figure's own day ("reported on Thursday", "given on
    # Friday": the 14th and 15th before Saturday's publication), and the revision linked
    ("The Valdera Council said 120 people were still missing, down from the 150 it reported on "
     "Thursday.", [("120", AT, "150"), ("150", "2019-03-14", "")], "article"),
    ("The Valdera Council said 27 people had died, revising its figure of 12 dead given on "
     "Friday.", [("27", AT, "12"), ("12", "2019-03-15", "")], "article"),
    # guard: what was said earlier of another metric revises nothing
    ("The Valdera Council said 12 people were injured. It had earlier said 30 people were "
     "missing.", [("12", AT, ""), ("30", AT, "")], None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "basis"), CASES)
def test_an_earlier_figure_is_linked_and_dated_by_day(story, text, expected, basis):
    ingest_article(story / "data", f"Kessa dam toll update\n\n{text}\n", name="update.txt",
                   outlet="courier", published=AT)  # fmt: skip
    rows = read_rows(story / "data" / "claims.csv")
    figure_of = {r["claim_id"]: r["figure"] for r in rows}
    got = [(r["figure"], r["stated_at"], figure_of.get(r["supersedes"], "")) for r in rows]
    assert got == expected
    if basis is not None:
        assert rows[1]["stated_at_basis"] == basis
    assert main(["validate", "--story", str(story)]) == 0


def test_a_relayed_statement_keeps_its_speech_verbs_day(story):
    """ "X said on Friday evening that …, AFP reported": the statement relayed is Friday
    evening's (round 26's new user: dated at the publication)."""
    assert main(["claimant", "add", "afp", "--name", "Agence France-Presse", "--side", "media",
                 "--kind", "outlet", "--alias", "AFP", "--story", str(story)]) == 0  # fmt: skip
    text = (
        "The Valdera Council said on Friday evening that around 150 people were still "
        "missing, AFP reported."
    )
    ingest_article(story / "data", f"Kessa dam toll update\n\n{text}\n", name="update.txt",
                   outlet="courier", published=AT)  # fmt: skip
    rows = read_rows(story / "data" / "claims.csv")
    got = [(r["figure"], r["stated_at"], r["relayed_by"]) for r in rows]
    assert got == [("around 150", "2019-03-15T18:00-05:00", "afp")]
