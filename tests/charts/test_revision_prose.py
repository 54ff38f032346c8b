"""The revision prose at scale: restatements counted, other metrics' revisions named, and
the chart's subtitle saying who revised in a sentence that reads for 3 to 8 claimants.

Round 23's new user (a crowd crush, 259 reviewed rows): notebook 03 and the report listed
every restatement in one paragraph of some 1,500 words, the story's main revision (missing
falling from 30 to 3) was in no chart and no sentence, and the subtitle read "People dead
as 8 claimants stated them: Anita Sahu, …, Jan Adhikar Manch revised figures.". The flood
fixture (tests/fixtures/flood, README beside it) is the story; expected values are worked
out by hand from its claims.csv.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd
import pytest

from makiivka import charts
from makiivka.charts.revision_words import who_revised
from makiivka.story import load

FLOOD = Path(__file__).parents[1] / "fixtures" / "flood" / "data"


@pytest.fixture(scope="module")
def flood() -> load.Dataset:
    return load.read_dataset(FLOOD)


def _with(flood: load.Dataset, *copies: tuple[str, str, str, int]) -> load.Dataset:
    """The flood with copies of rows: (claim id copied, new id, stated day, value); a copy's
    figure and quote say its value."""
    claims = flood.claims
    rows = []
    for source, new, day, value in copies:
        row = claims[claims["claim_id"] == source].copy()
        row["claim_id"], row["supersedes"] = new, pd.NA
        row["stated_at"] = pd.Timestamp(day, tz="UTC")
        was = f"{int(row['value'].iloc[0]):,}"  # "some 7,000" becomes "some 8,000"
        for column in ("figure", "quote"):
            row[column] = row[column].str.replace(was, f"{value:,}", regex=False)
        for column in ("value", "value_low", "value_high"):
            if not row[column].isna().all():
                row[column] = pd.array([value], dtype=claims[column].dtype)
        rows.append(row)
    return dataclasses.replace(flood, claims=pd.concat([claims, *rows], ignore_index=True))


@pytest.mark.parametrize(
    ("copies", "said"),
    [
        # f17 restates the ministry's 3,166 on 15 Sep: one restatement, said with its day
        ((), "and restated it on 15 Sep 2026;"),
        # two: both days, as before
        ((("f17", "g1", "2026-09-16", 3166),), "and restated it on 15 Sep 2026 and on 16 Sep 2026;"),
        # four: counted, with the last
        (
            (("f17", "g1", "2026-09-16", 3166), ("f17", "g2", "2026-09-17", 3166),
             ("f17", "g3", "2026-09-18", 3166)),
            "and restated it 4 times, last on 18 Sep 2026;",
        ),
    ],
)  # fmt: skip
def test_restatements_are_counted_past_two(flood, copies, said):
    finding = charts.FINDINGS["revision"](_with(flood, *copies))
    assert said in finding, finding
    assert finding.count("restated") == 2  # the ministry's and the mayor's "restated …" only


def test_the_description_counts_restatements_too(flood):
    four = _with(
        flood,
        ("f17", "g1", "2026-09-16", 3166),
        ("f17", "g2", "2026-09-17", 3166),
        ("f17", "g3", "2026-09-18", 3166),
    )
    description = charts.revision_chart(four).to_dict()["description"]
    assert "3,166 on 12 Sep 2026 → restated 4 times, last on 18 Sep 2026" in description


@pytest.mark.parametrize(
    ("copies", "sentence"),
    [
        # the Red Crescent's 10,000 missing (f02) then "at least 9,000" (f11)
        ((), "Other figures were revised: people missing by Red Crescent (10,000 to 9,000 or "
             "more); every step is in revisions.csv."),
        # the ministry's 5,000 missing (f08, 12 Sep) then 4,000: two claimants, name order
        ((("f08", "g1", "2026-09-14", 4000),),
         "Other figures were revised: people missing by Eastern Health Ministry (5,000 to "
         "4,000) and Red Crescent (10,000 to 9,000 or more); every step is in revisions.csv."),
        # a third step puts the ministry first; the displaced too (Western Government's some
        # 7,000, f04, then 8,000)
        ((("f08", "g1", "2026-09-14", 4000), ("f08", "g2", "2026-09-15", 3000),
          ("f04", "g3", "2026-09-14", 8000)),
         "Other figures were revised: people missing by Eastern Health Ministry (5,000 to "
         "3,000) and Red Crescent (10,000 to 9,000 or more); people displaced by Western "
         "Government (some 7,000 to some 8,000); every step is in revisions.csv."),
    ],
)  # fmt: skip
def test_other_metrics_revisions_are_named(flood, copies, sentence):
    finding = charts.FINDINGS["revision"](_with(flood, *copies))
    assert finding.endswith(" " + sentence), finding


def test_no_other_sentence_where_only_the_charted_metric_was_revised(flood):
    claims = flood.claims[flood.claims["claim_id"] != "f11"]  # the Red Crescent's revision
    finding = charts.FINDINGS["revision"](dataclasses.replace(flood, claims=claims))
    assert "Other figures" not in finding and "revisions.csv" not in finding


@pytest.mark.parametrize(
    ("revisers", "claimants", "said"),
    [
        (["A"], 3, "Only A revised a figure."),
        (["A", "B"], 3, "A and B revised their figures; the other one did not."),
        (["A", "B", "C"], 3, "All 3 revised their figures."),
        ([], 4, "None revised a figure."),
        (["A", "B"], 4, "A and B revised their figures; the other 2 did not."),
        (["A", "B", "C", "D", "E"], 8, "A, B, C, D and E revised their figures; the other 3 did not."),
        (["A", "B", "C", "D", "E", "F", "G", "H"], 8, "All 8 revised their figures."),
    ],
)  # fmt: skip
def test_who_revised_reads_as_a_sentence(revisers, claimants, said):
    assert who_revised(revisers, claimants) == said


def test_every_layout_draws_one_table_of_steps(flood):
    # Round 23's new user: revision.html held its 112 steps, quotes and all, once per
    # layout (each with its own value labels): 220 KB against the README's 200 KB.
    def steps_of(width: int) -> list[str]:
        datasets = charts.revision_chart(flood, width=width).to_dict()["datasets"]
        return [name for name, rows in datasets.items() if rows and "quote" in rows[0]]

    tables = {width: steps_of(width) for width in (320, 360, 600, 680)}
    # one table per panel (the dead, the missing), the same tables at every width
    assert [len(t) for t in tables.values()] == [2, 2, 2, 2]
    assert len({tuple(t) for t in tables.values()}) == 1


@pytest.mark.parametrize(
    ("kind", "said"),
    [
        # New user 24: "Gelik Kömür Mining Company's figure for people dead went from …", as
        # of a person; a company, a trade union, a hospital or a court revised its figure.
        ("company", "Eastern Health Ministry revised its figure for people killed from 2,300"),
        ("union", "Eastern Health Ministry revised its figure for people killed from 2,300"),
        ("hospital", "Eastern Health Ministry revised its figure for people killed from 2,300"),
        ("court", "Eastern Health Ministry revised its figure for people killed from 2,300"),
    ],
)  # fmt: skip
def test_a_body_of_any_kind_revised_its_figure(flood, kind, said):
    claimants = flood.claimants.astype({"kind": str})
    claimants.loc[claimants["claimant_id"] == "east_health", "kind"] = kind
    finding = charts.FINDINGS["revision"](dataclasses.replace(flood, claimants=claimants))
    assert finding.startswith(said), finding


@pytest.mark.parametrize(
    ("copies", "said"),
    [
        # the UN office's 11,300 said again on 13 Sep, before its 3,958 of 14 Sep: never
        # "and restated it on 13 Sep" after the 3,958 (new user 25 read the last word as earlier)
        ((("f10", "g1", "2026-09-13", 11300),),
         "UN humanitarian office revised its figure for people killed from 11,300 on 12 Sep "
         "2026 to 3,958 on 14 Sep 2026, an earlier figure being restated on 13 Sep 2026."),
        # the 3,958 said again after it: restated, as before
        ((("f14", "g1", "2026-09-15", 3958),),
         "UN humanitarian office revised its figure for people killed from 11,300 on 12 Sep "
         "2026 to 3,958 on 14 Sep 2026 and restated it on 15 Sep 2026."),
    ],
)  # fmt: skip
def test_a_restated_earlier_figure_is_said_as_earlier(flood, copies, said):
    finding = charts.FINDINGS["revision"](_with(flood, *copies))
    assert said in finding, finding
