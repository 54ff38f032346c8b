"""Issue 15 at the extractor: reported number phrasings give no wrong casualty row.

Each row: a sentence and every row `extract_figures` must give for it, as (quote, value,
value_low, value_high, qualifier, metric, unit). The first sentence of a kind is the issue's.
"""

from __future__ import annotations

import pytest

from makiivka.extract.attribution import load_register
from makiivka.extract.figures import extract_figures

PUBLISHED = "2023-01-04"
REGISTER = load_register()

ROWS = [
    # a space or an invisible character inside a number: one row
    ("Officials put the death toll at 1 200 soldiers on Tuesday.",
     [("1 200", 1200, 1200, 1200, "exact", "killed", "people")]),
    ("4\u200b00 soldiers were killed", [("4\u200b00", 400, 400, 400, "exact", "killed", "people")]),
    ("The strike killed 1\u202f100 troops.", [("1\u202f100", 1100, 1100, 1100, "exact", "killed", "people")]),
    ("Some 2\x00000 soldiers died.", [("Some 2\x00000", 2000, 2000, 2000, "about", "killed", "people")]),
    # a year-shaped count
    ("The ministry said about 2000 soldiers were killed last week.",
     [("about 2000", 2000, 2000, 2000, "about", "killed", "people")]),
    ("In 2014 soldiers were killed in Donetsk.", []),
    # verb comparatives: the figure's own noun phrase names the metric
    ("Russian losses exceeded 3,000 troops killed",
     [("exceeded 3,000", 3000, 3001, None, "more_than", "killed", "people")]),
    ("The death toll topped 50.", [("topped 50", 50, 51, None, "more_than", "killed", "people")]),
    ("Casualties surpassed 1,000 soldiers wounded.",
     [("surpassed 1,000", 1000, 1001, None, "more_than", "wounded", "people")]),
    # a part of a base: the base is not the toll
    ("A third of the 900 conscripts were killed",
     [("900", 900, 900, 900, "exact", "present", "people")]),
    ("40% of the 600 soldiers were killed", [("600", 600, 600, 600, "exact", "present", "people")]),
    ("Half of the 600 soldiers housed there were killed.",
     [("600", 600, 600, 600, "exact", "present", "people")]),
    ("Most of the 300 troops in the building died.",
     [("300", 300, 300, 300, "exact", "present", "people")]),
    ("One in five of the 600 conscripts was wounded.",
     [("600", 600, 600, 600, "exact", "present", "people")]),
    ("A third of the 400 killed were officers.", [("400", 400, 400, 400, "exact", "killed", "people")]),
    ("Two-thirds of the 90 wounded were conscripts.",
     [("90", 90, 90, 90, "exact", "wounded", "people")]),
    # negative numbers and season ranges
    ("Temperatures of minus 20 killed 12 soldiers", [("12", 12, 12, 12, "exact", "killed", "people")]),
    ("During the 2022–23 winter offensive, 300 soldiers were killed",
     [("300", 300, 300, 300, "exact", "killed", "people")]),
    ("In the 2022-23 winter campaign, dozens were killed.",
     [("dozens", None, 24, 99, "vague", "killed", "people")]),
    # direction words
    ("Nearly 100 soldiers were killed", [("Nearly 100", 100, None, 99, "up_to", "killed", "people")]),
    ("Just over 40 were wounded.", [("Just over 40", 40, 41, None, "more_than", "wounded", "people")]),
    ("Almost 600 soldiers were housed in the building.",
     [("Almost 600", 600, None, 599, "up_to", "present", "people")]),
    # ratios
    ("one in three soldiers was wounded", []),
    ("One in ten of those killed was an officer.", []),
    ("1 in 4 recruits died in the first week.", []),
    # "one" as a pronoun, ordinals, pounds as weight
    ("One of the buildings was destroyed and another one burned; 12 soldiers were killed.",
     [("12", 12, 12, 12, "exact", "killed", "people")]),
    ("The twenty second brigade lost 40 men.",
     [("40", 40, 40, 40, "exact", "killed_or_wounded", "people")]),
    ("A 20 pound bomb killed 3 soldiers.", [("3", 3, 3, 3, "exact", "killed", "people")]),
    ("One soldier died.", [("One", 1, 1, 1, "exact", "killed", "people")]),
    ("12 were killed in one of the 3 buildings.", [("12", 12, 12, 12, "exact", "killed", "people")]),
    ("Russia said 4 missiles hit 2 houses and killed 3 civilians.",
     [("4", 4, 4, 4, "exact", "rockets_hit", "rockets"), ("3", 3, 3, 3, "exact", "killed", "people")]),
    # a few, fractions, two scale words
    ("A few hundred soldiers were killed.",
     [("A few hundred", None, 200, 999, "vague", "killed", "people")]),
    ("One and a half thousand soldiers were wounded.",
     [("One and a half thousand", 1500, 1500, 1500, "exact", "wounded", "people")]),
    ("One million two hundred thousand people were mobilized.",
     [("One million two hundred thousand", 1200000, 1200000, 1200000, "exact", "mobilized",
       "people")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_reported_phrasings_give_no_wrong_row(text, expected):
    rows = extract_figures(text, PUBLISHED, REGISTER)
    assert [
        (f.quote, f.value, f.value_low, f.value_high, f.qualifier, f.metric, f.unit) for f in rows
    ] == expected
    assert all(text[f.start : f.end] == f.quote for f in rows)


# (sentence, published, stated_at): a week is dated by the month or year that holds all of it,
# and by nothing when none does.
WEEK_DATES = [
    ("Ukraine's military said last week that 400 soldiers were killed.", "2023-01-18", "2023-01"),
    ("Ukraine's military said last week that 400 soldiers were killed.", "2023-01-04", ""),
    ("Ukraine's military said earlier this week that 400 soldiers were killed.", "2023-01-04",
     "2023-01"),
    ("Ukraine's military said this week that 400 soldiers were killed.", "2023-03-02", "2023"),
    ("Ukraine's military said this week that 400 soldiers were killed.", "2023-03-10", "2023-03"),
    ("Russia's Defense Ministry said over the weekend that 63 soldiers died.", "2023-01-04", ""),
    ("Russia's Defense Ministry said over the weekend that 63 soldiers died.", "2023-01-18",
     "2023-01"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "stated_at"), WEEK_DATES)
def test_week_phrases_date_the_statement_at_a_precision_that_holds(text, published, stated_at):
    [row] = extract_figures(text, published, REGISTER)
    assert row.stated_at == stated_at
