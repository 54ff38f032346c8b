"""A Telegram post's article id names its day in the story's time zone (its time stays UTC)."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from makiivka.cli import main
from makiivka.extract.ingest import ingest_article
from tests.extract.ingest_story import read_rows

TEXT = "The council said 12 people died."


def _export(tmp_path, posted: str):
    stamp = int(datetime.fromisoformat(posted).timestamp())
    export = {"name": "Valdera Council", "type": "public_channel", "id": 5, "messages": [
        {"id": 7, "type": "message", "date": posted[:19], "date_unixtime": str(stamp),
         "from": "Valdera Council", "text": TEXT},
    ]}  # fmt: skip
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("posted", "expected"),
    [  # the test story's zone is America/Bogota (UTC-5)
        ("2019-03-15T03:00:00+00:00", ("valdera-council-2019-03-14-post-7", "2019-03-15T03:00+00:00")),
        ("2019-03-15T04:59:00+00:00", ("valdera-council-2019-03-14-post-7", "2019-03-15T04:59+00:00")),
        ("2019-03-15T05:00:00+00:00", ("valdera-council-2019-03-15-post-7", "2019-03-15T05:00+00:00")),
        ("2019-03-15T23:30:00+00:00", ("valdera-council-2019-03-15-post-7", "2019-03-15T23:30+00:00")),
    ],
)  # fmt: skip
def test_a_posts_id_names_its_day_in_the_storys_zone(story, tmp_path, posted, expected):
    assert (
        main(["ingest", str(_export(tmp_path, posted)), "--telegram", "--story", str(story)]) == 0
    )
    article = read_rows(story / "data" / "articles.csv")[0]
    assert (article["article_id"], article["published_at"]) == expected
    assert main(["validate", "--story", str(story)]) == 0


def test_a_post_ingested_under_its_utc_day_is_still_skipped(story, tmp_path, capsys):
    # earlier versions named a post by its UTC day: a later export must not add it again
    ingest_article(
        story / "data", TEXT, name="result.json#7", outlet="valdera_council", title=TEXT,
        published="2019-03-15T03:00+00:00", basis="post",
        article_id="valdera-council-2019-03-15-post-7",
    )  # fmt: skip
    path = _export(tmp_path, "2019-03-15T03:00:00+00:00")
    assert main(["ingest", str(path), "--telegram", "--story", str(story)]) == 0
    assert "0 articles added" in capsys.readouterr().out
    ids = [a["article_id"] for a in read_rows(story / "data" / "articles.csv")]
    assert ids == ["valdera-council-2019-03-15-post-7"]
