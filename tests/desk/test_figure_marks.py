"""The desk marks a row's figure where it stands in its quote, never inside a time stamp.

Round 23's new user: "13:30 — Special Relief Commissioner Satyajit Rout: 30 people are
missing." had its "30" marked in "13:30" (its quote is unique, so ``occurrence`` is empty, as
the data dictionary says; the figure was looked up as the quote's first "30"). The row's
figure is its first occurrence in the quote that stands alone: not part of a time, a longer
number or a word. Invented story: the Orlen flood.
"""

from __future__ import annotations

import pytest

from makiivka.desk import views
from makiivka.extract.ingest import ingest_article
from makiivka.story import load
from makiivka.text.not_counts import figure_in_quote

BLOG = """Orlen flood live: the valley counts its dead

13:30 — The Valley Authority: 30 people are missing.

14:46 — The Ridge Council says 46 people have died.

23:12 — Hill Front: 12 dead, 123 injured.
"""


def test_each_figure_is_marked_where_it_stands(story):
    data = story / "data"
    done = ingest_article(data, BLOG, name="blog.txt", outlet="courier", published="2024-05-12")
    desk = views.read_story(data)
    article = desk.article(done.article_id)
    text = load.read_article_text(data, article["path"])
    marked = [
        (v.row["figure"], text[v.start : v.end], v.start, v.evidence is not None)
        for v in sorted(views.article_rows(desk, article, text), key=lambda v: v.start)
    ]
    assert marked == [
        ("30", "30", 76, True),  # not the "30" of "13:30" at 49
        ("46", "46", 131, True),  # not the "46" of "14:46" at 103
        ("12", "12", 173, True),  # not the "12" of "23:12" at 156
        ("123", "123", 182, True),
    ]


@pytest.mark.parametrize(
    ("quote", "figure", "at"),
    [
        ("13:30 — The Valley Authority: 30 people are missing.", "30", 30),
        ("At 2.30 pm the council said 30 had died.", "30", 28),
        ("Of 1,300 residents, 300 were evacuated.", "300", 20),
        ("Twelve died; twelve more were hurt.", "twelve", 13),
        ("The toll stood at 30.", "30", 18),
        ("No alone-standing 30 in 1930", "30", 18),
        ("Only 13:30 here", "30", 8),  # none stands alone: the first
        ("No such figure", "30", -1),
    ],
)
def test_a_figure_is_found_in_its_quote(quote, figure, at):
    assert figure_in_quote(quote, figure) == at
