"""A revision whose two figures share one day: the revision takes the later claim id.

Round 18's second new user ingested "The toll … was revised to 33 from 31 on Friday, the
authority said.": both rows were dated that Friday (the 31 has no date of its own, and the
ledger's ``supersedes`` needs a claim stated before), so they could not be linked, and the
gap's tie-break between figures of one moment (the later claim id) published the 31, the
figure the text says was replaced. The revision now takes the later id; the note still
says why no link was made. Invented story: the Kessa dam collapse.
"""

from __future__ import annotations

import pytest

from makiivka.cli import main
from tests.extract.ingest_story import read_rows

TEXT = "Kessa dam toll revised\n\nThe toll from the dam collapse was revised to {} on Friday, the Valdera Council said.\n"


@pytest.mark.parametrize(
    ("words", "later", "earlier"),
    [
        ("33 from 31", "33", "31"),
        ("33, up from 31", "33", "31"),
        # guard: written in time order, the ids are already in it
        ("from 31 to 33", "33", "31"),
    ],
)
def test_a_same_day_revision_takes_the_later_id(story, tmp_path, words, later, earlier):
    path = tmp_path / "update.txt"
    path.write_text(TEXT.format(words), encoding="utf-8")
    argv = ["ingest", str(path), "--outlet", "courier", "--published", "2019-03-22"]
    assert main([*argv, "--story", str(story)]) == 0
    rows = {r["value"]: r for r in read_rows(story / "data" / "claims.csv")}
    new, old = rows[later], rows[earlier]
    assert (old["claim_id"], new["claim_id"]) == ("c001", "c002")
    assert (new["stated_at"], old["stated_at"]) == ("2019-03-22", "2019-03-22")
    assert new["notes"].endswith(f"revises {old['claim_id']} (same stated_at)")
    assert main(["validate", "--story", str(story)]) == 0
