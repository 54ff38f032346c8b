"""Who speaks a quotation of several paragraphs, and words before a speaker that are not a name.

A long quotation opens each paragraph with a quotation mark and closes only the last; its
speaker is named once, in the line that introduces it with a colon ("X said:", "The following
is a translation of the statement:"). Every paragraph of it is theirs, its "we" and "our"
included. A time or a participle before the subject ("On Friday police …", "Speaking today,
X, who …, said:") is no part of the speaker's name. Passages of our own in the invented flood
story (tests/extract/stories.py).
"""

from __future__ import annotations

import pytest

from tests.extract.stories import find

RUN = (
    "Update on the search in Lowtown\n\n"
    "Speaking today, Detective Superintendent Mara Vell, who leads the search, said:\n\n"
    '"Our current estimate is that around 80 people are missing, presumed dead.\n\n'
    '"To date we have formally identified 21 people who died.\n\n'
    '"We are still appealing for information."\n\n'
    "At least 12 people were injured."
)
STATEMENT = (
    "Southmark claims the Lowtown attack\n\n"
    "Southmark's army issued a statement on 11 March claiming the attack.\n\n"
    "The following is a translation of the statement:\n\n"
    '"Our forces stormed the positions in Lowtown.\n\n'
    '"Two of our brothers were martyred in the battle."'
)
# (text, figure, side, claimant name)
SPEAKERS = [
    (RUN, "around 80", "norland", "Detective Superintendent Mara Vell"),
    (RUN, "21", "norland", "Detective Superintendent Mara Vell"),
    (RUN, "At least 12", "media", ""),
    (STATEMENT, "Two", "southmark", "Southmark's army"),
    ("On Friday police in Lowtown confirmed 30 deaths.", "30", "norland", "police in Lowtown"),
    ("In the summer police estimated that around 80 had died.", "around 80", "norland", "police"),
    ("On Monday Mara Vell said 40 people died.", "40", "norland", "Mara Vell"),
]


@pytest.mark.parametrize("row", SPEAKERS, ids=lambda r: f"{r[0][:30]}:{r[1]}")
def test_who_speaks_a_long_quotation_and_whose_name_it_is(row):
    text, quote, side, name = row
    figure = find(text, quote)
    assert (figure.side, figure.claimant_name) == (side, name)
