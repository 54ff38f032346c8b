"""A date ending one reported clause does not date the next clause's statement.

Round 25's new user: "The charity … said on Monday that at least 600 people had been aboard
the boat that sank … last week and that it believed more than 400 had died." dated the 400
by "last week" (stated_at a month, ``2026-09``): the sinking's week, not the statement's day.
Invented story: the Kessa dam collapse (published Saturday 23 March 2019).
"""

from __future__ import annotations

import pytest

from makiivka.extract.figures import extract_figures

PUBLISHED = "2019-03-23"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Valdera Council said on Friday that at least 60 people had been aboard the ferry "
         "that sank off Kessa last week and that it believed more than 40 had died.",
         [("at least 60", "2019-03-22"), ("more than 40", "2019-03-22")]),
        ("The Valdera Council said on Friday that the flood swept the valley last week, and "
         "that it believed 40 people had died.", [("40", "2019-03-22")]),
        # guard: a date right before the cue, no clause between, still dates it
        ("The Valdera Council last week said that 40 people had died.",
         [("40", "2019-03")]),
    ],
)  # fmt: skip
def test_a_clause_before_keeps_its_date(text, expected):
    figures = extract_figures(text, PUBLISHED, outlet="courier")
    assert [(f.quote, f.stated_at) for f in figures] == expected
