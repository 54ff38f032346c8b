"""Round 19's new user: a market attack with five parties, read by the rules and the model.

A first-time user built a story of an attack on a market (five parties, a live blog, a
release, a Telegram channel) and listed the rows that came out wrong. The kinds mended here:
a rumour the sentence calls false is no one's toll ("Rumours of 100 dead are false"); a
live-blog entry "FAMa statement: …" is FAMa's; "A humanitarian official told Reuters" is an
unnamed official relayed by Reuters, not the body the next paragraph names; people who
"have fled" are displaced; "he had first given 27 and then 38" are two figures; an amount in
CFA francs is money, no count. Every passage is our own, in an invented story.
"""

from __future__ import annotations

import pytest

from makiivka.extract.figures import extract_figures
from makiivka.extract.speakers import register_from
from tests.extract.test_speakers import figure_ending

#: An attack on the market of Kessa town on 13 February 2027: a government and its army, an
#: armed group, a UN office, the mayor and an aid group.
DESCRIPTOR = {
        "event": {"places": ["Kessa"], "occurred_at": "2027-02-13T10:40:00+00:00",
                  "noun": "attack"},
        "parties": [
            {"id": "government", "label": "Government of Norland",
             "cues": ["Norland", "Norlandic", "army", "government"], "places": ["Vell"]},
            {"id": "front", "label": "The Southern Front", "cues": ["Front", "Southern"]},
            {"id": "ocha", "label": "UN OCHA", "cues": ["OCHA"]},
            {"id": "mayor", "label": "Kessa mayor", "cues": ["mayor", "town hall"],
             "places": ["Kessa"]},
            {"id": "aid", "label": "Aid Now", "cues": ["Aid Now"]},
        ],
        "roles": {"media": {"cues": ["Reuters", "Courier"]}},
        "metrics": [{"id": m} for m in ("killed", "wounded", "missing", "displaced", "other")],
}  # fmt: skip
STORY = register_from(
    [
        {"claimant_id": "fama", "name": "Norlandic Armed Forces", "side": "government",
         "aliases": "FAMa|the army"},
        {"claimant_id": "reuters", "name": "Reuters", "side": "media", "aliases": "Reuters"},
    ],
    DESCRIPTOR,
)  # fmt: skip

LIVE = (
    "Courier live desk, 13 February 2027\n\nLIVE: Attack on Kessa market - latest updates\n\n"
    "15:05 — The army says reinforcements have been sent from Vell. No toll yet.\n\n"
    '16:30 — FAMa statement: "9 civilians killed, 14 wounded."\n\n'
    "18:10 — Aid Now says its team has received 31 wounded so far."
)


def figure(text: str, quote: str):
    """Return the last figure whose quote ends with *quote* in text, read against STORY."""
    return figure_ending(text, quote, "2027-02-16", STORY)


@pytest.mark.parametrize(
    ("text", "quote", "side", "name", "relayed_by"),
    [
        # a rumour the sentence calls false: unnamed talk, not the speaker's nor the outlet's
        ("Rumours of 100 dead are false. The town hall has identified 38 victims.", "100",
         "unknown", "Rumours", ""),
        # a live-blog entry that is a party's statement
        (LIVE, "9", "government", "FAMa", ""),
        (LIVE, "14", "government", "FAMa", ""),
        # an unnamed official relayed by an agency, not the body the next paragraph names
        ("A humanitarian official told Reuters on Monday that more than 6,000 people had fled "
         "to Vell.\n\nAid Now said it had treated 63 wounded people since Saturday.",
         "more than 6,000", "unknown", "A humanitarian official", "Reuters"),
        # guard: the next paragraph's body keeps its own figure
        ("A humanitarian official told Reuters on Monday that more than 6,000 people had fled "
         "to Vell.\n\nAid Now said it had treated 63 wounded people since Saturday.", "63",
         "aid", "Aid Now", ""),
    ],
)  # fmt: skip
def test_who_states_the_figure(text, quote, side, name, relayed_by):
    found = figure_ending(text, quote, "2027-02-16", STORY, which=0)
    rules = next(f for f in extract_figures(text, "2027-02-16", STORY, model=False)
             if f.start == found.start)  # fmt: skip
    assert (rules.side, rules.claimant_name, rules.relayed_by) == (side, name, relayed_by), (
        rules.attribution
    )


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        ("OCHA estimates that about 2,000 people have already fled.", "about 2,000", "displaced"),
        ("More than 4,500 people had fled Kessa and nearby hamlets for Vell.", "More than 4,500",
         "displaced"),
        # guard: attackers who fled are no displacement
        ("Twelve people were killed before the gunmen fled the scene.", "Twelve", "killed"),
    ],
)  # fmt: skip
def test_what_the_figure_counts(text, quote, metric):
    assert figure(text, quote).metric == metric


def test_a_figure_given_first_and_then_another():
    text = (
        "The toll from the attack on the market in Kessa has risen to 41 dead, the mayor said "
        "on Tuesday, after he had first given 27 and then 38."
    )
    rows = [(f.quote, f.metric, f.side) for f in extract_figures(text, "2027-02-16", STORY)]
    assert rows == [("41", "killed", "mayor"), ("27", "killed", "mayor"), ("38", "killed", "mayor")]


def test_an_amount_of_money_is_no_count():
    text = (
        "The Government has released an emergency envelope of 250 million CFA francs for the "
        "families of the victims."
    )
    assert [f.quote for f in extract_figures(text, "2027-02-16", STORY)] == []
