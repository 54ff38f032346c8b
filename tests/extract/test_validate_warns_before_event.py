"""A proposed row stated before the event is a warning of validate, not silence (round 26's
new user: an article ingested with --published 2026-11-01 for an event on the 9th, and
validate said ok). A reviewed one stays an error, as before: the review decides a proposed
row, as the desk's "stated before the event" doubt says. Ingest says so too, of the rows it
has just proposed. The Kessa dam collapsed on
2019-03-14 at 04:10 (America/Bogota)."""

from __future__ import annotations

import pytest

from makiivka.cli import main
from makiivka.extract.ingest import ingest_article

WARNING = (
    "stated_at '2019-03-01' — expected a date on or after the event (2019-03-14T04:10-05:00): "
    "check the article's published_at (a proposed row: its review decides)"
)


@pytest.mark.parametrize(
    ("published", "warnings", "summary_end"),
    [
        ("2019-03-01", [WARNING], "0 corrections; 1 warning above\n"),
        ("2019-03-15", [], "0 corrections\n"),  # guard: after the event, no word
    ],
)
def test_validate_warns_of_a_proposed_row_stated_before_the_event(
    story, capsys, published, warnings, summary_end
):
    ingest_article(story / "data", "Kessa toll\n\nThe Valdera Council said 40 people died.\n",
                   name="toll.txt", outlet="courier", published=published)  # fmt: skip
    capsys.readouterr()
    assert main(["validate", "--story", str(story)]) == 0
    out, err = capsys.readouterr()
    got = [line.split(": ", 2)[-1] for line in err.splitlines() if line.startswith("warning: ")]
    assert got == warnings
    assert out.endswith(summary_end)


@pytest.mark.parametrize(
    ("published", "warnings"),
    [
        ("2019-03-01", [WARNING]),
        ("2019-03-15", []),  # guard: after the event, no word
    ],
)
def test_ingest_warns_of_the_rows_it_proposes_before_the_event(
    story, tmp_path, capsys, published, warnings
):
    article = tmp_path / "toll.txt"
    article.write_text("Kessa toll\n\nThe Valdera Council said 40 people died.\n", "utf-8")
    argv = ["ingest", str(article), "--outlet", "courier", "--published", published]
    assert main([*argv, "--story", str(story)]) == 0
    err = capsys.readouterr().err
    got = [line.split(": ", 2)[-1] for line in err.splitlines() if line.startswith("warning: ")]
    assert got == warnings


def test_ingest_warns_only_of_the_rows_it_just_proposed(story, tmp_path, capsys):
    ingest_article(story / "data", "Kessa toll\n\nThe Valdera Council said 40 people died.\n",
                   name="toll.txt", outlet="courier", published="2019-03-01")  # fmt: skip
    article = tmp_path / "later.txt"
    article.write_text("Kessa toll\n\nThe Valdera Council said 41 people died.\n", "utf-8")
    argv = ["ingest", str(article), "--outlet", "courier", "--published", "2019-03-16"]
    capsys.readouterr()
    assert main([*argv, "--story", str(story)]) == 0
    assert "warning:" not in capsys.readouterr().err
