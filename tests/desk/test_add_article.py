"""The desk's "Add an article" defaults a text's title as ``makiivka ingest`` does.

Round 18's new user uploaded a live blog with its outlet and date but no title and got
``title '' — expected the headline as published``; the command line takes the text's first
line (never a line that is only a date). The form's title, when typed, still wins.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from makiivka.desk.ingesting import ingest_article

BODY = "\n\nThe Valley Authority said 12 people were killed.\n"


@pytest.mark.parametrize(
    ("text", "typed", "title"),
    [
        ("Orlen flood: live updates\nHerald live desk, 13 May 2024" + BODY, "",
         "Orlen flood: live updates"),
        ("Monday, 13 May 2024\n\nHow the Orlen toll grew" + BODY, "", "How the Orlen toll grew"),
        ("  Orlen flood toll rises  " + BODY, "", "Orlen flood toll rises"),
        ("Orlen flood: live updates" + BODY, "The Herald's live page", "The Herald's live page"),
    ],
)  # fmt: skip
def test_a_text_without_a_typed_title_takes_its_first_line(story: Path, text, typed, title):
    data = story / "data"
    article_id, count = ingest_article(
        data, text.encode(), name="blog.txt", outlet="herald", title=typed,
        published="2024-05-13",
    )  # fmt: skip
    assert count == 1
    with (data / "articles.csv").open(encoding="utf-8", newline="") as f:
        row = next(r for r in csv.DictReader(f) if r["article_id"] == article_id)
    assert row["title"] == title
