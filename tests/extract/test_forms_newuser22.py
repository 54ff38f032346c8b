"""What the figure is and who said it, in the forms round 22's new user wrote (a shipwreck).

Distances at sea ("about 47 nautical miles"), ships ("three patrol vessels") and time ("at
least two more days") had been proposed as people missing; "according to the accounts of
survivors" had made the survivors the speaker of the coastguard's figure; "categorically denies
publications that more than 750 …" was the coastguard's own claim; "is checking reports that at
least 300 …" was the checker's; "312 men … have not called home" counted nothing; and a wreck
"south of <an island a party holds>" was set in another event. Every passage here is our own,
in an invented story.
"""

from __future__ import annotations

import pytest

from makiivka.extract.figures import extract_figures
from makiivka.extract.speakers import register_from
from tests.extract.test_speakers import figure_ending

#: A boat sinking off Skerry, near the island of Holm (both held by the coastguard's state).
DESCRIPTOR = {
    "event": {"places": ["Skerry"], "occurred_at": "2026-09-08T02:10:00+03:00",
              "noun": "shipwreck"},
    "parties": [
        {"id": "coastguard", "label": "Norland Coast Guard", "places": ["Skerry", "Holm"],
         "cues": ["coastguard", "Coast Guard"]},
        {"id": "home", "label": "Government of Sudria", "cues": ["Foreign Office"]},
        {"id": "families", "label": "Families Committee", "places": ["Vale"],
         "cues": ["Families Committee"]},
    ],
    "roles": {"third_party": {"cues": ["United Nations", "Red Cross"]},
              "media": {"cues": ["Courier"]}},
    "metrics": [{"id": m} for m in ("killed", "wounded", "missing", "displaced", "other")],
}  # fmt: skip
STORY = register_from([], DESCRIPTOR)
HEAD = "Shipwreck off Skerry\n\n"


def figure(text: str, quote: str, published: str = "2026-09-09"):
    """Return the last figure whose quote ends with *quote*, read against STORY."""
    return figure_ending(HEAD + text, quote, published, STORY)


@pytest.mark.parametrize(
    "sentence",
    [
        "The boat sank about 47 nautical miles south of Skerry, the coastguard said.",
        "The search continues with the participation of three patrol vessels and a helicopter.",
        "The coastguard said the search would continue for at least two more days.",
    ],
)
def test_measures_and_ships_are_no_figures(sentence):
    assert extract_figures(HEAD + sentence, "2026-09-09", STORY) == []


@pytest.mark.parametrize(
    ("sentence", "quote", "side", "name"),
    [
        # what survivors told the speaker is the speaker's evidence
        ("The coastguard said the boat was carrying about 400 people, according to the accounts "
         "of survivors.", "about 400", "coastguard", "Coast Guard"),
        # reports a speaker is checking are unnamed reports, side unknown
        ("The Foreign Office says it is checking reports that at least 300 of its nationals were "
         "on board.", "at least 300", "unknown", "unnamed reports"),
        # guard: a speaker's own figure after "says" is the speaker's
        ("The Foreign Office says at least 300 of its nationals were on board.", "at least 300",
         "home", "Foreign Office"),
    ],
)  # fmt: skip
def test_who_states_the_figure(sentence, quote, side, name):
    found = figure(sentence, quote)
    assert (found.side, found.claimant_name) == (side, name), found.attribution


def test_denying_publications_of_a_figure_is_a_denial():
    found = figure(
        "The Norland Coast Guard categorically denies publications that more than 750 persons "
        "were on board, which are not based on any evidence.",
        "more than 750",
    )
    assert (found.side, found.qualifier) == ("coastguard", "up_to"), found.attribution


@pytest.mark.parametrize(
    ("sentence", "quote", "metric"),
    [
        ("The Families Committee says 312 men from the district have not called home since "
         "Monday.", "312", "missing"),
        ("The Families Committee says 40 men have not been heard from.", "40", "missing"),
        # guard: people who came home are no toll
        ("The Families Committee says 12 men have called home.", "12", "other"),
    ],
)  # fmt: skip
def test_men_who_have_not_called_home_are_missing(sentence, quote, metric):
    assert figure(sentence, quote).metric == metric


@pytest.mark.parametrize(
    ("sentence", "elsewhere"),
    [
        # the wreck lies off an island a party holds: still this event
        ("The coastguard has now recovered 38 bodies from the sea south of Holm, it said.",
         False),
        ("The coastguard has now recovered 38 bodies off the coast of Holm, it said.", False),
        # guard: an attack in another held place is another event
        ("A separate shelling in Vale killed 38 people, the coastguard said.", True),
    ],
)  # fmt: skip
def test_a_wreck_off_a_held_place_stays_in_the_event(sentence, elsewhere):
    """The event's own scope is the story's default ("strike" when it declares none)."""
    assert (figure(sentence, "38").scope == "other") is elsewhere


#: The same story with the metrics round 22's new user declared: "survivors" under the id
#: "rescued", "people on board" under "on_board".
COUNTED = register_from(
    [],
    {
        **DESCRIPTOR,
        "metrics": [
            {"id": "killed", "label": "dead"},
            {"id": "missing", "label": "missing"},
            {"id": "rescued", "label": "survivors"},
            {"id": "on_board", "label": "people on board"},
            {"id": "other", "label": "other"},
        ],
    },
)


@pytest.mark.parametrize(
    ("sentence", "quote", "metric"),
    [
        ("The coastguard said 104 people had been rescued.", "104", "rescued"),
        ("Only 104 people survived, the coastguard said.", "104", "rescued"),
        ("The coastguard said 104 survivors were taken to Skerry.", "104", "rescued"),
        ("The coastguard said approximately 400 persons were on board the vessel.",
         "approximately 400", "on_board"),
        ("The coastguard said at least 650 people were on board.", "at least 650", "on_board"),
        # guard: the extractor's own metrics keep their words
        ("The coastguard said 31 bodies had been recovered.", "31", "killed"),
    ],
)  # fmt: skip
def test_a_story_metric_is_read_by_its_label_or_its_id(sentence, quote, metric):
    found = figure_ending(HEAD + sentence, quote, "2026-09-09", COUNTED)
    assert found.metric == metric


@pytest.mark.parametrize(
    ("sentence", "later", "earlier", "metric"),
    [
        ("The coastguard said on Wednesday that 31 bodies had been recovered, up from 24 on "
         "Tuesday night.", "31", "24", "killed"),
        ("The Foreign Office said at least 290 of its nationals were unaccounted for, up from "
         "181 it had announced a day earlier.", "at least 290", "181", "missing"),
        # the form that always worked
        ("The toll rose to 31, up from 24 a day earlier, the coastguard said.", "31", "24",
         "killed"),
    ],
)  # fmt: skip
def test_up_from_keeps_the_earlier_figure_as_the_one_revised(sentence, later, earlier, metric):
    found = extract_figures(HEAD + sentence, "2026-09-09", STORY, model=False)
    new = next(f for f in found if f.quote == later)
    old = next(f for f in found if f.quote == earlier)
    assert (new.revises, old.metric, new.metric) == (old.start, metric, metric)


@pytest.mark.parametrize(
    ("sentence", "quote", "stated_at"),
    [
        # what the speaker did then is no date of what it says now
        ("The Families Committee, a group that relayed the boat's distress call on Monday night, "
         "says at least 650 people were on board.", "at least 650", ""),
        # guards: the day the speaker spoke
        ("The Families Committee, which is based in Vale, said on Monday that 650 people were on "
         "board.", "650", "2026-09-07"),
        ("The Families Committee said on Monday night that 650 people were on board.", "650",
         "2026-09-07"),
    ],
)  # fmt: skip
def test_a_relative_clause_s_day_is_not_the_statement_s(sentence, quote, stated_at):
    assert figure(sentence, quote).stated_at == stated_at


def test_a_channel_s_own_figure_after_it_rebuts_another_s_is_its_own():
    """An NGO's own post: "The coastguard now says 31 dead. That is not the toll: it is the
    number of bodies they have found. More than 500 people are still missing." The 500 is the
    NGO's (round 22's new user saw it given to the coastguard)."""
    register = register_from(
        [{"claimant_id": "ngo", "name": "Sea Watchers", "side": "families", "aliases": ""}],
        DESCRIPTOR,
    )
    text = (
        "Update\n\nThe coastguard now says 31 dead. That is not the toll: it is the number of "
        "bodies they have found. More than 500 people are still missing."
    )
    found = {f.quote: f for f in extract_figures(text, "2026-09-10", register, "ngo", False)}
    assert (found["31"].side, found["More than 500"].claimant) == ("coastguard", "ngo")
