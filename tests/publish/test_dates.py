"""A date the article gives without a time stays a date in every tidy file, never midnight.

The dam fixture's articles are dated 3 and 5 May 2023 and say "on Wednesday", "on Friday":
days, not times. Before, gap.csv wrote "2023-05-05T00:00:00Z", a midnight no article said.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from makiivka.publish import export
from makiivka.story import load

DAM = Path(__file__).parents[1] / "fixtures" / "dam" / "data"
NS = {"x": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    return export.data_files(load.read_dataset(DAM))


def rows(files: dict[str, bytes], name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(files[f"{name}.csv"].decode("utf-8"))))


@pytest.mark.parametrize(
    ("table", "key", "column", "expected"),
    [
        ("gap", ("metric", "killed"), "government_stated_at", "2023-05-05"),
        ("gap", ("metric", "killed"), "region_stated_at", "2023-05-05"),
        ("gap", ("metric", "wounded"), "government_stated_at", "2023-05-03"),
        ("claims", ("claim_id", "c001"), "stated_at", "2023-05-03"),
        ("claims", ("claim_id", "c001"), "published_at", "2023-05-03"),
        ("assertions", ("assertion_id", "c007"), "stated_at", "2023-05-05"),
        ("revisions", ("claim_ids", "c011"), "stated_at", "2023-05-05"),
    ],
)
def test_a_date_without_a_time_stays_a_date(files, table, key, column, expected):
    row = next(r for r in rows(files, table) if r[key[0]] == key[1])
    assert row[column] == expected
    record = next(r for r in json.loads(files[f"{table}.json"]) if r[key[0]] == key[1])
    assert record[column] == expected


def test_no_tidy_file_writes_a_midnight(files):
    text = "".join(blob.decode("utf-8") for name, blob in files.items() if name[-4:] != "xlsx")
    assert not re.search(r"T00:00(:00)?Z?", text)


def test_the_workbook_shows_a_day_as_a_date(files):
    book = zipfile.ZipFile(io.BytesIO(files["gap.xlsx"]))
    styles = ET.fromstring(book.read("xl/styles.xml"))
    codes = {f.get("numFmtId"): f.get("formatCode") for f in styles.iter(f"{{{NS['x']}}}numFmt")}
    xfs = styles.find("x:cellXfs", NS).findall("x:xf", NS)
    sheet = ET.fromstring(book.read("xl/worksheets/sheet1.xml"))
    header = {c.get("r"): c for c in sheet.find("x:sheetData", NS).findall("x:row", NS)[0]}
    shared = [
        "".join(t.text or "" for t in item.iter(f"{{{NS['x']}}}t"))
        for item in ET.fromstring(book.read("xl/sharedStrings.xml")).findall("x:si", NS)
    ]
    column = next(
        re.match(r"[A-Z]+", ref)[0]
        for ref, cell in header.items()
        if shared[int(cell.find("x:v", NS).text)] == "government_stated_at"
    )
    killed = sheet.find("x:sheetData", NS).findall("x:row", NS)[1]
    cell = next(c for c in killed if re.match(r"[A-Z]+", c.get("r"))[0] == column)
    assert codes[xfs[int(cell.get("s"))].get("numFmtId")] == "yyyy-mm-dd"
