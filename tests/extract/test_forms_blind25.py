"""Who said it and what it counts, in the forms blind set 25 showed us.

The kinds were read off blind set 25's failures once it stopped being the check: a headline in
title case that opens on words like "Ten Years On" (not a statement's author), a figure named
again as itself ("The 1,833 comes from the …", "the 347", "the 1,500 figure"), "Its report
counted …" (a body's document, never the reporter before it), a relative's "my son is one of
the 156" (the count's teller), "The Civil Protection count stood at 289", and the steps of a
running toll after a colon ("150 on Monday night, 228 on Tuesday"). Every passage here is our
own, in an invented story.
"""

from __future__ import annotations

import pytest

from makiivka.extract.figures import extract_figures
from makiivka.extract.speakers import register_from
from tests.extract.test_speakers import figure_ending

#: An earthquake in Norhaven, Norland, with a civil protection agency, a federal weather
#: centre, the city and the victims' families.
DESCRIPTOR = {
    "event": {"places": ["Norhaven"], "occurred_at": "2025-03-03T03:32:00+01:00",
              "noun": "earthquake"},
    "parties": [
        {"id": "gov", "label": "Norland's government: the Civil Protection and the prefecture",
         "cues": ["Civil Protection", "prefecture", "Norland government"]},
        {"id": "federal", "label": "The federal weather service",
         "cues": ["National Weather Centre"]},
        {"id": "city", "label": "Norhaven city hall", "places": ["Norhaven"],
         "cues": ["mayor", "city hall"]},
        {"id": "families", "label": "Families of the dead", "cues": ["families", "relatives"]},
    ],
    "roles": {"third_party": {"cues": ["Red Cross"]}, "media": {"cues": ["Courier"]}},
    "metrics": [{"id": m} for m in ("killed", "wounded", "missing", "displaced", "other")],
}  # fmt: skip
STORY = register_from([], DESCRIPTOR)
HEAD = "Quake toll\n\n"


def figure(text: str, quote: str, published: str = "2025-03-08"):
    """Return the last figure whose quote ends with *quote*, read against STORY."""
    return figure_ending(text, quote, published, STORY)


NPR = (
    "Ten Years On, Norhaven's Death Toll Is Still Uncertain\n\nHOST: The figure most often "
    "given for its death toll is 1,833. Our reporter Ana Vell looks at why.\n\nANA VELL, "
    "BYLINE: The 1,833 comes from the National Weather Centre. Its report counted 1,577 dead "
    "in the city and 238 in the hills."
)


@pytest.mark.parametrize(
    ("text", "quote", "side", "name"),
    [
        # "The 1,833 comes from X": X's figure
        (NPR, "1,833", "federal", "National Weather Centre"),
        # "Its report" is the body's named before, not the reporter who speaks
        (NPR, "1,577", "federal", "National Weather Centre"),
        (NPR, "238", "federal", "National Weather Centre"),
        # "X count stood at N": the count's owner
        (HEAD + "The Civil Protection count stood at 289 dead last night.", "289", "gov",
         "Civil Protection"),
        # the steps of a running toll after a colon are the toll's teller's
        (HEAD + "The Civil Protection count stood at 289 dead last night. The figure has risen "
         "every day since the quake: 150 on Monday night, 228 on Tuesday, 260 on Wednesday.",
         "228", "gov", "Civil Protection"),
    ],
)  # fmt: skip
def test_who_states_the_figure(text, quote, side, name):
    found = figure(text, quote)
    assert (found.side, found.claimant_name) == (side, name), found.attribution


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        # the steps of a running toll
        (HEAD + "The Civil Protection count stood at 289 dead last night. The figure has risen "
         "every day since the quake: 150 on Monday night, 228 on Tuesday, 260 on Wednesday.",
         "150", "killed"),
    ],
)  # fmt: skip
def test_what_the_figure_counts(text, quote, metric):
    assert figure(text, quote).metric == metric


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        (NPR, "1,833", "killed"),
        (HEAD + "Officials said 347 people were buried in the mass grave.\n\n\"I can only speak "
         "for the 347,\" the mayor told the inquiry.", "347", "killed"),
        (HEAD + "Officials first said 1,500 people died.\n\nThe 1,500 figure is far higher than "
         "any other.", "1,500", "killed"),
        # "347 in all", and a bare number said again on its own
        (HEAD + "The state said 347 people were killed and buried in one grave.\n\nCOUNSEL: How "
         "many bodies were buried?\n\nLAWAL: 347 in all.", "347", "killed"),
        (HEAD + "Ten years ago 58 people were killed here.\n\nThe union posted: \"58, not 57.\"",
         "58", "killed"),
    ],
)  # fmt: skip
def test_a_figure_named_again_as_itself_is_a_row_of_its_first_metric(text, quote, metric):
    """ "The 1,833 comes from …", "the 347", "The 1,500 figure": a row each time, counting what
    the first telling counted."""
    rows = [f for f in extract_figures(text, "2025-03-08", STORY) if f.quote.endswith(quote)]
    assert [f.metric for f in rows] == [metric, metric]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # no earlier telling: "the 40" is no toll
        (HEAD + "The mayor said the 40 would be enough.", "40"),
        # an earlier telling that counted no one
        (HEAD + "The city bought 40 tents. The 40 arrived on Monday.", "The 40"),
    ],
)  # fmt: skip
def test_a_bare_number_without_a_toll_before_is_no_row(text, quote):
    with pytest.raises(AssertionError):
        figure(text, quote)


def test_one_of_the_n_is_the_counts_teller():
    """A relative's "my son is one of the 156" restates the count: the prefecture's row, not
    the families' spokeswoman's (blind sets 18, 19, 22 and 25 label it so)."""
    text = (
        HEAD + 'The prefecture said on Friday that 156 people had died.\n\n"My son is one of '
        "the 156,\" said the families' spokeswoman Mara Holt."
    )
    rows = [f for f in extract_figures(text, "2025-03-08", STORY) if f.quote == "156"]
    assert [(f.side, f.claimant_name) for f in rows] == [("gov", "prefecture")] * 2


def test_a_title_case_headline_names_no_author():
    """A headline in title case that opens on "Ten Years On" is no statement's heading: the
    host's figure under it is the outlet's own."""
    found = figure_ending(NPR, "1,833", "2025-03-08", STORY, which=0)
    assert (found.side, found.claimant_name) == ("media", ""), found.attribution


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a live blog's title: "X: report published – live" names no author
        ("Norhaven quake: inquiry report published – live\n\n4.20pm: Some context. The year "
         "was the deadliest on record, with 479 deaths.", "479"),
        # a day's name is no person's: "Black Monday" heads no statement
        ("Black Monday\n\nThe quake killed 479 people in the old town.", "479"),
    ],
)  # fmt: skip
def test_a_title_names_no_author(text, quote):
    found = figure(text, quote)
    assert (found.side, found.claimant_name) == ("media", ""), found.attribution


@pytest.mark.parametrize(
    ("text", "quote", "metric", "scope"),
    [
        # a title-case headline's "Thousands Dead" is a toll, not a name
        ("Mayor Fears Thousands Dead in Norhaven\n\nThe mayor spoke on Wednesday.",
         "Thousands", "killed", "strike"),
        # "hundreds, and probably thousands, of people": the hedged second is the same count
        (HEAD + "The mayor said the quake had almost certainly killed hundreds, and probably "
         "thousands, of people in Norhaven.", "thousands", "killed", "strike"),
        # "said Wednesday that the quake …": the day it was said, not the day of another quake
        (HEAD + "The mayor said Wednesday that the quake had killed hundreds of people in "
         "Norhaven.", "hundreds", "killed", "strike"),
    ],
)  # fmt: skip
def test_vague_tolls(text, quote, metric, scope):
    found = figure(text, quote)
    assert (found.metric, found.scope) == (metric, scope)


@pytest.mark.parametrize(
    ("text", "quote", "side", "name"),
    [
        # a country's opposition groups are not its government
        (HEAD + "Norland opposition groups said 72 people were killed.", "72", "third_party",
         "Norland opposition groups"),
        # a gapped list under a trailing speaker: all the speaker's, each a row of the toll
        (HEAD + "Lowtown recorded 409 deaths, Vell 395 and Hale 253, the Red Cross said.", "395",
         "third_party", "Red Cross"),
        (HEAD + "Lowtown recorded 409 deaths, Vell 395 and Hale 253, the Red Cross said.", "409",
         "third_party", "Red Cross"),
        # a gapped list of speakers: each reported its own
        (HEAD + "The prefecture has reported 165 deaths, Vell 75 and the Red Cross 49.",
         "49", "third_party", "Red Cross"),
    ],
)  # fmt: skip
def test_lists_and_groups(text, quote, side, name):
    found = figure(text, quote)
    assert (found.side, found.claimant_name, found.metric) == (side, name, "killed"), (
        found.attribution
    )


def test_a_headline_speaker_before_a_comma():
    """ANSA's "Topic: Name, N dead": the name is the speaker the body names in full."""
    text = (
        "Norhaven earthquake: Lund, at least 150 dead\n\nAt least 150 people were killed, "
        "Prime Minister Ana Lund of the Norland government said this evening."
    )
    found = figure_ending(text, "150", "2025-03-03", STORY, which=0)
    assert (found.side, found.claimant_name) == ("gov", "Ana Lund"), found.attribution


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "The earthquake struck at 3.32 this morning and killed 40 people.",
        HEAD + "UPDATE 23.40 - The Civil Protection said the toll had risen to 40.",
    ],
)
def test_a_clock_time_with_a_stop_is_no_figure(text):
    assert [f.quote for f in extract_figures(text, "2025-03-03", STORY)] == ["40"]


@pytest.mark.parametrize(
    ("text", "quote", "side", "name"),
    [
        # "the group says" right after the group's own sentence: the group named there
        (HEAD + "The Red Cross says at least 106 people have been killed. \"The real toll may be "
         "higher, with some reports suggesting as many as 200 have been killed,\" the group says.",
         "as many as 200", "third_party", "Red Cross"),
        # "X quotes a Y statement saying that …": Y's, relayed by X
        (HEAD + "The Courier quotes a Civil Protection statement saying that three rescuers were "
         "killed.", "three", "gov", "Civil Protection"),
    ],
)  # fmt: skip
def test_bodies_named_again(text, quote, side, name):
    found = figure(text, quote)
    assert (found.side, found.claimant_name) == (side, name), found.attribution


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a year after an article names an event, it counts no one
        (HEAD + "The 1980 Vell earthquake killed 2,914 people.", ["2,914"]),
        (HEAD + "A 2004 storm killed 200 people.", ["200"]),
        # guard: a count of people written like a year
        (HEAD + "The 1980 people who fled have come back.", ["1980"]),
    ],
)  # fmt: skip
def test_a_year_is_no_figure(text, quotes):
    assert [f.quote for f in extract_figures(text, "2025-03-08", STORY)] == quotes


def test_a_figure_used_by_a_body_is_the_bodys():
    text = (
        HEAD + "The Civil Protection closed its count at 308; the figure of 309 used by the "
        "Red Cross includes a woman who died months later."
    )
    found = figure(text, "309")
    assert (found.side, found.claimant_name) == ("third_party", "Red Cross"), found.attribution


def test_its_members_are_people_not_the_body():
    """Guard: "its members estimated" is not a body's document: the person named before."""
    text = (
        HEAD + "Red Cross volunteer Lio Brandt runs a shelter. He said its members estimated "
        "more than 200 dead."
    )
    assert figure(text, "more than 200").claimant_name != "Red Cross"
