"""What a new user's landslide story showed the rules missing (round 15's new-user report).

A four-party landslide story (a national government, a province, a town and relief groups)
built through the CLI gave: "could be as high as 150" read as exactly 150, a population as a
row, "a landslide in the same district in 2019" kept in the event, people who "had left the
town for shelters" not displaced, "taken to hospital with injuries" not wounded, "denied
reports that 90 people had died" given to the outlet, and a headline "Governor says 14 dead"
not given to the governor the body names. Every passage is our own, in an invented story;
each case fails on the code before the fix, the guards beside them pass on both. The rules
alone.
"""

from __future__ import annotations

import pytest

from makiivka.extract.speakers import register_from
from makiivka.story.parties import label_cues
from tests.extract.test_speakers import extract_figures

#: A landslide in Tarsk (Oster Province) on 9 March 2026.
STORY = register_from(
    [
        {"claimant_id": "governor_lind", "name": "Mara Lind, Oster Province Governor",
         "side": "province", "aliases": "Lind|Oster Province Governor"},
        {"claimant_id": "relief_un", "name": "UN Office for Relief Coordination",
         "side": "third_party", "aliases": "UNORC"},
    ],
    {
        "event": {"places": ["Tarsk", "Oster Province"], "scope": "landslide",
                  "noun": "landslide",
                  "occurred_at": "2026-03-09T05:40:00+00:00"},
        "parties": [
            {"id": "national", "label": "Velmarian Government",
             "cues": [*label_cues("Velmarian Government"), "Interior Ministry"]},
            {"id": "province", "label": "Oster Province", "cues": ["governor"],
             "places": ["Oster Province"]},
            {"id": "town", "label": "Tarsk Municipality", "places": ["Tarsk"]},
        ],
        "roles": {"third_party": {"cues": ["Hill Rescue Network"]}},
        "metrics": [{"id": m} for m in ("killed", "wounded", "missing", "displaced", "other")],
    },
)  # fmt: skip


def figure(text: str, quote: str):
    """Return the last figure whose quote ends with *quote* in text, read against STORY."""
    found = [f for f in extract_figures(text, "2026-03-11", STORY) if f.quote.endswith(quote)]
    assert found, f"{quote!r} not extracted"
    return found[-1]


@pytest.mark.parametrize(
    ("text", "quote", "qualifier", "low", "high"),
    [
        ("The Hill Rescue Network said the number of missing could be as high as 150.",
         "150", "up_to", None, 150),
        ("Officials said as much as 2,000 people may have been displaced.", "2,000", "up_to",
         None, 2000),
        # guard: a plain figure stays exact
        ("The Hill Rescue Network said 150 people were missing.", "150", "exact", 150, 150),
    ],
)  # fmt: skip
def test_as_high_as_is_an_upper_bound(text, quote, qualifier, low, high):
    f = figure(text, quote)
    assert (f.qualifier, f.value_low, f.value_high) == (qualifier, low, high)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The province is home to 1.2 million people.", "1.2 million"),
        ("Tarsk, home to some 40,000 residents, lies in a narrow valley.", "40,000"),
    ],
)
def test_a_population_is_no_figure(text, quote):
    assert [f for f in extract_figures(text, "2026-03-11", STORY) if f.quote == quote] == []


def test_a_camp_home_to_the_displaced_counts_them():
    # guard: "home to" a count of people displaced is a count (the corpus labels it)
    text = "The strike hit a camp in Tarsk, home to 4,000 people displaced from the valley."
    assert figure(text, "4,000").metric == "displaced"


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("A landslide in the same district in 2019 killed 38 people.", "other"),
        ("A landslide near the old quarry in 2019 killed 38 people.", "other"),
        # guards: the event's own year, and no year at all
        ("The landslide in Tarsk in 2026 killed 38 people.", "landslide"),
        ("A landslide in the same district killed 38 people.", "landslide"),
    ],
)
def test_a_year_after_a_place_sets_another_event(text, scope):
    assert figure(text, "38").scope == scope


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        ("Governor Mara Lind said at least 800 residents had left the town for shelters.",
         "800", "displaced"),
        ("Governor Mara Lind said 30 people have been taken to hospital with injuries.",
         "30", "wounded"),
        # guard: a hospital count without injuries is no toll (the corpus conventions)
        ("Governor Mara Lind said 30 people have been taken to hospital.", "30", "other"),
    ],
)  # fmt: skip
def test_metric_from_what_happened_to_them(text, quote, metric):
    assert figure(text, quote).metric == metric


def test_a_denial_of_reports_is_the_deniers_upper_bound():
    f = figure("Governor Lind denied reports that 90 people had died.", "90")
    assert (f.claimant, f.side, f.qualifier, f.value_high) == (
        "governor_lind", "province", "up_to", 90,
    )  # fmt: skip


def test_a_thing_denied_stays_the_outlets():
    # guard: the object of the denial is an event, its relative clause the outlet's narration
    text = "The ministry denied any role in the bombing of a prison, where 60 people died."
    assert figure(text, "60").side == "media"


@pytest.mark.parametrize(
    ("headline", "claimant", "side"),
    [
        ("Governor says 14 dead after Tarsk landslide", "governor_lind", "province"),
        # guard: a headline crediting another side's word keeps it
        ("Interior Ministry says 14 dead after Tarsk landslide", "", "national"),
    ],
)
def test_a_headline_role_takes_the_registered_speaker_of_the_body(headline, claimant, side):
    text = (
        f"{headline}\n\nOster Province Governor Mara Lind said on Monday that 14 people had "
        "died and dozens were missing."
    )
    f = next(f for f in extract_figures(text, "2026-03-11", STORY) if f.quote == "14")
    assert (f.claimant, f.side) == (claimant, side)
