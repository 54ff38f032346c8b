"""Who said it, and what the figure is about, in the forms blind set 17 showed us.

The kinds were read off blind set 17's failures once it stopped being the check: a long name
ending in its initials in brackets ("The Association of Southern Camps (ASC), which runs …,
said"), "condemns" and "accepts" as verbs of a statement, "X, whose leaders … spoke on Monday
of dozens", a paragraph opening on "The previous figure …", a live blog entry's quoted title,
"A post shared 4,000 times on Facebook claims", "… than the post says: X's figure was 81", a
speaker whose name begins with a number's letters ("Oneva counted"), another country named
at the head of a sentence ("In neighboring Osterland, …", "Kalmi, where …"), "It comes four
years after …", a year before 1900 ("The tsunami of 1896"), "unable to contact", "the unrest
that followed" and "the conflict with X had left". Every passage here is our own, in an
invented story. The rules alone.
"""

from __future__ import annotations

import pytest

from makiivka.extract.figures import extract_figures as extract_all
from makiivka.extract.speakers import register_from
from tests.extract.test_speakers import figure_ending

#: A typhoon over Harbour City (Vell Province) on 8 November 2024: a government, a province,
#: the Front, and the people of the camps, whose association goes by its initials.
DESCRIPTOR = {
        "event": {"places": ["Harbour City", "Vell Province"],
                  "occurred_at": "2024-11-08T00:00:00+00:00", "noun": "typhoon"},
        "parties": [
            {"id": "gov", "label": "The Norlandic government",
             "cues": ["Norlandic", "NDRMC", "Oneva", "Tell", "police", "government"]},
            {"id": "province", "label": "Vell Province", "places": ["Vell Province"],
             "cues": ["governor"]},
            {"id": "rebels", "label": "The Southern Front", "cues": ["Front", "Southern"]},
            {"id": "camps", "label": "People of the camps",
             "cues": ["ASC", "witnesses", "residents", "survivors"],
             "places": ["Harbour City"]},
        ],
        "roles": {"third_party": {"cues": ["Aid Now", "Red Cross"]},
                  "media": {"cues": ["Courier"]}},
        "metrics": [{"id": m} for m in ("killed", "wounded", "missing", "displaced", "other")],
}  # fmt: skip
STORY = register_from([], DESCRIPTOR)


def figure(text: str, quote: str):
    """Return the last figure whose quote ends with *quote* in text, read against STORY."""
    return figure_ending(text, quote, "2024-11-12", STORY)


LIVE = (
    "LIVE | Typhoon, minute by minute\n\n21:40 | NDRMC: 723 dead\n"
    "The national toll reached 723 this evening, the NDRMC said.\n\n"
    '16:30 | Vell Province: "we have 30 dead"\n'
    "The governor of Vell Province, Ana Berg, told the Courier that the province counts 30 "
    "dead and dozens missing."
)
SIDES = [
    # a long name ending in a party's initials: the initials, not the words of the name
    ("The Association of Southern Camps (ASC), which runs the shelters, said that at least 30 "
     "people had been killed.", "at least 30", "camps",
     "Association of Southern Camps (ASC)"),
    # what a party condemns it asserts
    ("The Red Cross strongly condemns the killing of 40 civilians in Harbour City.", "40",
     "third_party", "Red Cross"),
    # "It accepts that": the paper of the sentence before, and its author
    ("The governor has published a white paper. It accepts that 11 people died.", "11",
     "province", "governor"),
    # "X, whose leaders … spoke on Monday of dozens"
    ("The number is below that given by the Front, whose leaders in Harbour City spoke on "
     "Monday of dozens of dead, some of whose bodies, they say, were burned.", "dozens",
     "rebels", "Front"),
    # a name that begins with a number's letters ("Oneva") is no counted noun
    ("Most of the victims were in Vell Province, where Oneva counted 541 dead.", "541", "gov",
     "Oneva"),
    # a government or a country at another country's head of sentence is that country's
    ("In neighboring Osterland, the government said 98 people had died.", "98",
     "third_party", "the government"),
    ("Kalmi, where the rains caused floods, has reported 56 dead.", "56", "third_party",
     "Kalmi"),
    # a paragraph that opens on the figure before the one just given
    ("The toll has risen to 447, Tell said on Sunday.\n\nThe previous figure, given on "
     "Saturday, was 417.", "417", "gov", "Tell"),
    # a post shared on a platform: an unnamed source, not the platform
    ('A post shared more than 4,000 times on Facebook claims that the typhoon killed "3,000 '
     'people in Harbour City alone".', "3,000", "unknown", "A post"),
    # "… than the post says: X's figure was 81": the owner of the figure after the colon
    ("The toll in the city was much lower than the post says: the Red Cross's figure was 81.",
     "81", "third_party", "Red Cross"),
]  # fmt: skip
GUARDS = [
    # a paragraph that does not open on a figure keeps the outlet's voice
    ("The toll has risen to 447, Tell said on Sunday.\n\nThe bridge, which was opened last "
     "year, carried 417 people a day.", "417", "media", ""),
    # guard: the event's own place keeps the government the story's
    ("In Harbour City, the government said 98 people had died.", "98", "gov", "the government"),
    # "accepted offers of help": no statement (only "accepts that" is one)
    ("The government has accepted offers of help from four countries. Osterland sent 56 "
     "rescuers and four dogs.", "56", "media", ""),
    # initials no party's cues name are still no side of their own
    ("The Southern Relief Agency (SRA) said that at least 30 people had been killed.",
     "at least 30", "rebels", "Southern Relief Agency"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "side", "name"), SIDES + GUARDS)
def test_who_states_the_figure(text, quote, side, name):
    found = figure(text, quote)
    assert (found.side, found.claimant_name) == (side, name), found.attribution


@pytest.mark.parametrize(
    ("title", "side", "name"),
    [
        # a live blog entry's quoted title: the entry's speaker of the same figure
        ('16:30 | Vell Province: "we have 30 dead"', "province", "Ana Berg"),
        # guard: a title with no quote stays the outlet's
        ("16:30 | Vell Province: 30 dead", "media", ""),
    ],
)
def test_a_live_entry_title(title, side, name):
    text = LIVE.replace('16:30 | Vell Province: "we have 30 dead"', title)
    found = figure_ending(text, "30", "2024-11-12", STORY, which=0)
    assert (found.side, found.claimant_name) == (side, name), found.attribution


@pytest.mark.parametrize(
    ("text", "quote", "scope"),
    [
        # another country at the head of the sentence
        ("In neighboring Osterland, the government said 98 people had died.", "98", "other"),
        ("Kalmi, where the rains caused floods, has reported 56 dead.", "56", "other"),
        # a one-word place ending in "i" standing alone is a place, not a demonym
        ("The earthquake in Tahiti, which was far weaker, killed more than 200,000 people.",
         "more than 200,000", "other"),
        # "It comes four years after …": an earlier event
        ("It comes four years after 39 people died at a stadium in Brussels.", "39", "other"),
        # a year before 1900
        ("The tsunami of 1896 on the same coast killed about 22,000 people.", "about 22,000",
         "other"),
        # the unrest that followed the event, and a conflict's toll across years
        ("He said 37 police officers were killed in the unrest that followed the typhoon.",
         "37", "other"),
        ("A commission estimated that the conflict with the Front had left some 69,000 dead.",
         "some 69,000", "war"),
        # guards: the event's own place, and a demonym before its noun
        ("Harbour City, where the typhoon struck, has reported 56 dead.", "56", "strike"),
        ("In Harbour City, the government said 98 people had died.", "98", "strike"),
        ("It came two hours after the typhoon struck; 39 people died in Harbour City.", "39",
         "strike"),
    ],
)  # fmt: skip
def test_what_the_figure_is_about(text, quote, scope):
    assert figure(text, quote).scope == scope


def test_a_year_before_1900_is_no_count():
    text = "The tsunami of 1896 on the same coast killed about 22,000 people."
    quotes = [f.quote for f in extract_all(text, "2024-11-12", STORY, model=False)]
    assert quotes == ["about 22,000"]


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        ("The town office says it has been unable to contact about 10,000 people.",
         "about 10,000", "missing"),
        # guard: unable to do something else
        ("The town office says it has been unable to feed about 10,000 people.",
         "about 10,000", "other"),
    ],
)  # fmt: skip
def test_what_the_figure_counts(text, quote, metric):
    assert figure(text, quote).metric == metric
