"""Who said it, in the forms blind set 10 showed us: releases, reports, briefings, long titles.

The kinds were read off blind set 10's failures (a UN agency's news release and a UN office's
mission report in their own voice, an aid group's release, a society's chairman named as "its
chairman", a commissioner named again by his given name, a UN noon briefing whose labels are in
title case, a comparison and a clause of its own after the figure, a named institute, a town
official, a committee's rapporteur); every passage here is our own, in the invented story of
``test_speakers`` (``north`` is Norland, holding Harbour City, the event's place; ``south`` is
the Southern Front, holding Kessa). Each row: a text, one figure's quote, and its side,
claimant name and how its evidence begins. The rules alone (the model off).
"""

from __future__ import annotations

import pytest

from makiivka.story.parties import label_cues
from tests.extract.test_speakers import REGISTER, extract_figures

#: A UN agency's news release: "News release, <place>, <date> -", then the agency "is
#: alarmed"; reports from partners the story gives no side are its partners'.
WHO_RELEASE = (
    "WHO alarmed by reports from Kessa\n\nNews release, Geneva, 11 April 2024 - The World Health "
    "Organization (WHO) is deeply alarmed by reports of the shelling of Kessa.\n\nAccording to "
    "reports from Health Cluster partners, an estimated 500 people were injured.\n\nThere are "
    "also reports of more than 70 people having died in basements."
)
#: A UN office's mission report: "presents the report", numbered paragraphs, "the information
#: gathered" is its own.
MISSION_REPORT = (
    "Harbour City, 20 May 2024 - The Office in Norland of the United Nations High Commissioner "
    "for Human Rights presents the report of its mission to Kessa.\n\n1. The mission verified "
    "that a bomb struck the church. According to the information gathered, 119 people died."
)
OFFICE = "Office in Norland of the United Nations High Commissioner for Human Rights"
#: An aid group's release: a dateline with no agency, then the group "fears that".
AID_RELEASE = (
    "HARBOUR CITY, 16 August 2024 - The Red Crescent fears that as many as 105 children are "
    "among the dead after the floods.\n\nThe region is still recovering from the floods of 2010, "
    "which killed nearly 4,000 people."
)
#: A society named with a party's country word, then "its chairman".
SOCIETY = (
    "The Norland American Medical Society said more than 500 people had been treated. Its "
    "chairman, Ivo Petrenko, told the Courier that six more patients had died overnight."
)
#: A commission's head named again by his given name, as Ethiopian names are.
COMMISSION = (
    "The Norland Human Rights Commission said at least 600 civilians were killed. Its chief "
    "commissioner, Daniel Bekele, told reporters the victims were farm workers. Daniel said "
    "his team had also documented that at least 15 others had been killed."
)
#: A UN noon briefing: labels in title case, the spokesman named in full once.
NOON_BRIEFING = (
    "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
    "Spokesman Ana Lund: Turning to Norland, at least 110 civilians were killed in Kessa.\n\n"
    "Question: Ana, where does that figure come from?\n\nSpokesman: Some 40 people remain "
    "missing, and it may change.\n\nQuestion: Thank you."
)
CASES = [
    # a release's own voice, and partners it names without a side, are the agency's
    (WHO_RELEASE, "more than 70", "third_party", "World Health Organization", "outlet voice"),
    (WHO_RELEASE, "an estimated 500", "third_party", "Health Cluster partners", "according to"),
    # a mission report's "information gathered" names no source: the office's own
    (MISSION_REPORT, "119", "third_party", OFFICE, "outlet voice"),
    # an aid group's release: its narration is the group's
    (AID_RELEASE, "as many as 105", "third_party", "Red Crescent", '"Red Crescent" said'),
    (AID_RELEASE, "nearly 4,000", "third_party", "Red Crescent", "outlet voice"),
    # a medical society is no government, though its name has the country's word
    (SOCIETY, "more than 500", "third_party", "Norland American Medical Society", '"Norland'),
    # "its chairman": the body "its" stands for, named before
    (SOCIETY, "six", "third_party", "Ivo Petrenko", '"Its chairman" said'),
    # a given name alone is the one person whose full name opens with it
    (COMMISSION, "at least 15", "third_party", "Daniel Bekele", '"his team" said'),
    # a briefing's title-case labels; a role alone is the one named in full before
    (NOON_BRIEFING, "at least 110", "third_party", "Ana Lund", 'transcript turn of "Lund"'),
    (NOON_BRIEFING, "Some 40", "third_party", "Ana Lund", 'transcript turn of "Spokesman"'),
    # a comparison is no attribution; a clause of its own after the figure trails nothing
    (
        "The Red Crescent said the flood may have killed 3,000 people, far more than the Norland "
        "government has acknowledged.",
        "3,000",
        "third_party",
        "Red Crescent",
        '"Red Crescent" said (before the figure)',
    ),
    (
        "The Red Crescent said on Thursday that the flood, which hit the coast overnight, had "
        "killed 3,000 people, as rescuers accused ministers of ignoring the crisis.",
        "3,000",
        "third_party",
        "Red Crescent",
        '"Red Crescent" said (before the figure)',
    ),
    # a headline's speaker without an article: "says <country> insurance firm"
    (
        "Flood may have killed 3,000, says Norland insurance firm",
        "3,000",
        "north",
        "Norland insurance firm",
        '"Norland insurance firm" said (after the figure)',
    ),
    # a named institute no party's word names is an outside body
    (
        "Across the region, the floods are estimated to have killed some 35,000 people, "
        "according to the Earth Policy Institute.",
        "some 35,000",
        "third_party",
        "Earth Policy Institute",
        'according to "Earth Policy Institute"',
    ),
    # a town official speaks for the party holding the event's place
    (
        "Radio Courier reports, citing a town official, that about 40 people are unaccounted "
        "for in Harbour City.",
        "about 40",
        "north",
        "town official",
        '"town official" said',
    ),
    # a passive's agent ends before "now stands at"
    (
        "The death toll announced by the Norland government now stands at more than 400.",
        "more than 400",
        "north",
        "Norland government",
        '"Norland government" said (before the figure)',
    ),
    # a committee's rapporteur named by apposition is the "he" of the next sentence, not the
    # person who spoke before (whose side "opposition", no cue word of the story, does not give)
    (
        "Ivo Petrenko, who led the Norland study, said the deaths were concentrated in August.\n\n"
        "The committee's rapporteur, opposition MP Sam Ray, said the state had failed those who died "
        "alone. He noted that 57 bodies were never claimed by relatives.",
        "57",
        "unknown",
        "Sam Ray",
        '"He" said (before the figure) = "Sam Ray"',
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "side", "name", "evidence"), CASES)
def test_who_states_the_figure_in_each_form(text, quote, side, name, evidence):
    figure = next(f for f in extract_figures(text, "2024-05-01", REGISTER) if f.quote == quote)
    assert (figure.side, figure.claimant_name) == (side, name), figure.attribution
    assert figure.attribution.startswith(evidence), figure.attribution


@pytest.mark.parametrize(
    ("label", "cues"),
    [
        # "the" between two capitalised words is inside one name: no cue "Children" alone
        ("Humanitarian groups: Save the Children, OCHA", ["Save the Children", "OCHA"]),
        ("Church of the Nazarene", ["Church of the Nazarene", "Church", "Nazarene"]),
    ],
)
def test_a_label_keeps_a_name_with_the_inside_it_whole(label, cues):
    assert label_cues(label) == cues
