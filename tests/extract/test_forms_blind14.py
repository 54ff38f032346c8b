"""Who said it and what it counts, in the forms blind set 14 showed us.

The kinds were read off blind set 14's failures once it stopped being the check: a wire
headline's ": monitor", a headline opening on a named storm ("Hurricane Otis: …"), a figure
named by its owner as an adjective ("the Houthi figure of 51"), the outlet's running sum in
", bringing the toll to N" after a closed attribution, an NGO's release with a dated
dateline, "notes", "declined to comment on reports that", "spread claims that", a verdict's
"sentenced him for the rampage that killed 77", "the court heard", "were seriously injured",
"had not been found", patients "treated at" a named hospital, a TV show's name atop its
transcript, a sentence that opens on another place than the speaker's, storms named
otherwise than the story's (and an aftershock on another day) as other events, and a
breakdown that opens on its whole ("Of the dead, …", blind set 11 once it counted). Every
passage here is our own, in an invented story. The rules alone.
"""

from __future__ import annotations

import pytest

from makiivka.extract.speakers import register_from
from makiivka.story.parties import label_cues
from tests.extract.test_speakers import extract_figures

#: A raid on Harbour City on 4 June 2024: a government, rebels, and the third party's bodies.
STORY = register_from(
    [],
    {
        "event": {"places": ["Harbour City"], "occurred_at": "2024-06-04T23:00:00+00:00",
                  "noun": "raid"},
        "parties": [
            {"id": "gov", "label": "The Norlandic government",
             "cues": [*label_cues("The Norlandic government"), "authorities", "police",
                      "court", "indictment"]},
            {"id": "rebels", "label": "The Southern Front", "cues": ["Front", "rebels", "Southern"]},
        ],
        "roles": {"third_party": {"cues": ["Aid Now", "Red Cross", "rights group"]},
                  "media": {"cues": ["Courier"]}},
        "metrics": [{"id": m} for m in ("killed", "wounded", "missing", "displaced", "other")],
    },
)  # fmt: skip


def figure(text: str, quote: str, which: int = -1):
    """Return the last (or *which*) figure whose quote ends with *quote* in text."""
    found = [f for f in extract_figures(text, "2024-06-07", STORY) if f.quote.endswith(quote)]
    assert found, f"{quote!r} not extracted"
    return found[which]


RELEASE = (
    "Norland: Aid Now calls for evacuations as death toll rises to 90\n\n"
    "Geneva/Harbour City, 6 June 2024 — The number of people killed in Tuesday's raid on "
    "Harbour City has risen to 90, Aid Now (AN) said today.\n\n"
    "Aid Now has evacuated 46 critically wounded patients by road."
)
SIDES = [
    # a wire headline's trailing credit: a war monitor is a third party
    ("Raid kills 58 in Harbour City: monitor", "58", "third_party", "monitor"),
    # a headline that opens on a named storm names no speaker: the body's speaker is not taken
    ("Hurricane Vela: death toll rises to 39 in Harbour City\n\n"
     "Interior Secretary Ana Lund said on Saturday that thirty-nine people died.", "39", "media",
     ""),
    # a figure named by its owner as an adjective, inside another speaker's account
    ("Asked about the Front figure of 51 dead, including 40 children, he said the count was "
     "false.", "51", "rebels", "Front"),
    ("He cited the Red Cross figure of 29 children.", "29", "third_party", "Red Cross"),
    # an owner's statement, quoted inside the third party's account of it
    ("Aid Now notes that the Front's statement that \"only 60\" people died does not match "
     "what it found.", "60", "rebels", "Front"),
    # the outlet's running sum after a closed attribution
    ("The bomb killed seven people, police said, bringing the toll of the twin attacks to at "
     "least 92.", "at least 92", "media", ""),
    # an NGO's release: its dateline has no agency and the NGO "said today"; its own deeds
    (RELEASE, "46", "third_party", "Aid Now"),
    (RELEASE, "90", "third_party", "Aid Now"),  # the headline's, and the body's below
    # "notes" states what follows
    ("The Red Cross notes that more than 50 of the injured require surgery.", "more than 50",
     "third_party", "Red Cross"),
    # a verdict's object: the relative clause narrates the event in the outlet's voice
    ("A Norlandic court on Friday declared Ivo Tell sane and sentenced him to 21 years for the "
     "rampage that killed 77 people.", "77", "media", ""),
    # "the court heard"
    ("Two of the dead drowned trying to swim to safety, the court heard.", "Two", "gov",
     "court"),
    # a TV show's name atop its transcript is the outlet, not a speaker
    ("VELA NEWSROOM\n\nANA LUND, VELA TV ANCHOR: Officials say 27 died.\n\n"
     "For context, the last storm this strong killed six people.", "six", "media", ""),
    # the outlet's own reporter: no speaker carried into what the reporter saw
    ("The health directorate put the number of dead at more than 100. A Courier correspondent "
     "in Harbour City saw at least eight bodies laid out at a clinic.", "at least eight",
     "media", ""),
    # a sentence that opens on another place than the speaker's sentence
    ("In North Harbour, local authorities estimated that 300 people had died. At the Vell "
     "School in Harbour City, rescuers had pulled out 58 bodies by morning.", "58", "media", ""),
]  # fmt: skip
GUARDS = [
    # a that-clause before the sum is the speaker's (the corpus labels it so)
    ("Overnight, the authorities said that one boy listed as missing was among the dead, "
     "bringing the toll to 12.", "12", "gov", "the authorities"),
    # a sum credited after it is its credit's
    ("Divers recovered the last bodies, bringing the confirmed toll to 359, according to the "
     "police.", "359", "gov", "police"),
    # the same place twice: the speaker carries
    ("In Harbour City, local authorities estimated that 300 people had died. In Harbour City, "
     "another 58 were missing.", "58", "gov", "local authorities"),
    # a wire's own dateline with an agency is no release
    ("HARBOUR CITY (Courier) — Aid Now has evacuated 46 critically wounded patients.", "46",
     "media", ""),
    # a name that tells no side is no owner: "the Tuesday figure of 12"
    ("The Red Cross said the Tuesday figure of 12 dead was too low.", "12", "third_party",
     "Red Cross"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "side", "name"), SIDES + GUARDS)
def test_who_states_the_figure(text, quote, side, name):
    found = figure(text, quote, 0)  # a headline's figure before the body's
    assert (found.side, found.claimant_name) == (side, name), found.attribution


@pytest.mark.parametrize(
    ("text", "quote", "side"),
    [
        ("Kremlin spokesman Ivo Tell said support continued. He declined to comment on reports "
         "that 30 children were among the dead.", "30", "unknown"),
        ("The White Helmets spread claims that more than 70 civilians had died.",
         "more than 70", "unknown"),
    ],
)  # fmt: skip
def test_a_figure_someone_else_claims(text, quote, side):
    # "declined to comment on reports": the reports' figure, no one named; "spread claims
    # that": the subject claims it (no cue word sides the White Helmets in this story)
    found = figure(text, quote)
    assert found.side == side, found.attribution
    assert found.claimant_name == ("" if "declined" in text else "White Helmets")


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        ("The indictment says 42 people on the island were seriously injured.", "42", "wounded"),
        ("Officials said 799 people had been seriously injured.", "799", "wounded"),
        ("Two boys had not been found, he said.", "Two", "missing"),
        # a count of patients at a named hospital is a row (metric other, the conventions)
        (
            "Of the wounded, 30 were being treated at Vell University Hospital, a spokeswoman "
            "said.",
            "30",
            "other",
        ),
        # guards: a part of the injured stays a part
        ("Officials said 100 were wounded, 50 of them seriously.", "50", "other"),
        ("Of the injured, 58 were seriously hurt, officials said.", "58", "other"),
        ("Of the 300 wounded, 40 were seriously hurt, officials said.", "40", "other"),
    ],
)
def test_metric(text, quote, metric):
    assert figure(text, quote).metric == metric


#: The same city struck by a named storm: a storm named otherwise is another storm.
STORM = register_from(
    [],
    {
        "title": "Hurricane Vela strikes Harbour City",
        "event": {"name": "Hurricane Vela strikes Harbour City", "noun": "hurricane",
                  "places": ["Harbour City"], "occurred_at": "2024-10-25T00:25:00-06:00"},
        "parties": [{"id": "gov", "label": "The Norlandic government",
                     "cues": label_cues("The Norlandic government")}],
        "roles": {"third_party": {}, "media": {}},
    },
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "scope"),
    [
        ("Hurricane Lisa, which hit Harbour City in 1997, killed more than 200 people.",
         "more than 200", "other"),
        ("The video was first posted after storms Ina and Mara, which killed 157 people.", "157",
         "other"),
        ("A magnitude 6.4 aftershock on 29 October killed eight people, officials said.",
         "eight", "other"),
        # guards: the story's own storm, and a storm with no name
        ("Hurricane Vela killed 45 people in Harbour City.", "45", "strike"),
        ("The storm killed 45 people in Harbour City.", "45", "strike"),
    ],
)  # fmt: skip
def test_another_named_storm_is_another_event(text, quote, scope):
    found = [f for f in extract_figures(text, "2024-10-31", STORM) if f.quote.endswith(quote)]
    assert [f.scope for f in found] == [scope]


@pytest.mark.parametrize(
    ("text", "quote", "side", "name"),
    [
        # a list item that opens on its whole: the breakdown is its total's speaker's
        ("• The Norlandic government reports 2,045 people dead and 671 missing.\n"
         "• Of the dead, 1,636 were found in Harbour City, 171 in Lowtown.", "171", "gov",
         "Norlandic government"),
        # guards: a part with its own credit keeps it; a whole in the outlet's voice gives none
        ("The government reports 2,045 people dead. Of the dead, 99 were firefighters, Aid Now "
         "said.", "99", "third_party", "Aid Now"),
        ("At least 2,045 people died. Of the dead, 1,636 were found in Harbour City.", "1,636",
         "media", ""),
    ],
)  # fmt: skip
def test_a_breakdown_of_a_total_is_its_speakers(text, quote, side, name):
    found = figure(text, quote)
    assert (found.side, found.claimant_name) == (side, name), found.attribution
