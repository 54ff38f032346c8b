"""A row of a story metric counted in people is in people, whatever its noun: "1,046 suspected
cases" had been proposed with unit "other", and round 22's second new user found every case
count missing from the claims chart. Invented story: the Kessa dam collapse."""

from __future__ import annotations

import pytest

from makiivka.cli import main
from tests.extract.ingest_story import read_rows

TEXT = (
    "Cholera after the flood\n\nThe Valdera Council said on Friday that it had recorded 1,046 "
    "suspected cases and that 12 people had died.\n"
)


@pytest.mark.parametrize(
    ("value", "metric", "unit"),
    [("1046", "suspected_cases", "people"), ("12", "killed", "people")],
)
def test_a_story_metric_in_people_gives_people(story, tmp_path, value, metric, unit):
    add = ["metric", "add", "suspected_cases", "--label", "suspected cases", "--no-compare"]
    assert main([*add, "--story", str(story)]) == 0
    path = tmp_path / "cholera.txt"
    path.write_text(TEXT, encoding="utf-8")
    argv = ["ingest", str(path), "--outlet", "courier", "--published", "2019-03-22"]
    assert main([*argv, "--story", str(story)]) == 0
    rows = {r["value"]: r for r in read_rows(story / "data" / "claims.csv")}
    assert (rows[value]["metric"], rows[value]["unit"]) == (metric, unit)
