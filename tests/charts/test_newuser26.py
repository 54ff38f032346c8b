"""New user 26's findings (a dam collapse: 6+ parties, 6 metrics), on small invented rows.

- a figure dated only "no later than" a time (its article's publication) holds no order with
  a different figure its claimant stated at a time earlier that day: no "went from 29 to 27",
  no step down;
- the gap dates each compared figure and says when they are more than a day apart;
- a story metric with a unit of its own (homes) is named by metric and unit, not as an
  "other figure"; the claims finding says which of its figures the charts count;
- a party's own publication is "(own publication)", never "in its own voice" (a person);
- the build drops the per-cell execution times another run wrote into a notebook.

The flood fixture (tests/fixtures/flood) lends its rows; expected values are worked out by
hand.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd
import pytest

from makiivka import analysis
from makiivka.charts.claims import claims_finding, left_out
from makiivka.charts.gap_dates import apart, compared_dates
from makiivka.charts.reports import own_words
from makiivka.charts.revision_words import revision_finding
from makiivka.story import load

FLOOD = Path(__file__).parents[1] / "fixtures" / "flood" / "data"
UNDATED = "publication date: the text does not say when this was stated (check)"


@pytest.fixture(scope="module")
def flood() -> load.Dataset:
    return load.read_dataset(FLOOD)


def _series(flood: load.Dataset, *figures: tuple[str, int, str]) -> load.Dataset:
    """The flood with east_health's dead replaced by *figures*: (time, value, basis)."""
    claims = flood.claims
    source = claims[claims["claim_id"] == "f01"]
    rows = []
    for n, (when, value, basis) in enumerate(figures, 1):
        row = source.copy()
        row["claim_id"], row["supersedes"] = f"n{n}", pd.NA
        row["stated_at"] = pd.Timestamp(when).tz_convert("UTC")
        row["stated_at_precision"] = pd.Categorical(
            ["minute"], categories=claims["stated_at_precision"].cat.categories
        )
        row["stated_at_basis"] = basis
        for column in ("figure", "quote"):
            row[column] = row[column].str.replace("2,300", f"{value:,}", regex=False)
        for column in ("value", "value_low", "value_high"):
            row[column] = pd.array([value], dtype=claims[column].dtype)
        rows.append(row)
    others = claims[~((claims["claimant"] == "east_health") & (claims["metric"] == "killed"))]
    return dataclasses.replace(flood, claims=pd.concat([others, *rows], ignore_index=True))


#: 100 at 18:00, 90 "no later than" 23:00 the same day, 120 the next noon (Sarnet, UTC+2).
LATE = (
    ("2026-09-12T18:00+02:00", 100, "article"),
    ("2026-09-12T23:00+02:00", 90, UNDATED),
    ("2026-09-13T12:00+02:00", 120, "article"),
)


@pytest.mark.parametrize(
    ("figures", "unordered", "previous"),
    [
        # the 90 may come before the 100: apart, and the 120 revises the 100
        (LATE, [False, True, False], [None, None, 100]),
        # dated by its article at 23:00 (basis "article"), the 90 follows the 100
        (
            (LATE[0], (LATE[1][0], 90, "article"), LATE[2]),
            [False, False, False],
            [None, 100, 90],
        ),
        # "no later than" a time before the other figure: nothing earlier that day to doubt
        (
            (("2026-09-12T08:00+02:00", 90, UNDATED), LATE[0], LATE[2]),
            [False, False, False],
            [None, 90, 100],
        ),
    ],
)
def test_a_figure_dated_no_later_than_a_time_holds_no_order_with_earlier_figures_that_day(
    flood, figures, unordered, previous
):
    claims = _series(flood, *figures).claims
    series = analysis.revisions(claims, min_steps=1, timezone="Africa/Tripoli")
    mine = series[(series["claimant"] == "east_health") & (series["metric"] == "killed")]
    assert mine["unordered"].tolist() == unordered
    assert [None if pd.isna(v) else int(v) for v in mine["previous_value"]] == previous


def test_the_revision_prose_says_such_a_figure_apart_never_as_a_drop(flood):
    said = revision_finding(_series(flood, *LATE))
    assert "to 90" not in said
    assert (
        "Eastern Health Ministry revised its figure for people killed from 100 on 12 Sep 2026, "
        "18:00 EET to 120 on 13 Sep 2026, 12:00 EET; Eastern Health Ministry's 90 no later than "
        "12 Sep 2026, 23:00 EET is in no known order with the figures stated before it that day"
    ) in said


@pytest.mark.parametrize(
    ("one", "other", "said"),
    [
        (("2026-11-11", "day"), ("2026-11-13", "day"), "dated 2 days apart"),
        (("2026-11-10T21:45-04:00", "minute"), ("2026-11-13", "day"), "dated 3 days apart"),
        (
            ("2026-11-11T08:00Z", "minute"),
            ("2026-11-12T10:00Z", "minute"),
            "dated more than a day apart",
        ),
        (("2026-11-11T08:00Z", "minute"), ("2026-11-12T07:00Z", "minute"), ""),
        (("2026-11-11", "day"), ("2026-11-12", "day"), ""),
        (("2026-11-01", "month"), ("2026-12-01", "month"), ""),
    ],
)
def test_the_gap_says_when_its_compared_figures_are_days_apart(one, other, said):
    stamp = {
        k: pd.Timestamp(t) if "T" in t else pd.Timestamp(t, tz="UTC")
        for k, (t, _) in (("one", one), ("other", other))
    }
    assert apart((stamp["one"], one[1]), (stamp["other"], other[1]), "America/La_Paz") == said


def test_the_gap_finding_dates_each_compared_figure(flood):
    from makiivka.charts.gap_words import gap_finding

    said = gap_finding(flood)
    assert compared_dates(flood)["killed"]["apart"] == ""  # 14 and 15 Sep: a day
    assert (
        "Western Government's figure (4,000, on 14 Sep 2026) is 1.3× Eastern Government's "
        "(3,166, on 15 Sep 2026), and"
    ) in said
    assert (
        "Western Government's figure (some 7,000, on 11 Sep 2026) is 0.2× Eastern Government's "
        "(30,000, on 14 Sep 2026), figures dated 3 days apart"
    ) in said


def test_a_metric_with_its_own_unit_is_named_by_metric_and_unit(flood):
    package = flood.package
    descriptor = dict(package.descriptor)
    descriptor["metrics"] = [
        {**m, "unit": "homes"} if m["id"] == "bodies_recovered" else m
        for m in descriptor["metrics"]
    ]
    homes = dataclasses.replace(flood, package=dataclasses.replace(package, descriptor=descriptor))
    rows = homes.claims[homes.claims["claim_id"].isin(["f09", "f05"])]
    assert left_out(rows, homes) == (
        " The ledger's 1 figure for bodies recovered (counted in homes) and 1 other figure "
        "(1 not about this flood) are in its table."
    )


@pytest.mark.parametrize(
    ("side", "said"),
    [
        ("media", "Governor Quispe, in its own voice"),
        ("governor", "Governor Quispe (own publication)"),
        ("third_party", "Governor Quispe (own publication)"),
    ],
)
def test_a_party_s_own_publication_presumes_no_body(side, said):
    assert own_words("Governor Quispe", side) == said


def test_the_claims_finding_says_which_figures_the_charts_count(flood):
    said = claims_finding(flood)
    assert "report 19 figures" in said
    assert (
        "; 17 of them count people killed, missing or displaced, the reports the charts count."
    ) in said


def test_the_build_drops_the_execution_times_another_run_wrote():
    import nbformat

    from makiivka.publish.kernels import drop_volatile

    cell = nbformat.v4.new_code_cell("1")
    cell.metadata["execution"] = {"iopub.execute_input": "2026-12-07T18:00:00.000Z"}
    cell.metadata["tags"] = ["keep"]
    notebook = nbformat.v4.new_notebook(cells=[cell])
    drop_volatile(notebook)
    assert dict(notebook.cells[0].metadata) == {"tags": ["keep"]}
