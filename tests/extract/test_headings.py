"""Headings that name a text's author credit the lines under them.

A release, a statement or a page of posts names its author in a line of its own ("COAST
GUARD / Press release, 14 June"; "Jan Novak, Minister of the Interior, 15:47"): the figures
under it that no sentence credits, and "the ministry" there, are that author's. Headlines,
places, bylines and subheads are not authors. Passages of our own in an invented flood story.
"""

from __future__ import annotations

from functools import partial

import pytest

from makiivka.extract.figures import extract_figures as _extract
from makiivka.extract.headings import find_headings
from makiivka.extract.sentences import split_sentences
from makiivka.extract.speakers import register_from

#: The rules alone: these tests check their conventions on invented passages; what the
#: speaker model may change is tested in test_speaker_model.py.
extract_figures = partial(_extract, model=False)

REGISTER = register_from(
    [],
    {"event": {"noun": "flood", "places": ["Lowtown"]},
     "parties": [
         {"id": "norland", "label": "Norland", "cues": ["Norland", "Norlandic", "NNA",
          "River Guard", "Jan Novak", "Ministry of Water"], "places": ["Lowtown"]},
         {"id": "southmark", "label": "Southmark",
          "cues": ["Southmark", "Ministry of Water (Southmark)"], "places": ["Port Vell"]},
     ],
     "roles": {"third_party": {"cues": ["Aid Now"]}, "media": {"cues": ["AP"]}}},
)  # fmt: skip

# (text, figure, side, claimant name, how the evidence opens): the heading, unless the
# figure's sentence credits someone itself.
CREDITED = [
    # a release in capitals, its date and time on the next line
    ("RIVER GUARD\nPress release, 14 June 2024, 19:30\n\nRescue work in Lowtown\n\n"
     "So far 79 dead have been recovered.", "79", "norland", "River Guard", "heading"),
    # the heading's medium words and a translation note are not the name
    ("RIVER GUARD NEWS RELEASE\nUpdate, Friday, June 14, 9 p.m.\n\nSo far 115 people have "
     "died.", "115", "norland", "River Guard", "heading"),
    # a page of posts: each post's heading credits its own lines
    ("Lowtown, 6 June: what officials posted\n\nJan Novak, Minister of the Interior, 15:47\n"
     "As of now: 16 dead.\n\nAid Now Society, 17:30\nOur teams treated 32 injured people.",
     "32", "third_party", "Aid Now Society", "heading"),
    ("Lowtown, 6 June: what officials posted\n\nJan Novak, Minister of the Interior, 15:47\n"
     "As of now: 16 dead.\n\nAid Now Society, 17:30\nOur teams treated 32 injured people.",
     "16", "norland", "Jan Novak", "heading"),
    # the country before the body decides whose ministry it is
    ("Floods: what governments said\n\nSouthmark, Ministry of Water, Sunday 16 June\n"
     "11 people have died.", "11", "southmark", "Ministry of Water (Southmark)", "heading"),
    # "the ministry" under the heading is the heading's author
    ("Floods: what governments said\n\nNorland, Ministry of Water, Sunday 16 June\n"
     "The ministry announced the death of 14 citizens.", "14", "norland",
     "Ministry of Water (Norland)", '"The ministry" said'),
    # a place's body by its head noun: its side from the place
    ("LOWTOWN DISASTER HEADQUARTERS\nBriefing, 17 June\n\nThe search went on.\nDead: 9", "9",
     "norland", "Lowtown Disaster Headquarters", "heading"),
    # a release that is only a list: its lines are its author's
    ("LOWTOWN DISASTER HEADQUARTERS\nBriefing, 17 June\n\nDead: 9\nMissing: 28", "28",
     "norland", "Lowtown Disaster Headquarters", "heading"),
    # a stack of author, title and date-and-venue lines of one width: the author's, not
    # the venue's, and "Of the dead, …" under it is no speaker
    ("Norland Accident Countermeasures Headquarters\nBriefing on the Lowtown river flood\n"
     "17 June 2024, 10:00, Lowtown County Hall\n\n- Dead: 9\n- Missing: 28", "28", "norland",
     "Norland Accident Countermeasures Headquarters", "heading"),
    ("Norland Accident Countermeasures Headquarters\nBriefing on the Lowtown river flood\n"
     "17 June 2024, 10:00, Lowtown County Hall\n\nOf the dead identified so far, 6 are "
     "children.", "6", "norland", "Norland Accident Countermeasures Headquarters", "heading"),
    ("RIVER GUARD\nPress release\n17 June, 10:00, Lowtown Town Hall\n\nDead: 9", "9",
     "norland", "River Guard", "heading"),
    # data no one is named as publishing, far under the heading: the release's author's
    ("RIVER GUARD\nPress release, 14 June\n\nThe guard mourns the dead of Lowtown.\n\n"
     "Boats searched the river all night. Divers joined them at dawn. Roads stay closed.\n\n"
     "According to preliminary information, 40 people are missing.", "40", "norland",
     "River Guard", "according to"),
    # a letterhead over "PRESS NOTE": the note is the medium, the office above its author
    ("MINISTRY OF WATER\nOFFICE OF THE RIVER GUARD\nPRESS NOTE\n\nThe status as on 14 June."
     "\n\n1. Number of persons dead: 278", "278", "norland", "Office of the River Guard",
     "heading"),
    # a sentence that credits someone else keeps its own speaker
    ("RIVER GUARD\nPress release, 14 June\n\nAid Now said 40 people were missing.", "40",
     "third_party", "Aid Now", '"Aid Now" said'),
]  # fmt: skip


@pytest.mark.parametrize("row", CREDITED, ids=lambda r: r[1])
def test_a_heading_credits_the_lines_under_it(row):
    text, quote, side, name, evidence = row
    found = [f for f in extract_figures(text, "2024-06-16", REGISTER) if f.quote == quote]
    assert [(f.side, f.claimant_name) for f in found] == [(side, name)]
    assert found[0].attribution.startswith(evidence)


# (text, figure, metric, side, claimant): a titled release whose first sentence names its
# author, and figures under labels ("Injured: 806") with the label's metric.
BULLETINS = [
    ("Situation bulletin: floods in Lowtown\nMonday, 20 May 2024, 9am\n\nThe River Guard of "
     "Norland gives the updated situation.\n\nInjured: 806\nMissing: 88\nConfirmed deaths: "
     "157\nPeople in shelters: 65,762", "806", "wounded", "norland", "River Guard of Norland"),
    ("Situation bulletin: floods in Lowtown\nMonday, 20 May 2024, 9am\n\nThe River Guard of "
     "Norland gives the updated situation.\n\nInjured: 806\nMissing: 88\nConfirmed deaths: "
     "157\nPeople in shelters: 65,762", "88", "missing", "norland", "River Guard of Norland"),
    ("Situation bulletin: floods in Lowtown\nMonday, 20 May 2024, 9am\n\nThe River Guard of "
     "Norland gives the updated situation.\n\nInjured: 806\nMissing: 88\nConfirmed deaths: "
     "157\nPeople in shelters: 65,762", "157", "killed", "norland", "River Guard of Norland"),
    # no release title: a news story's first subject is not its author
    ("Floods in Lowtown\n\nThe River Guard of Norland sent boats. At least 30 people died.",
     "At least 30", "killed", "media", ""),
]  # fmt: skip


@pytest.mark.parametrize("row", BULLETINS, ids=lambda r: r[1])
def test_a_bulletin_is_its_authors_and_its_labels_name_the_metric(row):
    text, quote, metric, side, name = row
    found = [f for f in extract_figures(text, "2024-05-20", REGISTER) if f.quote == quote]
    assert [(f.metric, f.side, f.claimant_name) for f in found] == [(metric, side, name)]


# (text): lines that are not an author's heading
NOT_HEADINGS = [
    "Lowtown flood toll rises to 137\n\nAt least 137 people died.",  # a headline
    "Lowtown, 6 June 2024\n\nAt least 137 people died.",  # a place and a date
    "By Jan Novak, AP correspondent\n\nAt least 137 people died.",  # a byline
    "Norland\n\nAt least 137 people died.",  # a topic tag
    "Rescue work in Lowtown\n\nAt least 137 people died.",  # a subhead
    "River Guard says 137 died\n\nAt least 137 people died.",  # a headline with a speaker
    # the title of a report: what the outlet publishes, not who speaks
    "Norlandic Flood Campaign Assessment, June 6, 2024\n\nAt least 137 people died.",
    "Norland Water Report, 6 June\n\nAt least 137 people died.",
    # a headline in title case naming a claim about the toll
    "Norland's False Claim About the Lowtown Death Toll\n\nAt least 137 people died.",
]  # fmt: skip


@pytest.mark.parametrize("text", NOT_HEADINGS, ids=lambda t: t[:16])
def test_headlines_places_bylines_and_subheads_are_not_authors(text):
    assert find_headings(text, split_sentences(text), REGISTER) == {}
    found = [f for f in extract_figures(text, "2024-06-16", REGISTER) if f.quote == "At least 137"]
    assert [f.side for f in found] == ["media"]


def test_a_country_that_is_also_a_cue_word_is_a_kicker_not_an_author():
    # "Port Vell" is both a place Southmark holds and one of its cue words (as a country's
    # name is): before a headline's clause it is the kicker, not the author of the article.
    register = register_from(
        [],
        {"event": {"noun": "flood", "places": ["Port Vell"]},
         "parties": [{"id": "southmark", "label": "Southmark", "cues": ["Port Vell"],
                      "places": ["Port Vell"]}]},
    )  # fmt: skip
    text = "Port Vell: Mayor celebrates Mass at home as churches stay shut\n\nAt least 137 died."
    assert find_headings(text, split_sentences(text), register) == {}
