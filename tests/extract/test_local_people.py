"""Local people: who they are when they spoke to someone, and whose side their place gives.

Invented story: the flood hit both banks, so no one party holds the whole event's place;
``north`` holds Harbour City, ``south`` holds Kessa. Expected values are written from the
rules in :mod:`makiivka.extract.subjects` and :mod:`makiivka.extract.resolve` (the corpus
conventions, judgement call 4: local speakers' side follows the party that held the place).
"""

from __future__ import annotations

import pytest

from makiivka.extract.attribution import find_cues
from makiivka.extract.figures import extract_figures
from makiivka.extract.speakers import register_from

REGISTER = register_from(
    [],
    {"event": {"places": ["Harbour City", "Kessa"]},
     "parties": [{"id": "north", "label": "Norland", "cues": ["Norland"],
                  "places": ["Harbour City"]},
                 {"id": "south", "label": "Southmark", "cues": ["Southmark"],
                  "places": ["Kessa"]}],
     "roles": {"media": {"cues": ["Daily Post"]}}},
)  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # whom the subject spoke to is not the subject
        ("Residents who spoke to the Daily Post say hundreds died.", "Residents"),
        (
            "Nurses and residents who have spoken with the Daily Post said 40 died.",
            "Nurses and residents",
        ),
        # the outlet that is itself the subject stays
        ("The Daily Post says hundreds died.", "Daily Post"),
    ],
)
def test_whom_a_subject_spoke_to_is_not_the_subject(sentence, name):
    names = [c.name for c in find_cues(sentence, 0, len(sentence), REGISTER)]
    assert names == [name]


@pytest.mark.parametrize(
    ("text", "quote", "side"),
    [
        # the article opens in a place one party holds: its local people speak for it
        ("When the water drained out of Kessa, people found bodies in cellars. "
         "A health worker said at least 200 bodies were taken to a morgue.",
         "at least 200", "south"),
        ("When the water drained out of Harbour City, people found bodies in cellars. "
         "Residents said 40 people had died.", "40", "north"),
        # the sentence's own place comes first
        ("When the water drained out of Kessa, people found bodies in cellars. "
         "In Harbour City, a nurse said 40 people had died.", "40", "north"),
        # an opening in places of both parties tells nothing
        ("The water drained out of Kessa and of Harbour City on Sunday. "
         "Residents said 40 people had died.", "40", "unknown"),
    ],
)  # fmt: skip
def test_local_people_speak_for_the_party_holding_the_article_s_place(text, quote, side):
    found = [f for f in extract_figures(text, "2024-05-01", REGISTER) if f.quote == quote]
    assert [f.side for f in found] == [side]
