"""Who said it, and what it counts, in the forms blind set 16 showed us.

The kinds were read off blind set 16's failures once it stopped being the check: a live
blog's entry heading after its time stamp ("9:40 PM — NDRMC: Death toll at 1,774", "6.12pm:
…"), a body or person a party's label lists after its colon, "still" between a subject and
its verb, a one-word cue before another ("Norlandic witnesses"), "Secretary-General", "a
report released today by X", "a claim by X that …", "the figure of N broadcast by X", "X's
confirmed toll stood at", a relative clause after the subject ("Residents who fled the camp
told …"), "speak of", a fronted span of time ("Three days after landfall a … said"), ", as
the government said only 64 …", a headline's "64 survivors found", "dozens, not hundreds,
killed", "The NDRMC figure is 23", and a correction's figures. Every passage here is our own,
in an invented story. The rules alone.
"""

from __future__ import annotations

import pytest

from makiivka.extract.corrections import correction_spans
from makiivka.extract.speakers import register_from
from makiivka.story.parties import label_cues
from tests.extract.test_speakers import extract_figures, figure_ending

GOVERNMENT = "The Norlandic government: President Tell, the NDRMC and the national police"
#: A typhoon over Harbour City (Vell Province) on 8 November 2024: a government whose label
#: lists its members, a province, the Front, and the people of the camps.
DESCRIPTOR = {
        "event": {"places": ["Harbour City", "Vell Province"],
                  "occurred_at": "2024-11-08T00:00:00+00:00", "noun": "typhoon"},
        "parties": [
            {"id": "gov", "label": GOVERNMENT,
             "cues": [*label_cues(GOVERNMENT), "NDRMC", "Tell", "police", "government"]},
            {"id": "province", "label": "Vell Province", "places": ["Vell Province"]},
            {"id": "rebels", "label": "The Southern Front",
             "cues": ["Front", "activists", "Southern"]},
            {"id": "camps", "label": "People of the camps",
             "cues": ["witnesses", "Residents", "residents", "survivors"],
             "places": ["Harbour City"]},
        ],
        "roles": {"third_party": {"cues": ["Aid Now", "Red Cross"]},
                  "media": {"cues": ["Courier", "channels"]}},
        "metrics": [{"id": m} for m in ("killed", "wounded", "missing", "displaced", "other")],
}  # fmt: skip
STORY = register_from([], DESCRIPTOR)
#: The same parties, and a massacre: no natural hazard covers the country.
MASSACRE = register_from([], {**DESCRIPTOR, "event": {**DESCRIPTOR["event"], "noun": "massacre"}})


def figure(text: str, quote: str):
    """Return the last figure whose quote ends with *quote* in text, read against STORY."""
    return figure_ending(text, quote, "2024-11-12", STORY)


TRANSCRIPT = (
    "DAHL: We have 108 bodies.\n\nQUESTION: And the wounded?\n\n"
    "DAHL: We have no reliable figure. Local activists speak of around 300 injured, but we "
    "cannot confirm it.\n\nQUESTION: Thank you."
)
SIDES = [
    # a live blog entry heading after its time stamp, naming a body the label lists
    ("LIVE\n\n9:40 PM — NDRMC: Death toll at 1,774\n\nThe council posted its figures.", "1,774",
     "gov", "NDRMC"),
    # ... and a person the label lists
    ("LIVE\n\n8:15 PM — Tell: 2,500 dead at most\n\nHe spoke to a broadcaster.", "2,500", "gov",
     "Tell"),
    # a time stamp with a colon, and "count" the verb
    ("Live\n\n6.12pm: Aid Now observers count 92 bodies\n\nThey are in the town.", "92",
     "third_party", "Aid Now observers"),
    # "still" between the subject and its verb, after a fronted clause
    ("Four days after the typhoon, the police still say 34 people died there.", "34", "gov",
     "the police"),
    # a one-word cue modifies the cue after it
    ("Norlandic witnesses say 500 dead in Harbour City", "500", "camps", "Norlandic witnesses"),
    # an international body's head, through "a report released today by"
    ("At least 52 people died, according to a report released today by Secretary-General Ola "
     "Dahl.", "At least 52", "third_party", "Ola Dahl"),
    # "a claim by X that …": the claim's owner
    ("The report says that a claim by senior Front officials in mid-June that some 500 people "
     "had been killed has not been substantiated.", "some 500", "rebels",
     "senior Front officials"),
    # "the figure of N broadcast by X": whoever broadcast it
    ("The committee rejected the figure of 108 victims broadcast by the Courier and Harbour TV "
     "channels as incitement.", "108", "media", "Courier"),
    # "X's confirmed toll stood at"
    ("The NDRMC's confirmed toll stood at 151 on Sunday evening, but it said communications "
     "were cut.", "151", "gov", "NDRMC"),
    # a relative clause between the subject and its verb
    ("Residents who fled the camp told the Courier's correspondent that hundreds of people "
     "were still missing.", "hundreds", "camps", "Residents"),
    # "speak of" in a transcript's turn: the sentence's own speaker, not the turn's
    (TRANSCRIPT, "around 300", "rebels", "Local activists"),
    # a fronted span of time without a comma
    ("Three days after landfall a regional police director said about 10,000 may have died.",
     "about 10,000", "gov", "a regional police director"),
    # ", as X said only 64 …": X's clause has its own figure; the one before is the outlet's
    ("Hopes faded on Saturday for hundreds of passengers, as the government said only 64 "
     "people had been pulled alive.", "hundreds", "media", ""),
    # a headline's "64 survivors found": a participle, no one finding the hundreds dead
    ("Hundreds feared dead as ferry capsizes, 64 survivors found\n\nThe ferry sank.",
     "Hundreds", "media", ""),
]  # fmt: skip
SIDES += [
    # "One woman tells X": a person counted as one speaks; "she" is never the outlet
    ("Families gather at the gate. One woman tells the Courier that her brother has not been "
     "heard from. \"There were ten men on his shift,\" she says.", "ten", "unknown", "One woman"),
    # "X had spoken of nine dead …, according to <an outlet>": X's, relayed
    ("Earlier, the NDRMC had spoken of nine dead among the soldiers, according to the Courier.",
     "nine", "gov", "NDRMC"),
    # an outlet that saw a document is not its author
    ("Up to 600 people were killed, according to a Red Cross assessment seen by the Courier.",
     "Up to 600", "third_party", "a Red Cross assessment seen by the Courier"),
]  # fmt: skip
GUARDS = [
    # a named party before "Secretary-General" still names the side
    ("Front Secretary-General Ola Dahl said 20 fighters died.", "20", "rebels", "Ola Dahl"),
    # "a report by X": X, as before
    ("At least 52 people died, according to a report by Aid Now.", "At least 52", "third_party",
     "Aid Now"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "side", "name"), SIDES + GUARDS)
def test_who_states_the_figure(text, quote, side, name):
    found = figure(text, quote)
    assert (found.side, found.claimant_name) == (side, name), found.attribution


@pytest.mark.parametrize(
    ("text", "quote", "scope"),
    [
        # a toll since a strike, a protest or an outbreak began is the wider one's
        ("The union said 44 people have now died since the strike began.", "44", "war"),
        # displaced inside the whole country: not this massacre's
        ("More than 500,000 people have been displaced inside the country, he said.",
         "More than 500,000", "other"),
        # guard: the event's own toll
        ("The union said 44 people died at the hill.", "44", "strike"),
    ],
)  # fmt: skip
def test_what_the_figure_is_about(text, quote, scope):
    assert figure_ending(text, quote, "2024-11-12", MASSACRE).scope == scope


def test_a_typhoons_toll_covers_the_country():
    # guard: a natural hazard's displaced across the country are its own
    text = "More than 500,000 people have been displaced inside the country, he said."
    assert figure(text, "More than 500,000").scope == "strike"


def test_a_figure_said_to_circulate_in_the_media_is_no_ones():
    text = 'Vik said: "The initial figure circulating in the media was 54 dead, and it was wrong."'
    found = figure(text, "54")
    assert (found.side, found.claimant_name) == ("unknown", "the media"), found.attribution


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        # a figure set against another: both are what the participle says
        ("The army now says dozens, not hundreds, killed in the camp", "dozens", "killed"),
        ("The army now says dozens, not hundreds, killed in the camp", "hundreds", "killed"),
        # "The NDRMC figure is 23": the toll of the sentence before
        ("The death toll rose to 34 on Monday. The NDRMC figure is 23.", "23", "killed"),
        ("The death toll rose to 34 on Monday. The correct figure is 36.", "36", "killed"),
        # "spoke of N", ", not the N": the toll of the sentence
        ("The ministry put the number of dead at 56, and the army spoke of about 52.",
         "about 52", "killed"),
        ('Tell said the toll would be "closer to 2,000," not the 10,000 given by a police '
         "official.", "10,000", "killed"),
        # a list's names count what the toll before them counts, else the dead
        ("The union said 39 miners were missing. There are 39 names on its list.", "39",
         "missing"),
        ("The list the union keeps now has 220 names.", "220", "killed"),
        # guard: names of people aboard are no toll
        ("They hold a list of 387 names of people who had been on the boat.", "387", "other"),
        # families and survivors are counts of people (rows, metric other)
        ("At least 300 families had not yet been received by the commission.", "At least 300",
         "other"),
        ("Of those aboard, 1,863 died and 64 survived.", "64", "other"),
    ],
)  # fmt: skip
def test_what_the_figure_counts(text, quote, metric):
    assert figure(text, quote).metric == metric


CORRECTION = (
    "The police said 34 people were killed on 16 August.\n\n"
    "Correction: An earlier version of this article said 37 people were killed by police on "
    "16 August. The correct figure is 34."
)


@pytest.mark.parametrize(
    ("text", "quote", "which", "expected"),
    [
        # the withdrawn figure and the restated one: the outlet's, metric other
        (CORRECTION, "37", -1, ("other", "media", "")),
        (CORRECTION, "34", -1, ("other", "media", "")),
        # guard: the same figure before the correction keeps its speaker
        (CORRECTION, "34", 0, ("killed", "gov", "police")),
        # "was given as 36": withdrawn, whoever it was credited to
        ("Kept.\n\nCorrection (19 May): In the first version of this report the NDRMC's figure of "
         "soldiers killed was given as 36. The NDRMC named 32.", "36", -1, ("other", "media", "")),
        # a correction that names the figure's author keeps it
        ("Kept.\n\nCorrection: An article in Friday's edition gave the number of soldiers "
         "killed in the fighting as 26. The NDRMC figure is 23.", "23", -1,
         ("killed", "gov", "NDRMC")),
        ("Kept.\n\nCorrection: An article in Friday's edition gave the number of soldiers "
         "killed in the fighting as 26. The NDRMC figure is 23.", "26", -1,
         ("other", "media", "")),
    ],
)  # fmt: skip
def test_a_corrections_figures(text, quote, which, expected):
    found = figure_ending(text, quote, "2024-11-12", STORY, which)
    assert (found.metric, found.side, found.claimant_name) == expected, found.attribution


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Body.\n\nCorrection: An earlier version said 37.\n\nMore.",
         ["Correction: An earlier version said 37."]),
        ("Body.\n\nAn earlier version of this story said 37. It is 34.",
         ["An earlier version of this story said 37. It is 34."]),
        ("Body.\n\n*Editor's note: the toll was corrected.", ["*Editor's note: the toll was corrected."]),
        ("Body.\n\nThis article was amended on 21 October. An earlier version said 180.",
         ["This article was amended on 21 October. An earlier version said 180."]),
        # guards: a correction in running prose, and an "earlier version" of something else
        ("The ministry issued a correction: 40 died.", []),
        ("An earlier version of the law said 37.", []),
    ],
)  # fmt: skip
def test_a_correction_paragraph(text, spans):
    assert [text[a:b] for a, b in correction_spans(text)] == spans


def test_no_model_moves_a_corrections_figure():
    # the speaker model leaves a correction's figures to the outlet
    from makiivka.extract.figures import extract_figures as with_model

    found = [f for f in with_model(CORRECTION, "2024-11-12", STORY) if f.quote == "37"]
    assert [(f.side, f.metric) for f in found] == [("media", "other")]


def test_no_figure_without_a_correction():
    # guard: outside a correction paragraph nothing is moved
    text = "The police said 37 people were killed. The correct figure, they said, is 34."
    assert [f.side for f in extract_figures(text, "2024-11-12", STORY)] == ["gov", "gov"]


#: The same story, with the UN's humanitarian office among the third party's cue words.
WITH_OCHA = register_from(
    [],
    {**DESCRIPTOR, "roles": {**DESCRIPTOR["roles"], "third_party": {"cues": ["OCHA", "Aid Now"]}}},
)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a flash update is OCHA's: its own voice is the third party's
        ("NORLAND: Harbour City Floods\nFlash Update No. 2 (as of 4 July 2024)\n\nHIGHLIGHTS\n\n"
         "Approximately 350 migrants remain at the centre.", "third_party"),
        # guard: a news story about a flash update is the outlet's
        ("Floods in Harbour City\n\nHARBOUR CITY (Courier) — Approximately 350 migrants remain "
         "at the centre, the latest flash update says.", "media"),
    ],
)  # fmt: skip
def test_a_flash_update_is_ochas(text, side):
    found = figure_ending(text, "Approximately 350", "2024-07-04", WITH_OCHA)
    assert found.side == side, found.attribution


#: Round 17's new user's story: its metrics called "dead" and "injured", not "killed" and
#: "wounded".
OWN_WORDS = register_from(
    [],
    {**DESCRIPTOR, "metrics": [{"id": "dead", "label": "dead"}, {"id": "injured",
     "label": "injured"}, {"id": "missing"}, {"id": "other"}]},
)  # fmt: skip


def test_a_storys_own_words_for_the_metrics():
    text = (
        "At least 17 people were killed, the governor said. The ministry said 19 people had "
        "died and 71 were injured. It counts 19 deaths and 71 injuries; 8 are missing."
    )
    found = [(f.quote, f.metric, f.unit) for f in extract_figures(text, "2024-11-12", OWN_WORDS)]
    assert found == [
        ("At least 17", "dead", "people"), ("19", "dead", "people"), ("71", "injured", "people"),
        ("19", "dead", "people"), ("71", "injured", "people"), ("8", "missing", "people"),
    ]  # fmt: skip


def test_a_story_naming_no_places_reads_headline_prefixes():
    # round 17: a story made with no --place stopped on "Red Cross: …" (its place pattern None)
    bare = {**DESCRIPTOR, "event": {"occurred_at": "2024-11-08T00:00:00+00:00"},
            "parties": [{k: v for k, v in p.items() if k != "places"}
                        for p in DESCRIPTOR["parties"]]}  # fmt: skip
    text = "LIVE: Floods\n\n22:40 — Red Cross: 48 injured people treated at field posts."
    found = extract_figures(text, "2024-11-12", register_from([], bare))
    assert [(f.quote, f.side) for f in found] == [("48", "third_party")]
