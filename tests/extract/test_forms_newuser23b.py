"""Who said it, what it counts and which event, in the forms round 23's second new user wrote
(an earthquake across a border: two governments, a UN office, a Red Crescent society; a release
in translation, a fact check, a live blog). Every passage here is our own, in an invented story.
"""

from __future__ import annotations

import pytest

from makiivka.extract.figures import extract_figures
from makiivka.extract.releases import release_heading
from makiivka.extract.speakers import register_from
from tests.extract.test_speakers import figure_ending

DESCRIPTOR = {
    "event": {"places": ["Lowtown", "Vessa"], "occurred_at": "2026-11-02T04:17+06:00",
              "noun": "earthquake"},
    "parties": [
        {"id": "north", "label": "Government of Norland", "places": ["Lowtown"],
         "cues": ["Norlandic", "Emergencies Ministry"]},
        {"id": "south", "label": "Government of Suland", "places": ["Vessa"],
         "cues": ["Sulandic", "Committee of Emergency Situations"]},
        {"id": "crescent", "label": "Red Crescent", "cues": ["Red Crescent"]},
    ],
    "metrics": [{"id": m} for m in ("killed", "wounded", "missing", "displaced", "other")],
}  # fmt: skip
ROWS = [
    {"claimant_id": "n_mes", "name": "Ministry of Emergency Situations of Norland", "side": "north",
     "aliases": "Norlandic Ministry of Emergency Situations|Ministry of Emergency Situations"},
    {"claimant_id": "s_kchs", "name": "Committee of Emergency Situations", "side": "south",
     "aliases": "Committee of Emergency Situations and Civil Defence under the Government of "
                "the Republic of Suland"},
    {"claimant_id": "crescent", "name": "Red Crescent Society of Norland", "side": "crescent",
     "aliases": "Red Crescent"},
]  # fmt: skip
STORY = register_from(ROWS, DESCRIPTOR)
HEAD = "Quake toll\n\n"
RELEASE = (
    "[Unofficial English translation of the Sulandic original]\n"
    "COMMITTEE OF EMERGENCY SITUATIONS AND CIVIL DEFENCE UNDER THE GOVERNMENT OF THE REPUBLIC "
    "OF SULAND\nPress release, 4 November 2026, 10:00\n\n"
    "Information on the consequences of the earthquake in Vessa district\n\n"
    "As of 09:00 on 4 November, 23 citizens have died.\n\n"
    "Earlier, on 2 November, the Committee reported 9 dead.\n\n"
    "Reports that more than 200 people died in Vessa are not true."
)


def figure(text: str, quote: str, published: str = "2026-11-07", which: int = -1):
    """Return the last figure whose quote ends with *quote*, read against STORY."""
    return figure_ending(text, quote, published, STORY, which)


@pytest.mark.parametrize(
    ("text", "quote", "side", "name"),
    [
        # "ministry spokesman X" speaks for the ministry the article named before
        (HEAD + "The quake hit at 4:17 a.m., according to the Norlandic Ministry of Emergency "
         'Situations.\n\n"We have 41 dead so far," ministry spokesman Nurlan Abdraev told '
         "Reuters by telephone.", "41", "north", "Nurlan Abdraev"),
        # a registered name with "of" as a label, at an entry's start and after a sentence
        ("Live\n\n21:00 — Red Crescent Society of Norland: at least 4,500 people are in need "
         "of shelter.", "at least 4,500", "crescent", "Red Crescent Society of Norland"),
        ("Live\n\n09:10 — Rescue work continues in Lowtown. Ministry of Emergency Situations: "
         "61 dead, 240 injured.", "61", "north", "Ministry of Emergency Situations"),
        # "the Committee" under a committee's release heading is the release's issuer
        (RELEASE, "9", "south",
         "Committee of Emergency Situations and Civil Defence Under the Government of the "
         "Republic of Suland"),
    ],
)  # fmt: skip
def test_who_states_the_figure(text, quote, side, name):
    found = figure(text, quote, "2026-11-04")
    assert (found.side, found.claimant_name) == (side, name), found.attribution


def test_a_long_issuer_line_is_a_release_heading():
    """An issuer of 15 words in capitals, under an editor's note, heads a release."""
    heading = release_heading(RELEASE, 2026)
    assert (heading.day, heading.clock, heading.title) == (
        "2026-11-04",
        "10:00",
        "Information on the consequences of the earthquake in Vessa district",
    )


def test_an_opening_date_dates_a_statement_after_earlier():
    """ "Earlier, on 2 November, the Committee reported 9 dead": said on 2 November."""
    assert figure(RELEASE, "9", "2026-11-04").stated_at == "2026-11-02"


@pytest.mark.parametrize(
    ("text", "quote", "evidence"),
    [
        # unnamed talk called false ("… are not true") and a post shared many times
        (HEAD + "Reports that more than 200 people died in Vessa are not true.", "more than 200",
         "called false"),
        (HEAD + 'A post shared thousands of times on Facebook claims that "more than 300 people" '
         "died.", "more than 300", "unnamed source"),
    ],
)  # fmt: skip
def test_unnamed_talk(text, quote, evidence):
    assert evidence in figure(text, quote).attribution


def test_a_fact_checks_no_is_a_denial():
    """ "No, 300 people did not die in the earthquake": a denial, its upper bound."""
    found = figure("No, 300 people did not die in the earthquake\n\nThe toll is 58.", "300")
    assert found.qualifier == "up_to"


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        (HEAD + "7,200 residents have been relocated to tent camps.", "7,200", "displaced"),
        # guard: moved to two schools stays other
        (HEAD + "Some 300 residents were moved to two schools.", "Some 300", "other"),
    ],
)  # fmt: skip
def test_what_the_figure_counts(text, quote, metric):
    assert figure(text, quote).metric == metric


@pytest.mark.parametrize(
    ("text", "quote", "scope"),
    [
        # a later day of the toll, with the event named by its day
        (HEAD + "The Norlandic Ministry of Emergency Situations raised the death toll from "
         "Monday's earthquake to 58 on Wednesday.", "58", "strike"),
        # the running toll after another happening's clause
        (HEAD + "An aftershock on Friday killed three more people in Vessa district, raising the "
         "country's toll from this week's earthquake to 26, the Committee said Saturday.", "26",
         "strike"),
        # guard: the aftershock's own deaths are another event's
        (HEAD + "An aftershock on Friday killed three more people in Vessa district, raising the "
         "country's toll from this week's earthquake to 26, the Committee said Saturday.",
         "three", "other"),
    ],
)  # fmt: skip
def test_which_event_the_figure_is_about(text, quote, scope):
    assert figure(text, quote).scope == scope


def test_the_story_register_reads_the_release():
    """Guard: the fixture's heading is read, so the tests above test what they say."""
    assert [f.quote for f in extract_figures(RELEASE, "2026-11-04", STORY)][:1] == ["23"]
