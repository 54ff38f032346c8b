"""Third parties by their words: foreign diplomats and ministers, international bodies in any case.

Invented story: parties ``north`` (Norland, holding Harbour City, the event's place) and
``south`` (Southmark); the third-party role lists "UNICEF" and "WHO". Expected values are
written from the rules in :mod:`makiivka.extract.sides` (the corpus conventions: foreign
governments and international bodies are ``third_party``).
"""

from __future__ import annotations

import pytest

from makiivka.extract.figures import extract_figures
from makiivka.extract.sides import Sides
from makiivka.extract.speakers import register_from

PARTIES = [
    {"id": "north", "label": "Norland", "cues": ["Norland", "Norlandic", "government", "army"],
     "places": ["Harbour City"]},
    {"id": "south", "label": "Southmark Governorate", "cues": ["Southmark"], "places": []},
]  # fmt: skip
ROLES = {"third_party": {"cues": ["UNICEF", "WHO"]}}
SIDES = Sides(PARTIES, ROLES, ["Harbour City"])


@pytest.mark.parametrize(
    ("name", "side"),
    [
        # an acronym of four letters or more, in title case
        ("Unicef", "third_party"),
        ("UNICEF", "third_party"),
        # three letters in title case is a word, not the acronym
        ("Who", "unknown"),
        # a group of countries before a state word
        ("An Arab diplomat", "third_party"),
        ("Western officials", "third_party"),
        ("Gulf diplomats", "third_party"),
        # a country no party is known by, with its minister or ministry
        ("Ruritania's interior minister", "third_party"),
        ("Ruritania's health ministry", "third_party"),
        # a party's own minister stays the party's
        ("Norland's interior minister", "north"),
        # a diplomat without a country's word says nothing
        ("a diplomat", "unknown"),
        # a foreign general; state words capitalised as part of a name
        ("the top Ruritanian general", "third_party"),
        ("The Ruritanian Foreign Ministry", "third_party"),
        ("a Norlandic general", "north"),
        # a party's common-noun cue ("government", "army") qualified by another country
        ("a Ruritanian government security assessment", "third_party"),
        ("the Ruritanian army", "third_party"),
        ("the government", "north"),
        ("the Norlandic government", "north"),
        ("Norland's army", "north"),
        # an institution named by a word of one party's label only ("Southmark Governorate")
        ("the governorate", "south"),
        # a watchdog, a hotline, an NGO: bodies outside the parties
        ("a football watchdog", "third_party"),
        ("The activist hotline Sea Call", "third_party"),
        # a body whose own name says it is international or campaigns
        ("the International Labour Organization", "third_party"),
        ("International Rescue Committee", "third_party"),
        ("World Vision", "third_party"),
        ("the Clean Water Campaign", "third_party"),
        ("Lake Rights Watch", "third_party"),
        ("the Lake Relief Foundation", "third_party"),
        # a party's cue word in the name still wins; a bare word names no body
        ("Norland Relief Foundation", "north"),
        # a national human rights commission or rights body, even state-appointed, and a
        # university or its school: a country's or a held place's word does not decide
        ("the Norlandic Human Rights Commission", "third_party"),
        ("Norland's state-appointed human rights commission", "third_party"),
        ("Norlandic rights body", "third_party"),
        ("Harbour City University", "third_party"),
        ("the University of Harbour City", "third_party"),
        ("the Harbour City School of Public Health", "third_party"),
        # a person whose job has rights words is not a rights body
        ("a Norlandic human rights lawyer", "north"),
        ("an international campaign", "unknown"),
        ("the World Cup", "unknown"),
    ],
)
def test_a_foreign_or_international_speaker_is_a_third_party(name, side):
    assert SIDES.side_of(name) == side


def test_a_mixed_case_agency_s_figure_is_a_third_party_s():
    register = register_from([], {"event": {"places": ["Harbour City"]}, "parties": PARTIES,
                                  "roles": ROLES})  # fmt: skip
    text = "Unicef said more than 300 children were displaced in Harbour City."
    found = extract_figures(text, "2024-05-01", register)
    assert [(f.quote, f.side) for f in found] == [("more than 300", "third_party")]


# (text, figure, side, claimant name): what the article calls a speaker beside its name, a
# title with a country's initials before it or an apposition after it, tells its side.
BESIDE_THE_NAME = [
    ("Floods hit Harbour City. The top U.S. general, Ana Lund, said in May that about 9,000 "
     "people had been displaced.", "about 9,000", "third_party", "Ana Lund"),
    ("Floods hit Harbour City. Save the Lake, a river watchdog, says 78 deaths had been "
     "linked to floods since 1994.", "78", "third_party", "Save the Lake"),
    ("Floods hit Harbour City. Ivo Brandt, a Norlandic official, said 12 people died.", "12",
     "north", "Ivo Brandt"),
]  # fmt: skip


@pytest.mark.parametrize("row", BESIDE_THE_NAME, ids=lambda r: r[1])
def test_what_the_article_calls_a_speaker_tells_its_side(row):
    text, quote, side, name = row
    register = register_from([], {"event": {"places": ["Harbour City"]}, "parties": PARTIES,
                                  "roles": ROLES})  # fmt: skip
    found = [f for f in extract_figures(text, "2024-05-01", register) if f.quote == quote]
    assert [(f.side, f.claimant_name) for f in found] == [(side, name)]


# (text, figure, side, claimant name): a campaign's press release heading and its spokesperson
# named with the campaign, the name running past six words.
CAMPAIGN_RELEASE = [
    ("Clean Water Campaign: flood victims still waiting\n\nAmsterdam, 24 April 2024\n\n"
     "One year ago the river flooded Harbour City. 1,138 people died.", "1,138",
     "third_party", "Clean Water Campaign"),
    ('Floods hit Harbour City.\n\n"Around 150 people are still missing," said Ana Maria '
     "Lund of the Clean Water Campaign.", "Around 150", "third_party",
     "Ana Maria Lund of the Clean Water Campaign"),
]  # fmt: skip


@pytest.mark.parametrize("row", CAMPAIGN_RELEASE, ids=lambda r: r[1])
def test_a_campaign_and_its_spokesperson_are_a_third_party(row):
    register = register_from([], {"event": {"places": ["Harbour City"]}, "parties": PARTIES,
                                  "roles": ROLES})  # fmt: skip
    text, quote, side, name = row
    found = [f for f in extract_figures(text, "2024-05-01", register) if f.quote == quote]
    assert [(f.side, f.claimant_name) for f in found] == [(side, name)]
