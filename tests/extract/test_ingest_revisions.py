"""A revision's earlier figure is never dated after the figure that replaced it.

Round 16's new user: "revised to 52 from 45, … said on Tuesday night" dated the 52 on
Tuesday night and the 45 by publication, a day later, with the note "revises c… (same
stated_at)" though the dates differed and nothing was linked; "rose to 41 on Sunday evening
…, up from 27 he had announced in the morning" dated both by publication, unlinked. Now the
earlier figure is dated by its own words where they give a part of the day, else no later
than the revision (its day, the basis saying so), and the two are linked (``supersedes``).
Invented story: the Kessa dam collapse, in America/Bogota (UTC-05:00).
"""

from __future__ import annotations

import pytest

from makiivka.cli import main
from makiivka.extract.ingest import ingest_article
from tests.extract.ingest_story import read_rows

NO_LATER = "no later than c001, which revised it (stated_at {}): the text gives this figure no " \
    "date of its own (check)"  # fmt: skip
UNDATED = "publication date: the text does not say when this was stated (check)"
MORNING = ('inferred: "in the morning" is the morning of 2019-03-17, the day of c001, which '
           "revised it, in the story's time zone (America/Bogota); its start is written, the "
           "text gives no clock time")  # fmt: skip

# (sentence, publication, rows as (figure, stated_at, basis, supersedes))
CASES = [
    ("The toll has been revised to 52 from 45, the Valdera Council said on Tuesday night.",
     "2019-03-20",
     [("52", "2019-03-19T18:00-05:00", None, "c002"),
      ("45", "2019-03-19", NO_LATER.format("2019-03-19T18:00-05:00"), "")]),
    ("The toll rose to 41 on Sunday evening, the Valdera Council said, up from 27 it had "
     "announced in the morning.", "2019-03-17T21:10-05:00",
     [("41", "2019-03-17T18:00-05:00", None, "c002"),
      ("27", "2019-03-17T06:00-05:00", MORNING, "")]),
    # undated both, published at a minute: the 27 takes the day only, before the 41's time,
    # and is linked (round 25's new user: both at one minute, unlinked)
    ("The council said the toll rose to 41, up from 27.", "2019-03-17T21:10-05:00",
     [("41", "2019-03-17T21:10-05:00", UNDATED, "c002"),
      ("27", "2019-03-17", NO_LATER.format("2019-03-17T21:10-05:00"), "")]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_a_revisions_earlier_figure_is_dated_before_it_and_linked(
    story, tmp_path, sentence, published, expected
):
    text = f"Kessa dam toll update\n\n{sentence}\n"  # a page's time: through the library
    ingest_article(story / "data", text, name="update.txt", outlet="courier", published=published)
    rows = [r for r in read_rows(story / "data" / "claims.csv") if r["quote"] == sentence]
    got = [(r["figure"], r["stated_at"], r["stated_at_basis"], r["supersedes"]) for r in rows]
    # a basis of None: the extractor's own (the sentence's date phrase), not this test's
    assert [g if e[2] else (*g[:2], None, g[3]) for g, e in zip(got, expected, strict=True)] == (
        expected
    )
    assert main(["validate", "--story", str(story)]) == 0


def test_the_note_of_an_unlinked_revision_says_what_was_written(story, tmp_path):
    sentence = "The council said the toll rose to 41, up from 27."
    path = tmp_path / "update.txt"
    path.write_text(f"Kessa dam toll update\n\n{sentence}\n", encoding="utf-8")
    argv = ["ingest", str(path), "--outlet", "courier", "--published", "2019-03-17"]
    assert main([*argv, "--story", str(story)]) == 0
    rows = read_rows(story / "data" / "claims.csv")
    assert [r["stated_at"] for r in rows] == ["2019-03-17", "2019-03-17"]
    # the revision (41) takes the later id, so the gap's tie-break of one moment takes it
    assert [(r["claim_id"], r["figure"]) for r in rows] == [("c001", "27"), ("c002", "41")]
    assert rows[1]["notes"].endswith("; revises c001 (same stated_at)")
