"""Who said it, what the figure counts and which event it is about, in the forms blind set 21
showed us.

The kinds were read off blind set 21's failures once it stopped being the check: a clock time
"p.m." that ends a sentence, particles inside a place's name ("Rio Grande do Sul"), "On the day
of the fire" before a subject, a live blog's title split by " -- ", a radio station's accented
name, "Those are the final figures of X" after the figures, "never found" and "never seen
again", "the prosecutor's 1982 figure", an apposition naming a party's own body, "workers" as
speakers, a party's label naming the state prosecutor, figures "put about by" someone, "fear"
as a speech verb (a Title Case headline's too), "deaths in hospital", "The Government's own
count, drawn up by …, is", and another event dated by its day ("of 10 June 1971, when") or
"eight months after … fell, killing 32". Every passage here is our own, in an invented story.
"""

from __future__ import annotations

import pytest

from makiivka.extract.figures import extract_figures
from makiivka.extract.sentences import split_sentences
from makiivka.extract.speakers import register_from
from tests.extract.test_speakers import figure_ending

#: A nightclub fire in Vell Province on 27 January 2025, reported from Norland's capital.
DESCRIPTOR = {
        "event": {"places": ["Vell Province"], "occurred_at": "2025-01-27T05:30:00+00:00",
                  "noun": "fire"},
        "parties": [
            {"id": "gov", "label": "The Norlandic state: the state prosecutor, the police and "
             "civil defence", "places": ["Norhaven"], "cues": ["Norlandic", "government"]},
            {"id": "province", "label": "Vell Province government", "places": ["Vell Province"],
             "cues": ["Rio Vell do Sul", "health secretariat", "governor"]},
            {"id": "mission", "label": "The UN mission in Norland", "cues": ["NORMIS"]},
            {"id": "families", "label": "Families of the victims",
             "cues": ["families", "relatives", "victims"]},
        ],
        "roles": {"third_party": {"cues": ["Red Cross", "United Nations"]},
                  "media": {"cues": ["Courier"]}},
        "metrics": [{"id": m} for m in ("killed", "wounded", "missing", "displaced", "other")],
}  # fmt: skip
STORY = register_from([], DESCRIPTOR)


def figure(text: str, quote: str, published: str = "2025-01-28"):
    """Return the last figure whose quote ends with *quote*, read against STORY."""
    return figure_ending(text, quote, published, STORY)


@pytest.mark.parametrize(
    ("text", "quote", "side", "name"),
    [
        # "p.m." ends a sentence before a new subject, so the subject is no clock time
        (
            "Fire toll\n\nThe roof fell at 5:57 p.m. Relatives have reported 421 people missing.",
            "421",
            "families",
            "Relatives",
        ),
        # particles inside a place's name stay in the speaker's name
        (
            "Fire toll\n\nThe Rio Vell do Sul health secretariat has revised the number of dead to "
            "231.",
            "231",
            "province",
            "Rio Vell do Sul health secretariat",
        ),
        # "On the day of the fire" is when, not who
        (
            "Fire toll\n\nThe count took months. On the day of the fire the Norlandic government "
            "put the toll at 231.",
            "231",
            "gov",
            "the Norlandic government",
        ),
        # a live blog's title: the segment after " -- " has its own subject
        (
            "LIVE: Fire at Vell nightclub -- governor revises toll to 231\n\nThe governor said 231 "
            "had died.",
            "231",
            "province",
            "governor",
        ),
        # a radio station, its name accented, is an outlet
        (
            "Fire toll\n\n06:40 -- First reports\nAt least 90 people have died, Rádio Vell reports.",
            "At least 90",
            "media",
            "Rádio Vell",
        ),
        # the figures, then the sentence that says whose they are
        (
            "Fire toll\n\nThe fire killed 242 people and injured 636. Six were never found.\n\n"
            "Those are the final figures of the health secretariat, issued in March.",
            "636",
            "province",
            "health secretariat",
        ),
        # guard: with no credit after them, they are the outlet's
        (
            "Fire toll\n\nThe fire killed 242 people and injured 636. Six were never found.",
            "636",
            "media",
            "",
        ),
        # a possessive with the figure's year before the noun
        (
            "Fire toll\n\nThe state prosecutor's 2025 figure of 242 dead is still the only official "
            "count.",
            "242",
            "gov",
            "state prosecutor",
        ),
        # an apposition that names a party's own body gives the role its side
        (
            "Fire toll\n\nA spokesman for the UN peacekeeping mission, NORMIS, said peacekeepers "
            "had seen the fire. He said about 65 wounded had been treated.",
            "about 65",
            "mission",
            "A spokesman for the UN peacekeeping mission",
        ),
        # guard: a phrase after the comma that is no name leaves the speaker's side alone
        (
            "Fire toll\n\nThe Red Cross, in partnership with the Vell Province government, reports "
            "that 692 survivors are staying in hotels.",
            "692",
            "third_party",
            "Red Cross",
        ),
        # workers speak
        (
            "Fire toll\n\nMore bodies were believed to lie in the cellar, and Norlandic civil defence "
            'workers said "hundreds" could still be buried there.',
            "hundreds",
            "gov",
            "Norlandic civil defence workers",
        ),
        # figures put about by someone are theirs, unnamed media's unknown
        (
            'Fire toll\n\nThe commission rejected figures of "thousands" of dead put about by '
            "victims' relatives.",
            "thousands",
            "families",
            "victims' relatives",
        ),
        (
            'Fire toll\n\nThe figures of "8,000" dead put about by certain foreign media have no '
            "basis, as the Commission itself notes.",
            "8,000",
            "unknown",
            "certain foreign media",
        ),
        # "fear" says what a speaker expects; in a Title Case headline too
        (
            "Fire toll\n\nRescuers fear hundreds of guests remain buried, the governor said.",
            "hundreds",
            "province",
            "the governor",
        ),
        (
            "Fire Toll Put at 55; Families Fear 150 Dead\n\nThe government said 55 had died.",
            "150",
            "families",
            "Families",
        ),
        # a possessive figure whose apposition says who drew it up; "It" the next sentence
        (
            "Fire toll\n\nThe Government's own count, drawn up by the health secretariat after the "
            "club was closed, is 338 dead. It also recorded 653 wounded.",
            "653",
            "gov",
            "Government",
        ),
    ],
)
def test_who_states_the_figure(text, quote, side, name):
    found = figure(text, quote)
    assert (found.side, found.claimant_name) == (side, name), found.attribution


@pytest.mark.parametrize(
    ("text", "quote", "published", "metric", "scope"),
    [
        # never found, never seen again: missing
        (
            "Fire toll\n\nThe fire killed 242 people. Six people were never found.",
            "Six",
            "2026-01-27",
            "missing",
            "strike",
        ),
        (
            "Fire toll\n\nSome 100 guests were taken away in vans and never seen again.",
            "Some 100",
            "2025-01-28",
            "missing",
            "strike",
        ),
        # guard: "never found guilty" is no missing person
        (
            "Fire toll\n\nFour managers were never found guilty; 242 people died.",
            "242",
            "2026-01-27",
            "killed",
            "strike",
        ),
        # deaths in hospital count the dead
        (
            "Fire toll\n\nThe government put it at 231; deaths in hospital raised it to 241 by "
            "March.",
            "241",
            "2025-06-01",
            "killed",
            "strike",
        ),
        # another event dated by its day, then "when …"
        (
            "Fire toll\n\nThe victims of the Harbour fire of 10 June 1971, when a blaze killed at "
            "least 120 guests, are still counted.",
            "at least 120",
            "2025-01-28",
            "killed",
            "other",
        ),
        # "came eight months after … fell, killing 32": the earlier disaster
        (
            "Fire toll\n\nThe fire came eight months after a section of the Vell Bridge fell, "
            "killing 32 people.",
            "32",
            "2025-01-28",
            "killed",
            "other",
        ),
    ],
)
def test_what_and_which_event(text, quote, published, metric, scope):
    """``strike`` is the scope of this story's event (:mod:`makiivka.extract.scope`)."""
    found = figure(text, quote, published=published)
    assert (found.metric, found.scope) == (metric, scope), found.attribution


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("It fell at 5:57 p.m. Relatives came.", ["It fell at 5:57 p.m.", "Relatives came."]),
        # guards: a zone, a day or a month after the time is no new sentence
        (
            "It fell at 5:57 p.m. Moscow time on Monday.",
            ["It fell at 5:57 p.m. Moscow time on Monday."],
        ),
        ("It fell at 9 a.m. Sunday and burned.", ["It fell at 9 a.m. Sunday and burned."]),
        ("It fell at 9 a.m. GMT and burned.", ["It fell at 9 a.m. GMT and burned."]),
    ],
)
def test_clock_time_ends_a_sentence(text, sentences):
    assert [text[s.start : s.end] for s in split_sentences(text)] == sentences


def test_figures_found_once():
    """The figures "put about by" someone are found once, with their speaker."""
    text = 'Fire toll\n\nThe figures of "8,000" dead put about by certain foreign media are false.'
    assert [f.quote for f in extract_figures(text, "2025-01-28", STORY)] == ["8,000"]
