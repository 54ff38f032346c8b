"""Two texts of one ingest with the same outlet, day and headline get distinct article ids.

Round 23's new user ingested a folder of wires in which an agency reused a headline for the
next update the same day; both texts got one id and the second was refused as "a different
text is already there", though neither was in the story. The later text of an ingest now
gets ``-2`` (``-3``, …) in the order ingested; a text whose id the story already holds for
another text is refused, saying so, and ``--id`` names an article by hand. Invented story:
the Kessa dam collapse.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.story import load
from tests.conftest import tree_digest
from tests.extract.ingest_story import read_rows

WIRE = "Missing in Kessa dam collapse fall to {n}\n\nThe Valdera Council said {n} people were still missing.\n"
BASE = "courier-2019-03-15-missing-in-kessa-dam-collapse-fall"


def _week(tmp_path: Path, counts: list[int]) -> Path:
    week = tmp_path / "week"
    week.mkdir()
    for number, count in enumerate(counts, start=1):
        # the agency's headline reused: its first six words are the same in every update
        (week / f"wire-{number:02d}.txt").write_text(WIRE.format(n=count), encoding="utf-8")
    return week


def _ingest(story: Path, *argv: str) -> int:
    return main(["ingest", *argv, "--outlet", "courier", "--published", "2019-03-15",
                 "--story", str(story)])  # fmt: skip


def test_texts_of_one_folder_under_one_headline_get_suffixed_ids(story, tmp_path, capsys):
    week = _week(tmp_path, [31, 27, 19])
    assert _ingest(story, str(week)) == 0
    assert "3 articles added with 6 proposed claims (c001–c006)" in capsys.readouterr().out
    articles = read_rows(story / "data" / "articles.csv")
    assert [a["article_id"] for a in articles] == [BASE, f"{BASE}-2", f"{BASE}-3"]
    assert [a["path"] for a in articles] == [
        f"articles/{BASE}.txt", f"articles/{BASE}-2.txt", f"articles/{BASE}-3.txt"
    ]  # fmt: skip
    assert articles[1]["notes"] == (
        f"ingested; id '{BASE}-2': '{BASE}' is another text of this ingest; 2 proposed"
    )
    figures = [r["figure"] for r in read_rows(story / "data" / "claims.csv")]
    assert figures == ["31", "31", "27", "27", "19", "19"]  # each headline's and body's
    assert load.validate(story / "data") == []
    before = tree_digest(story)
    assert _ingest(story, str(week)) == 0  # the same files again: nothing changes
    assert tree_digest(story) == before


def test_the_same_files_give_the_same_ids_in_another_story(story, empty_story, tmp_path):
    week = _week(tmp_path, [31, 27])
    other = tmp_path / "other"
    shutil.copytree(empty_story, other)
    assert _ingest(story, str(week)) == 0
    assert _ingest(other, str(week)) == 0
    ids = [
        [a["article_id"] for a in read_rows(s / "data" / "articles.csv")] for s in (story, other)
    ]
    assert ids == [[BASE, f"{BASE}-2"], [BASE, f"{BASE}-2"]]


def test_a_later_text_under_an_id_the_story_holds_is_refused(story, tmp_path, capsys):
    week = _week(tmp_path, [31])
    assert _ingest(story, str(week)) == 0
    later = tmp_path / "later.txt"
    later.write_text(WIRE.format(n=27), encoding="utf-8")
    before = tree_digest(story)
    assert _ingest(story, str(later)) == 1
    err = capsys.readouterr().err
    assert (
        f"articles.csv:1:1: article_id '{BASE}' — expected an article_id not used yet (a "
        f"different text is already there: the story's article '{BASE}', same outlet, day and "
        "title's first words; give this one --id ID, or another --title)"
    ) in err
    assert tree_digest(story) == before
    assert _ingest(story, str(later), "--id", "courier-2019-03-15-missing-update-2") == 0
    articles = read_rows(story / "data" / "articles.csv")
    assert [a["article_id"] for a in articles] == [BASE, "courier-2019-03-15-missing-update-2"]
    assert articles[1]["path"] == "articles/courier-2019-03-15-missing-update-2.txt"
    assert load.validate(story / "data") == []


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--id", "Missing Update"],
         "--id:1:1: article_id 'Missing Update' — expected an article id of lower-case letters, "
         "digits, '.', '_' and '-', opening on a letter or digit (e.g. afp-2027-03-17-update-2)"),
        (["--id", BASE],
         f"article_id '{BASE}' — expected an article_id not used yet (a different text is "
         f"already there: the story's article '{BASE}', give another --id)"),
    ],
)  # fmt: skip
def test_an_id_given_by_hand_is_checked(story, tmp_path, capsys, argv, expected):
    assert _ingest(story, str(_week(tmp_path, [31]))) == 0
    later = tmp_path / "later.txt"
    later.write_text(WIRE.format(n=27), encoding="utf-8")
    before = tree_digest(story)
    assert _ingest(story, str(later), *argv) == 1
    assert expected in capsys.readouterr().err
    assert tree_digest(story) == before


def test_an_id_names_one_file(story, tmp_path, capsys):
    week = _week(tmp_path, [31, 27])
    assert main(["ingest", str(week), "--id", "x", "--story", str(story)]) == 2
    assert (
        "--id:1:1: 'x' — expected one file (not a folder or a Telegram export) with --title, "
        "--url or --id: they name one article"
    ) in capsys.readouterr().err
