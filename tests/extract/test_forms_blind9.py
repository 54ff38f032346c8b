"""Who said it, in the forms blind set 9 showed us: interviews, briefings, long reads, releases.

The kinds were read off blind set 9's failures (a broadcast interview whose guests are named in
full by the anchor and labelled by surname, a UN briefing transcript read out over several
paragraphs, a long read whose "he" was named but silent before, a UN mission's release, a wire
whose trailing outlet reports a named office's figure); every passage here is our own, in the
invented story of ``test_speakers`` (``north`` is Norland, holding Harbour City; ``south`` is
the Southern Front, holding Kessa). Each row: a text, one figure's quote, and its side,
claimant name and how its evidence begins. The rules alone (the model off).
"""

from __future__ import annotations

import pytest

from makiivka.extract.attribution import find_cues
from makiivka.extract.speakers import register_from
from tests.extract.test_speakers import DESCRIPTOR, REGISTER, extract_figures

#: A transcript whose guest the anchor names in full once, then labels by surname.
INTERVIEW = (
    "ANCHOR: Good evening. Joining us from Harbour City is Dr. Ivan Petrov, head of Norland's "
    "health service. Doctor, what is the situation?\n\nPETROV: We received 21 injured people "
    "last night.\n\nANCHOR: Thank you, doctor.\n\nPETROV: Eight of them are still with us."
)
#: A briefing: a spokesperson's turn goes on in a paragraph with no label, and says "we".
BRIEFING = (
    "IVAN PETROV, NORLAND HEALTH MINISTER: Good morning. Since the start of April, we have "
    "documented at least 481 deaths.\n\nIn one case, at least 10 men were shot inside a "
    "mosque.\n\nQUESTION (Courier): The rebels have spoken of more than 400 dead. Is that "
    "credible?\n\nPETROV: We cannot confirm it.\n\nQUESTION (Courier): Thank you."
)
#: A UN mission's release: its name, with "in", opens with "today"; "the investigation" is its.
RELEASE = (
    "Kessa, 2 May 2024 – The United Nations Integrated Mission in the Southern Region (UNIMSR) "
    "today published the conclusions of its special investigation.\n\nThe investigation found "
    "that at least 157 civilians were killed.\n\nUNIMSR also recorded the killing of at least "
    "eight people in a nearby village."
)

#: A situation report: a heading names its figures' source; indented items break a total down.
SITREP = (
    "SITUATION REPORT - FLOODS, HARBOUR CITY\n\nLosses (source: Norland health service)\n"
    "• Deaths in Harbour City: 1,251\n  – Central Hospital: 422\n  – Other hospitals: 330\n"
    "• Deaths elsewhere in Norland: 71\n\nResponse\n• Temperatures dropped to 35–37°C."
)
MISSION = "United Nations Integrated Mission in the Southern Region"
CASES = [
    # a transcript's guest: the label's surname, the anchor's introduction's side
    (INTERVIEW, "21", "north", "Ivan Petrov", 'transcript turn of "Petrov" = "Ivan Petrov"'),
    # a turn's later paragraph goes on with its speaker; "we" in a turn is the speaker's office
    (BRIEFING, "at least 481", "north", "Ivan Petrov", '"we have documented" said'),
    (BRIEFING, "at least 10", "north", "Ivan Petrov", 'transcript turn of "Ivan Petrov"'),
    # a journalist's question is no speaker: the question's own subject is ("has spoken of")
    (BRIEFING, "more than 400", "south", "rebels", '"rebels" said (before the figure)'),
    # "he told me": the person named last, though they had not spoken before
    (
        "Ivan Petrov, a lieutenant of the Norland fire service, was at his desk when the call "
        "came.\n\nBy the end of the first night, he told me, the service had 34 bodies.",
        "34",
        "north",
        "Ivan Petrov",
        '"he" said (before the figure) = "Ivan Petrov"',
    ),
    # a UN mission's release: its "investigation" and its acronym are the mission's
    (RELEASE, "at least 157", "third_party", MISSION, '"investigation" said'),
    (RELEASE, "at least eight", "third_party", f"{MISSION} (UNIMSR)", '"UNIMSR" said'),
    # a participle between the speaker and the verb
    (
        "Front leader Sam Ray, speaking to the Courier from abroad, said the toll may well be "
        "over 400.",
        "over 400",
        "south",
        "Sam Ray",
        '"Sam Ray" said (before the figure)',
    ),
    # the object of "blamed" is no speaker; ", and said" is the opening subject's second verb
    (
        "Tabital Welfare, an association of Kessa families, blamed the Norland army, which "
        "denies it, and said at least 160 people had died.",
        "at least 160",
        "south",
        "Tabital Welfare",
        '"Tabital Welfare" said (before the figure)',
    ),
    # an office's figure that an outlet reports after it
    (
        "On Monday the Southern Front's health office had put the toll at 612, the Courier "
        "reported.",
        "612",
        "south",
        "the Southern Front's health office",
        """"the Southern Front's health office" said (after the figure) via "Courier\"""",
    ),
    # rights groups by the words of their own names
    (
        "More than 2,300 people have been killed since the war began, according to the "
        "Assistance Association for Political Prisoners.",
        "More than 2,300",
        "third_party",
        "Assistance Association for Political Prisoners",
        "according to",
    ),
    (
        "The Norland League for the Defense of Human Rights said it had documented 21 deaths.",
        "21",
        "third_party",
        "Norland League for the Defense of Human Rights",
        '"it" said (before the figure) = "Norland League',
    ),
    # a heading's "(source: X)" credits its box, the items of a breakdown included
    (SITREP, "1,251", "north", "Norland health service", 'source line: "Norland health service"'),
    (SITREP, "330", "north", "Norland health service", 'source line: "Norland health service"'),
    (SITREP, "71", "north", "Norland health service", 'source line: "Norland health service"'),
    # "has spoken of", "lists": statements of a figure
    (
        "The governor of Kessa has spoken of more than 400 dead.",
        "more than 400",
        "south",
        "governor of Kessa",
        '"governor of Kessa" said (before the figure)',
    ),
    (
        "The Front's indictment lists 270 victims.",
        "270",
        "south",
        "Front's indictment",
        """"Front's indictment" said (before the figure)""",
    ),
]


@pytest.mark.parametrize(("text", "quote", "side", "name", "evidence"), CASES)
def test_who_states_the_figure_in_each_form(text, quote, side, name, evidence):
    figure = next(f for f in extract_figures(text, "2024-05-01", REGISTER) if f.quote == quote)
    assert (figure.side, figure.claimant_name) == (side, name), figure.attribution
    assert figure.attribution.startswith(evidence), figure.attribution


#: A story whose party is known by its demonym only: "Westerian", not "Westeria".
WESTERIA = register_from(
    [],
    {
        **DESCRIPTOR,
        "parties": [
            {"id": "west", "label": "Westerian army", "cues": ["Westerian"], "places": []},
            DESCRIPTOR["parties"][1],
        ],
    },
)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # the country of a party's demonym owns its ministries
        ("Westeria's foreign ministry said more than 300 civilians had been killed.", "west"),
        # a country no party is known by stays a foreign state
        (
            "Ruritania's foreign ministry said more than 300 civilians had been killed.",
            "third_party",
        ),
    ],
)
def test_a_partys_country_speaks_for_it(text, side):
    (figure,) = extract_figures(text, "2024-05-01", WESTERIA)
    assert figure.side == side, figure.attribution


@pytest.mark.parametrize(
    "text",
    [
        "Responding to reports that 12 people died, the rebels said they had not fired.",
        "Commenting on claims of 40 dead, the rebels said they had not fired.",
    ],
)
def test_a_participle_is_no_speaker(text):
    names = [c.name for c in find_cues(text, 0, len(text), REGISTER)]
    assert names == ["rebels"]


@pytest.mark.parametrize(
    ("text", "quote", "side", "evidence"),
    [
        # the new user's live blog: a figure the speaker calls false is not the speaker's
        (
            'A spokesperson for the Front said reports that 50 people had died were "false".',
            "50",
            "unknown",
            'disowned by "A spokesperson for the Front": "were "false"',
        ),
        # the same words with no such verdict: the speaker's figure
        (
            "The Front said reports that 50 people had died were confirmed.",
            "50",
            "south",
            '"Front" said (before the figure)',
        ),
    ],
)
def test_a_figure_called_false_is_disowned(text, quote, side, evidence):
    figure = next(f for f in extract_figures(text, "2024-05-01", REGISTER) if f.quote == quote)
    assert figure.side == side, figure.attribution
    assert figure.attribution.startswith(evidence), figure.attribution


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # "confirmed dead" is the state of those counted, not people speaking
        ("Harbour City landslide: 9 people confirmed dead, 40 unaccounted for.", ["9", "40"]),
        # a count of sources stays no figure
        ("Two doctors confirmed that 40 people died.", ["40"]),
    ],
)
def test_people_confirmed_dead_are_counted(text, quotes):
    assert [f.quote for f in extract_figures(text, "2024-05-01", REGISTER)] == quotes


def test_a_breakdowns_items_are_figures_and_temperatures_are_not():
    quotes = [f.quote for f in extract_figures(SITREP, "2024-05-01", REGISTER)]
    assert quotes == ["1,251", "422", "330", "71"]


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        # the noun a figure is the value of, with its verb between (the new user's wire)
        ("Ivo Brandt told the Courier the toll in Kessa was higher, at 23.", "23", "killed"),
        ("The toll in Kessa rose to 23.", "23", "killed"),
    ],
)
def test_the_toll_a_figure_is_the_value_of(text, quote, metric):
    figure = next(f for f in extract_figures(text, "2024-05-01", REGISTER) if f.quote == quote)
    assert figure.metric == metric
