"""Numbers that are not counts of people or munitions give no row (kind 11).

A casualty figure needs a counted noun of people or munitions, or a toll word: magnitudes,
counts of things ("thousands of buildings", "two dams", "11 trucks"), "thousands of times",
days of dates ("on 11 and 12 March"), money that is not a payout (an appeal, a budget) and
counts of the people a report's authors spoke to are context (the corpus conventions,
tests/fixtures/corpus/README.md, "Numbers that are not labelled"). Sentences of our own in
the invented flood story (tests/extract/stories.py).
"""

from __future__ import annotations

import pytest

from tests.extract.stories import rows

# (text, the quotes that are rows, in order)
ROWS = [
    # A telephone number's last group is no count.
    ("Anyone with information should call the Casualty Bureau on 0800 0961 233.", []),
    ("Police said 20 people died; the casualty hotline is +44 20 7946 0958.", ["20"]),
    # Magnitudes, however written.
    ("A magnitude 7.8 earthquake struck before dawn, killing more than 2,300 people.", ["more than 2,300"]),
    ("A 6.8 quake hit the mountains late on Friday, killing at least 632 people.", ["at least 632"]),
    ("The 6.8-magnitude tremor killed 296 people.", ["296"]),
    ("The magnitude-6.1 aftershock injured 12 people.", ["12"]),
    ("Hours later, a second quake, magnitude 7.5, struck 100 kilometres to the north.", []),
    ("The quake measured 6.9 on the Richter scale and killed 120.", ["120"]),
    ("An aftershock of magnitude 4.9 rattled the town.", []),
    ("The earthquake had a magnitude of 7.4 and a depth of 18 kilometres.", []),
    # Counts of things, with or without "of".
    ("The quake toppled thousands of buildings and killed more than 2,300 people.", ["more than 2,300"]),
    ("Dozens of homes were swept away and 40 people died.", ["40"]),
    ("The storm burst two dams and thousands of people were missing.", ["thousands"]),
    ("A convoy of 11 trucks crossed the border on Monday, and 30 people remain missing.", ["30"]),
    ("A plane brought 14 tonnes of medical supplies, body bags and 87 doctors.", ["87"]),
    ("Two of its bridges reopened on Tuesday, and 12 people were rescued.", ["12"]),
    ("Hundreds of vehicles were swept into the sea, where 300 people are still missing.", ["300"]),
    # Times something was done.
    ("Posts claiming that 500 people died were shared thousands of times.", ["500"]),
    ("The video has been viewed millions of times.", []),
    # Days of dates.
    ("Posts shared on 11 and 12 March say 500 people died.", ["500"]),
    ("Posts shared on March 11 and 12 say 500 people died.", ["500"]),
    ("Rescuers worked through 11, 12 and 13 March to free 40 people.", ["40"]),
    # Money that is not a payout.
    ("The flash appeal seeks US$71.4 million for the coming three months.", []),
    ("The government set aside $5 million for reconstruction.", []),
    ("The damage is estimated at €2 billion.", []),
    ("Each family of the dead will receive a payout of 5 million roubles.", ["5 million roubles"]),
    # Whom the authors spoke to.
    ("Investigators interviewed 40 survivors and 12 rescuers.", []),
    ("Reporters spoke to more than 20 residents, who said at least 30 people had died.", ["at least 30"]),
    ("The report is based on interviews with 25 witnesses.", []),
    ("Reuters talked to nine survivors of the flood.", []),
    # Headline and timeline furniture.
    ("A quake of magnitude 6.8 struck 72 km south-west of the city at 11:11 pm.", []),
    ("Three days of national mourning were declared.", []),
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r[0][:60])
def test_only_counts_of_people_or_munitions_are_rows(row):
    text, quotes = row
    assert [f.quote for f in rows(text)] == quotes
