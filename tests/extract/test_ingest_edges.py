"""Ingest's edges: non-Latin titles, a byte-order mark, error paths that exist, --published."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from makiivka.cli import main, make_parser
from makiivka.story import load
from tests.conftest import tree_digest

FIXTURES = Path(__file__).parent.parent / "fixtures" / "extract"


def _ingest(data: Path, file: Path, title: str, published: str = "2023-01-04") -> int:
    return main(
        ["ingest", str(file), "--outlet", "ria_novosti", "--title", title,
         "--published", published, "--data", str(data)]
    )  # fmt: skip


def test_two_non_latin_titles_on_one_day_get_distinct_ids(data_copy, capsys):
    assert _ingest(data_copy, FIXTURES / "ap-style.txt", "Удар по Макеевке") == 0
    assert _ingest(data_copy, FIXTURES / "reuters-style.txt", "Потери в Макеевке") == 0
    out = capsys.readouterr().out
    ids = re.findall(r"added as (\S+) with", out)
    assert len(ids) == 2 and ids[0] != ids[1], out
    assert all(i.startswith("ria-novosti-2023-01-04-article-") for i in ids)
    assert load.validate(data_copy) == []


def test_a_byte_order_mark_in_claims_is_reported_not_a_traceback(data_copy, capsys):
    path = data_copy / "claims.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    before = tree_digest(data_copy)
    assert _ingest(data_copy, FIXTURES / "ap-style.txt", "Kremlin raises toll") == 1
    err = capsys.readouterr().err
    assert f"{path}:1:1: '\\ufeff' — expected UTF-8 without a byte-order mark" in err
    assert "Traceback" not in err
    assert tree_digest(data_copy) == before


def test_errors_name_only_paths_that_exist(data_copy, capsys):
    claimants = data_copy / "claimants.csv"  # break a file the ingest does not change
    text = claimants.read_text(encoding="utf-8")
    claimants.write_text(text.replace(",russia,", ",moscow,", 1), encoding="utf-8")
    assert _ingest(data_copy, FIXTURES / "ap-style.txt", "Kremlin raises toll") == 1
    lines = capsys.readouterr().err.splitlines()[:-1]
    assert any("claimants.csv:2:" in line and "side 'moscow'" in line for line in lines), lines
    for line in lines:
        assert Path(line.split(":", 1)[0]).exists(), line


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_published_help_says_what_is_accepted(command, capsys):
    with pytest.raises(SystemExit):
        make_parser().parse_args([command, "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--published YYYY-MM-DD" in help_text
    assert "timestamp" not in help_text


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_published_help_says_a_time_takes_its_offset(command, capsys):
    with pytest.raises(SystemExit):
        make_parser().parse_args([command, "--help"])
    assert "or its time with the offset" in " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize("published", ["2023-01-04T10:00", "2023-01-04 10:00+03:00", "4 Jan"])
def test_a_time_without_its_offset_is_refused_as_the_help_says(data_copy, capsys, published):
    code = _ingest(data_copy, FIXTURES / "ap-style.txt", "Toll", published)
    assert code == 2  # a usage error, as argparse's (new user 26)
    assert "a date YYYY-MM-DD, e.g. 2023-01-04, or a time with its offset" in (
        capsys.readouterr().err
    )


@pytest.mark.parametrize(
    ("published", "registered"),
    [("2023-01-04T10:00+03:00", "2023-01-04T10:00+03:00"),
     ("2023-01-04T07:00Z", "2023-01-04T07:00+00:00")],
)  # fmt: skip
def test_a_time_with_its_offset_is_the_publication(data_copy, published, registered):
    assert _ingest(data_copy, FIXTURES / "ap-style.txt", "Toll", published) == 0
    [row] = [r for r in load.read_tables(data_copy)["articles"].frame.to_dict("records")
             if r["title"] == "Toll"]  # fmt: skip
    assert row["published_at"] == registered
    assert load.validate(data_copy) == []
