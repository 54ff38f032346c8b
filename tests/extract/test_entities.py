"""Entities: which person a name, a title or a pronoun stands for in an invented story.

Parties ``north`` (Norland, cues include the demonym "Norlandi" and a villager's first name
"Hassan", holding Harbour City) and ``south`` (Southern Front, holding Kessa). Expected values
are written from the rules in :mod:`makiivka.extract.entities` and ``resolve``.
"""

from __future__ import annotations

from functools import partial

import pytest

from makiivka.extract.entities import Entities, is_person
from makiivka.extract.figures import extract_figures as _extract
from makiivka.extract.names import spell_out
from makiivka.extract.speakers import register_from
from makiivka.story.parties import label_cues

#: The rules alone: these tests check their conventions on invented passages; what the
#: speaker model may change is tested in test_speaker_model.py.
extract_figures = partial(_extract, model=False)

DESCRIPTOR = {
    "event": {"places": ["Harbour City"]},
    "parties": [
        {"id": "north", "label": "Norland", "cues": [*label_cues("Norland"), "Hassan"],
         "places": ["Harbour City"]},
        {"id": "south", "label": "Southern Front", "cues": ["Southern Front", "Front"],
         "places": ["Kessa (town)"]},
        {"id": "aid", "label": "Aid agencies (OAR, Relief Office)", "cues": ["OAR",
         "Office of Aid and Relief"], "places": []},
    ],
    "roles": {"third_party": {"cues": ["World Health Organization", "WHO", "Relief Office"]}},
}  # fmt: skip
REGISTER = register_from([], DESCRIPTOR)


@pytest.mark.parametrize(
    ("text", "key", "name"),
    [
        # a nationality or place word before a name is not part of it
        ("Norlandi Jan Novak said the dam broke.", "novak", "Jan Novak"),
        ("Kessa Jan Novak said the dam broke.", "novak", "Jan Novak"),
        # a cue that is a first name stays when only two words are left
        ("Hassan Idrissi said the dam broke.", "idriss", "Hassan Idrissi"),
    ],
)
def test_a_cue_or_place_before_a_name_is_not_part_of_it(text, key, name):
    assert Entities.of(text, REGISTER).persons[key].name == name  # keyed by surname_key


@pytest.mark.parametrize(
    "text",
    [
        # a body's name ends on its head noun: no person's name
        "Norland Accident Countermeasures Headquarters said 12 had died.",
        "The Kessa High Court said 12 had died.",
        "The briefing was given at Lowtown County Hall.",
    ],
)
def test_a_body_s_name_is_no_person(text):
    assert Entities.of(text, REGISTER).persons == {}


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        # the title's other role words must be in the person's role too
        ("Norland's health minister, Aldo Ruiz, spoke. The health minister said 5 died.",
         "The health minister", "Aldo Ruiz"),
        ("Norland's defence minister, Aldo Ruiz, spoke. The health minister said 5 died.",
         "The health minister", None),
        # a cue word and "city's" say nothing about which role
        ("Aldo Ruiz, the city's mayor, spoke. The Norland mayor said 5 died.",
         "The Norland mayor", "Aldo Ruiz"),
        # an abbreviated title before the name is the title in full
        ("Gov. Ana Lund said 5 died. The governor said 3 were found.", "The governor",
         "Ana Lund"),
        ("Sen. Ana Lund said 5 died. The governor said 3 were found.", "The governor", None),
        # a role named without a name, then a sentence opening on a name with no role
        ("The mayor of the town said 20 may have died. Ivo Novak told a channel more.",
         "The mayor", "Ivo Novak"),
        ("The mayor of the town said 20 may have died. Rain fell. Ivo Novak spoke.",
         "The mayor", None),
        # a title a pronoun owns is the body's, not the name that opens the next sentence
        ("The Front said 20 died. Its spokesman said 5 more died. Ivo Novak told a channel.",
         "Its spokesman", None),
    ],
)  # fmt: skip
def test_a_title_is_the_person_with_that_role(text, title, expected):
    person = Entities.of(text, REGISTER).titled(title, text.index(title))
    assert (person.name if person else None) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("the ministry's spokesman", True),
        ("a spokesman for the ministry", True),
        ("the head of the agency", True),
        ("Health Minister", True),
        ("the office of the president", False),
        ("the Interior Ministry", False),
        ("the regional administration", False),
    ],
)
def test_the_head_noun_tells_a_person_from_a_body(name, expected):
    assert is_person(name, Entities.of("", REGISTER)) is expected


def figure_in(text: str, quote: str):
    found = [f for f in extract_figures(text, "2024-05-01", REGISTER) if f.quote == quote]
    assert found, f"{quote!r} not extracted"
    return found[-1]


@pytest.mark.parametrize(
    ("text", "quote", "side", "name"),
    [
        # "it" after a relay is the subject who relays, not the body it cites
        ("The Relief Office said, citing the World Health Organization, that 3,958 people had "
         "died. It said 9,000 people were missing.", "9,000", "third_party", "Relief Office"),
        # a name with diacritics is a person's: "he" and the surname alone are that person
        ("Taner Yıldız, Norland's energy minister, said 14 people died. He said 30 were hurt.",
         "30", "north", "Taner Yıldız"),
        ("Şükrü Doğan, Norland's energy minister, said 14 people died. Doğan later said 30 were hurt.",
         "30", "north", "Şükrü Doğan"),
        # "he" stands for a person, never for a body named before
        ("Norland's ministry said 14 people died. He said 30 were hurt.", "30", "unknown",
         "He"),
    ],
)  # fmt: skip
def test_a_pronoun_stands_for_a_speaker_of_its_kind(text, quote, side, name):
    figure = figure_in(text, quote)
    assert (figure.side, figure.claimant_name) == (side, name)


@pytest.mark.parametrize(
    ("text", "quote", "side", "name"),
    [
        # an acronym or an institution before a headline's colon speaks, even in a label
        (
            "OAR: More than 40 displaced\n\nBody text.",
            "More than 40",
            "aid",
            "Office of Aid and Relief (OAR)",
        ),
        ("Norland government: 12 dead\n\nBody text.", "12", "north", "Norland government"),
        # a party's name or place before the colon is the topic
        ("Norland: 12 dead\n\nBody text.", "12", "media", ""),
        ("Harbour City: 12 dead\n\nBody text.", "12", "media", ""),
    ],
)
def test_a_headline_prefix_speaks_or_names_a_topic(text, quote, side, name):
    figure = figure_in(text, quote)
    assert (figure.side, figure.claimant_name) == (side, name)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Norland", "Norland (government)"),
        ("Harbour City", "Harbour City (Norland government)"),
        ("Southern Front", ""),  # a body's own name: no "(government)" pasted on
        ("Kessa", ""),  # held by a party whose label is a body's name
    ],
)
def test_only_a_state_gets_its_government_named(name, expected):
    assert REGISTER.sides.government(name) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the article gives the acronym after the name
        ("The World Health Organization (WHO) said 40 died.", "WHO",
         "World Health Organization (WHO)"),
        ("The Harbour Flood Authority (HFA) said 40 died.", "HFA", "Harbour Flood Authority (HFA)"),
        # else the story's cue words, by their capitalised initials ("of", "and" skipped)
        ("OAR said 40 died.", "OAR", "Office of Aid and Relief (OAR)"),
        ("WHO said 40 died.", "WHO", "World Health Organization (WHO)"),
        # neither spells it out, or it is no acronym: as written
        ("XYZ said 40 died.", "XYZ", "XYZ"),
        ("The Relief Office said 40 died.", "Relief Office", "Relief Office"),
    ],
)  # fmt: skip
def test_an_acronym_speaker_is_spelled_out(text, name, expected):
    assert spell_out(name, Entities.of(text, REGISTER)) == expected


ARMY = register_from(
    [],
    {"event": {"places": ["Harbour City"]},
     "parties": [{"id": "north", "label": "Norland", "cues": ["Norland", "army"],
                  "places": ["Harbour City"]},
                 {"id": "south", "label": "Southern Front", "cues": ["Southern Front"],
                  "places": []}],
     "roles": {"third_party": {"cues": ["UN"]}}},
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "side", "name"),
    [
        # "the army" with no army before is not the person who spoke last
        ("The UN resident coordinator, Ana Lund, said hundreds died. "
         "The army said it had killed 40 fighters.", "north", "The army"),
        # nor a body of the other side than its cue word gives
        ("The Southern Front said 30 died. The army said it had killed 40 fighters.",
         "north", "The army"),
        # a body of the same side is still the one it stands for
        ("The Norland Defence Ministry said 30 died. The army said it had killed 40 fighters.",
         "north", "Norland Defence Ministry"),
    ],
)  # fmt: skip
def test_a_body_anaphor_is_no_person_and_keeps_its_cue_side(text, side, name):
    found = [f for f in extract_figures(text, "2024-05-01", ARMY) if f.quote == "40"]
    assert [(f.side, f.claimant_name) for f in found] == [(side, name)]
