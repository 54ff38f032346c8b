"""Loading the data folder into typed, joined DataFrames."""

from __future__ import annotations

import pandas as pd

from makiivka import load_articles, load_claimants, load_claims
from tests.conftest import reseal


def test_claims_have_real_dtypes():
    claims = load_claims()
    assert str(claims["value"].dtype) == "Int64"
    assert str(claims["value_high"].dtype) == "Int64"
    assert isinstance(claims["metric"].dtype, pd.CategoricalDtype)
    assert "killed_or_wounded" in claims["metric"].cat.categories
    assert isinstance(claims["qualifier"].dtype, pd.CategoricalDtype)
    assert str(claims["stated_at"].dtype).startswith("datetime64") and "UTC" in str(
        claims["stated_at"].dtype
    )
    assert isinstance(claims["stated_at_precision"].dtype, pd.CategoricalDtype)


def test_open_bounds_load_as_missing_not_zero():
    claims = load_claims().set_index("claim_id")
    assert pd.isna(claims.at["c001", "value_high"])
    assert claims.at["c001", "value_low"] == 89
    assert pd.isna(claims.at["c012", "value"])


def test_claims_are_joined_with_side_and_outlet():
    claims = load_claims().set_index("claim_id")
    assert claims.at["c002", "side"] == "ukraine"
    assert claims.at["c002", "claimant_name"] == "Ukrainian armed forces"
    assert claims.at["c013", "outlet_name"] == "NBC News"
    assert claims.at["c016", "relayed_by_name"] == "NBC News"
    assert claims.at["c013", "published_at"] == pd.Timestamp("2023-01-04", tz="UTC")


def test_articles_and_claimants():
    articles = load_articles()
    assert list(articles["article_id"]) == ["bbc-2023-01-04", "nbc-2023-01-04"]
    assert articles["published_at_precision"].tolist() == ["day", "day"]
    claimants = load_claimants().set_index("claimant_id")
    assert claimants.at["russia_mod", "side"] == "russia"
    assert "Moscow’s Defense Ministry" in claimants.at["russia_mod", "aliases"].split("|")
    assert claimants.at["uk_mod", "side"] == "third_party"


def test_other_data_folder_by_argument(data_copy):
    (data_copy / "claims.csv").write_text(
        (data_copy / "claims.csv").read_text(encoding="utf-8").split("\n", 1)[0] + "\n",
        encoding="utf-8",
    )
    reseal(data_copy)
    assert len(load_claims(data_copy)) == 0
    assert len(load_claims()) > 0
