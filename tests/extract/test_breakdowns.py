"""Breakdowns, elliptical and hedged figures (kind 12), in sentences of our own.

The corpus conventions (tests/fixtures/corpus/README.md, "metric"): counts by area given
beside the same claimant's total are parts of it (``other``); counts for disjoint areas
with no total beside them are the toll's own metric; an elliptical figure ("and more than
2,160 in the north") counts what the figure before it counts; a forecast ("might reach
thousands") is a figure of the toll it forecasts. The invented flood story
(tests/extract/stories.py).
"""

from __future__ import annotations

import pytest

from tests.extract.stories import find, rows

# (text, figure, metric, unit)
METRICS = [
    # Per-area breakdowns beside a total: parts.
    ("The ministry said 1,262 people had died: 408 in Greyford, 634 in Kestrel, 197 in Harbour City and 23 in Lowtown.", "1,262", "killed", "people"),
    ("The ministry said 1,262 people had died: 408 in Greyford, 634 in Kestrel, 197 in Harbour City and 23 in Lowtown.", "408", "other", "people"),
    ("The ministry said 1,262 people had died: 408 in Greyford, 634 in Kestrel, 197 in Harbour City and 23 in Lowtown.", "23", "other", "people"),
    ("The toll rose to 1,262. The deaths were distributed as follows: 408 in Greyford, 634 in Kestrel and 220 in Lowtown.", "634", "other", "people"),
    ("The injured numbered 2,285: 832 in Greyford, 1,039 in Kestrel, 371 in Harbour City and 43 in Lowtown.", "1,039", "other", "people"),
    ("The toll rose to 2,085. By province, the dead numbered Greyford (1,351), Kestrel (492), Harbour City (201) and Lowtown (41).", "1,351", "other", "people"),
    ("The toll rose to 2,085. By province, the dead numbered Greyford (1,351), Kestrel (492), Harbour City (201) and Lowtown (41).", "41", "other", "people"),
    ("The ministry put the toll at 2,085: Greyford 1,351, Kestrel 492, Harbour City 201 and Lowtown 41.", "492", "other", "people"),
    # A list with no total beside it: its items count what its toll word counts.
    ("Deaths by province: 408 in Greyford, 634 in Kestrel.", "634", "killed", "people"),
    ("Deaths: 408 in Greyford and 634 in Kestrel, while the injuries were 832 in Greyford and 43 in Lowtown.", "832", "wounded", "people"),
    # A time stamp's colon before a clause with its own verb opens no list.
    ("Update, 9:15 a.m.: The mayor said the death toll had risen to 20, with 73 injured.", "20", "killed", "people"),
    # A clock time's colon opens no list; a figure after its own verb is no ellipsis.
    ("By 11:30 the flood had killed 14 people and injured 61, three children among them.", "61", "wounded", "people"),
    ("The river burst, killing 27 people and injuring another 25, two teenagers among them.", "25", "wounded", "people"),
    ("Flood kills 12, injures dozens in Lowtown", "dozens", "wounded", "people"),
    # A part's noun past an abbreviation.
    ("The blast killed dozens of people, at least 13 U.N. staff among them.", "at least 13", "other", "people"),
    ("The blast killed dozens of people, at least 13 U.S. troops among them.", "at least 13", "other", "people"),
    # Disjoint areas with no total beside them: each is a toll.
    ("The ministry said 430 people were killed in the west and 380 in the east.", "380", "killed", "people"),
    ("In Norland, 1,414 people have died in the lowlands, according to the ministry, and more than 2,160 in the north, according to rescuers.", "more than 2,160", "killed", "people"),
    ("Officials said 21 people were injured in Lowtown and 14 in Riverside District.", "14", "wounded", "people"),
    # A breakdown by country of origin: each item counts what the first counts.
    ("The victims are 18 nationals of Southmark, seven of Farland, six of Weston and two of Estia.", "seven", "other", "people"),
    ("The victims are 18 nationals of Southmark, seven of Farland, six of Weston and two of Estia.", "six", "other", "people"),
    ("Officials said 21 people were injured in Lowtown, and eight from Farland.", "eight", "wounded", "people"),
    # An elliptical figure counts what the one before counts.
    ("Officials said 4.6 million children live in the affected provinces, and 2.5 million in Port Vell have been affected.", "2.5 million", "other", "people"),
    ("More than 3,000 bodies had been buried, while another 2,000 were still being processed.", "2,000", "other", "people"),
    # Forecasts and hedges.
    ("\"The death toll is huge and might reach thousands,\" he said.", "thousands", "killed", "people"),
    ("Officials fear the toll could rise to several hundred.", "several hundred", "killed", "people"),
    ("The number of dead is expected to exceed 1,000.", "1,000", "killed", "people"),
    ("'Hundreds' dead in Lowtown flood, say rescuers", "Hundreds", "killed", "people"),
    # The subject of "has risen to" decides over other verbs in it.
    ("The number of deaths caused by the flood that struck the region on Sunday has risen to 1,262.", "1,262", "killed", "people"),
    ("The number of people injured when the wave hit the town has climbed to 140.", "140", "wounded", "people"),
    ("Twelve people were killed and the number of injured rose to 40.", "40", "wounded", "people"),
    # Groups listed one after another make up one count: each counts what the first counts.
    ("The confirmed dead are 14 staff, 24 patients and 12 doctors.", "24", "killed", "people"),
    ("The confirmed dead are 14 staff, 24 patients and 12 doctors.", "12", "killed", "people"),
    ("The flood killed 14 residents and 300 people were evacuated.", "300", "other", "people"),
    ("Officials said 40 were killed, 300 people in camps.", "300", "other", "people"),
    # Fates unknown.
    ("Fate of more than 40 people unknown.", "more than 40", "missing", "people"),
    ("The whereabouts of 46 people remain unknown, the council said.", "46", "missing", "people"),
]  # fmt: skip


@pytest.mark.parametrize("row", METRICS, ids=lambda r: f"{r[0][:50]}:{r[1]}")
def test_what_a_breakdown_or_elliptical_figure_counts(row):
    text, figure, metric, unit = row
    found = find(text, figure)
    assert (found.metric, found.unit) == (metric, unit)


# (text, figure, low, high, qualifier): hedged bounds
BOUNDS = [
    ("The war has killed, by some estimates, up to 150,000 people.", "up to 150,000", None, 150000, "up_to"),
    ("By some estimates as many as 20,000 people may have died.", "as many as 20,000", None, 20000, "up_to"),
    ("The number of dead is expected to exceed 1,000.", "1,000", 1000, 1000, "exact"),
]  # fmt: skip


@pytest.mark.parametrize("row", BOUNDS, ids=lambda r: r[0][:50])
def test_hedged_figures_keep_their_bounds(row):
    text, figure, low, high, qualifier = row
    found = find(text, figure)
    assert (found.value_low, found.value_high, found.qualifier) == (low, high, qualifier)


def test_every_item_of_a_breakdown_is_a_row():
    text = "Deaths by province: 408 in Greyford, 634 in Kestrel, 197 in Harbour City and 23 in Lowtown."
    assert [f.quote for f in rows(text)] == ["408", "634", "197", "23"]
