"""Who said it and what it counts, in the forms round 23's new user wrote (a crowd crush whose
missing fall as people are found alive). Every passage here is our own, in an invented story:
a crush at a festival in Norhaven, five parties, the government a party labelled by its name
("Government of Norland"), with a relief commissioner, a hospital and a rights group.
"""

from __future__ import annotations

import pytest

from makiivka.extract.figures import extract_figures
from makiivka.extract.speakers import Claimant, register_from
from tests.extract.test_speakers import figure_ending

DESCRIPTOR = {
    "event": {"places": ["Norhaven"], "occurred_at": "2027-03-13T18:20:00+00:00",
              "noun": "crush"},
    "parties": [
        {"id": "police", "label": "Norland Police", "cues": ["Norland Police", "state police"]},
        {"id": "govt", "label": "Government of Norland", "places": ["Norland", "Norhaven"],
         "cues": ["Government of Norland", "Relief Commissioner"]},
        {"id": "trust", "label": "Norhaven Temple Trust", "cues": ["temple trust", "organisers"]},
        {"id": "hospital", "label": "Norhaven District Hospital", "cues": ["morgue"]},
        {"id": "rights", "label": "Lok Manch", "cues": ["Lok Manch", "rights group"]},
    ],
    "metrics": [{"id": m} for m in ("killed", "wounded", "missing", "other")],
}  # fmt: skip
ROWS = [
    {"claimant_id": "police_hq", "name": "Norland Police", "side": "police",
     "aliases": "state police|the police"},
    {"claimant_id": "relief", "name": "Relief Commissioner", "side": "govt",
     "aliases": "Relief Commissioner|Ana Rout"},
    {"claimant_id": "manch", "name": "Lok Manch", "side": "rights", "aliases": "Lok Manch"},
]  # fmt: skip
STORY = register_from(ROWS, DESCRIPTOR)
HEAD = "Crush toll\n\n"


def figure(text: str, quote: str, published: str = "2027-03-16", which: int = -1):
    """Return the last figure whose quote ends with *quote*, read against STORY."""
    return figure_ending(text, quote, published, STORY, which)


@pytest.mark.parametrize(
    ("text", "quote", "side", "name"),
    [
        # a government spokesman speaks for the party labelled a government
        (HEAD + "The death toll stood at 18 on Sunday afternoon, a government spokesman said, "
         "with 63 people injured and 27 still missing.", "27", "govt",
         "a government spokesman"),
        # the registered speaker after its owner ("the state's …") trails the sentence
        (HEAD + "Authorities in Norland raised the death toll to 24 on Friday, with 71 people "
         "injured, the state's Relief Commissioner said.", "71", "govt",
         "Relief Commissioner"),
        # a verb in the apposition's relative clause is no speech: the opening name speaks
        (HEAD + "Lok Manch, a rights group that has compiled lists from relatives, said at least "
         "35 people had died.", "at least 35", "rights", "Lok Manch"),
        # citing records and accounts is the speaker's own evidence, not a speaker it relays
        (HEAD + "The group said at least 35 people had died, citing the hospital's mortuary "
         "records and families' accounts.", "at least 35", "unknown", "group"),
        # a minister of no country named speaks for the one party labelled a government
        (HEAD + "Revenue Minister Ravi Sahu said 22 people had died.", "22", "govt",
         "Ravi Sahu"),
        # a police control room speaks for the police
        (HEAD + "Relatives have reported 41 people missing. The police control room says 27.",
         "27", "police", "The police control room"),
    ],
)  # fmt: skip
def test_who_states_the_figure(text, quote, side, name):
    found = figure(text, quote)
    assert (found.side, found.claimant_name) == (side, name), found.attribution


def test_an_opposition_legislator_is_not_the_host_party():
    """A titled person ("Opposition legislator …") is not a local witness of the party holding
    the event's place."""
    text = (
        HEAD + 'Opposition legislator Ravi Das told reporters the government was "hiding '
        'bodies" and that more than 40 people had died.'
    )
    found = figure(text, "more than 40")
    assert found.side != "govt", found.attribution


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        # people found alive are no longer missing
        (HEAD + "Eight people reported missing after the crush have been found alive in a "
         "relief camp, officials said.", "Eight", "other"),
        (HEAD + "The commissioner said 8 persons who had earlier been reported missing have been "
         "traced alive.", "8", "other"),
        (HEAD + "Good news: 6 people on our missing list were found alive at the relief camp.",
         "6", "other"),
        # guard: still missing
        (HEAD + "Nineteen people are still missing, the commissioner said.", "Nineteen",
         "missing"),
        # the earlier figure of "…, down from 27" counts what the figure revised counts
        (HEAD + '"Nineteen people are still missing," Relief Commissioner Ana Rout told the '
         "Courier, down from 27 on Sunday.", "27", "missing"),
        # a label that opens a sentence in the line: "Dead on our list: 37"
        (HEAD + "Update: 12 people are still missing, after more were found in camps. Dead on "
         "our list: 37.", "37", "killed"),
    ],
)  # fmt: skip
def test_what_the_figure_counts(text, quote, metric):
    assert figure(text, quote).metric == metric


def test_the_register_is_read():
    """Guard: the fixture's register names its claimants (the tests above rely on it)."""
    assert STORY.lookup("Ana Rout") == Claimant("relief", "govt", "Relief Commissioner")


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        # a difference between two counts counts no one itself
        (HEAD + "The hospital said the toll stood at 26 on Wednesday, four more than the state "
         "government's figure.", "four", "other"),
        # guard: the count beside it
        (HEAD + "The hospital said the toll stood at 26 on Wednesday, four more than the state "
         "government's figure.", "26", "killed"),
    ],
)  # fmt: skip
def test_a_difference_is_no_toll(text, quote, metric):
    assert figure(text, quote).metric == metric


def test_the_searchers_are_not_the_missing():
    """The relatives who search ("hundreds of relatives searched … for people who are still
    missing") are not the missing: no row."""
    text = (
        HEAD + "Rescuers were still digging on Monday as hundreds of relatives searched hospitals "
        "and the mortuary for people who are still missing."
    )
    assert [f.quote for f in extract_figures(text, "2027-03-15", STORY)] == []


@pytest.mark.parametrize(
    ("text", "quote", "stated_at"),
    [
        # "9.05 pm": hour and minute with a full stop, the house style of many outlets
        (HEAD + "Relief Commissioner Ana Rout said at 9.05 pm on Friday that 22 people had died.",
         "22", "2027-03-19T21:05+00:00"),
        # a toll that "stood at" a number on a day was stated that day, at the clock given
        (HEAD + "The death toll stood at 18 on Sunday afternoon, Relief Commissioner Ana Rout "
         "said at 1.00 pm.", "18", "2027-03-14T13:00+00:00"),
        (HEAD + "The toll stood at 937 on Tuesday, the Relief Commissioner said.", "937",
         "2027-03-16"),
    ],
)  # fmt: skip
def test_when_it_was_stated(text, quote, stated_at):
    assert figure(text, quote, "2027-03-20").stated_at == stated_at


def test_a_later_day_that_dates_a_statement_keeps_the_event():
    """ "On Friday the government had put the number of missing at 3": the day of the
    statement, days after the crush, not another event's day."""
    text = HEAD + "On Friday the government had put the number of missing at 3."
    assert figure(text, "3", "2027-03-20").scope == "strike"


def test_a_later_day_of_a_new_happening_is_another_event():
    """Guard: "On Friday, 3 people were killed in a new crush" is another day's event."""
    text = HEAD + "On Friday, 3 people were killed in a new crush."
    assert figure(text, "3", "2027-03-20").scope == "other"


def test_what_a_speaker_adds_is_relayed_as_the_rest():
    """ "…," X told the Courier, adding that nine …": both figures relayed by the Courier."""
    text = (
        HEAD + '"We have recovered 17 bodies so far," police chief Ana Rout told the Courier, '
        "adding that nine of the dead were women."
    )
    assert [figure(text, q).relayed_by for q in ("17", "nine")] == ["Courier", "Courier"]


def test_a_headline_count_is_its_owners():
    """ "hospital count at 26, police say 9 …": the hospital's count, the police's nine."""
    text = (
        "Norhaven toll: hospital count at 26, police say 9 missing found alive\n\nThe "
        "hospital said on Wednesday that 26 people had died."
    )
    assert figure(text, "26", which=0).side == "hospital"


def test_then_raised_it_to_takes_its_own_day():
    """ "first put the toll at 12 on Sunday morning, then raised it to 18 on Monday"."""
    text = (
        HEAD + "The Government of Norland first put the toll at 12 on Sunday morning, then "
        "raised it to 18 on Monday."
    )
    assert [figure(text, q, "2027-03-20").stated_at for q in ("12", "18")] == [
        "2027-03-14",
        "2027-03-15",
    ]
