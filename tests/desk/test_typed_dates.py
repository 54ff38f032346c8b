"""A date typed in the desk's form is recorded as typed there, not as stated by the source."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from makiivka.desk.ingesting import ingest_article


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        (
            "Officials said 12 people were killed in the city.",
            "inferred: given in the review desk (the file does not say)",
        ),
        (
            "KESSA, 3 January 2023 (Reuters) - Officials said 12 people were killed.",
            "inferred: given in the review desk (the file says 2023-01-03)",
        ),
    ],
)
def test_a_date_typed_in_the_desk_says_so(data_copy: Path, text: str, basis: str):
    article_id, _ = ingest_article(
        data_copy, text.encode(), name="typed.txt", outlet="bbc_news", title="Typed",
        published="2023-01-05",
    )  # fmt: skip
    with (data_copy / "articles.csv").open(encoding="utf-8", newline="") as f:
        row = next(r for r in csv.DictReader(f) if r["article_id"] == article_id)
    assert row["published_at_basis"] == basis
