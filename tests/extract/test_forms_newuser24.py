"""What it counts, which event and who said it, in the forms round 24's new user wrote (an
explosion at a coal mine: the operating company, a ministry, a union, a governor and the
miners' families; miners trapped, then found dead or brought out alive). Every passage here is
our own, in an invented story.
"""

from __future__ import annotations

import pytest

from makiivka.extract.figures import extract_figures
from makiivka.extract.speakers import register_from
from tests.extract.test_speakers import figure_ending

DESCRIPTOR = {
    "event": {"places": ["Velk"], "occurred_at": "2026-10-14T18:20+03:00",
              "noun": "mine explosion"},
    "parties": [
        {"id": "company", "label": "Velk Mining Company", "cues": ["mine operator"]},
        {"id": "union", "label": "Miners' union", "cues": ["union"]},
        {"id": "ministry", "label": "Energy Ministry", "cues": ["Energy Ministry"]},
        {"id": "governor", "label": "Provincial governor", "places": ["Velk"],
         "cues": ["governor"]},
    ],
    "metrics": [{"id": "killed"}, {"id": "wounded"}, {"id": "missing"},
                {"id": "rescued", "label": "rescued alive"}, {"id": "other"}],
}  # fmt: skip
ROWS = [
    {"claimant_id": "velk", "name": "Velk Mining Company", "side": "company",
     "aliases": "the company|the mine operator"},
]  # fmt: skip
STORY = register_from(ROWS, DESCRIPTOR)
HEAD = "Mine toll\n\n"


def figure(text: str, quote: str, published: str = "2026-10-16"):
    """Return the last figure whose quote ends with *quote*, read against STORY."""
    return figure_ending(text, quote, published, STORY)


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        # rescuers are the rescue's agents, not people rescued alive
        (HEAD + "Rescue chief Ali Kaya said more than 400 rescuers were taking part.",
         "more than 400", "other"),
        ("Mine toll rises to 17 as rescuers search for 35 trapped miners\n\nBody.", "17",
         "killed"),
        ("Mine toll rises to 17 as rescuers search for 35 trapped miners\n\nBody.", "35",
         "missing"),
        # guard: the story's own metric still reads its label
        (HEAD + "Six miners have been rescued alive, the governor said.", "Six", "rescued"),
        # taken out alive in other words, and an increment of it
        (HEAD + "6 miners had been brought out alive during the day, the governor said.", "6",
         "rescued"),
        (HEAD + "Three more miners were pulled out alive overnight.", "Three", "other"),
        # a count of the missing at zero as the search ends
        (HEAD + "No worker remains unaccounted for, the governor said.", "No worker", "missing"),
        (HEAD + "The company said no miners remained trapped.", "no miners", "missing"),
        # "not 11 but 17": the second is the speaker's count of the same
        (HEAD + '"The number of dead is not 11 but 17," the union chairman said.', "17",
         "killed"),
    ],
)  # fmt: skip
def test_what_the_figure_counts(text, quote, metric):
    assert figure(text, quote).metric == metric


@pytest.mark.parametrize(
    ("text", "quote", "scope"),
    [
        # an accident's "in total" is the event's own, not a war's
        (HEAD + "The company said 33 workers had been injured in total.", "33", "strike"),
        # an earlier accident dated to its day is another event
        (HEAD + "The previous accident at this mine, on 3 March 2019, claimed 8 lives.", "8",
         "other"),
    ],
)  # fmt: skip
def test_which_event_the_figure_is_about(text, quote, scope):
    assert figure(text, quote).scope == scope


@pytest.mark.parametrize(
    ("text", "quote", "side", "name"),
    [
        # "not 11 but 17": the 11 is the speaker's rejection, not their figure
        (HEAD + '"The number of dead is not 11 but 17," the union chairman said.', "11",
         "unknown", ""),
        # a denial of what goes round is the denier's upper bound
        (HEAD + "The company denied reports on social media that more than 60 miners had died.",
         "more than 60", "company", "The company"),
        # a lower-case alias said with a possessive
        (HEAD + "The toll rose to 17 on Thursday, the mine's operator said.", "17", "company",
         "mine's operator"),
        # "The company's last figure, given at midnight, was 19 dead"
        (HEAD + "The company's last figure, given at midnight, was 19 dead and 33 trapped.",
         "19", "company", "The company"),
        # a year before the subject is no part of its name
        (HEAD + "In 2019 the union told us eight died.", "eight", "union", "the union"),
        # what others counted, a trailing speaker reports
        (HEAD + "Relatives have counted at least 29 dead at the morgue, the company said.",
         "at least 29", "company", "the company"),
        # "had not been given a list of the 35": who was not given, not a disowned figure
        (HEAD + "The union said families had not been given a list of the 35 trapped men.",
         "35", "union", "union"),
    ],
)  # fmt: skip
def test_who_states_the_figure(text, quote, side, name):
    found = figure(text, quote)
    assert (found.side, found.claimant_name) == (side, name), found.attribution


def test_claims_that_do_not_reflect_the_truth_are_called_false():
    """ "Claims circulating on social media that more than 100 workers have died do not
    reflect the truth": talk called false, no one's claim (ingest proposes no row)."""
    text = (
        HEAD + "Claims circulating on social media that more than 100 workers have died do not "
        "reflect the truth."
    )
    (found,) = extract_figures(text, "2026-10-16", STORY, outlet="ministry")
    assert (found.side, "called false" in found.attribution) == ("unknown", True)
