"""Who said it, in the forms round 22's second new user wrote (a cholera outbreak, five parties).

A release's "reports of more than 500 deaths circulating on social networks are false" had
become the ministry's own toll; "There is no evidence that more than 150 people have died"
the minister's; "Health Minister …" was sided with the province holding the outbreak's town,
not with the party whose cue is the health ministry; the speaker model swapped a named
opposition MP for the nearest word of the side it chose; "the health ministry's afternoon
bulletin is out: 41 deaths" stayed the outlet's; and "the hospital had admitted 214 cholera
patients" made the hospital a speaker. Every passage here is our own, in an invented story.
"""

from __future__ import annotations

import pytest

from makiivka.extract.figures import extract_figures
from makiivka.extract.speakers import register_from
from tests.extract.test_speakers import figure_ending

#: An outbreak in Orra province, declared on 11 January 2027.
DESCRIPTOR = {
    "event": {"places": ["Orra"], "occurred_at": "2027-01-11T09:00:00+02:00",
              "noun": "outbreak"},
    "parties": [
        {"id": "ministry", "label": "Norland Ministry of Health",
         "cues": ["Ministry of Health", "health ministry"]},
        {"id": "province", "label": "Orra Provincial Government", "places": ["Orra", "Vell"],
         "cues": ["provincial government", "provincial health directorate"]},
        {"id": "doctors", "label": "Medical Association", "cues": ["medical association"]},
    ],
    "roles": {"third_party": {"cues": ["WHO", "World Health Organization", "Red Cross"]},
              "media": {"cues": ["Courier"]}},
    "metrics": [{"id": m} for m in ("killed", "wounded", "missing", "displaced", "other")],
}  # fmt: skip
STORY = register_from([], DESCRIPTOR)
HEAD = "Cholera in Orra\n\n"


def figure(text: str, quote: str, published: str = "2027-01-22"):
    """Return the last figure (rules only) whose quote ends with *quote*, read against STORY."""
    return figure_ending(HEAD + text, quote, published, STORY)


def test_talk_called_false_before_it_goes_round_is_called_false():
    found = figure(
        "The Ministry of Health clarifies that reports of more than 500 deaths circulating on "
        "social networks are false.",
        "more than 500",
    )
    assert (found.side, "called false" in found.attribution) == ("unknown", True)


def test_no_evidence_of_a_figure_denies_it():
    found = figure(
        'The minister dismissed the estimate. "There is no evidence that more than 150 people '
        'have died," he said.',
        "more than 150",
    )
    assert found.qualifier == "up_to", found.attribution


@pytest.mark.parametrize(
    ("sentence", "quote", "side"),
    [
        # the minister of the party's ministry speaks for that party, not for the province
        ("Health Minister Armin Tago said 29 people had died in Orra.", "29", "ministry"),
        ("The Minister of Health, Armin Tago, said 29 people had died in Orra.", "29",
         "ministry"),
        # a ministry's bulletin, "afternoon" or "daily", is the ministry's
        ("15:10 — The health ministry's afternoon bulletin is out: 41 deaths.", "41",
         "ministry"),
        # admitting patients is no admission: the nurse speaks
        ("A nurse at Vell hospital said the hospital had admitted 214 cholera patients in the "
         "past week.", "214", "province"),
    ],
)  # fmt: skip
def test_who_states_the_figure(sentence, quote, side):
    found = figure(sentence, quote)
    assert found.side == side, found.attribution


def test_the_speaker_model_sides_a_named_speaker_without_renaming_him():
    """A speaker the rules named but could not side keeps his name when the model sides him."""
    text = HEAD + (
        '13:50 — Opposition lawmaker Anton Mucha of the Green Party told parliament that "at '
        'least 100 people" had died in Vell alone. The WHO said it could not confirm the figure.'
    )
    found = next(f for f in extract_figures(text, "2027-01-21", STORY) if f.quote.endswith("100"))
    assert "Mucha" in found.claimant_name, found.attribution


@pytest.mark.parametrize(
    ("sentence", "dated", "revises"),
    [
        # the earlier figure's own day, not the page's: never after the one that replaced it
        ("The health ministry on Monday raised the death toll to 29, from 27 announced on "
         "Sunday.", {"29": "2027-01-18", "27": "2027-01-17"}, ("29", "27")),
        # "then at 29" is the toll's next step
        ("The health ministry had first put the toll at 27 on Sunday, then at 29 on Monday.",
         {"27": "2027-01-17", "29": "2027-01-18"}, ("29", "27")),
    ],
)  # fmt: skip
def test_a_toll_s_steps_keep_their_own_days(sentence, dated, revises):
    found = {f.quote: f for f in extract_figures(HEAD + sentence, "2027-01-20", STORY, model=False)}
    assert {q: found[q].stated_at for q in dated} == dated
    assert found[revises[0]].revises == found[revises[1]].start
    assert found[revises[0]].metric == found[revises[1]].metric == "killed"
