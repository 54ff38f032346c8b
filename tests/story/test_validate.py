"""Bad input: every problem named with file, line, column, value and what was expected."""

from __future__ import annotations

from pathlib import Path

import pytest

from makiivka import validate
from tests.conftest import tree_digest

BBC = "articles/bbc-2023-01-04-makiivka-phones.txt"


def replace_in(path: Path, old: str, new: str) -> str:
    """Replace *old* (which must occur once) by *new*; return the changed line."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    at = text.index(old) + new.startswith("\n")
    text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return text[text.rfind("\n", 0, at) + 1 : text.find("\n", at)]


def problems_after(data: Path) -> list[str]:
    before = tree_digest(data)
    found = [str(p) for p in validate(data)]
    assert tree_digest(data) == before, "validation must leave every file untouched"
    return found


def test_shipped_data_is_valid():
    assert validate() == []


# (what is wrong, file, old text, new text, line, field, the cell as written, expected words)
CELL_CASES = [
    ("duplicate claim_id", "claims.csv", "\nc002,", "\nc001,", 3, "claim_id", "c001",
     "a value not used before (line 2 has it)"),
    ("missing claim_id", "claims.csv", "\nc003,", "\n,", 4, "claim_id", "",
     "a value (the column is required)"),
    ("unknown metric", "claims.csv", ",wounded,strike,", ",hurt,strike,", 4, "metric", "hurt",
     "one of killed, wounded, killed_or_wounded"),
    ("unknown qualifier", "claims.csv", ",300,300,300,exact,", ",300,300,300,precisely,", 4,
     "qualifier", "precisely", "one of exact, about, at_least"),
    ("unknown claimant", "claims.csv", "wounded,,300,ukraine_military,", "wounded,,300,kyiv,", 4,
     "claimant", "kyiv", "a claimant_id listed in"),
    ("unknown side", "claimants.csv", "Gubarev,russia,", "Gubarev,russians,", 5, "side",
     "russians", "one of russia, ukraine, third_party, media"),
    ("malformed date", "claims.csv", "400,exact,people,2023-01-01,", "400,exact,people,2023-13-01,", 3,
     "stated_at", "2023-13-01", "an ISO 8601 date such as 2023-01-02 or 2023-01-04T01:00+03:00 (there is no month 13)"),
    ("impossible date", "claims.csv", "300,exact,people,2023-01-01,",
     "300,exact,people,2023-02-30,", 4, "stated_at", "2023-02-30",
     "an ISO 8601 date such as 2023-01-02 or 2023-01-04T01:00+03:00 (February 2023 has 28 days)"),
    ("negative number", "claims.csv", ",wounded,strike,300,", ",wounded,strike,-300,", 4,
     "value", "-300", "a whole number ≥ 0"),
    ("thousands separator in a number", "claims.csv", ",mobilized,war,300000,",
     ',mobilized,war,"300,000",', 9, "value", '"300,000"', "a whole number ≥ 0"),
    ("NaN as a number", "claims.csv", ",wounded,strike,300,", ",wounded,strike,NaN,", 4,
     "value", "NaN", "a whole number ≥ 0"),
    ("value_low above value_high", "claims.csv", ",wounded,strike,300,300,300,",
     ",wounded,strike,300,301,300,", 4, "value_low", "301",
     "a number no greater than value_high (300)"),
    ("bounds that break the qualifier", "claims.csv", "killed,strike,60,61,,more_than",
     "killed,strike,60,60,,more_than", 17, "value_low", "60,,more_than",
     "value_low = value + 1, value_high empty for qualifier more_than"),
    ("quote not in its article", "claims.csv", "another 300 were wounded", "another 300 were hurt",
     4, "quote", "another 300 were hurt", "text found verbatim in bbc-2023-01-04"),
    ("bidirectional control in a quote", "claims.csv", "another 300 were wounded",
     "another \u202e300\u202c were wounded", 4, "quote", "another \u202e300\u202c were wounded",
     "text without bidirectional control characters (U+202E at character 9)"),
    ("figure not in its quote", "claims.csv", ",,300,ukraine_military,,wounded,",
     ",,three hundred,ukraine_military,,wounded,", 4, "figure", "three hundred",
     "text found verbatim in the quote"),
    ("numbers that the figure does not say", "claims.csv", ",wounded,strike,300,300,300,",
     ",wounded,strike,301,300,300,", 4, "value", "301",
     "300, as parse_quantity reads the figure '300'"),
    ("bounds that the figure does not say", "claims.csv", "killed,strike,89,89,,at_least",
     "killed,strike,89,88,,at_least", 2, "value_low", "88",
     "89, as parse_quantity reads the figure 'at least 89'"),
    ("a figure with no number", "claims.csv", ",,300,ukraine_military,,wounded,",
     ",,were,ukraine_military,,wounded,", 4, "figure", "were",
     "a number with its qualifier, such as 'at least 89' or 'dozens'"),
    ("supersedes a missing claim", "claims.csv", ",c006,reviewed,", ",c999,reviewed,", 8,
     "supersedes", "c999", "a claim_id listed in"),
    ("supersedes another metric", "claims.csv", ",c006,reviewed,", ",c017,reviewed,", 8,
     "supersedes", "c017", "a claim with the same claimant (russia_mod)"),
    ("unknown outlet", "articles.csv", "bbc-2023-01-04,bbc_news,", "bbc-2023-01-04,bbc,", 2,
     "outlet", "bbc", "a claimant_id listed in"),
    ("article outside articles/", "articles.csv", ",en,articles/bbc-2023-01-04-makiivka-phones.txt,",
     ",en,../articles/bbc-2023-01-04-makiivka-phones.txt,", 2,
     "path", "../articles/bbc-2023-01-04-makiivka-phones.txt", "text matching articles/"),
    ("claim stated after publication", "claims.csv", "400,exact,people,2023-01-01,",
     "400,exact,people,2023-01-05,", 3, "stated_at", "2023-01-05",
     "a date no later than the article's publication (bbc-2023-01-04)"),
    # a claimant is never its own relay (round 22's second new user)
    ("relayed by its own claimant", "claims.csv", ",,400,ukraine_military,,killed,",
     ",,400,ukraine_military,ukraine_military,killed,", 3, "relayed_by", "ukraine_military",
     "another claimant than the claim's own, or empty"),
    # a claim about the strike cannot be stated before it (a wrong year on an article's date)
    ("claim stated before the event", "claims.csv", "400,exact,people,2023-01-01,",
     "400,exact,people,2022-12-30,", 3, "stated_at", "2022-12-30",
     "a date on or after the event (2023-01-01T00:01+03:00): check the article's published_at"),
]  # fmt: skip


@pytest.mark.parametrize("case", CELL_CASES, ids=[c[0] for c in CELL_CASES])
def test_bad_cell_is_located(data_copy, case):
    _, name, old, new, line, field, cell, expected = case
    changed = replace_in(data_copy / name, old, new)
    assert (data_copy / name).read_text(encoding="utf-8").split("\n")[line - 1] == changed
    # The column is where the cell starts on its line, found in the text we wrote.
    written = new.strip("\n")
    column = changed.index(written) + (written.rindex(cell) if cell else 0) + 1
    shown = cell.split(",,")[0].strip('"')
    found = problems_after(data_copy)
    wanted = f"{name}:{line}:{column}: {field} {shown!r} — expected {expected}"
    assert any(wanted in p for p in found), (wanted, found)


def test_column_is_the_field_start(data_copy):
    changed = replace_in(data_copy / "claims.csv", ",wounded,strike,", ",hurt,strike,")
    found = problems_after(data_copy)
    column = changed.index(",hurt,") + 2
    assert any(f"claims.csv:4:{column}: metric 'hurt' — expected one of killed" in p for p in found)


def test_supersedes_cycle(data_copy):
    replace_in(data_copy / "claims.csv", ",exact,people,2023-01-02,", ",exact,people,2023-01-02,")
    text = (data_copy / "claims.csv").read_text(encoding="utf-8")
    lines = text.split("\n")
    # c006 (line 7) now supersedes c007 (line 8), which supersedes c006.
    lines[6] = lines[6].replace(",,reviewed,", ",c007,reviewed,")
    (data_copy / "claims.csv").write_text("\n".join(lines), encoding="utf-8")
    found = problems_after(data_copy)
    assert any("claims.csv:7:" in p and "no cycle (c006 → c007 → c006)" in p for p in found), found


def test_sha256_mismatch(data_copy):
    with open(data_copy / BBC, "ab") as article:
        article.write(b"An edit.\n")
    found = problems_after(data_copy)
    assert any(
        "articles.csv:2:" in p and " sha256 " in p and "(the article text was changed)" in p
        for p in found
    ), found


def test_non_utf8_article(data_copy):
    (data_copy / BBC).write_bytes("Moscow’s".encode("cp1252"))
    found = problems_after(data_copy)
    assert any(
        "articles.csv:2:" in p and " path " in p and "UTF-8 text (byte 6" in p for p in found
    )


def test_empty_article(data_copy):
    (data_copy / BBC).write_bytes(b"")
    found = problems_after(data_copy)
    assert any("articles.csv:2:" in p and "a text file that is not empty" in p for p in found)


def test_missing_article(data_copy):
    (data_copy / BBC).unlink()
    found = problems_after(data_copy)
    assert any("articles.csv:2:" in p and "a text file that exists" in p for p in found)


def test_ambiguous_quote_needs_occurrence(data_copy):
    replace_in(data_copy / "claims.csv", ",another 300 were wounded,", ",were,")
    replace_in(
        data_copy / "claims.csv",
        ",,300,ukraine_military,,wounded,",
        ",,were,ukraine_military,,wounded,",
    )
    found = problems_after(data_copy)
    assert any("claims.csv:4:" in p and " occurrence " in p and "quote's" in p for p in found), (
        found
    )


def test_csv_with_wrong_width(data_copy):
    path = data_copy / "claims.csv"
    path.write_text(path.read_text(encoding="utf-8") + "c018,extra\n", encoding="utf-8")
    found = problems_after(data_copy)
    assert any("claims.csv:19:1:" in p and "expected 19 fields, found 2" in p for p in found), found


def test_unexpected_column(data_copy):
    replace_in(data_copy / "claimants.csv", "aliases,notes", "aliases,notes,colour")
    found = problems_after(data_copy)
    assert any(
        "claimants.csv:1:" in p and "'colour' — expected one of the columns" in p for p in found
    )


def test_missing_column(data_copy):
    replace_in(data_copy / "claimants.csv", "kind,aliases", "aliases")
    found = problems_after(data_copy)
    assert any("claimants.csv:1:1:" in p and "a column named kind" in p for p in found), found


@pytest.mark.parametrize(
    ("blob", "where", "expected"),
    [
        (b"\xef\xbb\xbfclaim_id", "claims.csv:1:1:", "UTF-8 without a byte-order mark"),
        (b"claim_id\r\n", "claims.csv:1:9:", "LF line endings, not CR LF"),
        (b"claim_id\n\xff\n", "claims.csv:2:1:", "bytes ff"),
        (b"", "claims.csv:1:1:", "a header row: claim_id,article_id"),
    ],
    ids=["bom", "crlf", "latin1", "empty"],
)
def test_unreadable_csv(data_copy, blob, where, expected):
    (data_copy / "claims.csv").write_bytes(blob)
    found = problems_after(data_copy)
    assert any(where in p and expected in p for p in found), found


def test_lines_count_quoted_line_breaks(data_copy):
    # A note spanning two lines pushes every later record down a line.
    replace_in(data_copy / "claims.csv", ",reviewed,Subheading.\n", ',reviewed,"Sub-\nheading."\n')
    replace_in(
        data_copy / "claims.csv",
        ",killed,strike,89,89,89,exact,people,2023-01-04T01:00+03:00,\"The article says 'late Tuesday' (US time); the hour is from Reuters via ibtimes.co.uk …-1710900\",,reviewed,\n",
        ",hurt,strike,89,89,89,exact,people,2023-01-04T01:00+03:00,\"The article says 'late Tuesday' (US time); the hour is from Reuters via ibtimes.co.uk …-1710900\",,reviewed,\n",
    )
    found = problems_after(data_copy)
    # c015 is data row 15, on line 16 without the break, 17 with it.
    assert any("claims.csv:17:" in p and "metric 'hurt'" in p for p in found), found


def test_short_row_with_quotes_is_caught(data_copy):
    path = data_copy / "claims.csv"
    path.write_text(path.read_text(encoding="utf-8") + 'c018,"a, b",c\n', encoding="utf-8")
    found = problems_after(data_copy)
    assert any("claims.csv:19:1:" in p and "expected 19 fields, found 3" in p for p in found), found
