"""A live blog whose first line names its desk names its outlet: "Lirun Courier live desk, …".

Round 22's new user's blog opened "Aegean Times live desk, 8 September 2026"; ingest took the
date from that line but asked for ``--outlet`` though the outlet was registered. Invented
story: the Kessa dam collapse.
"""

from __future__ import annotations

import pytest

from makiivka.cli import main
from tests.extract.ingest_story import read_rows

BLOG = "{}\nKessa dam: live updates\n\n06:45 — The Valdera Council says 12 people have died.\n"


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
    path = tmp_path / "blog.txt"
    path.write_text(BLOG.format(first), encoding="utf-8")
    assert main(["ingest", str(path), "--story", str(story)]) == code
    rows = read_rows(story / "data" / "articles.csv")
    assert [r["outlet"] for r in rows] == ([outlet] if outlet else [])
    if code:
        assert "give --outlet" in capsys.readouterr().err
