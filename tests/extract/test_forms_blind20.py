"""Who said it, what the figure counts and which event it is about, in the forms blind set 20
showed us.

The kinds were read off blind set 20's failures once it stopped being the check: a state's
press note that names its issuer only in a closing "Issued by:" line, "Some newspapers have
reported", a body described by a participle ("…, led by the UN's agencies, said"), "it" for a
body that opened the sentence before behind a parenthesis, "tweets that" and "posts that",
"spoke of between …", a transcript's guest label that is no dateline, "the official list,
published by the government, has 64 names", a historian's own count, "X's projection of …",
a figure "attributed to unnamed" people, "continued to cite", "based on X's findings", a
later year's finding about the dead, a first verb and its object before "and concluded", a
post "shared widely", "projected that"; "people whose families cannot reach them", "estimates
range from A to B", a live blog's time stamp with a dot, and another event named by its year
("the 1812 earthquake …, which killed"). Every passage here is our own, in an invented story.
"""

from __future__ import annotations

import pytest

from makiivka.extract.figures import extract_figures
from makiivka.extract.speakers import register_from
from tests.extract.test_speakers import figure_ending

#: A flood in Vell Province on 8 October 2025, reported from Norland's capital.
DESCRIPTOR = {
        "event": {"places": ["Vell Province"], "occurred_at": "2025-10-08T03:50:00+00:00",
                  "noun": "flood"},
        "parties": [
            {"id": "gov", "label": "The Norlandic government", "places": ["Norhaven"],
             "cues": ["Norlandic", "government", "police", "task force", "Board of Inquiry"]},
            {"id": "province", "label": "Vell Province", "places": ["Vell Province"],
             "cues": ["governor"]},
            {"id": "families", "label": "Families of the victims",
             "cues": ["families", "relatives", "victims"]},
        ],
        "roles": {"third_party": {"cues": ["Red Cross", "UN", "Vell Forum", "Aid Now"]},
                  "media": {"cues": ["Courier"]}},
        "metrics": [{"id": m} for m in ("killed", "wounded", "missing", "displaced", "other")],
}  # fmt: skip
STORY = register_from([], DESCRIPTOR)

RELEASE = (
    "Press note: flood relief, situation as of 6 p.m. on 9 October\n\n"
    "Norhaven, 10 October 2025\n\n"
    "According to the reports received by the Control Room, the number who died is 120.\n\n"
    "District-wise, 80 deaths have been reported in Vell Province and 40 elsewhere.\n\n"
    "Issued by: Information Department, Norhaven."
)
TRANSCRIPT = (
    "HOST (anchor): Good evening. What happened to the missing?\n\n"
    "ANA VOSS (Red Cross): Most have been found alive. Today our tracing desk still has 11 "
    "people whose families have not heard from them.\n\nHOST: Thank you."
)


def figure(text: str, quote: str, which: int = -1, published: str = "2025-10-09"):
    """Return the last (or *which*) figure whose quote ends with *quote*, read against STORY."""
    return figure_ending(text, quote, published, STORY, which=which)


@pytest.mark.parametrize(
    ("text", "quote", "side", "name"),
    [
        # a press note's own voice is the issuer its closing line names
        (RELEASE, "80", "gov", "Information Department, Norhaven"),
        # guard: without the note's title, the same lines are the outlet's
        (RELEASE.replace("Press note: f", "F"), "80", "media", ""),
        # unnamed newspapers and reports, whatever "Some" before them
        ("Flood toll\n\nSome newspapers have reported that the toll is more than 500.",
         "more than 500", "unknown", "Some newspapers"),
        ("Flood toll\n\nSome reports say the toll is more than 500.", "more than 500",
         "unknown", "Some reports"),
        # a participle that describes the body between it and the verb
        ("Flood toll\n\nLast month the Vell Forum, led by the UN's agencies, said fewer than 50 "
         "deaths could be attributed to the flood.", "fewer than 50", "third_party",
         "Vell Forum"),
        # "it" for the body that opened the sentence before, behind a parenthesis
        ("Flood toll\n\nThe police said 28 died. Aid Now, in a report published this week, calls "
         "that a whitewash. It puts the deaths at 930.", "930", "third_party", "Aid Now"),
        # "tweets that", "posts that"
        ("Flood toll\n\nThe Red Cross tweets that 49 people have been reported missing.", "49",
         "third_party", "Red Cross"),
        # "spoke of" before a range, "speaks of" before "no fewer than"
        ("Flood toll\n\nIn its assessment, the UN's agency spoke of between 15,000 and 20,000 "
         "dead.", "between 15,000 and 20,000", "third_party", "the UN's agency"),
        ('Police put dead at fewer than 1,000; governor speaks of "no fewer than 15,000"\n\n'
         "The count stood at 937.", "no fewer than 15,000", "province", "governor"),
        # a transcript's guest label is a turn, not a wire's dateline naming the outlet
        (TRANSCRIPT, "11", "third_party", "ANA VOSS"),
        # the body a list is "published by" between commas
        ("Fact check\n\nWhat we found: the official list, published by the government, has 64 "
         "names.", "64", "gov", "government"),
        # a historian counts on their own: a third party
        ('Flood toll\n\n"The state never did a census," said the historian Rita Lamb. By her '
         "reckoning, between 700 and 1,000 people died.", "between 700 and 1,000",
         "third_party", "Rita Lamb"),
        # "X's projection of"
        ("Flood toll\n\nThe Vell Forum's projection of up to 4,000 eventual deaths remains the "
         "most cited estimate.", "up to 4,000", "third_party", "Vell Forum"),
        # a figure attributed to unnamed people is theirs, side unknown
        ("Flood toll\n\nOn social media, a figure of over 100 dead continues to circulate, "
         "attributed to unnamed hotel workers.", "over 100", "unknown", "unnamed hotel workers"),
        # "continued to cite": the subject before the verb it completes
        ("Flood toll\n\nThe government has continued to cite 2,023 dead in its reports.",
         "2,023", "gov", "government"),
        # "based on X's findings"
        ("Flood toll\n\nThe official toll, based on the Board of Inquiry's findings, is 1,565 "
         "dead.", "1,565", "gov", "Board of Inquiry's findings"),
        # a first verb and its object before "and concluded"
        ("Flood toll\n\nA task force set up under the president reviewed the claims of families "
         "and concluded that 434 people had died.", "434", "gov", "A task force"),
        # a post shared widely: an unnamed source
        ('Flood toll\n\nA post shared widely on Facebook since the series "Flood" ended says '
         '"only 31 people died".', "31", "unknown", "A post"),
        # a title before the name, a relative clause after it
        ("Flood toll\n\nNorlandic defence minister Ivo Lund, who visited the valley, told reporters that "
         'the final toll "could be anything between 1,500 and 2,000."',
         "between 1,500 and 2,000", "gov", "Ivo Lund"),
        # a clause after a semicolon with a figure of its own keeps its speaker to itself
        ("Verdict\n\nThe official toll of 64 is the government's; Aid Now counts 65.", "64",
         "media", ""),
        ("Verdict\n\nThe official toll of 64 is the government's; Aid Now counts 65.", "65",
         "third_party", "Aid Now"),
        # rescuers' work after a speaker's sentence is the outlet's report
        ("Flood toll\n\nThe Red Cross said 5,000 were still missing. Navy helicopters and "
         "ships have taken more than 6,000 people off the coast since Thursday.",
         "more than 6,000", "media", ""),
        # "projected that": a speech verb
        ("Flood toll\n\nThe Vell Forum said 50 died. Among the 600,000 people most exposed, it "
         "projected that up to 4,000 could die.", "up to 4,000", "third_party", "Vell Forum"),
    ],
)  # fmt: skip
def test_who_states_the_figure(text, quote, side, name):
    found = figure(text, quote)
    assert (found.side, found.claimant_name) == (side, name), found.attribution


@pytest.mark.parametrize(
    ("text", "quote", "published", "metric", "scope"),
    [
        # families who cannot reach them count the missing; a count that lasts, said today
        (TRANSCRIPT, "11", "2025-10-15", "missing", "strike"),
        ('Flood toll\n\nThe mayor knew of "at least 12 people whose families cannot reach '
         'them."', "at least 12", "2025-10-09", "missing", "strike"),
        # a toll's figure that "could go up to" another counts what the toll counts
        ("Flood toll\n\nThe death toll rose to 620 and could go up to 1,000.", "up to 1,000",
         "2025-10-09", "killed", "strike"),
        # a later year's finding about the event's dead is no other event
        ("Flood toll\n\nIn 2031, a task force concluded that 4,341 people had died.", "4,341",
         "2032-01-01", "killed", "strike"),
        # guard: a fronted later year with no finding about the dead moves to that year
        ("Flood toll\n\nIn 2031, a flood in the same valley killed 41 people.", "41",
         "2032-01-01", "killed", "other"),
        # another event named by its year, then its own clause
        ("Flood toll\n\nIt is the worst disaster since the 1812 earthquake that destroyed the "
         "capital, which killed about 20,000 people.", "about 20,000", "2025-10-09", "killed",
         "other"),
        ("Flood toll\n\nIt is the worst attack since the 1998 bombing of the embassy, which "
         "killed 213 people.", "213", "2025-10-09", "killed", "other"),
        ("Flood toll\n\nHe compares it with Armero, where the 1985 mudflow from the volcano "
         "killed about 23,000 people.", "about 23,000", "2025-10-09", "killed", "other"),
        ("Flood toll\n\nThe ferry is often compared with the Titanic, which sank in 1912 with the "
         "loss of about 1,500 lives.", "about 1,500", "2025-10-09", "killed", "other"),
        # guard: the event's own year keeps the figure in the event
        ("Flood toll\n\nThe 2025 flood, which killed 67 people, shocked the country.", "67",
         "2026-10-09", "killed", "strike"),
    ],
)  # fmt: skip
def test_what_and_which_event(text, quote, published, metric, scope):
    """``strike`` is the scope of this story's event (:mod:`makiivka.extract.scope`)."""
    found = figure(text, quote, published=published)
    assert (found.metric, found.scope) == (metric, scope), found.attribution


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # "range from A to B" is a range, not a revision from A to B
        ("Flood toll\n\nEstimates range from 4,000 to 93,000 deaths.", ["from 4,000 to 93,000"]),
        ("Flood toll\n\nThe scientific estimates run from 4,000 to 93,000 deaths.",
         ["from 4,000 to 93,000"]),
        # guard: "rose from A to B" stays two figures
        ("Flood toll\n\nThe toll rose from 40 to 90 deaths.", ["40", "90"]),
        # a live blog's time stamp with a dot is no figure
        ("Flood live\n\n18.30 Inside the field hospital\nOur correspondent counted 124 bodies.",
         ["124"]),
    ],
)  # fmt: skip
def test_which_figures(text, quotes):
    assert [f.quote for f in extract_figures(text, "2025-10-09", STORY)] == quotes
