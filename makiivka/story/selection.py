"""Narrow a dataset to some of its claims, every table kept consistent with them.

:meth:`makiivka.story.load.Dataset.where` calls :func:`select`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

import pandas as pd


def _wanted(value: Any) -> list[str]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        return [str(value)]
    return [str(item) for item in value]


def matching(claims: pd.DataFrame, criteria: dict[str, Any]) -> pd.Series:
    """Return which claims match every criterion: column -> a value or a collection of values.

    Raises ``ValueError`` naming an unknown column and listing the claims' columns.
    """
    keep = pd.Series(True, index=claims.index)
    for column, value in criteria.items():
        if column not in claims.columns:
            raise ValueError(
                f"where: no claims column {column!r}; one of: " + ", ".join(claims.columns)
            )
        cells = claims[column].astype("string")
        keep &= cells.isin(_wanted(value)).fillna(False).astype(bool)
    return keep


def select(dataset, **criteria: Any):
    """Return a copy of *dataset* holding only the claims that match every criterion.

    The articles are those the kept claims cite (with their texts); the claimants
    those the kept claims name as claimant or relayer, and the kept articles'
    outlets; the corrections those of the kept claims. The claims keep their
    columns, dtypes and story attributes, so every analysis, chart and finding
    works on the selection as on a whole ledger.
    """
    claims = dataset.claims
    kept = claims[matching(claims, criteria)].copy()
    kept.attrs.update(claims.attrs)
    articles = dataset.articles[dataset.articles["article_id"].isin(kept["article_id"])]
    named = set(kept["claimant"].dropna()) | set(kept["relayed_by"].dropna())
    named |= set(articles["outlet"].dropna())
    claimants = dataset.claimants[dataset.claimants["claimant_id"].isin(named)]
    corrections = dataset.corrections[dataset.corrections["claim_id"].isin(kept["claim_id"])]
    texts = {key: text for key, text in dataset.texts.items() if key in set(articles["article_id"])}
    return dataclasses.replace(
        dataset,
        articles=articles.copy(),
        claimants=claimants.copy(),
        claims=kept,
        corrections=corrections.copy(),
        texts=texts,
    )
