"""Who said it, in the forms blind set 15 and round 16's new user showed us.

The kinds were read off blind set 15's failures once it stopped being the check: an outlet a
party runs ("the Houthi-run Al Masirah TV"), figures said to circulate on social networks, a
speaker warning against fake messages that give a toll, two speakers joined by "and" (the
first named), a group's cue word over a people's ("an ethnic Kachin rebel group"), "Citing X
figures, he said", a day between an apposition and its verb (", on Sunday put the toll at"),
"he was telling anyone … that", "Asked about reports that", and a transcript label split
after its title ("CDR. R. SREEKUMAR (INDIAN NAVY):"). Round 16's new user added a live blog
entry opening on a long title and a registered name, "Unverified posts on Facebook claiming",
"Initial reports say", a body's name in lower case ("a coast guard official"), a spokesman
titled by a registered body, "Relatives put the missing at", and a name after a title of
more than three words. Every passage here is our own, in an invented story. The rules alone.
"""

from __future__ import annotations

import pytest

from makiivka.extract.speakers import register_from
from makiivka.story.parties import label_cues
from tests.extract.test_speakers import extract_figures, figure_ending

#: A ferry sinking off Harbour City (Vell Province) on 4 June 2024: a government, a province,
#: rebels who hold the coast, and the people of the camps.
STORY = register_from(
    [
        {"claimant_id": "coast_guard", "name": "Norland Coast Guard", "side": "gov",
         "aliases": "Coast Guard|the coast guard"},
        {"claimant_id": "dc_tell", "name": "Ivo Tell", "side": "province",
         "aliases": "Vell Province Deputy Governor Ivo Tell|Ivo Tell|Tell"},
        {"claimant_id": "interior", "name": "Interior Ministry", "side": "gov",
         "aliases": "Interior Ministry|the interior ministry"},
        {"claimant_id": "ana_berg", "name": "Ana Berg", "side": "third_party",
         "aliases": "Ana Berg|Berg"},
    ],
    {
        "event": {"places": ["Harbour City", "Vell Province"],
                  "occurred_at": "2024-06-04T23:00:00+00:00", "noun": "sinking"},
        "parties": [
            {"id": "gov", "label": "The Norlandic government",
             "cues": [*label_cues("The Norlandic government"), "governor"]},
            {"id": "province", "label": "Vell Province", "places": ["Vell Province"]},
            {"id": "rebels", "label": "The Southern Front",
             "cues": ["Front", "rebel group", "Southern"]},
            {"id": "camps", "label": "People of the camps", "cues": ["Kessan", "aid workers"],
             "places": ["Harbour City"]},
        ],
        "roles": {"third_party": {"cues": ["Aid Now", "Red Cross"]},
                  "media": {"cues": ["Courier"]}},
        "metrics": [{"id": m} for m in ("killed", "wounded", "missing", "displaced", "other")],
    },
)  # fmt: skip


def figure(text: str, quote: str):
    """Return the last figure whose quote ends with *quote* in text, read against STORY."""
    return figure_ending(text, quote, "2024-06-07", STORY)


TRANSCRIPT = (
    "ANCHOR (MIA BERG): Good evening. The Coast Guard says 40 people have died.\n\n"
    "VERA HOLM (REPORTER): The rescue goes on, Mia.\n\n"
    "CDR. R. LUND (NORLANDIC NAVY): We have rescued over 1,100 people today."
)
SIDES = [
    # an outlet a party runs speaks for the party
    ("At least 20 people were killed in the raid, according to the Front-run Southern Radio.",
     "At least 20", "rebels", "Front-run Southern Radio"),
    # two speakers joined by "and": the first named, where it has a side
    ("The sinking killed at least 29 people, officials of an ethnic Kessan rebel group and aid "
     "workers said Tuesday.", "at least 29", "rebels", "officials of an ethnic Kessan rebel group"),
    # "Citing X figures, he said": X's figures
    ("Opposition lawmaker Ana Berg spoke in the debate. Citing Interior Ministry figures, she "
     "said rescuers had brought out over 3,800 people.", "over 3,800", "gov", "Interior Ministry"),
    # a day between the apposition and the verb
    ("The governor of Vell Province, Lieutenant-General Per Dahl, on Sunday put the toll at 35 "
     "dead.", "35", "gov", "Lieutenant-General Per Dahl"),
    # "was telling anyone … that": the person before
    ("Front commander Ola Vik ran into the street. Within two days he was telling anyone with a "
     "microphone that hundreds of his men were dead.", "hundreds", "rebels", "Ola Vik"),
    # "Our colleagues tell us" in a spokesperson's turn: the spokesperson's office
    ("Aid Now briefing, 21 April 2025\n\nSpokesperson Ana Berg: Our colleagues tell us that at "
     "least 19 of the injured were moved.\n\nQuestion: Do you have a figure?\n\n"
     "Spokesperson: We do not.", "at least 19", "third_party", "Berg"),
    # "our colleagues at X": X
    ("Our colleagues at Aid Now tell us that more than 400 people have fled the camp.",
     "more than 400", "third_party", "Aid Now"),
    # a transcript's label split after its title; three labels make a transcript
    (TRANSCRIPT, "over 1,100", "gov", "Cdr. R. Lund"),
    # a live blog entry that opens on a long title and a registered name
    ("Live blog\n\n11:30 — Vell Province Deputy Governor Ivo Tell: 27 bodies recovered so far, "
     "31 people still missing.", "31", "province", "Vell Province Deputy Governor Ivo Tell"),
    # a body's registered name in lower case, and a spokesman titled by it
    ("Divers recovered 18 more bodies overnight, a coast guard official says.", "18", "gov",
     "a coast guard official"),
    ("\"We have recovered 45 bodies,\" Coast Guard spokesman Lieutenant Commander Rahim-Ali told "
     "the Courier.", "45", "gov", "Lieutenant Commander Rahim-Ali"),
    # a name after a title of three words, five capitalised in all; then the surname alone
    ("A fire killed 14 workers, Vell Province Governor Ilse Marrow said on "
     "Tuesday. Marrow said 23 workers were still missing.", "23", "gov", "Ilse Marrow"),
]  # fmt: skip
GUARDS = [
    # "-linked" is no ownership: an outlet close to a party speaks for itself
    ("At least 20 people were killed, according to the Front-linked Courier.", "At least 20",
     "media", "Front-linked Courier"),
    # a speaker inside a clause after two subjects is no second of them
    ("The Front and the government accused each other on Friday of a raid on a camp in Harbour "
     "City that aid workers said killed 40.", "40", "camps", "aid workers"),
    # a title-case heading is no noun phrase of a people's word and a group's
    ("Courier Concludes Search At Kessan Camp\n\nThe search ended with 66 people found alive.",
     "66", "media", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "side", "name"), SIDES + GUARDS)
def test_who_states_the_figure(text, quote, side, name):
    found = figure(text, quote)
    assert (found.side, found.claimant_name) == (side, name), found.attribution


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        ("- Figures of more than 1,000 deceased circulating on social networks have not been "
         "confirmed by any institution.", "more than 1,000", "social networks"),
        ("The governor's office has warned against fake messages on WhatsApp, including one "
         "putting the death toll over 10,000.", "over 10,000", ""),
        ("Asked about reports that more than 200 civilians had been killed, he declined to give "
         "a number.", "more than 200", "reports"),
        ("12:30 — Unverified posts on Facebook claiming 150 dead are circulating.", "150",
         "posts on Facebook"),
        ("Initial reports say about 200 passengers were aboard.", "about 200", "Initial reports"),
    ],
)  # fmt: skip
def test_a_figure_no_one_named_gives(text, quote, name):
    # social networks, fake messages, reports put to a speaker, unnamed posts: no one's side
    found = figure(text, quote)
    assert (found.side, found.claimant_name) == ("unknown", name), found.attribution


def test_relatives_put_the_missing_at_their_own_figure():
    # "put the missing at" has a subject; the ministry of the sentence before is not carried
    text = (
        "The interior ministry said 23 people were missing, but relatives said the count "
        "was too low. Relatives put the missing at more than 70."
    )
    found = figure(text, "more than 70")
    assert found.claimant_name == "Relatives", found.attribution
    assert found.side != "gov"


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        # a reduced relative clause of presence does not outweigh "unaccounted for"
        ("Another 36 civilians believed to have been in the building remain unaccounted for.",
         "36", "missing"),
        # "could be buried" under rubble: their fate unknown
        ("As many as 400 people could be buried under collapsed hotels.", "As many as 400",
         "missing"),
        # guards: presence stays presence; a burial of the dead is killed
        ("About 300 people believed to have been in the building were rescued.", "About 300",
         "other"),
        ("The 40 victims were buried on Sunday.", "40", "killed"),
        # "number" the verb, not a label
        ("Those still missing now number 24, officials said.", "24", "missing"),
        # people driven from their homes are displaced, whatever the verb (round 16)
        ("The tidal surge has forced some 2,900 people from their homes.", "some 2,900",
         "displaced"),
        ("The floods drove 4,000 people from their homes.", "4,000", "displaced"),
        # guard: bodies taken from homes are the dead
        ("Rescuers pulled 12 bodies from their homes.", "12", "killed"),
    ],
)  # fmt: skip
def test_what_the_figure_counts(text, quote, metric):
    assert figure(text, quote).metric == metric


@pytest.mark.parametrize(
    "text",
    ["He lives at number 24.", "The ferry, licensed to carry 150 passengers, sank.",
     "The hall, built to hold 2,000 people, collapsed."],
)  # fmt: skip
def test_a_label_or_a_capacity_is_no_figure(text):
    assert [f.quote for f in extract_figures(text, "2024-06-07", STORY)] == []


def test_the_people_aboard_are_a_figure():
    # guard: what a ferry carried is a count (other), not a capacity
    found = extract_figures("The ferry was carrying 150 passengers.", "2024-06-07", STORY)
    assert [(f.quote, f.metric) for f in found] == [("150", "other")]


def test_no_model_gives_a_verdicts_narration_to_the_court():
    # the speaker model, not only the rules, leaves a verdict's object to the outlet
    from makiivka.extract.figures import extract_figures as with_model

    text = (
        "HARBOUR CITY (Courier) — A Norlandic court on Friday declared Ivo Tell sane and "
        "sentenced him to 21 years in prison for the bombing and shooting rampage that "
        "killed 77 people last July."
    )
    (found,) = [f for f in with_model(text, "2024-06-07", STORY) if f.quote == "77"]
    assert (found.side, found.claimant_name) == ("media", ""), found.attribution


# Round 16's second new user (a colliery collapse, five parties).
@pytest.mark.parametrize(
    ("text", "quote", "qualifier", "low", "high"),
    [
        ("We say the toll is much higher than 23.", "much higher than 23", "more_than", 24, None),
        ("The toll is lower than 40, the company says.", "lower than 40", "fewer_than", None, 39),
    ],
)  # fmt: skip
def test_higher_and_lower_than_are_open_bounds(text, quote, qualifier, low, high):
    found = figure(text, quote)
    assert (found.qualifier, found.value_low, found.value_high) == (qualifier, low, high)


def test_an_earlier_disaster_set_off_by_commas_is_another_event():
    text = "Norland's worst mining disaster, at Kessa in 1975, killed 375 miners."
    assert figure(text, "375").scope == "other"


def test_men_still_underground_are_missing():
    assert figure("Officials say 80 miners are still underground.", "80").metric == "missing"


def test_a_spokesperson_speaks_for_the_body_the_title_names():
    # the registered Interior Ministry's spokesperson: its claimant, the person's own name
    text = "Interior Ministry spokesperson Ravi Menon told the Courier that 62 men were missing."
    found = figure(text, "62")
    assert (found.claimant, found.claimant_name, found.side) == ("interior", "Ravi Menon", "gov")


@pytest.mark.parametrize(
    "text",
    [
        "HARBOUR CITY (AP) — The Red Cross told Reuters it had registered at least 2,000 people "
        "displaced.",
        "The Red Cross told Reuters that it had registered at least 2,000 people displaced.",
    ],
)  # fmt: skip
def test_a_pronoun_opening_what_a_speaker_told_an_agency_is_the_speaker(text):
    # "it" is the Red Cross, relayed by Reuters, never Reuters itself
    found = figure(text, "at least 2,000")
    assert (found.side, found.claimant_name, found.relayed_by) == (
        "third_party",
        "Red Cross",
        "Reuters",
    ), found.attribution


def test_a_revised_toll_of_the_event_is_the_events_and_not_dated_by_the_earlier_figure():
    text = (
        "The government on Friday revised the toll from the Harbour City sinking, saying 29 "
        "passengers had died, up from 23 a day earlier."
    )
    new, old = figure(text, "29"), figure(text, "23")
    assert (new.scope, old.scope) == ("strike", "strike")
    # "a day earlier" dates the 23, never the 29 said on Friday
    assert new.stated_at != "2024-06-06"
