"""The forms round 20's new user ingested wrongly: a landslide in a five-party story.

A denial with "that" ("denied that more than 50 people had died"), "Reports that … are
baseless", a party's channel that calls the ministry's figure false and gives its own ("Our
count is 42 dead"), "X's press release is out: 31 dead", a toll that recurs "every year", an
earlier disaster described between commas ("the 2014 Jure disaster, also in Sindhupalchowk,
which killed 156"), a list that "has" names on a later day, the displaced in shelters and
"1,850 displaced people", and the days of a revision's steps told in one sentence. Rumours a
party's channel calls false get no row. Every passage here is our own, in an invented story.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.extract.figures import extract_figures
from makiivka.extract.speakers import register_from
from tests.extract.ingest_story import read_rows
from tests.extract.test_speakers import figure_ending

#: A landslide in Vell Province on 14 July 2026 (a Tuesday), reported from Norhaven.
DESCRIPTOR = {
        "event": {"places": ["Vell Province", "Kalid"], "occurred_at": "2026-07-14T03:20:00+05:45",
                  "noun": "landslide"},
        "parties": [
            {"id": "gov", "label": "The Norlandic government", "places": ["Norhaven"],
             "cues": ["Norlandic", "government", "Interior Ministry", "ministry"]},
            {"id": "committee", "label": "Kalid Struggle Committee",
             "cues": ["Kalid Struggle Committee", "committee"]},
        ],
        "roles": {"third_party": {"cues": ["Red Cross"]}, "media": {"cues": ["Courier"]}},
        "metrics": [{"id": m} for m in ("killed", "wounded", "missing", "displaced", "other")],
}  # fmt: skip
STORY = register_from([], DESCRIPTOR)


def figure(text: str, quote: str, published: str = "2026-07-17"):
    """Return the last figure whose quote ends with *quote*, read against STORY."""
    return figure_ending(text, quote, published, STORY)


@pytest.mark.parametrize(
    ("text", "quote", "side", "name", "qualifier"),
    [
        # a denial with "that": the denier's upper bound, not its own figure
        ("Landslide toll\n\nThe Interior Ministry denied that more than 50 people had died.",
         "more than 50", "gov", "Interior Ministry", "up_to"),
        # reports the text calls baseless: unnamed talk
        ("Press release\n\nReports that more than 150 persons have died are baseless.",
         "more than 150", "unknown", "Reports", "more_than"),
        # evidence from people no one names is the speaker's evidence, not a speaker
        ("Landslide toll\n\nThe Red Cross put the number of dead at 35, citing lists compiled "
         "by villagers.", "35", "third_party", "Red Cross", "exact"),
        ("Landslide toll\n\nReports circulating on social media that more than 80 persons have "
         "died are baseless, the ministry clarified.", "more than 80", "unknown", "Reports",
         "more_than"),
        # "X's press release is out: …"
        ("Live\n\n18:25 — The Interior Ministry's press release is out: 31 dead, 58 injured.",
         "31", "gov", "Interior Ministry", "exact"),
    ],
)  # fmt: skip
def test_who_states_the_figure(text, quote, side, name, qualifier):
    found = figure(text, quote)
    assert (found.side, found.claimant_name, found.qualifier) == (side, name, qualifier)


def test_a_channel_calling_the_ministry_false_speaks_for_itself_after():
    text = ("The Interior Ministry says 31 dead. That is false. Rumours of 200 dead are also "
            "false. Our count is 42 dead.")  # fmt: skip
    found = extract_figures(text, "2026-07-16", STORY)
    assert [(f.quote, f.side) for f in found] == [
        ("31", "gov"), ("200", "unknown"), ("42", "media")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "metric", "scope"),
    [
        # a bare figure a speaker restates after "say" counts what the figures before count
        ("Update\n\nOur volunteers have counted 36 dead. The government says 23. We say no "
         "fewer than 36.", "no fewer than 36", "killed", "strike"),
        # a toll that recurs every year is no event's
        ("Landslide toll\n\nThe monsoon kills hundreds of people every year.", "hundreds",
         "killed", "other"),
        # an earlier disaster described between commas, then its own clause
        ("Landslide toll\n\nIt is the deadliest since the 2014 Jure disaster, also in Vell "
         "Province, which killed 156 people.", "156", "killed", "other"),
        # a list that has names on a later day still counts this event
        ("Yesterday we said 36. Today our list has 42 names of the dead and 30 names of the "
         "missing.", "30", "missing", "strike"),
        # the displaced: the adjective right after the figure, shelters, homes lost
        ("Landslide toll\n\nThe Red Cross registered 1,850 displaced people in four shelters.",
         "1,850", "displaced", "strike"),
        ("Landslide toll\n\nAbout 1,900 people are now staying in evacuation centres.",
         "About 1,900", "displaced", "strike"),
        ("Landslide toll\n\nThe province moved more than 2,300 people into temporary shelters.",
         "more than 2,300", "displaced", "strike"),
        ("Landslide toll\n\nMore than 2,500 people have lost their homes.", "More than 2,500",
         "displaced", "strike"),
        # a held place opening an organisation's name sets the sentence nowhere else
        ("Landslide toll\n\nA total of 2,140 persons have been displaced and are sheltered in "
         "camps run with the support of the Norhaven Red Cross Society.", "2,140", "displaced",
         "strike"),
        # guard: lost lives are the dead
        ("Landslide toll\n\nMore than 25 people have lost their lives.", "More than 25",
         "killed", "strike"),
    ],
)  # fmt: skip
def test_what_and_which_event(text, quote, metric, scope):
    found = figure(text, quote)
    assert (found.metric, found.scope) == (metric, scope), found.attribution


@pytest.mark.parametrize(
    ("text", "quote", "stated_at"),
    [
        # each step of a revision told in one sentence keeps its own day
        ("Landslide toll\n\nThe Interior Ministry first put the toll at 23 on Tuesday and then "
         "at 27 on Wednesday.", "23", "2026-07-14"),
        ("Landslide toll\n\nThe Interior Ministry first put the toll at 23 on Tuesday and then "
         "at 27 on Wednesday.", "27", "2026-07-15"),
        # the day a speaker was formed is not the day it spoke
        ("Landslide toll\n\nThe Kalid Struggle Committee, formed by survivors on Tuesday, says at "
         "least 42 people are dead.", "at least 42", ""),
    ],
)  # fmt: skip
def test_when_it_was_said(text, quote, stated_at):
    assert figure(text, quote).stated_at == stated_at


def test_a_rumour_a_partys_channel_calls_false_gets_no_row(tmp_path: Path):
    story = tmp_path / "kalid"
    parties = ["gov=Norlandic Government", "committee=Kalid Struggle Committee"]
    assert main(["new", str(story), "--title", "Kalid", "--event", "Kalid landslide",
                 "--occurred-at", "2026-07-14T03:20+05:45", "--timezone", "Asia/Kathmandu",
                 "--place", "Kalid", "--noun", "landslide",
                 *[a for p in parties for a in ("--party", p)],
                 "--metric", "killed", "--metric", "missing"]) == 0  # fmt: skip
    for claimant in (
        ["committee_channel", "--name", "Kalid Struggle Committee", "--side", "committee",
         "--kind", "ngo"],
        ["interior", "--name", "Interior Ministry", "--side", "gov", "--kind", "ministry",
         "--alias", "Interior Ministry"],
    ):  # fmt: skip
        assert main(["claimant", "add", *claimant, "--story", str(story)]) == 0
    post = tmp_path / "post.txt"
    post.write_text("Kalid update\n\nThe Interior Ministry says 31 dead. That is false. Rumours "
                    "of 200 dead are also false. Our count is 42 dead.\n", "utf-8")  # fmt: skip
    argv = ["ingest", str(post), "--outlet", "committee_channel", "--published", "2026-07-16"]
    assert main([*argv, "--story", str(story)]) == 0
    rows = read_rows(story / "data" / "claims.csv")
    assert [(r["figure"], r["claimant"]) for r in rows] == [
        ("31", "interior"), ("42", "committee_channel")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("host_label", "side"),
    [
        # a residents' committee holding the village has no officials
        ("Kalid Struggle Committee", "unknown"),
        # guard: a governing party holding it does
        ("Kalid District Administration", "host"),
    ],
)
def test_unnamed_officials_speak_for_the_party_holding_the_place_only_if_it_governs(
    host_label, side
):
    descriptor = {
        "event": {"places": ["Kalid"], "occurred_at": "2026-07-14T03:20:00+05:45"},
        "parties": [
            {"id": "gov", "label": "Norland", "cues": ["Norlandic"]},
            {"id": "host", "label": host_label, "places": ["Kalid"]},
        ],
        "metrics": [{"id": "killed"}],
    }
    text = "Landslide\n\nAt least 23 people have been killed in Kalid, officials said."
    found = figure_ending(text, "At least 23", "2026-07-15", register_from([], descriptor))
    assert found.side == side, found.attribution
