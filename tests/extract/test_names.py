"""Full names: a short mention of a body takes the name the article or the story gives it.

Invented story: parties ``north`` (Norland; cues include "Norlandic", "Norland Coast Guard",
"Provincial Relief Authority Upland", "Civil Defence of Upland") and ``south`` (Southmark;
cues include "SDF" and "Southern Defence Forces"). Expected values are written from the rules in :mod:`makiivka.extract.names`.
"""

from __future__ import annotations

import pytest

from makiivka.extract.entities import Entities
from makiivka.extract.figures import extract_figures
from makiivka.extract.names import full_name
from makiivka.extract.speakers import register_from
from makiivka.story.parties import label_cues

DESCRIPTOR = {
    "event": {"places": ["Harbour City"]},
    "parties": [
        {"id": "north", "label": "Norland", "cues": [*label_cues("Norland"), "Norlandic",
         "Norland Coast Guard", "Norlandic coast guard", "Provincial Relief Authority Upland",
         "PRA Upland", "Civil Defence of Upland", "civil defence agency"],
         "places": ["Harbour City"]},
        {"id": "south", "label": "Southmark", "cues": ["Southmark", "Southern", "SDF",
         "Southern Defence Forces", "General Staff of the Southern Defence Forces"],
         "places": []},
    ],
}  # fmt: skip
REGISTER = register_from([], DESCRIPTOR)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the nearest fuller name before it in the article with the head noun
        ("The Norlandic Inquiry Committee said 40 died. The committee said 12 were named.",
         "the committee", "Norlandic Inquiry Committee"),
        ("The Ministry of Labour and Welfare spoke. The ministry said 3 died.",
         "The ministry", "Ministry of Labour and Welfare"),
        # the distinctive words must be in the fuller name: "the health ministry" is not
        # the labour ministry named before
        ("The Ministry of Labour spoke. The health ministry said 3 died.",
         "The health ministry", "The health ministry"),
        # no fuller name in the article: the story's longest cue word with those words
        ("The coastguard said 5 died.", "coastguard", "Norland Coast Guard"),
        ("The coast guard said 5 died.", "the coast guard", "Norland Coast Guard"),
        ("The Norlandic coastguard said 5 died.", "Norlandic coastguard",
         "Norlandic coast guard"),
        ("The state's civil defence authority said 5 died.",
         "the state's civil defence authority", "Civil Defence of Upland"),
        # an acronym and a word: the cue whose initials spell it and that ends in the word
        ("PRA Upland says 19 died.", "PRA Upland", "Provincial Relief Authority Upland"),
        # a lower level of government is not the national body with the same words
        ("The National Flood Authority spoke. The province's flood authority said 5 died.",
         "The province's flood authority", "The province's flood authority"),
        # a cue word of another side is not the speaker's name
        ("The provincial relief authority said 5 died.", "The provincial relief authority",
         "The provincial relief authority"),
        # neither the article nor the story has a fuller name
        ("The bureau said 5 died.", "the bureau", "the bureau"),
        # people and capitalised names are not shortened bodies
        ("The Harbour Police said 5 died.", "Harbour Police", "Harbour Police"),
        ("The Inquiry Committee met. The chairman said 5 died.", "the chairman",
         "the chairman"),
        # a fuller name after the mention is not its antecedent
        ("The committee said 5 died. The Inquiry Committee met.", "The committee",
         "The committee"),
    ],
)  # fmt: skip
def test_a_short_mention_takes_the_full_name(text, name, expected):
    at = text.lower().rfind(name.lower())
    side = "south" if "provincial" in name else "north"
    assert full_name(name, at, Entities.of(text, REGISTER), side) == expected


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        ("Floods killed 40 people, the Norlandic Inquiry Committee said on Sunday. "
         "Another 12 people died in hospital, the committee said.", "12",
         "the Norlandic Inquiry Committee"),  # the speaker it stands for, as written
        ("Floods killed 40 people. PRA Upland says 19 more people have died.", "19",
         "Provincial Relief Authority Upland"),
    ],
)  # fmt: skip
def test_a_figure_s_claimant_carries_the_full_name(text, quote, name):
    found = [f for f in extract_figures(text, "2024-05-01", REGISTER) if f.quote == quote]
    assert [f.claimant_name for f in found] == [name]


@pytest.mark.parametrize(
    ("name", "side", "expected"),
    [
        # "the army", "<demonym> military": the party's one name ending in Defence Forces
        ("the army", "south", "Southern Defence Forces"),
        ("Southern military", "south", "Southern Defence Forces"),
        # a party with no such cue word, or no side: as written
        ("the army", "north", "the army"),
        ("the army", "unknown", "the army"),
        # an army with a name of its own is not shortened
        ("Kessa Army", "south", "Kessa Army"),
    ],
)  # fmt: skip
def test_a_party_s_military_takes_its_forces_name(name, side, expected):
    assert full_name(name, 0, Entities.of("", REGISTER), side) == expected


def test_an_acronym_the_story_spells_out_is_no_government():
    text = "The SDF said 40 fighters were killed."
    found = [f for f in extract_figures(text, "2024-05-01", REGISTER) if f.quote == "40"]
    assert [f.claimant_name for f in found] == ["Southern Defence Forces (SDF)"]
