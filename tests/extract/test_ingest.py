"""Ingest: an article and its figures join a copy of the data folder as proposed rows."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.extract.ingest import next_claim_number
from makiivka.story import load
from tests.conftest import tree_digest

FIXTURE = Path(__file__).parent.parent / "fixtures" / "extract" / "ap-style.txt"
TITLE = "Kremlin raises toll from Makiivka strike as anger grows"
NAME = "ap-2023-01-04-kremlin-raises-toll-from-makiivka-strike"


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def data(data_copy: Path) -> Path:
    """Return a valid private copy of the shipped data."""
    assert load.validate(data_copy) == []
    return data_copy


def _ingest(data: Path, *extra: str, file: Path = FIXTURE) -> int:
    return main(
        ["ingest", str(file), "--outlet", "ap", "--title", TITLE, "--published", "2023-01-04",
         "--data", str(data), *extra]
    )  # fmt: skip


def test_ingest_appends_proposed_rows_and_validates(data, capsys):
    before = {name: (data / name).read_bytes() for name in ("claims.csv", "articles.csv")}
    sealed = (data / "reviewed.csv").read_bytes()
    reviewed_ids = [r["claim_id"] for r in _rows(data / "claims.csv")]
    assert _ingest(data) == 0
    out = capsys.readouterr().out
    assert f"added as {NAME} with 10 proposed claims (c018–c027)" in out
    for name, blob in before.items():
        assert (data / name).read_bytes().startswith(blob)  # append only
    assert (data / "reviewed.csv").read_bytes() == sealed
    assert (data / "articles" / f"{NAME}.txt").read_bytes() == FIXTURE.read_bytes()
    assert load.validate(data) == []
    claims = _rows(data / "claims.csv")
    new = [r for r in claims if r["claim_id"] not in reviewed_ids]
    assert [r["claim_id"] for r in new] == [f"c{n:03d}" for n in range(18, 28)]
    assert {r["status"] for r in new} == {"proposed"}
    assert {r["article_id"] for r in new} == {NAME}
    # The text dates the 89 and the rockets (Wednesday) and Ukraine's figures (Sunday); the
    # 63, the "more than 15", Girkin's "many hundreds" and the daily 760 it leaves undated.
    dated = {r["figure"]: (r["stated_at"], r["stated_at_basis"]) for r in new}
    undated = ("2023-01-04", "publication date: the text does not say when this was stated (check)")
    assert dated == {
        "89": ("2023-01-04", "article"),
        "63": undated,
        "four": ("2023-01-04", "article"),
        "six": ("2023-01-04", "article"),
        "two": ("2023-01-04", "article"),
        "about 400": ("2023-01-01", "article"),
        "at least 300": ("2023-01-01", "article"),
        "more than 15": undated,
        "many hundreds": undated,
        "760": undated,
    }
    assert all(r["notes"].startswith("proposed by makiivka extract") for r in new)
    text = FIXTURE.read_text(encoding="utf-8")
    assert all(r["figure"] in r["quote"] and r["quote"] in text for r in new)
    by_figure = {r["figure"]: r for r in new}
    assert by_figure["about 400"]["claimant"] == "ukraine_military"
    assert by_figure["more than 15"]["claimant"] == "donetsk_officials"
    assert (by_figure["more than 15"]["value_low"], by_figure["more than 15"]["value_high"]) == (
        "16", "",
    )  # fmt: skip
    assert by_figure["760"]["scope"] == "war"
    assert by_figure["89"]["stated_at"] == "2023-01-04"
    # same day: noted, not supersedes; the 89 takes the id after the 63's (the gap's
    # tie-break of one moment)
    assert (by_figure["63"]["claim_id"], by_figure["89"]["claim_id"]) == ("c018", "c019")
    assert "revises c018" in by_figure["89"]["notes"]
    article = _rows(data / "articles.csv")[-1]
    assert (article["article_id"], article["outlet"], article["published_at_basis"]) == (
        NAME, "ap", "inferred: given on the command line (the file does not say)",
    )  # fmt: skip


def test_second_ingest_changes_nothing(data, capsys):
    assert _ingest(data) == 0
    digest = tree_digest(data)
    assert _ingest(data) == 0
    assert "already ingested as" in capsys.readouterr().out
    assert tree_digest(data) == digest


def test_refuses_a_different_text_under_the_same_name(data, tmp_path, capsys):
    assert _ingest(data) == 0
    digest = tree_digest(data)
    other = tmp_path / "other.txt"
    other.write_text(FIXTURE.read_text(encoding="utf-8") + "\nA later line.\n", encoding="utf-8")
    assert _ingest(data, file=other) == 1
    assert "a different text is already there" in capsys.readouterr().err
    assert tree_digest(data) == digest


def test_unknown_outlet_is_an_error_and_touches_nothing(data, capsys):
    digest = tree_digest(data)
    code = main(
        ["ingest", str(FIXTURE), "--outlet", "reuters", "--title", TITLE,
         "--published", "2023-01-04", "--data", str(data)]
    )  # fmt: skip
    assert code == 1
    err = capsys.readouterr().err
    assert "outlet 'reuters' — expected a claimant_id of claimants.csv" in err
    assert tree_digest(data) == digest


def test_invalid_folder_is_left_untouched(data, capsys):
    (data / "corrections.csv").unlink()
    digest = tree_digest(data)
    assert _ingest(data) == 1
    assert "corrections" in capsys.readouterr().err
    assert tree_digest(data) == digest


def test_bad_published_date(data, capsys):
    digest = tree_digest(data)
    code = main(
        ["ingest", str(FIXTURE), "--outlet", "ap", "--title", TITLE, "--published", "Jan 4",
         "--data", str(data)]
    )  # fmt: skip
    assert code == 2 and "a date YYYY-MM-DD" in capsys.readouterr().err
    assert tree_digest(data) == digest


def test_claim_ids_follow_both_ledgers():
    claims = [{"claim_id": "c017"}, {"claim_id": "c003"}]
    sealed = [{"claim_id": "c021"}]  # sealed, then withdrawn and renumbered: never reused
    assert next_claim_number(None, claims, sealed) == 22
    assert next_claim_number(None, [], []) == 1
    assert next_claim_number(30, claims, sealed) == 31  # rows deleted after c030 was issued


BIDI_TEXT = (
    "Toll rises\n\nThe ministry said that \u202e40\u202c soldiers were killed in Makiivka.\n"
)


def test_bidi_control_inside_a_figure_is_refused_with_its_place(data, tmp_path, capsys):
    digest = tree_digest(data)
    article = tmp_path / "bidi.txt"
    article.write_text(BIDI_TEXT.replace("\u202e40\u202c", "4\u202e0"), encoding="utf-8")
    assert _ingest(data, file=article) == 1
    err = capsys.readouterr().err
    assert f"{article}:3:24: figure '4\\u202e0' — expected a figure without bidirectional" in err
    assert "(U+202E at character 2)" in err
    assert tree_digest(data) == digest


def test_bidi_controls_around_a_figure_stay_out_of_the_quote(data, tmp_path):
    article = tmp_path / "bidi.txt"
    article.write_text(BIDI_TEXT, encoding="utf-8")
    assert _ingest(data, file=article) == 0
    new = [r for r in _rows(data / "claims.csv") if r["status"] == "proposed"]
    assert [(r["quote"], r["figure"], r["value"]) for r in new] == [
        ("40", "40", "40"),
    ]
    assert load.validate(data) == []


def test_quiet_ingest_prints_nothing_and_ingests_the_same(data, tmp_path, capsys):
    loud = tmp_path / "loud"
    shutil.copytree(data, loud)
    assert _ingest(data, "--quiet") == 0
    assert capsys.readouterr() == ("", "")
    assert _ingest(loud) == 0
    assert "proposed claims" in capsys.readouterr().out
    assert tree_digest(data) == tree_digest(loud)


@pytest.mark.parametrize(
    ("sentence", "figure", "bounds"),
    [
        ("Officials said nearly 200 people died.", "nearly 200", ("200", "", "199", "up_to")),
        ("Officials said almost 60 people died.", "almost 60", ("60", "", "59", "up_to")),
        ("Officials said up to 200 people died.", "up to 200", ("200", "", "200", "up_to")),
    ],
)
def test_a_direction_word_toll_is_ingested_and_valid(data, tmp_path, sentence, figure, bounds):
    """'nearly N' keeps just below N (direction_words); validate accepts what ingest writes."""
    article = tmp_path / "nearly.txt"
    article.write_text(f"Toll rises\n\n{sentence}\n", encoding="utf-8")
    assert _ingest(data, file=article) == 0
    new = [r for r in _rows(data / "claims.csv") if r["status"] == "proposed"]
    assert [(r["figure"], (r["value"], r["value_low"], r["value_high"], r["qualifier"]))
            for r in new] == [(figure, bounds)]  # fmt: skip
    assert load.validate(data) == []
