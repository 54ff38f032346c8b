"""What it counts and who said it, in the forms round 27's new user met in a shipwreck story.

A headline "Toll rises to 27, UN says up to 80 missing" gives the UN only its own figure; "A
doctor at the hospital, where 11 survivors were treated, said …" describes the hospital in the
outlet's voice; "X, whose ship saved 23 people, said the alert came two hours before the boat
capsized" keeps the 23 in the event (the time is the statement's); "A spokesman says …" after a
body's sentence is that body's; "bringing the number of survivors to 74" counts the rescued; a
quoted figure keeps its noun ('counted "more than 160" people'); "A post shared 40,000 times on
Facebook and X since Sunday claims …" is the post's, not "Facebook and X since"; and drowning
is dying, also before a sentence that opens on "Officials said". Every passage here is our own,
in an invented story.
"""

from __future__ import annotations

import pytest

from makiivka.extract.figures import extract_figures
from makiivka.extract.speakers import register_from
from tests.extract.test_speakers import figure_ending

#: A migrant boat capsized off Port Vell, Norland: the coast guard (which holds the port), the
#: interior ministry, the UN agencies, a rescue charity and the survivors and relatives.
DESCRIPTOR = {
    "event": {"places": ["Port Vell"], "occurred_at": "2026-03-08T03:00:00+01:00",
              "noun": "shipwreck"},
    "parties": [
        {"id": "coastguard", "label": "Norland Coast Guard", "cues": ["coast guard"],
         "places": ["Port Vell"]},
        {"id": "ministry", "label": "Norland Interior Ministry", "cues": ["Interior Ministry"]},
        {"id": "un", "label": "UN agencies", "cues": ["UN", "IOM", "UNHCR"]},
        {"id": "ngo", "label": "Sea Relief", "cues": ["Sea Relief"]},
        {"id": "survivors", "label": "Survivors and relatives", "cues": ["survivors"]},
    ],
    "metrics": [{"id": "killed", "label": "dead"}, {"id": "missing", "label": "missing"},
                {"id": "rescued", "label": "rescued alive"},
                {"id": "aboard", "label": "people on board"}, {"id": "other", "label": "other"}],
}  # fmt: skip
STORY = register_from([], DESCRIPTOR)


def figure(text: str, quote: str, published: str = "2026-03-09"):
    """Return the last figure whose quote ends with *quote*, read against STORY."""
    return figure_ending(text, quote, published, STORY)


HEADLINE = (
    "Shipwreck toll rises to 27, UN says up to 80 missing\n\nThe number of migrants confirmed "
    "dead rose to 27 on Sunday evening, the coast guard said."
)
DOCTOR = (
    "A doctor at the city hospital, where 11 survivors were being treated for hypothermia, said "
    "the youngest was a baby of eight months."
)
WHOSE = (
    "Sea Relief, whose ship Stella saved 23 people, said the coast guard had been alerted two "
    "hours before the boat capsized."
)
SPOKESMAN = (
    '21:40 — The coast guard now confirms 27 bodies recovered. A spokesman says "around 70" '
    "people are still missing.\n\n19:15 — Good evening."
)
SURVIVORS = (
    "Sea Relief says its ship Stella pulled 23 people from the water, bringing the number of "
    "survivors to 74."
)
QUOTED = 'Omar said he had counted "more than 160" people on the deck before they left.'
POST = (
    'A post shared more than 40,000 times on Facebook and X since Sunday claims that "200 '
    'migrants drowned" off Port Vell.'
)
DROWNED = "Officials said 200 migrants drowned. Officials said 300 people drowned."


@pytest.mark.parametrize(
    ("text", "quote", "side", "claimant"),
    [
        (DOCTOR, "11", "media", ""),  # the hospital described, not the doctor's statement
        (SPOKESMAN, "around 70", "coastguard", "A spokesman"),
        (POST, "200", "unknown", "A post"),
    ],
)
def test_who_states_the_figure(text, quote, side, claimant):
    found = figure(text, quote)
    assert (found.side, found.claimant_name) == (side, claimant), found.attribution


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        (SURVIVORS, "74", "rescued"),
        (QUOTED, "more than 160", "other"),  # found, with its noun "people"
        (DROWNED, "200", "killed"),
        (DROWNED, "300", "killed"),
    ],
)
def test_what_the_figure_counts(text, quote, metric):
    assert figure(text, quote).metric == metric


def test_a_headline_s_speaker_speaks_only_for_its_own_figure():
    first = figure_ending(HEADLINE, "27", "2026-03-09", STORY, which=0)
    assert (first.side, first.claimant_name) == ("media", ""), first.attribution


def test_a_charity_named_by_its_party_s_label_is_no_government():
    assert figure(SURVIVORS, "74").claimant_name == "Sea Relief"


def test_a_statement_s_time_does_not_move_a_described_figure_out_of_the_event():
    scopes = [(f.quote, f.scope) for f in extract_figures(WHOSE, "2026-03-09", STORY)]
    assert scopes == [("23", "strike")]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a wire's "to N from M on <day>": the day is the revision's (the second new user)
        ("Sea Relief revised its own count of the dead to 50 from 38 on Friday.",
         [("50", "2026-03-06"), ("38", "")]),
        ("The coast guard raised the toll to 30, up from 23 a day earlier.",
         [("30", ""), ("23", "2026-03-08")]),
    ],
)  # fmt: skip
def test_a_revision_s_day_dates_the_new_figure_not_the_old(text, dates):
    found = [(f.quote, f.stated_at) for f in extract_figures(text, "2026-03-09", STORY)]
    assert found == dates
