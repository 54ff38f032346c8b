"""Who said it, and what the figure counts, in the forms blind set 19 showed us.

The kinds were read off blind set 19's failures once it stopped being the check: a live
blog's entry title with a time stamp and no separator ("16:15 UNICEF: 40 children dead"),
"said as many as", "One Western diplomat estimated", unnamed "officials" under a dateline,
"it" for the government that opened the sentence before, a participle between a speaker and
the verb ("…, arriving at the scene, spoke of"), a figure in the speaker's own noun phrase
("the families of at least 17 victims have said"), the subject of the figure's own clause
("… rose to 76, and the list of people unaccounted for grew to 1,276") and a colon before a
quotation, which opens no list. Every passage here is our own, in an invented story.
"""

from __future__ import annotations

import pytest

from makiivka.extract.speakers import register_from
from tests.extract.test_speakers import figure_ending

#: An earthquake in Vell Province on 8 October 2025, reported from Norland's capital.
DESCRIPTOR = {
        "event": {"places": ["Vell Province"], "occurred_at": "2025-10-08T03:50:00+00:00",
                  "noun": "earthquake"},
        "parties": [
            {"id": "gov", "label": "The Norlandic government", "places": ["Norhaven"],
             "cues": ["Norlandic", "government", "fire brigade", "police", "Tell"]},
            {"id": "province", "label": "Vell Province", "places": ["Vell Province"],
             "cues": ["governor"]},
            {"id": "families", "label": "Families of the victims",
             "cues": ["families", "relatives", "victims"]},
        ],
        "roles": {"third_party": {"cues": ["Red Cross", "UN"]}, "media": {"cues": ["Courier"]}},
        "metrics": [{"id": m} for m in ("killed", "wounded", "missing", "displaced", "other")],
}  # fmt: skip
STORY = register_from([], DESCRIPTOR)

LIVE = (
    "LIVE: Quake in Vell Province\n\nTimes are Norland time, newest first.\n\n"
    "16:15 Red Cross: 40 children dead\nThe Red Cross says at least 40 children have died.\n\n"
    "11:30 UN: up to 20,000 have fled\nThe UN says up to 20,000 people have fled.\n\n"
    "09:20 Fire brigade: at least 22 dead\nAt least 22 people were killed, the fire brigade "
    "said."
)


def figure(text: str, quote: str, which: int = -1):
    """Return the last (or *which*) figure whose quote ends with *quote*, read against STORY."""
    return figure_ending(text, quote, "2025-10-09", STORY, which=which)


@pytest.mark.parametrize(
    ("text", "quote", "which", "side", "name"),
    [
        # a live entry's title, its time stamp with no separator after it
        (LIVE, "40", 0, "third_party", "Red Cross"),
        (LIVE, "up to 20,000", 0, "third_party", "UN"),
        (LIVE, "at least 22", 0, "gov", "Fire brigade"),
        # "said as many as": a statement, not "said as"
        ("The Norlandic government said as many as 8,000 men were unaccounted for.",
         "as many as 8,000", -1, "gov", "Norlandic government"),
        # "One" before a speaker's noun counts no one
        ("One Western diplomat estimated that at least 500 people had died across the city.",
         "at least 500", -1, "third_party", "One Western diplomat"),
        # unnamed officials under a dateline speak for the party holding its place
        ("Quake toll passes 200\n\nNORHAVEN, Oct 9: The toll from the earthquake rose to more "
         "than 200 on Sunday, officials said.", "more than 200", -1, "gov", "officials"),
        # "it" for the government that opened the sentence before, though it did not speak
        ("A cable cited a friend of a minister. Norland's government has never published a "
         "full list. Weeks later it said about 200 civilians had died.", "about 200", -1, "gov",
         "Norland's government"),
        # a participle between the speaker and the verb
        ('Deputy minister Ivo Tell, arriving at the scene, spoke of "dozens of victims".',
         "dozens", -1, "gov", "Ivo Tell"),
        # a figure in the speaker's own noun phrase: the outlet's description of them
        ("A state funeral is planned, but the families of at least 17 victims have said they "
         "will hold private services.", "at least 17", -1, "media", ""),
    ],
)  # fmt: skip
def test_who_states_the_figure(text, quote, which, side, name):
    found = figure(text, quote, which)
    assert (found.side, found.claimant_name) == (side, name), found.attribution


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        # the subject of the figure's own clause, not of the clause before
        ("The number of people killed rose to 76 on Saturday, and the list of people "
         "unaccounted for grew to 1,276, police said.", "1,276", "missing"),
        # a colon before a quotation opens no list of parts
        ("Of the 76 dead, 53 have been identified, police said.\n\nThe police posted: \"The "
         'number of people unaccounted for is now 1,276."', "1,276", "missing"),
        # guard: the figure's own clause counts the dead
        ("The number of people unaccounted for fell to 900, and the number of dead rose to 80.",
         "80", "killed"),
    ],
)  # fmt: skip
def test_what_the_figure_counts(text, quote, metric):
    assert figure(text, quote).metric == metric
