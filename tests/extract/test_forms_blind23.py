"""Who said it, in the forms blind set 23 showed us.

The kinds were read off blind set 23's failures once it stopped being the check: a statement
headed in capitals with a hyphenated body ("… OF THE PROSECUTOR-GENERAL'S OFFICE …"), "declared
a state of emergency" (an act, not speech), a consulate, "officials in those countries", a
country no party is ("Sri Lanka has reported …" in a story of Indonesia), "the U.N." for a
party known as "UN", a label's "the coordinator in <a place another party holds>", posts and
messages online no one is named for, and a broadcast transcript's "JEAN-BAPTISTE:" and
"JACQUES DURIEUX:" (a guest the presenter introduced as a volcanologist). Every passage here is
our own, in an invented story.
"""

from __future__ import annotations

import pytest

from makiivka.extract.speakers import register_from
from tests.extract.test_forms_blind22 import RELEASE
from tests.extract.test_speakers import figure_ending

#: An eruption in Norhaven, in a country the story calls Chile (a real name, so that a
#: country's name is one the story knows).
DESCRIPTOR = {
    "event": {"places": ["Norhaven"], "occurred_at": "2025-01-17T08:00:00+00:00",
              "noun": "eruption"},
    "parties": [
        {"id": "gov", "label": "The Chilean government", "places": ["Norhaven", "Vell"],
         "cues": ["Chile", "Chilean", "government", "Prosecutor-General's Office", "police"]},
        {"id": "un", "label": "UN agencies and the humanitarian coordinator in Vell",
         "cues": ["UN", "Vell", "OCHA"]},
        {"id": "residents", "label": "Residents of Norhaven",
         "cues": ["residents", "Jean-Baptiste"]},
    ],
    "roles": {"third_party": {"cues": ["Red Cross", "United Nations", "U.N."]},
              "media": {"cues": ["Courier"]}},
    "metrics": [{"id": m} for m in ("killed", "wounded", "missing", "displaced", "other")],
}  # fmt: skip
STORY = register_from([], DESCRIPTOR)

CAPITALS = (
    "INFORMATION OF THE PROSECUTOR-GENERAL'S OFFICE ON THE EVENTS IN NORHAVEN\n\n"
    "Norhaven, 19 January 2025\n\n"
    "As of 10:00 on 19 January, the number of people who died has reached 14.\n\n"
    "In all, 100 people sought medical help."
)
TRANSCRIPT = (
    "MIDDAY AFRICA - FRIDAY 17 JANUARY 2025\n\n"
    "PRESENTER: Norhaven is burning. Our correspondent is in Vell.\n\n"
    "CORRESPONDENT: The RCD authorities speak of at least 20 dead for now.\n\n"
    "PRESENTER: Jacques Durieux, you are a volcanologist and you know Norhaven well.\n\n"
    "JACQUES DURIEUX: In 1977 it killed at least 70 people in a few minutes.\n\n"
    "PRESENTER: One of our listeners, Jean-Baptiste, managed to call us.\n\n"
    "JEAN-BAPTISTE: I saw five bodies by the road this morning."
)


def figure(text: str, quote: str, published: str = "2025-01-20"):
    """Return the last figure whose quote ends with *quote*, read against STORY."""
    return figure_ending(text, quote, published, STORY)


@pytest.mark.parametrize(
    ("text", "quote", "side", "name"),
    [
        # a body's name in capitals keeps the capital after its hyphen, and so its cue
        (CAPITALS, "14", "gov",
         "Information of the Prosecutor-General's Office on the Events In Norhaven"),
        (CAPITALS, "100", "gov",
         "Information of the Prosecutor-General's Office on the Events In Norhaven"),
        # declaring a state of emergency is an act: the sentence after is the outlet's
        ("Eruption toll\n\nPresident Ana Lund declared a 20-day state of emergency on Friday. "
         "About 2,000 workers at the port were later laid off.", "About 2,000", "media", ""),
        # a consulate is a foreign state's mission, wherever it sits
        ("Eruption toll\n\nAnother 27 of our compatriots remain in hospitals, five of them in "
         "serious condition, the consulate told us.", "five", "third_party", "the consulate"),
        # other countries' officials are foreign states
        ("Eruption toll\n\nThe ash killed more than 300 people across the region, including at "
         "least 120 in Peru, officials in those countries said.", "at least 120", "third_party",
         "officials in those countries"),
        # a country the story does not know is a foreign state; one it knows is its party
        ("Eruption toll\n\nThe toll is highest in Norhaven. Sri Lanka has reported 31 dead among "
         "its workers.", "31", "third_party", "Sri Lanka"),
        ("Eruption toll\n\nThe toll is highest in Norhaven. Chile has reported 31 dead.", "31",
         "gov", "Chile"),
        # "the U.N." is the party known as "UN", not the template's United Nations
        ("Eruption toll\n\nLava killed at least 70 people, according to the U.N.", "at least 70",
         "un", "United Nations (U.N.)"),
        # the label's "coordinator in Vell" is where the party works: officials in Vell are
        # the party holding it
        ("Eruption toll\n\nOfficials in Vell said some 46 bodies had been buried.", "some 46",
         "gov", "Officials in Vell"),
        # posts and messages online no one is named for: side unknown
        ("Eruption toll\n\nThe office draws attention to reports spread on the Internet that "
         "\"hundreds\" of people died.", "hundreds", "unknown", "reports spread on the Internet"),
        ("Eruption toll\n\nA message circulating on WhatsApp and Facebook as the anniversary "
         "approached claims that \"5,000 people died\".", "5,000", "unknown",
         "A message circulating on WhatsApp and Facebook"),
        ("Eruption toll\n\nPosts on Twitter from accounts in Vell claimed that more than 70 people "
         "had been killed.", "more than 70", "unknown", "Posts on Twitter"),
        ("Eruption toll\n\nVideos shared on Weibo show flooded streets. One user wrote that "
         "\"dozens\" of people were missing.", "dozens", "unknown", "One user"),
        # guards: a speaker's own post is the speaker's; a user of nothing named is no rumour
        ("Eruption toll\n\nThe police said in a post on Twitter that 42 people had died.", "42",
         "gov", "police"),
        # verbs of counting and stating: "gives", "settled on", "compiled", "repeated its own
        # estimate"
        ("Eruption toll\n\nThe Prosecutor-General's Office today gives 165 people dead and "
         "missing.", "165", "gov", "Prosecutor-General's Office"),
        ("Eruption toll\n\nThe authorities settled on 16 dead within days.", "16", "gov",
         "authorities"),
        ("Eruption toll\n\nIn 2012 a group of residents compiled a list of 64 names of people "
         "they said had been killed.", "64", "residents",
         "a group of residents"),  # the year is no part of the name (round 24's new user)
        ("Eruption toll\n\nThe government in Vell, which does not control Norhaven, has repeated "
         "its own estimate of \"more than 100\" dead.", "more than 100", "gov",
         "government in Vell"),
        # concealed reports are a noun: the team that found it says so
        ("Eruption toll\n\nThe Red Cross said that officials in Vell had concealed reports of "
         "139 deaths.", "139", "third_party", "Red Cross"),
        # a transcript's labels in capitals keep a hyphenated name's capitals; a guest the
        # presenter introduced as a scientist is a third party
        (TRANSCRIPT, "five", "residents", "Jean-Baptiste"),
        (TRANSCRIPT, "at least 70", "third_party", "Jacques Durieux"),
    ],
)  # fmt: skip
def test_who_states_the_figure(text, quote, side, name):
    found = figure(text, quote)
    assert (found.side, found.claimant_name) == (side, name), found.attribution


def test_a_spokesperson_label_introduces_no_one():
    """A label ("Spokesperson Ana Lund: … in Norhaven …") introduces no one: a later
    "Spokesperson:" turn gets no side from the places in the label's paragraph."""
    text = (
        "Noon briefing\n\nSpokesperson Ana Lund: Our colleagues tell us they are alarmed by the "
        "strikes in Norhaven.\n\nQuestion: How many staff are held?\n\nSpokesperson: Sadly, the "
        "number is 24 staff members.\n\nQuestion: Any more?\n\nSpokesperson: No."
    )
    assert figure(text, "24").side != "gov"


def test_a_release_still_speaks_for_its_numbered_paragraphs():
    """Guard: blind set 22's release is unchanged by the capitals' hyphen rule."""
    from tests.extract.test_forms_blind22 import figure as figure22

    assert figure22(RELEASE, "130").side == "gov"
