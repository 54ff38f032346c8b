"""What round 26's new user's tailings-dam story showed us, in a story of our own.

A dam collapse with an emergency agency, a governor, a mining company, the UN and a Red Cross
society; dead, missing, displaced, rescued alive and homes destroyed. "… with 49 people still
missing four days after the disaster" is the event's (the "four days after" counts from the
disaster, not from the "Friday" before it), while "less than two weeks after a quake …
killed 98" is another event's; "since the start of operations" in a disaster counts the
rescue's days, no war's; people "in evacuation centres" or "in collective sites" are
displaced; and a story that counts homes gets "312 homes have been destroyed" as a row of its
homes metric, counted in homes. Who states them: a headline's trailing speaker who goes on to
state a figure of their own ("toll rises to 27, governor says 45") speaks only for that one; a
figure "attributed to X" that "did not come from" X is no one's claim of X; "No authority …
has given a figure" is the outlet's own finding; "Early reports speak of several dead" names no
one; and requests are no people. Every passage
here is our own.
"""

from __future__ import annotations

import pytest

from makiivka.extract.figures import extract_figures
from makiivka.extract.speakers import register_from
from tests.extract.test_speakers import figure_ending

DESCRIPTOR = {
    "event": {"places": ["Vessa"], "occurred_at": "2026-03-09T23:40-04:00", "noun": "collapse"},
    "parties": [
        {"id": "agency", "label": "National Emergency Agency", "cues": ["emergency agency"]},
        {"id": "governor", "label": "Ostra Provincial Government", "places": ["Vessa"],
         "cues": ["governor"]},
        {"id": "company", "label": "Ostra Mining", "cues": ["the company"]},
        {"id": "un", "label": "United Nations", "cues": ["OCHA", "IOM"]},
    ],
    "metrics": [
        {"id": "killed", "label": "dead", "unit": "people"},
        {"id": "missing", "label": "missing", "unit": "people"},
        {"id": "displaced", "label": "displaced", "unit": "people"},
        {"id": "rescued", "label": "rescued alive", "unit": "people"},
        {"id": "homes_destroyed", "label": "homes destroyed", "unit": "homes"},
        {"id": "other", "label": "other", "unit": "people"},
    ],
}  # fmt: skip
STORY = register_from([], DESCRIPTOR)
NO_HOMES = register_from([], {**DESCRIPTOR, "metrics": DESCRIPTOR["metrics"][:4]})


def figure(text: str, quote: str, register=STORY):
    """Return the last figure whose quote ends with *quote*, read against the story."""
    return figure_ending(text, quote, "2026-03-13", register)


TOLL = (
    "The number of people killed in the collapse rose to 38 on Friday, the emergency agency "
    "said, with 49 people still missing four days after the disaster."
)


#: The story names no scope codes: its own event is the extractor's "strike".
@pytest.mark.parametrize(
    ("text", "quote", "metric", "scope"),
    [
        (TOLL, "38", "killed", "strike"),
        (TOLL, "49", "missing", "strike"),
        ("It came less than two weeks after a quake off the coast killed 98 people.", "98",
         "killed", "other"),
        ("Search and rescue teams have rescued 48 people alive since the start of operations.",
         "48", "rescued", "strike"),
        ("About 1,400 people were spending the night in evacuation centres.", "About 1,400",
         "displaced", "strike"),
        ("IOM counts 3,450 people in 16 collective sites.", "3,450", "displaced", "strike"),
    ],
)  # fmt: skip
def test_what_a_disasters_figures_count_and_when(text, quote, metric, scope):
    found = figure(text, quote)
    assert (found.metric, found.scope) == (metric, scope)


HOMES = "The emergency agency said 312 homes have been destroyed and 40 people were missing."


def test_a_story_that_counts_homes_gets_homes_destroyed_in_homes():
    found = figure(HOMES, "312")
    assert (found.metric, found.unit, found.side) == ("homes_destroyed", "homes", "agency")


def test_homes_are_no_row_in_a_story_that_does_not_count_them():
    quotes = [f.quote for f in extract_figures(HOMES, "2026-03-13", NO_HOMES)]
    assert quotes == ["40"]


def rows(text: str) -> list[tuple[str, str, str]]:
    """Return each figure's quote, side and metric as the rules read it (the speaker model
    off: it may still give the outlet's finding to a party, as it judges)."""
    found = extract_figures(text, "2026-03-13", STORY, model=False)
    return [(f.quote, f.side, f.metric) for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's trailing speaker who states a figure of their own speaks only for it
        ("Vessa mudslide toll rises to 27, governor says 45\n\nThe emergency agency said 27 "
         "people had died, while the governor said 45 had died.",
         [("27", "media", "killed"), ("27", "agency", "killed"), ("45", "governor", "killed")]),
        # a figure credited to a body that disowns it is no one's claim of that body
        ("The figure of 200 dead attributed to Ostra Mining did not come from the company.",
         [("200", "unknown", "killed")]),
        # a subject no one is: the outlet's own finding, not the last speaker's
        ("The emergency agency had confirmed 38 deaths. No authority, company or aid group has "
         "given a figure anywhere near 500 deaths.", [("38", "agency", "killed"),
                                                      ("500", "media", "killed")]),
        # early reports no one names are unnamed sources
        ("Early reports speak of several dead.", [("several", "unknown", "killed")]),
        # requests are no people: no row
        ("The Red Cross has received 73 requests from people looking for missing relatives.",
         []),
    ],
)  # fmt: skip
def test_who_states_a_disasters_figures(text, expected):
    assert rows(text) == expected
