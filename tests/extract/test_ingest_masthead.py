"""A live blog whose masthead line names its desk names its outlet: "Lirun Courier live desk, …".

Round 22's new user's blog opened "Aegean Times live desk, 8 September 2026"; ingest took the
date from that line but asked for ``--outlet`` though the outlet was registered; round 23's
had the masthead on line 3, below the headline, and was asked again. Invented
story: the Kessa dam collapse.
"""

from __future__ import annotations

import pytest

from makiivka.cli import main
from tests.extract.ingest_story import read_rows

BLOG = "{}\nKessa dam: live updates\n\n06:45 — The Valdera Council says 12 people have died.\n"
#: Round 23's new user's blog: the headline on line 1, the masthead on line 3.
BELOW = (
    "Kessa dam LIVE: toll rises\n\n{}\n\n06:45 — The Valdera Council says 12 people have died.\n"
)


@pytest.mark.parametrize(
    ("first", "code", "outlet"),
    [
        ("Lirun Courier live desk, 15 March 2019", 0, "courier"),
        ("Lirun Courier newsroom, 15 March 2019", 0, "courier"),
        # no masthead: the outlet must be given
        ("Kessa live updates, 15 March 2019", 1, None),
    ],
)
def test_a_masthead_names_the_outlet(story, tmp_path, capsys, first, code, outlet):
    _ingest_blog(story, tmp_path, capsys, BLOG.format(first), code, outlet)


@pytest.mark.parametrize(
    ("line", "code", "outlet"),
    [
        ("Lirun Courier live desk, 15 March 2019", 0, "courier"),
        ("Lirun Courier live blog", 0, "courier"),
        ("Lirun Courier newsroom, 15 March 2019", 0, "courier"),
        # a sentence naming a live blog is no masthead
        ("Lirun Courier live blog readers sent photographs of the valley.", 1, None),
    ],
)
def test_a_masthead_below_the_headline_names_the_outlet(
    story, tmp_path, capsys, line, code, outlet
):
    _ingest_blog(story, tmp_path, capsys, BELOW.format(line), code, outlet)


def _ingest_blog(story, tmp_path, capsys, text, code, outlet):
    path = tmp_path / "blog.txt"
    path.write_text(text, encoding="utf-8")
    published = [] if "2019" in text else ["--published", "2019-03-15"]
    assert main(["ingest", str(path), *published, "--story", str(story)]) == code
    rows = read_rows(story / "data" / "articles.csv")
    assert [r["outlet"] for r in rows] == ([outlet] if outlet else [])
    if code:
        assert "give --outlet" in capsys.readouterr().err
