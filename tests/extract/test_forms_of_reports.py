"""Who said it, in the forms blind set 8 showed us: transcripts, situation reports, fact checks.

The kinds were read off blind set 8's failures (a CNN interview, a Rajya Sabha debate, OCHA flash
updates, an AFP fact check, a Human Rights Watch release, live blogs); every passage here is our
own, in the invented story of ``test_speakers`` (``north`` is Norland, holding Harbour City;
``south`` is the Southern Front, holding Kessa). Each row: a text, one figure's quote, and its
side, claimant name and how its evidence begins. The rules alone (the model off).
"""

from __future__ import annotations

import pytest

from makiivka.extract.speakers import register_from
from tests.extract.test_speakers import DESCRIPTOR, REGISTER, extract_figures, figure_in

#: The same story, its event dated ten days before the articles.
DATED = register_from(
    [], {**DESCRIPTOR, "event": {**DESCRIPTOR["event"], "occurred_at": "2024-04-21T03:00+00:00"}}
)

TRANSCRIPT = (
    "ANNA LEE, COURIER ANCHOR: Norland's health ministry now says 12 people died. What do you "
    "know?\n\nIVAN PETROV, NORLAND HEALTH MINISTER: Well, Anna, the number of deaths has reached "
    "14, among them two children.\n\nLEE: And the wounded?\n\nPETROV: We have around 2,800 "
    "wounded.\n\nLEE: Minister, thank you."
)
KEY_FIGURES = (
    "NORLAND: Floods - Flash Update No. 4\n\nKEY FIGURES\n(Southern Front figures as of 2 May, "
    "unless noted)\n- Deaths: 3,085\n- Injured: 4,715\n\nSITUATION OVERVIEW\n\nA ferry brought "
    "1,200 people to the port."
)

CASES = [
    # a party's cue word as the subject, though no agent noun of ours
    (
        "The toll rose to 40 on Saturday, with 52 people injured, the rebels said.",
        "52",
        "south",
        "rebels",
        '"rebels" said (after the figure)',
    ),
    (
        "Later on Saturday, the rebels raised the toll to 64.",
        "64",
        "south",
        "rebels",
        '"rebels" said (before the figure)',
    ),
    # a transcript's turns: the labelled speaker's, the surname alone included
    (TRANSCRIPT, "14", "north", "Ivan Petrov", 'transcript turn of "Ivan Petrov"'),
    (TRANSCRIPT, "around 2,800", "north", "Ivan Petrov", 'transcript turn of "Ivan Petrov"'),
    # a dateline in capitals opens one paragraph: no transcript
    (
        "HARBOUR CITY: At least 20 people were killed on Monday.\n\nRain fell all day.",
        "At least 20",
        "media",
        "",
        "outlet voice",
    ),
    # a speech verb in the progressive
    (
        "Reporters asked about the toll. The rebels are now saying 213 people died.",
        "213",
        "south",
        "rebels",
        '"rebels" said (before the figure)',
    ),
    (
        "The state Tidings News Agency is reporting at least three people killed.",
        "at least three",
        "media",
        "The state Tidings News Agency",
        '"The state Tidings News Agency" said',
    ),
    # "ordered the killing of" is a deed, not a statement; "the U.N." keeps its stops
    (
        "A gang leader ordered the killing of at least 184 people, most of them residents he "
        "accused of witchcraft, the United Nations said.",
        "at least 184",
        "third_party",
        "United Nations",
        '"United Nations" said (after the figure)',
    ),
    # (this story's cue words have no "U.N.", but "United Nations", which it spells out)
    (
        "More than 5,350 people have been killed this year, according to the U.N.",
        "More than 5,350",
        "third_party",
        "United Nations (U.N.)",
        'according to "U.N."',
    ),
    # the writer's own count, whatever lists it drew on
    (
        "A count I compiled from lists held by families and local officials found that 1,193 "
        "people were killed.",
        "1,193",
        "media",
        "",
        "outlet voice",
    ),
    (
        'Norland\'s defence spokesman spoke only of "dozens" killed.',
        "dozens",
        "north",
        "Norland's defence spokesman",
        '"Norland\'s defence spokesman" said',
    ),
    # unnamed posts: however far they spread, whatever platform they are on
    (
        "Social media posts shared thousands of times claim that 4,000 fighters were killed.",
        "4,000",
        "unknown",
        "Social media posts",
        'unnamed source: "Social media posts"',
    ),
    (
        'Norland\'s ministry says 12 died.\n\n"We lost 4,000 fighters in one minute," reads an X '
        "post from May 2.",
        "4,000",
        "unknown",
        "an X post",
        'unnamed source: "an X post"',
    ),
    (
        "The agency said it had closed 50 websites, including posts claiming that more than 1,000 "
        "people had died.",
        "more than 1,000",
        "unknown",
        "posts",
        'unnamed source: "posts"',
    ),
    # a fact check's headline names the figure to call it false: its own voice
    (
        "Posts falsely claim the blasts killed 4,000\n\nNorland's health ministry says 12 people "
        "died.",
        "4,000",
        "media",
        "",
        "outlet voice; a fact check's headline",
    ),
    # a situation report: the bracketed note credits its box; a section title is no author
    (KEY_FIGURES, "3,085", "south", "Southern Front", 'source line: "Southern Front"'),
    (KEY_FIGURES, "1,200", "media", "", "outlet voice"),
    (
        "Some 3,000 people fled to the port on Monday, where Norland officials estimate that about "
        "15,000 people are sheltering.",
        "Some 3,000",
        "media",
        "",
        "outlet voice",
    ),
    (
        "Protection partners in Harbour City have registered 186 people reported missing.",
        "186",
        "third_party",
        "Protection partners in Harbour City",
        '"Protection partners',
    ),
    # an outlet the article calls one, and its own investigation
    (
        "Of the missing, 64 are firefighters, the official Tidings news agency said.\n\nTidings "
        "said 674 people remained in hospital.",
        "674",
        "media",
        "Tidings",
        '"Tidings" said',
    ),
    (
        "At least 82 people died, a Tidings investigation has found. Tidings reporters travelled "
        "to 11 towns.",
        "At least 82",
        "media",
        "a Tidings investigation",
        '"a Tidings investigation" said',
    ),
    # "X's figure of" binds the figure after it, not one before
    (
        "At least 82 people died, more than double the Norland government's official figure of 37.",
        "At least 82",
        "media",
        "",
        "outlet voice",
    ),
    (
        "Does the United Nations stand by its count of 140 dead?",
        "140",
        "third_party",
        "United Nations",
        '"United Nations" said (before the figure)',
    ),
    # a role after the verb without an article; a head noun with a place after it
    (
        "Nine killed, some 2,800 wounded, says regional governor\n\nRain fell.",
        "some 2,800",
        "north",
        "regional governor",
        '"regional governor" said (after the figure)',
    ),
    (
        "The director of a nearby public hospital in Kessa said his staff had received 45 bodies.",
        "45",
        "south",
        "The director of a nearby public hospital in Kessa",
        '"The director of',
    ),
    (
        "Sir, the Southern Front has given the figures: thirty people lost their lives.",
        "thirty",
        "south",
        "Southern Front",
        '"Southern Front" said (before the figure)',
    ),
    # local officials across a border are another country's, not the event's place's
    ("In neighbouring Southland, at least 10 people were killed in Porto, city officials "
     "said.", "at least 10", "third_party", "city officials", '"city officials" said'),
    ("At least 10 people were killed in the old town, city officials said.", "At least 10",
     "north", "city officials", '"city officials" said'),
    # "X reported N, citing Y" after the figure: Y's figure, relayed by X
    ("The Tidings agency had earlier reported 17 dead, citing Norland's health ministry.",
     "17", "north", "Norland's health ministry", '"Norland\'s health ministry" (around the figure) via'),
    # a rights group's release: "(Place) - …, X said today" makes the text X's
    (
        "(Harbour City) - The attack is an apparent war crime, the World Health Organization "
        "said today.\n\nThe hospital received 45 bodies.",
        "45",
        "third_party",
        "World Health Organization",
        "outlet voice; the outlet is",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "side", "name", "evidence"), CASES)
def test_who_states_the_figure_in_each_form(text, quote, side, name, evidence):
    figure = figure_in(text, quote)
    assert (figure.side, figure.claimant_name) == (side, name)
    assert figure.attribution.startswith(evidence), figure.attribution


@pytest.mark.parametrize(
    ("text", "quote", "metric", "scope"),
    [
        # a live blog entry's clock time is when it was said, not another day's happening
        (
            "Floods live\n\n7:40 pm | Minister: 180 still missing\nNorland's health minister says "
            "180 people are yet to be traced.",
            "180",
            "missing",
            "strike",
        ),
        (
            "Norland's health minister says 180 people are yet to be traced.",
            "180",
            "missing",
            "strike",
        ),
        (
            "Contact has been lost with 36 firefighters, Norland's ministry said.",
            "36",
            "missing",
            "strike",
        ),
    ],
)
def test_what_the_figure_counts_and_where(text, quote, metric, scope):
    figure = next(f for f in extract_figures(text, "2024-05-01", DATED) if f.quote == quote)
    assert (figure.metric, figure.scope) == (metric, scope)


def test_websites_and_accounts_are_no_people():
    text = (
        "The agency said it had closed 50 websites and suspended 360 social media accounts for "
        "spreading rumours, including posts claiming that more than 1,000 people had died."
    )
    quotes = [f.quote for f in extract_figures(text, "2024-05-01", REGISTER)]
    assert quotes == ["more than 1,000"]
