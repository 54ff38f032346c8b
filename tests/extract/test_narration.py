"""The outlet's own narration beside a speaker's statement in the same sentence.

Invented story: parties ``north`` (Norland, its "health ministry", holding Harbour City) and
``south`` (Southmark). Expected values are written from the rules in
:mod:`makiivka.extract.narration` (the corpus conventions, judgement call 2).
"""

from __future__ import annotations

from functools import partial

import pytest

from makiivka.extract.figures import extract_figures as _extract
from makiivka.extract.speakers import register_from

#: The rules alone: these tests check their conventions on invented passages; what the
#: speaker model may change is tested in test_speaker_model.py.
extract_figures = partial(_extract, model=False)

REGISTER = register_from(
    [],
    {"event": {"places": ["Harbour City"]},
     "parties": [{"id": "north", "label": "Norland",
                  "cues": ["Norland", "Norlandic", "health ministry"], "places": ["Harbour City"]},
                 {"id": "south", "label": "Southmark", "cues": ["Southmark"], "places": []}]},
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "side"),
    [
        # a clause of the event with its own subject, after the statement
        ("The health ministry says 274 people were killed in the raid on Saturday, during "
         "which Southmark forces freed four captives.", "four", "media"),
        # the figure opening the clause is still the speaker's
        ("The health ministry says the raid hit a school on Saturday, in which 30 people "
         "died.", "30", "north"),
        # a comparison with another event: the outlet's background
        ("The toll rose to 93 on Saturday, the health ministry said, surpassing the 2018 "
         "flood, which killed 85 people.", "85", "media"),
        ("The toll rose to 93 on Saturday, the health ministry said.", "93", "north"),
        # a trailing source governs the as-clause with its figure, not the clause before it
        ("A Harbour City court charged four men on Sunday, as the toll rose to 139, "
         "according to the health ministry.", "four", "media"),
        ("A Harbour City court charged four men on Sunday, as the toll rose to 139, "
         "according to the health ministry.", "139", "north"),
        # without a figure in the as-clause the source governs the whole sentence
        ("The toll rose to 50, as rescuers searched the rubble, according to the health "
         "ministry.", "50", "north"),
        # a rising toll as the circumstance of a statement before it: the outlet's count
        ("The health ministry blamed Southmark on Tuesday for the attacks on churches and "
         "hotels in Harbour City, as the death toll rose to 321.", "321", "media"),
        ("The health ministry says the death toll rose to 321.", "321", "north"),
    ],
)  # fmt: skip
def test_the_outlet_s_narration_is_not_the_speaker_s(text, quote, side):
    found = [f for f in extract_figures(text, "2024-05-01", REGISTER) if f.quote == quote]
    assert [f.side for f in found] == [side]


@pytest.mark.parametrize(
    ("text", "quote", "side"),
    [
        # in a headline, a speaker does not govern a figure across a semicolon
        ("Flood at the market kills 121; crowd far exceeded limit, health ministry says\n\n"
         "The flood hit on Tuesday.", "121", "media"),
        ("Flood: health ministry report blames organisers; toll stands at 121\n\n"
         "The flood hit on Tuesday.", "121", "media"),
        # without one, the trailing speaker governs the headline's figure
        ("Flood at the market kills 121, health ministry says\n\nThe flood hit on Tuesday.",
         "121", "north"),
    ],
)  # fmt: skip
def test_a_headline_speaker_does_not_govern_across_a_semicolon(text, quote, side):
    found = [f for f in extract_figures(text, "2024-05-01", REGISTER) if f.quote == quote]
    assert [f.side for f in found] == [side]


@pytest.mark.parametrize(
    ("text", "quote", "side"),
    [
        # a headline: who claims the attack does not state the rising toll
        ("Southmark claims Harbour City bombings as death toll rises to 321\n\nThe attacks "
         "hit on Sunday.", "321", "media"),
        ("Southmark claims 321 were killed in Harbour City\n\nThe attacks hit on Sunday.",
         "321", "south"),
    ],
)  # fmt: skip
def test_a_headline_s_rising_toll_is_the_outlet_s(text, quote, side):
    found = [f for f in extract_figures(text, "2024-05-01", REGISTER) if f.quote == quote]
    assert [f.side for f in found] == [side]
