"""Digits of other scripts, look-alike letters, combining marks, NUL and UTF-16: read or refused.

Each text was read silently wrong before (issue 24): "more than 4٠０" as 4, "6̶00" as 6 and 0,
"nine hundred quintillion" as 900, full-width and Arabic-Indic digits as nothing, a
Cyrillic "о" in "mоre than" as an exact figure, NUL and UTF-16 stored in the ledger.
"""

from __future__ import annotations

import pytest

from makiivka.cli import main
from makiivka.text.characters import MAX_FIGURE, number_problems, reading_form
from makiivka.text.quantities import find_quantities

# (text, the figure, value, low, high, qualifier): read by the stated rule (one script's digits
# as their values, look-alike letters in a Latin word as Latin), the quote kept as written
READ = [
    ("more than ４００ soldiers", "more than ４００", 400, 401, None, "more_than"),
    ("about ٤٠٠ soldiers", "about ٤٠٠", 400, 400, 400, "about"),
    ("at least ⁴⁰⁰ soldiers", "at least ⁴⁰⁰", 400, 400, None, "at_least"),
    ("m\u043ere than 60 soldiers", "m\u043ere than 60", 60, 61, None, "more_than"),
    ("\u0430t le\u0430st 89 soldiers", "\u0430t le\u0430st 89", 89, 89, None, "at_least"),
    ("६०० soldiers", "६००", 600, 600, 600, "exact"),
]


@pytest.mark.parametrize(("text", "figure", "value", "low", "high", "qualifier"), READ)
def test_other_digits_and_look_alike_letters_read_by_the_rule(text, figure, value, low, high, qualifier):  # fmt: skip
    [q] = find_quantities(text)
    assert (q.text, q.value, q.low, q.high, q.qualifier) == (figure, value, low, high, qualifier)
    assert text[q.start : q.end] == figure  # offsets are the text's own


def test_the_reading_form_changes_characters_one_for_one():
    text = "Вбито m\u043ere than ４００, not ٤٠٠ or 4٠０"
    assert reading_form(text) == "Вбито more than 400, not 400 or 4٠０"
    assert len(reading_form(text)) == len(text)


# (article text, where, the number as written, what is expected)
REFUSED = [
    ("Officials said more than 4\u0660\uff10 soldiers were killed.\n", "1:26", "4٠０",
     "a number in one script of digits (this one mixes ARABIC-INDIC, ASCII, FULLWIDTH)"),
    ("Officials said 6\u033600 soldiers were killed.\n", "1:16", "6̶00",
     "a number without combining marks (U+0336 COMBINING LONG STROKE OVERLAY)"),
    ("Officials said nine hundred quintillion soldiers were killed.\n", "1:29", "quintillion",
     "a figure at most 999,999,999,999,999 (MAX_FIGURE)"),
    ("Officials said 99999999999999999999 soldiers were killed.\n", "1:16",
     "99999999999999999999", "a figure at most 999,999,999,999,999 (MAX_FIGURE)"),
    ("Officials said 400\u00b2 soldiers were killed.\n", "1:16", "400²",
     "a number in one script of digits (this one mixes ASCII, SUPERSCRIPT)"),
    ("Officials\x00 said 400 soldiers were killed.\n", "1:10", "\\x00",
     "text without NUL characters"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "where", "written", "expected"), REFUSED)
@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_what_cannot_be_read_as_one_number_is_refused(data_copy, tmp_path, capsys, command, text, where, written, expected):  # fmt: skip
    article = tmp_path / "article.txt"
    article.write_bytes(text.encode("utf-8"))
    before = sorted(p.name for p in data_copy.rglob("*"))
    argv = ["extract", str(article)]
    if command == "ingest":
        argv = ["ingest", str(article), "--outlet", "ap", "--title", "T",
                "--published", "2023-01-05", "--data", str(data_copy)]  # fmt: skip
    assert main(argv) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines()[0] == f"{article}:{where}: {written!r} — expected {expected}"
    assert sorted(p.name for p in data_copy.rglob("*")) == before


def test_a_stray_cr_is_a_line_break_never_blamed_on_claims_csv(data_copy, tmp_path):
    article = tmp_path / "article.txt"
    article.write_bytes(b"Officials said 12 soldiers were killed.\r Later, more news.\n")
    argv = ["ingest", str(article), "--outlet", "ap", "--title", "T",
            "--published", "2023-01-05", "--data", str(data_copy)]  # fmt: skip
    assert main(argv) == 0
    assert b"\r" not in (data_copy / "claims.csv").read_bytes()
    assert main(["validate", "--data", str(data_copy)]) == 0


def test_utf16_without_a_byte_order_mark_is_refused(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_bytes("Officials said 400 soldiers were killed.".encode("utf-16-le"))
    assert main(["extract", str(article)]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        f"{article}:1:1: 'bytes 4f 00 66 00' — expected UTF-8 text, not UTF-16 (save the file "
        "as UTF-8)"
    )


def test_the_maximum_is_read_and_one_more_is_refused():
    [q] = find_quantities(f"{MAX_FIGURE} roubles")
    assert q.value == 999_999_999_999_999
    assert number_problems(f"{MAX_FIGURE} roubles") == []
    assert number_problems("1000000000000000 roubles") == [
        (0, "1000000000000000", "a figure at most 999,999,999,999,999 (MAX_FIGURE)")
    ]
