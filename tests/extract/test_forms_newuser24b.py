"""Who said it, what it counts and which event, in the forms round 24's second new user wrote
(an attack on a village in a conflict: an army, an armed group, a UN mission, a rights NGO and
an aid group's hospital; a release in translation, a party's Telegram channel, wire updates).
Every passage here is our own, in an invented story.
"""

from __future__ import annotations

import pytest

from makiivka.extract.figures import extract_figures
from makiivka.extract.speakers import register_from
from tests.extract.test_speakers import figure_ending

DESCRIPTOR = {
    "event": {"places": ["Vessa"], "occurred_at": "2026-02-10T03:30+02:00", "noun": "attack"},
    "parties": [
        {"id": "army", "label": "Norland army", "places": ["Kessa"], "cues": ["army"]},
        {"id": "front", "label": "Southern Front", "cues": ["Front"]},
        {"id": "un", "label": "UN mission", "cues": ["UNMIN"]},
        {"id": "ngo", "label": "Vessa Rights League", "cues": ["Rights League"]},
    ],
    "metrics": [{"id": m} for m in ("killed", "wounded", "displaced", "other")],
}  # fmt: skip
ROWS = [
    {"claimant_id": "unmin", "name": "UNMIN", "side": "un",
     "aliases": "UN mission|UN peacekeeping mission"},
    {"claimant_id": "army_sector", "name": "Kessa operations sector", "side": "army",
     "aliases": "the army"},
    {"claimant_id": "governor", "name": "Vessa military governor", "side": "army",
     "aliases": "the governor"},
    {"claimant_id": "league", "name": "Vessa Rights League", "side": "ngo", "aliases": ""},
]  # fmt: skip
STORY = register_from(ROWS, DESCRIPTOR)
HEAD = "Attack toll\n\n"


def figure(text: str, quote: str, published: str = "2026-02-12", outlet: str | None = None):
    """Return the last figure whose quote ends with *quote*, read against STORY."""
    if outlet is None:
        return figure_ending(text, quote, published, STORY)
    found = [f for f in extract_figures(text, published, STORY, outlet) if f.quote.endswith(quote)]
    assert found, f"{quote!r} not extracted"
    return found[-1]


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        # "puts the number of civilians killed …, on 10 February at N": what "put … at" counts
        (HEAD + "UNMIN now puts the number of civilians killed in the attack on Vessa, a village of "
         "the east, on 10 February at between 85 and 95, after its teams reached the area.",
         "between 85 and 95", "killed"),
        # soldiers who fell are dead
        (HEAD + "Two soldiers fell.", "Two", "killed"),
        # people who took refuge are displaced, wherever the refuge is
        (HEAD + "Nearly 20,000 people have taken refuge in Kessa.", "Nearly 20,000",
         "displaced"),
    ],
)  # fmt: skip
def test_what_the_figure_counts(text, quote, metric):
    assert figure(text, quote).metric == metric


@pytest.mark.parametrize(
    ("text", "quote", "scope"),
    [
        # another disaster over a span of years is another event
        (HEAD + "Vessa province, where an Ebola outbreak killed more than 2,200 people between "
         "2018 and 2020, has been under military rule since 2021.", "more than 2,200", "other"),
        # a refuge is where the displaced went, not another event
        (HEAD + "Nearly 20,000 people have taken refuge in Kessa.", "Nearly 20,000", "strike"),
        # the wire's dateline city is where it was filed, not where the toll is
        ("KESSA, Norland, Feb 12, 2026 (AFP) - The toll from the Vessa attack stands at up to "
         "70 dead, according to local civil society.", "up to 70", "strike"),
    ],
)  # fmt: skip
def test_which_event_the_figure_is_about(text, quote, scope):
    assert figure(text, quote).scope == scope


@pytest.mark.parametrize(
    ("text", "quote", "outlet", "side", "claimant"),
    [
        # a relative clause's verb is not the speaker: the trailing "X said" is
        (HEAD + "At least 120 people were wounded in the attack, which the mission blamed on the "
         "Front, and more than 30,000 have fled their homes, UNMIN said in a statement.",
         "At least 120", None, "un", "unmin"),
        # "United Nations …" is the registered "UN …"
        (HEAD + "The United Nations peacekeeping mission raised its death toll to 78.", "78",
         None, "un", "unmin"),
        # a registered claimant's one-word name heads its own release
        ("UNMIN\nPress release, 12 February 2026, 16:00\n\nUNMIN revises the toll\n\nThe "
         "United Nations Mission in Norland (UNMIN) is deeply concerned.\n\nSome 135 people "
         "were wounded, including 40 children.", "Some 135", None, "un", "unmin"),
        # a lower-case title with a registered "the governor"
        (HEAD + "The military governor's figure of 46 dead is far below the reality.", "46",
         "league", "army", "governor"),
        # "our services" in a party's own channel is that party
        (HEAD + "Nearly 20,000 people have taken refuge in Kessa, according to our services.",
         "Nearly 20,000", "army_sector", "army", "army_sector"),
    ],
)  # fmt: skip
def test_who_states_the_figure(text, quote, outlet, side, claimant):
    found = figure(text, quote, outlet=outlet)
    assert (found.side, found.claimant) == (side, claimant), found.attribution
