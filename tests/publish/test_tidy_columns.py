"""The tidy files' local times and the gap's "no later than" (round 23's new user).

Finding 30: gap.csv gave the government's figure as stated at a Telegram post's minute,
which only bounded it ("no later than"), with no column saying so; revisions.csv had one.
Finding 32: every time in UTC moved the police's 01:40 IST toll to 13 March in a
spreadsheet; ``stated_at_local`` keeps the story's zone and its offset beside it.
The shipped story (Moscow, UTC+3): the Ministry's 89 was stated 2023-01-03T22:00Z, its
63 on 2 Jan 2023 (a date), Ukraine's 400 on 1 Jan 2023 (a date).
"""

from __future__ import annotations

import csv
import dataclasses
import io

import pytest

from makiivka.publish import export
from makiivka.story import load


@pytest.fixture(scope="module")
def shipped() -> load.Dataset:
    return load.read_dataset()


def _rows(files: dict[str, bytes], name: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(files[f"{name}.csv"].decode("utf-8"))))


@pytest.mark.parametrize(
    ("table", "key", "value", "column", "expected"),
    [
        ("claims", "claim_id", "c001", "stated_at_local", "2023-01-04T01:00+03:00"),
        ("claims", "claim_id", "c002", "stated_at_local", "2023-01-01"),
        ("gap", "metric", "killed", "russia_stated_at_local", "2023-01-04T01:00+03:00"),
        ("gap", "metric", "killed", "ukraine_stated_at_local", "2023-01-01"),
        ("revisions", "text", "63", "stated_at_local", "2023-01-02"),
        ("revisions", "text", "89 or more", "stated_at_local", "2023-01-04T01:00+03:00"),
    ],
)
def test_every_time_is_also_given_in_the_story_s_zone(shipped, table, key, value, column, expected):
    files = export.data_files(shipped)
    row = next(r for r in _rows(files, table) if r[key] == value)
    assert row[column] == expected
    header = list(row)
    utc = column.removesuffix("_local")
    assert header.index(column) == header.index(f"{utc}_precision") + 1
    assert row[utc].endswith("Z") or len(row[utc]) == 10  # UTC kept as it was


@pytest.mark.parametrize(
    ("undated", "russia", "ukraine"),
    [
        ((), "False", "False"),
        # every report of the Ministry's 89 dated only by its article's publication
        (("c001", "c007", "c013", "c015"), "True", "False"),
        # one report dating it is enough: stated then, not only no later than
        (("c001", "c007", "c013"), "False", "False"),
    ],
)
def test_the_gap_says_which_figures_no_report_dates(shipped, undated, russia, ukraine):
    claims = shipped.claims.copy()
    picked = claims["claim_id"].isin(undated)
    claims.loc[picked, "stated_at_basis"] = "publication date: the text does not say when"
    files = export.data_files(dataclasses.replace(shipped, claims=claims))
    killed = next(r for r in _rows(files, "gap") if r["metric"] == "killed")
    assert (killed["russia_no_later_than"], killed["ukraine_no_later_than"]) == (russia, ukraine)
    wounded = next(r for r in _rows(files, "gap") if r["metric"] == "wounded")
    assert wounded["russia"] == "not stated" and wounded["russia_no_later_than"] == ""
