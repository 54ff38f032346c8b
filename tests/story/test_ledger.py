"""The shipped ledger: every figure of both articles, each proven by a verbatim quote."""

from __future__ import annotations

import pandas as pd
import pytest

from makiivka import load_claims, read_dataset
from makiivka.text.quantities import parse_quantity

CLAIMS = load_claims()
DATASET = read_dataset()

# Every figure the two articles report, as (article, figure, claimant, metric, scope,
# value, low, high, qualifier, unit): worked out from the texts by hand.
EXPECTED_FIGURES = [
    ("bbc-2023-01-04", "at least 89", "russia_mod", "killed", "strike", 89, 89, None, "at_least", "people"),
    ("bbc-2023-01-04", "400", "ukraine_military", "killed", "strike", 400, 400, 400, "exact", "people"),
    ("bbc-2023-01-04", "300", "ukraine_military", "wounded", "strike", 300, 300, 300, "exact", "people"),
    ("bbc-2023-01-04", "six", "russia_mod", "rockets_fired", "strike", 6, 6, 6, "exact", "rockets"),
    ("bbc-2023-01-04", "two", "russia_mod", "rockets_intercepted", "strike", 2, 2, 2, "exact", "rockets"),
    ("bbc-2023-01-04", "63", "russia_mod", "killed", "strike", 63, 63, 63, "exact", "people"),
    ("bbc-2023-01-04", "89", "russia_mod", "killed", "strike", 89, 89, 89, "exact", "people"),
    ("bbc-2023-01-04", "300,000", "putin", "mobilized", "war", 300000, 300000, 300000, "exact", "people"),
    ("bbc-2023-01-04", "5 million roubles", "putin", "compensation", "war", 5000000, 5000000, 5000000, "exact", "RUB"),
    ("bbc-2023-01-04", "£57,000", "putin", "compensation", "war", 57000, 57000, 57000, "exact", "GBP"),
    ("bbc-2023-01-04", "$69,000", "putin", "compensation", "war", 69000, 69000, 69000, "exact", "USD"),
    ("nbc-2023-01-04", "dozens", "nbc_news", "killed", "strike", None, 24, 99, "vague", "people"),
    ("nbc-2023-01-04", "89", "russia_mod", "killed", "strike", 89, 89, 89, "exact", "people"),
    ("nbc-2023-01-04", "more than 60", "russia_mod", "killed", "strike", 60, 61, None, "more_than", "people"),
    ("nbc-2023-01-04", "hundreds of thousands", "nbc_news", "mobilized", "war", None, 200000, 999999, "vague", "people"),
]  # fmt: skip


def _nullable(value):
    return None if pd.isna(value) else int(value)


@pytest.mark.parametrize("expected", EXPECTED_FIGURES, ids=lambda e: f"{e[0]}:{e[1]}")
def test_every_figure_has_a_row(expected):
    article, figure, claimant, metric, scope, value, low, high, qualifier, unit = expected
    rows = CLAIMS[(CLAIMS["article_id"] == article) & (CLAIMS["figure"] == figure)]
    found = {
        (r.claimant, r.metric, r.scope, _nullable(r.value), _nullable(r.value_low),
         _nullable(r.value_high), r.qualifier, r.unit)
        for r in rows.itertuples()
    }  # fmt: skip
    assert (claimant, metric, scope, value, low, high, qualifier, unit) in found


def test_figure_counts_per_article():
    # BBC: 89, 400, 300, six, two, 63, 89, 300,000, roubles, pounds, dollars.
    # NBC: dozens twice (headline, body), 89 twice (subhead, body), "more than 60", hundreds of thousands.
    counts = CLAIMS.groupby("article_id", observed=True).size().to_dict()
    assert counts == {"bbc-2023-01-04": 11, "nbc-2023-01-04": 6}


@pytest.mark.parametrize("row", list(CLAIMS.itertuples()), ids=lambda r: r.claim_id)
def test_quote_is_verbatim_in_article(row):
    text = DATASET.texts[row.article_id]
    assert row.quote in text
    assert row.figure in row.quote


@pytest.mark.parametrize("row", list(CLAIMS.itertuples()), ids=lambda r: r.claim_id)
def test_numbers_equal_parse_quantity_of_figure(row):
    parsed = parse_quantity(row.figure)
    assert (parsed.value, parsed.low, parsed.high, parsed.qualifier) == (
        _nullable(row.value),
        _nullable(row.value_low),
        _nullable(row.value_high),
        row.qualifier,
    )
    if parsed.unit is not None:
        assert parsed.unit == row.unit


def test_revision_links_63_to_89():
    revised = CLAIMS[CLAIMS["supersedes"].notna()]
    pairs = {
        (int(r.value), int(CLAIMS.loc[CLAIMS["claim_id"] == r.supersedes, "value"].iloc[0]))
        for r in revised.itertuples()
    }
    assert pairs == {(89, 63)}


def test_dates_not_in_the_text_cite_a_source():
    # The 63 was stated on 2 Jan 2023: neither article says so, so its basis is a citation.
    sixty_three = CLAIMS[CLAIMS["value"] == 63].iloc[0]
    assert str(sixty_three["stated_at"].date()) == "2023-01-02"
    assert sixty_three["stated_at_basis"] != "article"
    assert "2023/01/02" in sixty_three["stated_at_basis"]


def test_stated_at_keeps_its_precision():
    by_id = CLAIMS.set_index("claim_id")
    assert by_id.at["c007", "stated_at"] == pd.Timestamp("2023-01-03T22:00Z")
    assert by_id.at["c007", "stated_at_precision"] == "minute"
    assert by_id.at["c008", "stated_at_precision"] == "month"
    assert by_id.at["c006", "stated_at_precision"] == "day"
