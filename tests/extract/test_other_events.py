"""Figures about another event, a war-wide or running total, or the event itself (kind 10).

Sentences of our own in two invented stories (tests/extract/stories.py): a flood in Lowtown
and a missile strike on Eastbrook station, both on 10 March 2024. Scope ``strike`` is the
extractor's word for the story's own event, ``war`` a war-wide or running total, ``other``
another event (the corpus conventions, tests/fixtures/corpus/README.md, ``about_event``).
"""

from __future__ import annotations

import pytest

from tests.extract.stories import FLOOD, STRIKE, find

# (text, figure, scope) in the flood story.
FLOOD_SCOPES = [
    # Another year: fronted, after the figure, or a "when" clause about that year.
    ("Rain fell all night. In 1999, a storm killed some 18,000 people in the north.", "some 18,000", "other"),
    ("Rain fell. Back in 2010, a mudslide left 500 people dead near the coast.", "500", "other"),
    ("It was the worst flood since 1939, when a storm of the same strength killed 33,000 people in eastern Lowtown province.", "33,000", "other"),
    ("The river last burst its banks in 1998, when 2,000 people died.", "2,000", "other"),
    ("A cyclone killed 33,000 people in eastern Greyford province in 1939.", "33,000", "other"),
    ("Floods killed 4,000 people in the valley in March 1931, the archive shows.", "4,000", "other"),
    ("Rain fell. The previous record flood, in 1973, killed 83 people.", "83", "other"),
    # An event named by its year, and the clause that is its own.
    ("It was the deadliest flood since the 1999 Greyford dam collapse, in which 300 people died.", "300", "other"),
    ("The 2010 mudslide, which killed more than 500 people, was worse.", "more than 500", "other"),
    ("The flood, the deadliest since the 1999 storm, killed 40 people.", "40", "strike"),
    # An earlier period: an occupation, a withdrawal, a surrender at another site.
    ("After Southern troops withdrew from Millbrook, the bodies of 410 civilians were found in the town.", "410", "other"),
    ("The remains of 30 people were found in Millbrook during the occupation.", "30", "other"),
    ("In February, 2,439 fighters laid down their arms at the steelworks.", "2,439", "other"),
    # Running totals since a date before the event, and wars.
    ("The ministry says 3,478 people have been killed in strikes on the territory since February 7.", "3,478", "war"),
    ("Since January 1, floods have killed 210 people across Norland.", "210", "war"),
    ("More than 300,000 civilians have died since the uprising began in 2011.", "More than 300,000", "war"),
    ("The civil war, in which more than 500,000 people have been killed, shows no sign of ending.", "more than 500,000", "war"),
    ("So far this year, storms have killed 96 people in the country.", "96", "war"),
    # Another place the article moves to, hours later.
    ("Hours later, shelling of Southern-held Port Vell killed at least 10 civilians.", "at least 10", "other"),
    ("Hours later, an air strike on rebel-held Millbrook killed 12 people, medics said.", "12", "other"),
    # The event itself: its dates, its own region, comparisons with other years.
    ("Floodwaters killed at least 19 people, rescuers said, the worst toll since 2015.", "at least 19", "strike"),
    ("The dam, built in 1975, burst and killed 40 people.", "40", "strike"),
    ("The flood killed 40 people in the city, which was founded in 1920.", "40", "strike"),
    ("The flood killed 2,012 people across five provinces, the ministry said.", "2,012", "strike"),
    ("Nationwide, the floods have killed 120 people since Sunday.", "120", "strike"),
    ("Authorities ordered 50,000 residents of Lowtown to leave their homes.", "50,000", "strike"),
    ("Since Monday, rescuers have recovered 96 bodies.", "96", "strike"),
    ("In 2024, the flood killed 30 people in Lowtown.", "30", "strike"),
    # A country's total is a flood's own (a natural hazard covers its region).
    ("With these deaths, the total killed in the country comes to 36,000.", "36,000", "strike"),
    # A year opening a sentence without a comma; "Elsewhere," opening one; a count since a
    # year before the event, in the pluperfect.
    ("In 1957 a flood of the river in the city of Lowtown killed at least 81.", "at least 81", "other"),
    ("Elsewhere, seven people died in Farland and one in Weston.", "seven", "other"),
    ("A watchdog says 78 deaths had been linked to football matches since 1994.", "78", "war"),
    ("Elsewhere in the city, the flood killed 12 people.", "12", "other"),
    ("In 2024 the flood killed 30 people in Lowtown.", "30", "strike"),
    ("Rain fell.\nElsewhere, seven people died in Farland.", "seven", "other"),
    ("Norland's worst flood until now was a dam burst in Lowtown in 1992 that killed 263 people.", "263", "other"),
    ("Officials said in 2024 that the flood had killed 30 people.", "30", "strike"),
    # An earlier happening in the past perfect, dated by a month or a day before the event.
    ("A dam had burst upstream in January, drowning 12 people, officials said.", "12", "other"),
    ("The river had flooded the same district on February 20, killing four people.", "four", "other"),
    ("Officials had said on March 11 that 30 people died in the flood.", "30", "strike"),
    # A running total since a month before the event, with no day.
    ("Storms have killed nearly 1,000 people since January, the Red Cross says.", "nearly 1,000", "war"),
    ("The flood has killed 40 people since March, the Red Cross says.", "40", "strike"),
    # "a day earlier" dates a revision; it is no daily tally.
    ("The toll rose to 70, up from 40 a day earlier.", "70", "strike"),
    ("The toll rose to 70, up from 40 a day earlier.", "40", "strike"),
]  # fmt: skip


@pytest.mark.parametrize("row", FLOOD_SCOPES, ids=lambda r: r[0][:60])
def test_which_event_a_flood_figure_is_about(row):
    text, figure, scope = row
    assert find(text, figure, FLOOD).scope == scope


# (text, figure, scope) in the strike story.
STRIKE_SCOPES = [
    # A wave across the country is not the strike on Eastbrook; a part keeps its whole's scope.
    ("Southmark launched 28 missiles at Norland overnight, of which 18 were shot down.", "28", "other"),
    ("Southmark launched 28 missiles at Norland overnight, of which 18 were shot down.", "18", "other"),
    ("Strikes across the country killed 25 people on Sunday.", "25", "other"),
    ("With these deaths, the total killed in the country comes to 36,000.", "36,000", "war"),
    # Populations ordered to move are the war's, not the strike's.
    ("The army has ordered some 1 million people in the south to move north.", "some 1 million", "other"),
    ("Officials told 40,000 residents of Greyford to evacuate.", "40,000", "other"),
    # Running totals since a date before the strike.
    ("At least 3,478 people have been killed in attacks on Norland since February 7, the ministry says.", "At least 3,478", "war"),
    # A siege's or a blockade's toll is a running total, not the strike's.
    ("More than 20,000 civilians were killed during the siege, the mayor said.", "More than 20,000", "war"),
    ("Since the start of the blockade, more than 5,000 residents have been killed.", "more than 5,000", "war"),
    ("The missiles left at least 41 people dead across the country on Monday.", "at least 41", "other"),
    ("The barrage hit Eastbrook station, killing two people there, and left at least 41 people dead across the country.", "at least 41", "other"),
    ("The barrage hit Eastbrook station, killing two people there, and left at least 41 people dead across the country.", "two", "strike"),
    # A war's count: since the start of an operation, across the war, a wider toll.
    ("In September, the ministry said 5,937 soldiers had been killed since the start of the border operation.", "5,937", "war"),
    ("Since the start of the conflict, 4,100 soldiers have died, the ministry says.", "4,100", "war"),
    ("Across the war as a whole, the outlets have confirmed 11,662 names of the dead.", "11,662", "war"),
    ("The prosecutor says the wider Norland toll on March 10 was 33 dead.", "33", "war"),
    # A count given before the event (by the month it was said in) is another event's.
    ("A general, Jon Smith, said in November that about 100,000 troops had been killed.", "about 100,000", "other"),
    ("In January, Southmark said 27 sailors went missing when the cruiser Arrow sank.", "27", "other"),
    ("In March, the ministry said the strike had killed 61 people.", "61", "strike"),
    ("The ministry said in March that 61 people had been killed.", "61", "strike"),
    # A part in apposition to a running total is counted where the total is, though a toll
    # of the strike stands in the sentence before.
    ("Medics saw at least 21 bodies at the station.\n\nThe ministry says 8,525 people, including 3,542 children, have been killed in strikes since Feb. 7.", "3,542", "war"),
    # A figure whose own noun phrase is dated to a day well before the strike.
    ("Some 116 hostages seized on February 7 are still held, the army said.", "Some 116", "other"),
    ("Medics said 40 people wounded on March 10 were still in hospital.", "40", "strike"),
    # The strike itself.
    ("The strike on Eastbrook station killed 57 people, the governor said.", "57", "strike"),
    ("Of the 98 wounded, 16 were children.", "98", "strike"),
]  # fmt: skip


@pytest.mark.parametrize("row", STRIKE_SCOPES, ids=lambda r: f"{r[0][:50]}:{r[1]}")
def test_which_event_a_strike_figure_is_about(row):
    text, figure, scope = row
    assert find(text, figure, STRIKE).scope == scope
