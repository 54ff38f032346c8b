"""A Telegram post's emoji stay whole in its article's title (see tests/text/test_graphemes.py)."""

from __future__ import annotations

import json

from makiivka.cli import main
from tests.extract.ingest_story import read_rows

FAMILY = "👨\u200d👩\u200d👧"
FIRST = "🚨 " + FAMILY * 30  # 152 code points, 32 characters on screen
HEARTS = "❤\ufe0f" * 130  # no space to cut at


def test_post_titles_keep_their_emoji(story, tmp_path):
    texts = [f"{FIRST}\nThe council said 12 people died.", f"{HEARTS}\n14 people died."]
    export = {"name": "Valdera Council", "type": "public_channel", "id": 5, "messages": [
        {"id": 1 + n, "type": "message", "date": "2019-03-15T08:00:00",
         "date_unixtime": str(1552636800 + 60 * n), "from": "Valdera Council", "text": text}
        for n, text in enumerate(texts)
    ]}  # fmt: skip
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    assert main(["ingest", str(path), "--telegram", "--story", str(story)]) == 0
    titles = [a["title"] for a in read_rows(story / "data" / "articles.csv")]
    assert titles == [FIRST, "❤\ufe0f" * 119 + "…"]
    assert main(["validate", "--story", str(story)]) == 0
