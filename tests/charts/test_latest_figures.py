"""A chart's "latest" figure is the latest stated, and never a denial (round 16's new user).

The shipped story plus two denials: the Ministry "denied reports of 400 dead" a day after
its 89, and Putin, who gave no toll, "denied reports of 400 dead" too.
"""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from makiivka import charts
from makiivka.charts import claims as claims_chart
from makiivka.charts.gap_rows import gap_rows
from makiivka.story import load

DENIAL = "The ministry denied reports of 400 dead."


def with_denials(dataset: load.Dataset) -> load.Dataset:
    claims = dataset.claims
    rows = []
    for claim_id, claimant, name in (
        ("c018", "russia_mod", "Russian Ministry of Defence"),
        ("c019", "putin", "Vladimir Putin"),
    ):
        row = claims[claims["claim_id"] == "c006"].copy()
        row["claim_id"], row["quote"], row["figure"], row["qualifier"] = (
            claim_id, DENIAL, "400", "up_to"
        )  # fmt: skip
        row["claimant"], row["claimant_name"] = claimant, name
        row["stated_at"] = pd.Timestamp("2023-01-05", tz="UTC")
        for column, number in (("value", 400), ("value_low", None), ("value_high", 400)):
            row[column] = pd.array([number], dtype=claims[column].dtype)
        rows.append(row)
    more = pd.concat([claims, *rows], ignore_index=True)
    for column in ("claimant", "qualifier"):
        more[column] = more[column].astype(claims[column].dtype)
    more.attrs = dict(claims.attrs)
    return dataclasses.replace(dataset, claims=more)


@pytest.fixture(scope="module")
def denied() -> load.Dataset:
    return with_denials(load.read_dataset())


@pytest.mark.parametrize(
    ("claimant", "label"),
    [
        # Its latest statement is the 89 of 4 Jan 01:00 MSK, not the caption's "more than
        # 60" of 2 Jan that a reader meets last, nor its denial of 5 Jan.
        ("Russian Ministry of Defence", "89"),
        ("Ukrainian armed forces", "400"),
        # Putin only denied: he has no latest figure.
        ("Vladimir Putin", None),
    ],
)
def test_the_claims_chart_s_latest_report_is_the_latest_stated_never_a_denial(
    denied, monkeypatch, claimant, label
):
    monkeypatch.setattr(claims_chart, "CLAIMS_ROWS", 5)
    parts = claims_chart.claim_rows(denied)
    rows = parts["rows"]
    rows = rows[rows["metric"] == "killed"].set_index("claimant_name")
    assert (rows.loc[claimant, "label"] if claimant in rows.index else None) == label
    assert parts["drawn"] == parts["left"] + len(parts["rows"])


def test_the_gap_chart_and_its_finding_never_show_a_denial(denied):
    rows, _ = gap_rows(denied)
    russia = rows[(rows["metric"] == "killed") & (rows["side"] == "russia")].iloc[0]
    assert russia["text"] == "89 or more" and russia["claim_id"] == "c001;c007;c013;c015"
    said = charts.FINDINGS["gap"](denied)
    assert "denying" not in said and "89 or more" in said
