"""A party's own channel: an organisation's "we" gives its figures its side; an agency is media.

The dateline or an organisation's "we" names the outlet; the story's cue words give it a
side (a state agency the descriptor lists among a party's cues, an aid group among the third
party's). An organisation writing as "we" speaks for its side; a news agency's own figures
are the media's even when it is a party's agency (the corpus conventions), though a speaker
it quotes whose words name no side takes the agency's party. Passages of our own in an
invented flood story.
"""

from __future__ import annotations

import pytest

from makiivka.extract.figures import extract_figures
from makiivka.extract.speakers import register_from

REGISTER = register_from(
    [],
    {"event": {"noun": "flood", "places": ["Lowtown"]},
     "parties": [
         {"id": "norland", "label": "Norland", "cues": ["Norland", "NNA"],
          "places": ["Lowtown", "Harbour City"]},
         {"id": "southmark", "label": "Southmark", "cues": ["Southmark", "SMK"],
          "places": ["Port Vell"]},
     ],
     "roles": {"third_party": {"cues": ["Aid Now"]}, "media": {"cues": ["AP"]}}},
)  # fmt: skip

# (text, figure, side, claimant name)
CHANNELS = [
    ("Floods hit Lowtown\n\nHARBOUR CITY, March 11. /NNA/. At least 20 people died in the "
     "floods on Sunday.", "At least 20", "media", "NNA"),
    ("Floods hit Lowtown\n\nLowtown, NNA - 30 people were injured in the flood.", "30",
     "media", "NNA"),
    ("Floods hit Lowtown\n\nLOWTOWN (AP) — 30 people were injured in the flood.", "30",
     "media", ""),
    ("Floods hit Lowtown\n\nWe at Aid Now have treated 45 wounded people in Lowtown.", "45",
     "third_party", "Aid Now"),
    # A speaker whose words name no side speaks for the party whose agency reports it.
    ("Floods hit Lowtown\n\nHARBOUR CITY, March 11. /NNA/. Two civilians were killed in "
     "the river district, the mission said.", "Two", "norland", "the mission"),
    # A channel post signed with the acronym of a body the story's cue words know.
    ("Lowtown: the search is over\n\n25 people died, including 2 children.\n\n"
     "We express our condolences.\n\n#NNA #Lowtown", "25", "norland", "NNA"),
    # A topic's hashtag signs nothing; two bodies of different sides sign nothing either.
    ("Lowtown: the search is over\n\n25 people died.\n\n#Lowtown #Floods", "25",
     "media", ""),
    ("Lowtown: the search is over\n\n25 people died.\n\n#NNA #SMK", "25", "media", ""),
    # A briefing's frame names whose words the text gives.
    ("Aid Now saddened by Lowtown floods\n\nThis is a summary of what was said by Aid Now "
     "spokesperson Ana Lund at today's press briefing.\n\nSo far this year, some 30,100 "
     "people have been displaced.", "some 30,100", "third_party",
     "Aid Now spokesperson Ana Lund"),
    # A press release opens "<place>, <date> – <organisation> today …": the text is its own,
    # and "the update" is the organisation.
    ("Aid Now updates Lowtown toll\n\nGeneva, 12 March 2024 – After a review of records, Aid "
     "Now today confirmed that 42 people died in the flood.\n\nThe confirmed dead are 14 "
     "volunteers.", "14", "third_party", "Aid Now"),
    ("Aid Now updates Lowtown toll\n\nGeneva, 12 March 2024 – After a review of records, Aid "
     "Now today confirmed that 42 people died in the flood.\n\nThe update also confirms that "
     "37 people were injured.", "37", "third_party", "Aid Now"),
    # News copy says "on Tuesday": a dateline with an organisation in it names no channel.
    ("Floods hit Lowtown\n\nGeneva, 12 March 2024 – Aid Now on Tuesday said 42 people died."
     "\n\nAt least 12 people were injured.", "At least 12", "media", ""),
    # A "we" inside a quotation is the quoted speaker's, not the publisher's.
    ('Floods hit Lowtown\n\n"We at Aid Now are stretched," a doctor said.\n\nAt least 12 '
     "people died.", "At least 12", "media", ""),
]  # fmt: skip


@pytest.mark.parametrize("row", CHANNELS, ids=lambda r: r[0][20:50])
def test_a_partys_channel_speaks_for_its_party(row):
    text, quote, side, name = row
    found = [f for f in extract_figures(text, "2024-03-12", REGISTER) if f.quote == quote]
    assert [(f.side, f.claimant_name) for f in found] == [(side, name)]


EASTERN = register_from(
    [],
    {"event": {"noun": "flood", "places": ["Midtown"]},
     "parties": [
         {"id": "east", "label": "East", "cues": ["Harbour Command", "Southern"],
          "places": ["Lowtown"]},
         {"id": "west", "label": "West", "cues": ["River Guard"], "places": ["Port Vell"]},
     ],
     "roles": {"third_party": {"cues": []}, "media": {}}},
)  # fmt: skip

# (text, figure, side): a multi-word cue in lower case counts after a determiner or
# possessive, not elsewhere (a bare lower-case phrase is too often a description).
LOWER_CASE_CUES = [
    ("Floods hit\n\nThe harbour command said 20 people died.", "20", "east"),
    ("Floods hit\n\nIn Midtown, the river guard's spokesman said 7 people were missing.", "7",
     "west"),
    ("Floods hit\n\nA spokesman for harbour command units said 5 people died.", "5",
     "unknown"),
]  # fmt: skip


@pytest.mark.parametrize("row", LOWER_CASE_CUES, ids=lambda r: r[1])
def test_lower_case_multi_word_cues_after_a_determiner(row):
    text, quote, side = row
    found = [
        f for f in extract_figures(text, "2024-03-12", EASTERN, model=False) if f.quote == quote
    ]
    assert [f.side for f in found] == [side]


# (text, figure, side): outlets no one names speak for no side, even in a party's agency.
UNNAMED_OUTLETS = [
    ("Floods hit\n\nNorlandic media reported more than 30 dead.", "more than 30", "unknown"),
    ("Floods hit\n\nHARBOUR CITY, March 11. /NNA/. Southmark media reported 12 dead.", "12",
     "unknown"),
    ("Floods hit\n\nThe Norland rescue service reported 30 dead.", "30", "norland"),
]  # fmt: skip


@pytest.mark.parametrize("row", UNNAMED_OUTLETS, ids=lambda r: r[1])
def test_unnamed_outlets_speak_for_no_side(row):
    text, quote, side = row
    found = [f for f in extract_figures(text, "2024-03-12", REGISTER) if f.quote == quote]
    assert [f.side for f in found] == [side]


# (text, figure, side): the outlet's reporters, journalists and correspondents speak in the
# media's voice (the corpus conventions: "a Sputnik correspondent" is media).
REPORTERS = [
    ("Floods hit\n\nNorland said 57 people died. AP reporters at the scene counted at least "
     "30 bodies.", "at least 30", "media"),
    ("Floods hit\n\nAn AP correspondent counted 12 bodies in the square.", "12", "media"),
    ("Floods hit\n\nThe Norland rescue service counted 12 bodies in the square.", "12",
     "norland"),
]  # fmt: skip


@pytest.mark.parametrize("row", REPORTERS, ids=lambda r: r[0][12:40])
def test_reporters_speak_in_the_medias_voice(row):
    text, quote, side = row
    found = [f for f in extract_figures(text, "2024-03-12", REGISTER) if f.quote == quote]
    assert [f.side for f in found] == [side]


# (text, figure, side, claimant name): "according to our information" outside quotations is
# the outlet's own voice; inside a quotation it is the quoted speaker's.
OUR_INFORMATION = [
    ("Floods hit Lowtown\n\nAccording to our information, at least 14 people drowned in the "
     "river district.", "at least 14", "media", ""),
    ("Floods hit Lowtown\n\nAccording to our own data, 9 people are still missing.", "9",
     "media", ""),
    ('Floods hit Lowtown\n\n"According to our information, 14 people drowned," the Norland '
     "rescue service said.", "14", "norland", "the Norland rescue service"),
]  # fmt: skip


@pytest.mark.parametrize("row", OUR_INFORMATION, ids=lambda r: r[1])
def test_our_information_is_the_outlets_own_voice(row):
    text, quote, side, name = row
    found = [f for f in extract_figures(text, "2024-03-12", REGISTER) if f.quote == quote]
    assert [(f.side, f.claimant_name) for f in found] == [(side, name)]


# (text, figure, side, claimant name): a channel, milblogger or outlet the article names
# speaks for itself (media), whatever national words stand beside it; a party's own channel
# is the party's, and channels no one names stay unknown.
NAMED_OUTLETS = [
    ("Floods hit Lowtown\n\nThe pro-Norland Telegram channel Ashfall says at least 60 people "
     "drowned.", "at least 60", "media", "Ashfall"),
    ("Floods hit Lowtown\n\nOne channel, Grey Wind, put the number of dead at 70.", "70",
     "media", "Grey Wind"),
    ("Floods hit Lowtown\n\nWorking with the independent outlet Lantern, the Harbour Herald "
     "named 41 dead.\n\nIn all, Greyfield and Lantern said 90 people died.", "90", "media",
     "Greyfield and Lantern"),
    ("Floods hit Lowtown\n\nLantern and Norland News Russian have confirmed the names of 32 "
     "of the dead.", "32", "media", "Lantern and Norland News Russian"),
    ("Floods hit Lowtown\n\nNorlandic milbloggers said 80 people died.", "80", "media",
     "Norlandic milbloggers"),
    ("Floods hit Lowtown\n\nNorlandic Telegram channels said 80 people died.", "80",
     "unknown", "Norlandic Telegram channels"),
    ("Floods hit Lowtown\n\nSome said 90 people died, while one milblogger close to the "
     "Norland army claimed that only around 20 died.", "around 20", "media",
     "milblogger close to the Norland army"),
    ("Floods hit Lowtown\n\nA channel with ties to Southmark has said 15 people died.", "15",
     "media", "channel with ties to Southmark"),
    ("Floods hit Lowtown\n\nThe Norland rescue service's Telegram channel said 25 people "
     "died.", "25", "norland", "Telegram channel"),
]  # fmt: skip


@pytest.mark.parametrize("row", NAMED_OUTLETS, ids=lambda r: r[1])
def test_a_named_channel_or_outlet_speaks_for_itself(row):
    text, quote, side, name = row
    found = [f for f in extract_figures(text, "2024-03-12", REGISTER) if f.quote == quote]
    assert [(f.side, f.claimant_name) for f in found] == [(side, name)]


# (text, figure, side, claimant name): "put" estimates only a toll, a number or "it at …";
# putting people somewhere is no speaker's estimate.
PUT = [
    ("Floods hit Lowtown\n\nWho decided to put hundreds of people in one shelter by the "
     "river?", "hundreds", "media", ""),
    ("Floods hit Lowtown\n\nOne channel, Grey Wind, put the number of dead in the hundreds.",
     "hundreds", "media", "Grey Wind"),
    ("Floods hit Lowtown\n\nThe Norland rescue service put the toll at 40.", "40", "norland",
     "Norland rescue service"),
]  # fmt: skip


@pytest.mark.parametrize("row", PUT, ids=lambda r: r[0][20:50])
def test_put_estimates_only_a_toll(row):
    text, quote, side, name = row
    found = [f for f in extract_figures(text, "2024-03-12", REGISTER) if f.quote == quote]
    assert [(f.side, f.claimant_name) for f in found] == [(side, name)]
