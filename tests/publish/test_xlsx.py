"""Each CSV has an .xlsx beside it whose cells are typed: text stays text, numbers numbers."""

from __future__ import annotations

import dataclasses
import io
import re
import xml.etree.ElementTree as ET
import zipfile

import pandas as pd
import pytest

from makiivka.publish import export
from makiivka.publish.spreadsheet import table_xlsx
from makiivka.story import load, paths

#: Day 0 of Excel's 1900 date system (its serial numbers count days from here).
EXCEL_EPOCH = pd.Timestamp("1899-12-30")
NS = {"x": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def read_sheet(blob: bytes) -> list[dict[str, tuple[str, str]]]:
    """Return the rows of a workbook's first sheet: column letter -> (cell type, text)."""
    book = zipfile.ZipFile(io.BytesIO(blob))
    shared = [
        "".join(t.text or "" for t in item.iter(f"{{{NS['x']}}}t"))
        for item in ET.fromstring(book.read("xl/sharedStrings.xml")).findall("x:si", NS)
    ]
    rows = []
    sheet = ET.fromstring(book.read("xl/worksheets/sheet1.xml"))
    for row in sheet.find("x:sheetData", NS).findall("x:row", NS):
        cells = {}
        for cell in row.findall("x:c", NS):
            column = re.match(r"[A-Z]+", cell.get("r"))[0]
            assert cell.find("x:f", NS) is None, "a formula"
            kind = cell.get("t", "n")
            value = cell.find("x:v", NS)
            text = value.text if value is not None else ""
            cells[column] = (kind, shared[int(text)] if kind == "s" else text)
        rows.append(cells)
    return rows


@pytest.fixture(scope="module")
def dataset() -> load.Dataset:
    real = load.read_dataset()
    claims = real.claims.copy()
    claims.loc[claims.index[0], "figure"] = "9-10"
    claims.loc[claims.index[1], "notes"] = "=1+1 and 1/2"
    return dataclasses.replace(real, claims=claims)


def test_a_range_written_9_10_and_a_formula_start_stay_text(dataset):
    rows = read_sheet(table_xlsx(dataset.claims, "claims"))
    header = {text: column for column, (_kind, text) in rows[0].items()}
    figure, notes = header["figure"], header["notes"]
    assert rows[1][figure] == ("s", "9-10")
    assert rows[2][notes] == ("s", "=1+1 and 1/2")  # verbatim: a text cell is never evaluated


def test_numbers_are_numbers_times_are_times_and_missing_is_empty(dataset):
    frame = dataset.claims
    rows = read_sheet(table_xlsx(frame, "claims"))
    header = {text: column for column, (_kind, text) in rows[0].items()}
    for number, (_, claim) in enumerate(frame.iterrows(), 1):
        cell = rows[number].get(header["value"])
        if claim["value"] is None or str(claim["value"]) == "<NA>":
            assert cell is None  # never 0
        else:
            assert cell == ("n", str(int(claim["value"])))
        kind, serial = rows[number][header["stated_at"]]
        moment = claim["stated_at"].tz_convert("UTC").tz_localize(None)
        days = (moment - EXCEL_EPOCH) / pd.Timedelta(days=1)
        assert kind == "n" and abs(float(serial) - days) < 1e-6
        assert rows[number][header["claim_id"]] == ("s", claim["claim_id"])


def test_every_csv_of_the_build_has_a_workbook_with_its_rows():
    files = export.data_files(load.read_dataset())
    for name in export.DATA_TABLES:
        assert f"{name}.xlsx" in files
        committed = (paths.OUTPUT_DIR / "data" / f"{name}.xlsx").read_bytes()
        assert committed == files[f"{name}.xlsx"]
        rows = read_sheet(committed)
        csv_lines = files[f"{name}.csv"].decode("utf-8").splitlines()
        assert [text for _k, text in rows[0].values()] == csv_lines[0].split(",")
        assert len(rows) == len(export.data_tables(load.read_dataset())[name]) + 1


def test_the_workbook_is_the_same_bytes_every_time(dataset):
    assert table_xlsx(dataset.claims, "claims") == table_xlsx(dataset.claims, "claims")
