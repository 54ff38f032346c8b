"""Exported CSVs carry no live spreadsheet formula; the ledger keeps the verbatim quote."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest

from makiivka.cli import main
from makiivka.publish.export import data_files, spreadsheet_safe, table_csv
from makiivka.story import load

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ARTICLE = (
    "Makiivka, 5 January 2023.\n"
    '=HYPERLINK("http://example.invalid","x") Ukraine said 400 soldiers were killed.\n'
    "@SUM(1) Ukraine said 300 soldiers were wounded.\n"
    "- 89 soldiers were killed, Russia's Defence Ministry said.\n"
)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ('=HYPERLINK("http://example.invalid","x")', '\'=HYPERLINK("http://example.invalid","x")'),
        ("@SUM(1) killed", "'@SUM(1) killed"),
        ("+7 were wounded", "'+7 were wounded"),
        ("- 89 soldiers were killed", "'- 89 soldiers were killed"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("89 soldiers were killed", "89 soldiers were killed"),
        ("at least 89", "at least 89"),
        ("", ""),
    ],
)
def test_a_formula_start_is_neutralised(cell, expected):
    assert spreadsheet_safe(cell) == expected


def test_numbers_stay_numbers():
    frame = pd.DataFrame({"name": ["=A1"], "value": [-5], "ratio": [-0.5]})
    assert table_csv(frame) == b"name,value,ratio\n'=A1,-5,-0.5\n"


def _cells(blob: bytes) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(blob.decode("utf-8"))) for cell in row]


def test_formulas_in_quotes_claimant_names_and_titles_are_exported_as_text(data_copy, tmp_path):
    claimants = data_copy / "claimants.csv"
    text = claimants.read_text(encoding="utf-8")
    claimants.write_text(text.replace("\nap,Associated Press,", "\nap,@Associated Press,"), "utf-8")
    article = tmp_path / "formulas.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code = main(
        ["ingest", str(article), "--outlet", "ap", "--title", '=HYPERLINK("x") toll',
         "--published", "2023-01-05", "--data", str(data_copy)]
    )  # fmt: skip
    assert code == 0
    ledger = (data_copy / "claims.csv").read_text(encoding="utf-8")
    assert '=HYPERLINK(""http://example.invalid"",""x"") Ukraine said 400' in ledger  # verbatim
    assert '"=HYPERLINK(""x"") toll"' in (data_copy / "articles.csv").read_text(encoding="utf-8")
    files = data_files(load.read_dataset(data_copy))
    claims = _cells(files["claims.csv"])
    assert "'@Associated Press" in claims
    assert any(c.startswith("'=HYPERLINK(") for c in claims), claims
    assert any(c.startswith("'@SUM(1)") for c in claims), claims
    assert any(c.startswith("'- 89 soldiers") for c in claims), claims
    for name, blob in files.items():
        if name.endswith(".csv"):
            bad = [c for c in _cells(blob) if c.startswith(FORMULA_STARTS)]
            assert bad == [], (name, bad)
    quotes = [r["quote"] for r in json.loads(files["claims.json"])]
    assert any(q.startswith('=HYPERLINK("http://example.invalid","x")') for q in quotes)
