"""Held places of more than one word, and headline topics that end in an event noun.

Invented story: party ``north`` holds "Port Harbour" and "Wadi al-Sur", ``south`` holds
"Kessa". Expected values are written from the rules in :mod:`makiivka.extract.sides` and
:mod:`makiivka.extract.attribution`.
"""

from __future__ import annotations

import pytest

from makiivka.extract.attribution import find_cues
from makiivka.extract.entities import Entities
from makiivka.extract.held import held_on
from makiivka.extract.sides import Sides
from makiivka.extract.speakers import register_from

PARTIES = [
    {"id": "north", "label": "Norland", "cues": ["Norland"],
     "places": ["Port Harbour", "Wadi al-Sur (town)"]},
    {"id": "south", "label": "Southmark", "cues": ["Southmark"], "places": ["Kessa"]},
]  # fmt: skip
SIDES = Sides(PARTIES, {}, [])  # no event place: no host party to fall back on
REGISTER = register_from([], {"event": {"places": ["Port Harbour"]}, "parties": PARTIES})


@pytest.mark.parametrize(
    ("name", "side"),
    [
        # every word of a held place keeps its capital
        ("the governor of Port Harbour", "north"),
        ("the mayor of Wadi al-Sur", "north"),
        ("the mayor of Kessa", "south"),
        # a different place that shares a word is not held
        ("the mayor of Port Kessa Bay", "south"),
    ],
)
def test_a_held_place_of_several_words_gives_its_side(name, side):
    assert SIDES.side_of(name) == side


def test_a_held_place_of_several_words_is_no_person():
    text = "Al Jazeera's Ana Lund, reporting from Port Harbour, said 60 were wounded."
    assert "harbour" not in Entities.of(text, REGISTER).persons


@pytest.mark.parametrize(
    ("headline", "names"),
    [
        # a place and the event noun before a colon is a topic, not a speaker
        ("Port Harbour Earthquake: Toll Rises to 212 - Interior Ministry", ["Interior Ministry"]),
        ("Kessa floods: 40 dead, says Norland", ["Norland"]),
        # a body before the colon is a speaker
        ("Interior Ministry: Toll Rises to 212", ["Interior Ministry"]),
    ],
)
def test_a_headline_topic_ending_in_an_event_noun_is_no_speaker(headline, names):
    cues = find_cues(headline, 0, len(headline), REGISTER)
    assert [c.name for c in cues] == names


@pytest.mark.parametrize(
    ("place", "day", "held"),
    [
        ("Lowtown (March 2022)", "2022-03-16T00:00+02:00", True),
        ("Lowtown (from May 2022)", "2022-03-16T00:00+02:00", False),
        ("Lowtown (from May 2022)", "2023-01-02", True),
        ("Lowtown (27 February to 30 March 2022)", "2022-03-30", True),
        ("Lowtown (27 February to 30 March 2022)", "2022-04-02", False),
        ("Lowtown (from 31 March 2022)", "2022-04-02", True),
        ("Lowtown (until 2021)", "2022-04-02", False),
        # no period in the note, or no day: the place counts
        ("Lowtown (city)", "2022-04-02", True),
        ("Lowtown (from May 2022)", "", True),
    ],
)
def test_a_dated_note_tells_who_held_the_place_on_the_day(place, day, held):
    assert held_on(place, day) is held


def test_witnesses_of_a_place_that_changed_hands_speak_for_who_held_it_then():
    parties = [
        {"id": "north", "label": "Norland", "cues": ["Norland"], "places": ["Lowtown (March 2022)"]},
        {"id": "south", "label": "Southmark", "cues": ["Southmark"],
         "places": ["Lowtown (from May 2022)"]},
    ]  # fmt: skip
    march = Sides(parties, {}, ["Lowtown"], "2022-03-16")
    june = Sides(parties, {}, ["Lowtown"], "2022-06-20")
    assert (march.host, june.host) == ("north", "south")
    assert (march.side_of("Witnesses"), june.side_of("Witnesses")) == ("north", "south")
