"""What it counts and who said it, in the forms blind set 26 showed us.

The kinds were read off blind set 26's failures once it stopped being the check: a toll's verb
after a colon inside a quotation ("Update: the number of people who died … rises to 245"), a
pair of nouns set off after a figure's noun ("175 people, servicemen and civilians, have been
killed"), and a total named before a colon ("the official toll: 276."), none of which is a
breakdown's list; and an epidemic's counts ("16,700 cases", "infected more than 16,000",
"more than 50,000 have been infected"), rows of metric ``other`` counted in people. Who said it: "The deaths recalled …" has no speaker,
"Some human rights groups have put …" has one, "X's most recent count, published on 3 October,
is 369 dead: …" is X's with its list, a list's last "one in <Place>" is an item, "Records at the X hospital, which …, listed" are
the hospital's, "The court ruled in 1999 that" speaks, and "sources in <a held place>" are
unnamed sources, not the place's holder; a newspaper's masthead ("the Norhaven Courier", "Tamil
Guardian") is the outlet whatever party a word of it names; and "the estimate of more than 2,000
that the Civil Protection gave" is the giver's. Every passage here is our own, in an invented story.
"""

from __future__ import annotations

import pytest

from makiivka.extract.figures import extract_figures
from makiivka.extract.speakers import register_from
from tests.extract.test_speakers import figure_ending

#: Floods in Norhaven, Norland, with the civil protection agency, the city, a UN agency and
#: the victims' families.
DESCRIPTOR = {
    "event": {"places": ["Norhaven"], "occurred_at": "2025-03-03T03:32:00+01:00",
              "noun": "floods"},
    "parties": [
        {"id": "gov", "label": "Norland's government: the Civil Protection and the ministries",
         "cues": ["Civil Protection", "Health Ministry", "Norland government"]},
        {"id": "city", "label": "Norhaven city hall", "places": ["Norhaven"],
         "cues": ["mayor", "city hall"]},
        {"id": "un", "label": "UN agencies", "cues": ["UNICEF", "World Health Organization"]},
        {"id": "families", "label": "Families of the dead", "cues": ["families", "relatives"]},
    ],
    "roles": {"third_party": {"cues": ["Red Cross"]}, "media": {"cues": ["Courier"]}},
    "metrics": [{"id": m} for m in ("killed", "wounded", "missing", "displaced", "other")],
}  # fmt: skip
STORY = register_from([], DESCRIPTOR)


def figure(text: str, quote: str, published: str = "2025-03-08"):
    """Return the last figure whose quote ends with *quote*, read against STORY."""
    return figure_ending(text, quote, published, STORY)


LIVE = (
    "22:10 Toll rises to 245\nThe national death toll from the floods rises to 245. In a post "
    'on X, the Civil Protection writes: "Update: the number of people who died as a result of '
    'the floods rises to 245. 115 of them in Norhaven."'
)
FIRST = (
    "The first official figure, given by the Health Ministry on 4 March, was 209 dead. A week "
    "later the Norland government gave what is still the official toll: 276."
)


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        # a toll's verb after the colon: a clause, not a list's item beside the total before
        (LIVE, "245", "killed"),
        (LIVE, "115", "other"),  # "of them": a part of the 245
        # a pair of nouns set off by commas does not cut the figure from its verb
        ("The Health Ministry says 175 people, servicemen and civilians, have been killed.",
         "175", "killed"),
        ("The mayor said 40 people, women and children, were missing.", "40", "missing"),
        # a total's noun before the colon names the total: the figure is the toll
        (FIRST, "276", "killed"),
        # a list of counted nouns shares the verb after its last item
        ("The Health Ministry said 228 civilians, 170 servicemen and 14 police officers were "
         "killed.", "228", "killed"),
        ("The mayor said 228 civilians were rescued, and 14 people were killed.", "228", "other"),
        # "every life lost" counts the dead: an estimate restated after it is of the dead
        ('The mayor wrote on X: "Whether it is 162 or 2,000, every life lost at Norhaven is '
         'ours."\n\nThe World Health Organization said it would keep its estimate of more than '
         "670 until the search was over.", "670", "killed"),
        # a list after a toll's verb and a colon is still a breakdown of the total before it
        ("The Health Ministry said 1,262 people had died: 408 in Norhaven, 634 in the hills.",
         "408", "other"),
    ],
)  # fmt: skip
def test_metric(text: str, quote: str, metric: str) -> None:
    assert figure(text, quote).metric == metric


def test_figures_in_a_quoted_update_are_all_found() -> None:
    quotes = [f.quote for f in extract_figures(LIVE, "2025-03-08", STORY)]
    assert quotes == ["245", "245", "245", "115"]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("The World Health Organization said cholera had killed 792 people and infected more "
         "than 16,000 since August, with 16,700 cases recorded.",
         [("792", "killed", "people"), ("more than 16,000", "other", "people"),
          ("16,700", "other", "people")]),
        ("UNICEF said more than 50,000 have been infected.",
         [("more than 50,000", "other", "people")]),
        ("Only 17 new cases were reported last week, the Health Ministry said.",
         [("17", "other", "people")]),
        # followers, fans, pilgrims, passengers … are people counted
        ("The Red Cross said the sect had about 1,000 followers living at its compound.",
         [("about 1,000", "other", "people")]),
        # a count of buildings is still no row
        ("The floods destroyed 300 houses, the mayor said.", []),
    ],
)  # fmt: skip
def test_epidemic_counts_are_rows_of_people(text: str, quotes: list) -> None:
    found = [(f.quote, f.metric, f.unit) for f in extract_figures(text, "2025-03-08", STORY)]
    assert found == quotes


FACTCHECK = (
    "WHAT WE FOUND: The Civil Protection's most recent count, published on 3 October, is 369 "
    "dead: 228 in Norhaven, 74 in Kestrel, six in Lowtown and one in Greyford."
)


@pytest.mark.parametrize(
    ("text", "quote", "side", "scope"),
    [
        # an event as a subject is no speaker; the mass suicide of 1978 is another event
        ("The deaths recalled the 1978 Jonestown mass suicide in Guyana, in which more than "
         "900 followers of the preacher died.", "more than 900", "media", "other"),
        # unnamed groups counted by "Some" still speak
        ("Some Red Cross groups have put the number of dead at more than 1,000.",
         "more than 1,000", "third_party", "strike"),
        # "X's most recent count, <apposition>, is N": X's, and its list's items too
        (FACTCHECK, "369", "gov", "strike"),
        (FACTCHECK, "74", "gov", "strike"),
        (FACTCHECK, "one", "gov", "strike"),
        ("Records at the Norhaven hospital, which researchers examined in August, listed 44 "
         "people killed and 273 wounded.", "273", "city", "strike"),
        ("The Red Cross court ruled in 1999 that the state was responsible for the deaths of "
         "44 people.", "44", "third_party", "strike"),
        ("More than 2,000 are feared killed, sources in Norhaven said.", "More than 2,000",
         "unknown", "strike"),
        ("More than 2,000 are feared killed, officials in Norhaven said.", "More than 2,000",
         "city", "strike"),
        ('The Norhaven Post wrote: "tens of thousands killed."', "tens of thousands", "media",
         "strike"),
        ("The Norhaven city hall said 40 died.", "40", "city", "strike"),
        ("The mayor's headcount found 162 missing, far fewer than the estimate of more than 2,000 "
         "that the Civil Protection gave the United Nations last week.", "more than 2,000", "gov",
         "strike"),
    ],
)  # fmt: skip
def test_speaker_and_scope(text: str, quote: str, side: str, scope: str) -> None:
    found = figure(text, quote)
    assert (found.side, found.scope) == (side, scope)


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (FACTCHECK, ["369", "228", "74", "six", "one"]),
        # "one" that is no item stays no figure
        ("One in Norhaven said so, and one in Kestrel agreed.", []),
    ],
)  # fmt: skip
def test_last_one_of_a_list_is_a_figure(text: str, quotes: list[str]) -> None:
    assert [f.quote for f in extract_figures(text, "2025-03-08", STORY)] == quotes
