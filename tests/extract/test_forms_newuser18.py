"""Who said it, what it counts and what it is about, in the forms round 18's new user met.

A dam failure with four sides: "X says at least 58 are dead, citing its own list of names"
(X's own evidence, no relay), "CDI's count had reached 31, and on Tuesday the institute
revised it to 41" (a count and "it" as the toll; a weekday is no part of a speaker's name),
"raised the death toll from the collapse of the … dam to 41 from 23" (a revision across a
long noun phrase), earlier disasters ("When a tailings dam burst at … in 2019", "the 1941
… glacial outburst"), the dead and the missing counted together, and a labelled line
before a line of things ("Displaced: 2,140" over "Homes destroyed: 412"). Every passage here is our
own, in an invented story. The rules alone.
"""

from __future__ import annotations

import pytest

from makiivka.extract.figures import extract_figures
from makiivka.extract.speakers import register_from
from tests.extract.test_speakers import figure_ending

#: The failure of the Rio Claro dam above Santa Ines (Alto Province) on 14 March 2027.
DESCRIPTOR = {
        "event": {"places": ["Santa Ines", "Alto Province"],
                  "occurred_at": "2027-03-14T23:40:00-05:00", "noun": "dam failure"},
        "parties": [
            {"id": "government", "label": "The national government",
             "cues": ["CDI", "civil defence institute", "government"]},
            {"id": "region", "label": "Alto Province", "cues": ["governor", "Vera"],
             "places": ["Alto Province"]},
            {"id": "company", "label": "Hidroclaro", "cues": ["Hidroclaro"]},
            {"id": "families", "label": "The families' committee",
             "cues": ["families' committee", "relatives"]},
        ],
        "roles": {"media": {"cues": ["Reuters"]}},
        "metrics": [{"id": m} for m in ("killed", "wounded", "missing", "displaced", "other")],
}  # fmt: skip
STORY = register_from([], DESCRIPTOR)
PUBLISHED = "2027-03-16"


def figure(text: str, quote: str):
    """Return the last figure whose quote ends with *quote* in text, read against STORY."""
    return figure_ending(text, quote, PUBLISHED, STORY)


COUNT = (
    "On Monday morning Governor Vera put the number of dead at 12. By Monday evening CDI's count "
    "had reached 31, and on Tuesday the institute revised it to 41."
)


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        # a speaker's own evidence is no relay, and no "its" of the sentence before
        ("Hidroclaro denied reports that more than 100 people had died. The families' committee "
         "says at least 58 people are dead, citing its own list of names.", "at least 58",
         ("killed", "families", "families' committee", "")),
        # guard: citing another body is a relay
        ("Reuters reported 58 people dead, citing the families' committee.", "58",
         ("killed", "families", "families' committee", "Reuters")),
        # round 18's second new user: whom an official told is no speaker of the clause after
        ("A families' committee official told Reuters the committee had registered 410 people "
         "who had been forced from their homes.", "410",
         ("displaced", "families", "A families' committee official", "Reuters")),
        # "X's count had reached 31" and "revised it to 41": the toll of the sentence before
        # (an abbreviated cue stands for its party's government; no second "government")
        (COUNT, "31", ("killed", "government", "CDI (national government)", "")),
        (COUNT, "41", ("killed", "government", "CDI (national government)", "")),
    ],
)  # fmt: skip
def test_who_states_it_and_what_it_counts(text, quote, expected):
    found = figure(text, quote)
    got = (found.metric, found.side, found.claimant_name.removeprefix("The "), found.relayed_by)
    assert got == expected, found.attribution


def test_a_revision_across_a_long_noun_phrase():
    text = (
        "SANTA INES, March 16 (Reuters) - The civil defence institute on Tuesday raised the death "
        "toll from the collapse of the Rio Claro dam to 41 from 23, as rescuers dug on."
    )
    figures = extract_figures(text, PUBLISHED, STORY, model=False)
    new, old = (next(f for f in figures if f.quote.endswith(q)) for q in ("41", "23"))
    # the 41 revises the 23, and the 23 is not dated with the revision
    assert (new.revises, old.stated_at) == (old.start, "")


@pytest.mark.parametrize(
    ("text", "quote", "scope"),
    [
        ("When a tailings dam burst at Brumadinho in Brazil in 2019, 270 people were killed.",
         "270", "other"),
        ("The country's worst flood, the 1941 Huaraz glacial outburst, killed some 1,800 people.",
         "some 1,800", "other"),
        # guard: the event's own burst, this year
        ("When the dam burst above Santa Ines, 41 people were killed.", "41", "strike"),
    ],
)  # fmt: skip
def test_earlier_disasters(text, quote, scope):
    assert figure(text, quote).scope == scope


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        ("Our list now has 49 names of people who are dead or have not been found.", "49",
         "other"),
        ("Dead and missing together stand at about 1,141.", "about 1,141", "other"),
        ("The number of dead or missing is 300.", "300", "other"),
        # round 18's second new user: "had not been accounted for"
        ("The committee said at least 35 residents had not been accounted for.", "at least 35",
         "missing"),
        # guard: the dead and the missing counted apart
        ("Officials said 20 people were dead and 30 missing.", "20", "killed"),
        ("Officials said 20 people were dead and 30 missing.", "30", "missing"),
    ],
)  # fmt: skip
def test_the_dead_and_the_missing_together(text, quote, metric):
    assert figure(text, quote).metric == metric


def test_a_labelled_line_before_a_line_of_things():
    # "2,140" then a new line "Homes destroyed": the line break ends the count's noun phrase
    text = "The toll at 18:30:\nDeceased: 31\nDisplaced: 2,140\nHomes destroyed: 412"
    found = [(f.quote, f.metric) for f in extract_figures(text, PUBLISHED, STORY, model=False)]
    assert found == [("31", "killed"), ("2,140", "displaced")]
