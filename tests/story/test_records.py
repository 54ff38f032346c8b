"""Counting a CSV's records and their fields: quotes, line breaks inside quotes, blank lines."""

from __future__ import annotations

import hashlib

import pytest

from makiivka.story.load import read_dataset, read_table
from makiivka.story.schema import Field, Resource
from tests.story.test_validate import BBC, replace_in

THREE = Resource("sample", "sample.csv", tuple(Field(name, "string", "") for name in "abc"))

# (case, the file's text, the line each data record starts on, wrong widths as (line, found))
RECORDS = [
    ("plain", 'a,b,c\n1,2,3\n4,5,6\n', [2, 3], []),
    ("no line feed at the end", 'a,b,c\n1,2,3\n4,5,6', [2, 3], []),
    ("blank lines skipped", 'a,b,c\n\n1,2,3\n\n\n4,5,6\n', [3, 6], []),
    ("comma inside quotes", 'a,b,c\n1,"x, y",3\n', [2], []),
    ("doubled quotes and commas", 'a,b,c\n1,"say ""89, at least""",3\n', [2], []),
    ("empty quoted field", 'a,b,c\n"",,""\n', [2], []),
    ("line break inside quotes", 'a,b,c\n1,"x,\ny",3\n4,5,6\n', [2, 4], []),
    ("short row", 'a,b,c\n1,2,3\n4,5\n', [2, 3], [(3, 2)]),
    ("long row", 'a,b,c\n1,2,3,4\n', [2], [(2, 4)]),
    ("short row after a quoted line break", 'a,b,c\n1,"x\ny",3\n4,"5, 6"\n', [2, 4], [(4, 2)]),
    ("only a space", 'a,b,c\n1,2,3\n \n', [2, 3], [(3, 1)]),
    ("quote inside an unquoted field", 'a,b,c\n1,x"y,3\n4,5\n', [2, 3], [(3, 2)]),
    ("quote after a quoted field", 'a,b,c\n1,"x"y,3\n', [2], []),
    ("quote never closed", 'a,b,c\n1,"x,3\n4,5,6\n', [2], [(2, 2)]),
]  # fmt: skip


@pytest.mark.parametrize(("case", "text", "starts", "wrong"), RECORDS, ids=[r[0] for r in RECORDS])
def test_records_and_their_widths(tmp_path, case, text, starts, wrong):
    (tmp_path / "sample.csv").write_text(text, encoding="utf-8")
    table, problems = read_table(tmp_path, THREE)
    assert [(p.line, p.expected) for p in problems] == [
        (line, f"3 fields, found {found}") for line, found in wrong
    ]
    if not wrong:
        assert [table.line_of(row) for row in range(len(table.frame))] == starts


@pytest.mark.parametrize("size", [65_535, 65_536, 65_537, 200_000])
def test_article_of_any_size_is_read_whole(data_copy, size):
    article = data_copy / BBC
    blob = article.read_bytes()
    grown = blob + b"x" * (size - len(blob) - 1) + b"\n"
    article.write_bytes(grown)
    replace_in(
        data_copy / "articles.csv",
        hashlib.sha256(blob).hexdigest(),
        hashlib.sha256(grown).hexdigest(),
    )
    text = read_dataset(data_copy).texts["bbc-2023-01-04"]
    assert len(text.encode("utf-8")) == size
    assert text.encode("utf-8") == grown
