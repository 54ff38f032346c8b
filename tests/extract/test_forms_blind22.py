"""Who said it and what the figure counts, in the forms blind set 22 showed us.

The kinds were read off blind set 22's failures once it stopped being the check: a state
body that "released the following information" above numbered paragraphs, a dateline's dash
before the speaker ("HARBOUR, 16 May - The …"), victims "being looked after", outlets "broadcasting
fabricated news that …", a foreign envoy in a place a party holds, a "Country: No Justice for …"
title that is no author, "A rescue worker who flew over … said", "On 30 March the government",
"the names of 91 people it says died", "keeps a list of 174 names", a figure before ", and X said
<clause>", and a statement titled "Statement of X on …" whose "our data" is X's. Every passage
here is our own, in an invented story.
"""

from __future__ import annotations

import pytest

from makiivka.extract.figures import extract_figures
from makiivka.extract.speakers import register_from
from tests.extract.test_speakers import figure_ending

#: A theatre siege in Norhaven on 23 October 2025.
DESCRIPTOR = {
        "event": {"places": ["Norhaven"], "occurred_at": "2025-10-23T18:00:00+00:00",
                  "noun": "siege"},
        "parties": [
            {"id": "gov", "label": "The Norlandic government", "places": ["Norhaven", "Vell"],
             "cues": ["Norland", "Norlandic", "government", "Relief Board", "police"]},
            {"id": "victims", "label": "The victims' association \"Dawn\"",
             "cues": ["Dawn", "victims' association", "survivors' committee", "U Zaw"]},
        ],
        "roles": {"third_party": {"cues": ["Red Cross", "United Nations"]},
                  "media": {"cues": ["Courier"]}},
        "metrics": [{"id": m} for m in ("killed", "wounded", "missing", "displaced", "other")],
}  # fmt: skip
STORY = register_from([], DESCRIPTOR)

RELEASE = (
    "The Relief Board announces the number of victims\n\n"
    "NORHAVEN, 26 October - The Information Committee of the Relief Board released the "
    "following information today.\n\n"
    "1. As of 4 pm on 26 October, 130 people have died and 5 are missing.\n\n"
    "2. More than 700 victims are being looked after in hospitals and shelters."
)
STATEMENT = (
    'Statement of the victims\' association "Dawn" on the tenth anniversary of the siege\n\n'
    "Ten years ago today, gunmen seized the theatre.\n\n"
    "According to our data, 174 people died, not 130 as the prosecutors maintain. Among the "
    "dead were 10 children."
)


def figure(text: str, quote: str, published: str = "2025-10-26"):
    """Return the last figure whose quote ends with *quote*, read against STORY."""
    return figure_ending(text, quote, published, STORY)


@pytest.mark.parametrize(
    ("text", "quote", "side", "name"),
    [
        # a body that releases "the following information" says what the numbered paragraphs say
        (RELEASE, "130", "gov", "The Information Committee of the Relief Board"),
        (RELEASE, "5", "gov", "The Information Committee of the Relief Board"),
        # a foreign state's envoy in a place a party holds speaks for that state
        ("Siege toll\n\nThe top US diplomat in Norhaven, Ann Lee, said the toll could be more "
         "than 300.", "more than 300", "third_party", "Ann Lee"),
        # "Country: No Justice for …" is a title, not an author: the outlet's own figure
        ("Norland: No Justice for Theatre Killings\n\nMore than 180 people have been charged "
         "and remain in detention.", "More than 180", "media", ""),
        # a relative clause of what the speaker did is no part of the name
        ("Siege toll\n\nA rescue worker who flew over Vell by helicopter said he saw about 300 "
         "people on the roofs.", "about 300", "gov", "A rescue worker"),
        # "On 30 March" is when, not who
        ("Siege toll\n\nOn 30 March the government said 40 people had died.", "40", "gov",
         "the government"),
        # "the names of 91 people it says died": the speaker's count, "it" its body
        ("Siege toll\n\n\"They buried them at night,\" Dawn said. Its committee holds the names "
         "of 91 people it says died of their wounds.", "91", "victims", "Dawn"),
        # keeping a list of names is counting them
        ("Siege toll\n\nDawn has never accepted the figure. Its co-chair, Tanya Karp, keeps a "
         "list of 174 names.", "174", "victims", "Its co-chair"),
        # a figure before ", and X said <a clause of its own>" is not X's
        ("Siege toll\n\nThe number of hostages who died rose to 117 on Sunday, and Norhaven's "
         "chief doctor said all but one had been killed by the gas.", "117", "media", ""),
        # guard: "and police said on Monday" has no clause of its own
        ("Siege toll\n\nThe toll stands at 181 dead, and police said on Monday.", "181", "gov",
         "police"),
        # rescuers' work after a speaker's sentence is the outlet's report
        ("Siege toll\n\nAt the base, the police said 196 people were missing. Rescuers pulled 11 "
         "people out alive overnight.", "11", "media", ""),
        # "the figure X kept": X
        ("Siege toll\n\nAccording to the figure the Relief Board kept, about 130 people died.",
         "about 130", "gov", "Relief Board"),
        # a party's cue word after a role sided only by a place: the party's
        ("Siege toll\n\nA monk in Vell, U Zaw, said his monastery cremated 170 bodies.", "170",
         "victims", "U Zaw"),
        # reports no one is named for are unknown; a speaker's words about reports are his
        ("Siege toll\n\nANCHOR: We also have reports from Vell, in the north, of hundreds of dead.",
         "hundreds", "unknown", "unnamed reports"),
        ("Siege toll\n\nThere are reports of 40 dead in Vell.", "40", "unknown", "unnamed reports"),
        ("Siege toll\n\nPolice said there were reports of 20 dead in Vell.", "20", "gov", "Police"),
        # a statement titled "Statement of X on …": its "our data" is X's, and what follows
        (STATEMENT, "174", "victims", 'victims\' association "Dawn"'),
        (STATEMENT, "10", "victims", 'victims\' association "Dawn"'),
    ],
)  # fmt: skip
def test_who_states_the_figure(text, quote, side, name):
    found = figure(text, quote)
    assert (found.side, found.claimant_name) == (side, name), found.attribution


def test_victims_looked_after_are_no_toll():
    assert figure(RELEASE, "More than 700").metric == "other"


def test_some_more_in_a_place_counts_what_the_figure_before_counts():
    text = "Siege toll\n\nAbout 130 people died in the hall, and some 20 more in hospitals."
    assert figure(text, "some 20").metric == "killed"


def test_outlets_broadcasting_fabricated_news_are_unnamed():
    text = (
        "Siege toll\n\nForeign news agencies have been broadcasting fabricated news that 300 "
        "people have died."
    )
    found = figure(text, "300")
    assert (found.side, found.claimant_name) == ("unknown", "Foreign news agencies")


def test_a_datelines_dash_is_no_part_of_the_speaker():
    found = extract_figures(RELEASE, "2025-10-26", STORY)
    assert {f.claimant_name for f in found if f.quote in ("130", "5")} == {
        "The Information Committee of the Relief Board"
    }
