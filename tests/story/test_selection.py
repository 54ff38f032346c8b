"""Dataset.where: a part of the ledger, every table consistent with it, findings following."""

from __future__ import annotations

import pytest

from makiivka import charts
from makiivka.analysis import gap_table
from makiivka.story import load


@pytest.fixture(scope="module")
def dataset() -> load.Dataset:
    return load.read_dataset()


@pytest.mark.parametrize(
    ("criteria", "claims", "articles"),
    [
        ({"claimant": "russia_mod"}, 8, 2),
        ({"claimant": "russia_mod", "metric": "killed"}, 6, 2),
        ({"side": "ukraine", "metric": ["killed", "wounded"]}, 2, 1),
        ({"outlet": "nbc_news"}, 6, 1),
        ({"claimant": "nobody"}, 0, 0),
    ],
)
def test_where_keeps_the_matching_claims_and_what_they_use(dataset, criteria, claims, articles):
    part = dataset.where(**criteria)
    assert len(part.claims) == claims and len(part.articles) == articles
    for column, value in criteria.items():
        wanted = {value} if isinstance(value, str) else set(value)
        assert set(part.claims[column].astype(str)) <= wanted
    assert set(part.articles["article_id"]) == set(part.claims["article_id"])
    named = set(part.claims["claimant"]) | set(part.claims["relayed_by"].dropna())
    named |= set(part.articles["outlet"])
    assert set(part.claimants["claimant_id"]) == named
    assert set(part.texts) == set(part.articles["article_id"])
    assert set(part.corrections["claim_id"]) <= set(part.claims["claim_id"])
    assert part.claims.dtypes.equals(dataset.claims.dtypes)
    assert part.claims.attrs == dataset.claims.attrs


def test_findings_and_tables_follow_the_selection(dataset):
    part = dataset.where(claimant="russia_mod")
    assert charts.FINDINGS["gap"](part) == "For people killed, Ukraine gave no figure."
    assert charts.FINDINGS["claims"](part).startswith(
        "The 2 articles by BBC News and NBC News report 8"
    )
    gap = gap_table(part.claims).set_index("metric")
    assert gap.loc["killed", "ukraine"] == "not stated"
    charts.gap_chart(part).to_dict()  # every chart draws a part as a whole ledger


def test_where_names_an_unknown_column(dataset):
    with pytest.raises(ValueError, match="no claims column 'claimnt'; one of: claim_id"):
        dataset.where(claimnt="russia_mod")
