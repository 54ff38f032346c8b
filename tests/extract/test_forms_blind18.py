"""Who said it, and what the figure is about, in the forms blind set 18 showed us.

The kinds were read off blind set 18's failures once it stopped being the check: a name with
a time after it ("The Front of the time spoke of 57 dead"), "has so far spoken of", "its"
for the body that opened the sentence before though it did not speak ("… has handed its
report. Its conclusion: …"), a participle that says what a body looks into ("An
international commission investigating … has concluded"), "held that" in a verdict, posts
"shared thousands of times … since June 7", "claims spread online that", the outlet's
relative clause about a speaker ("…, says Rosa Lind, who lost 11 relatives"), a transcript's
own reporter, "confirmed by midday", "…, and police say it may yet rise", "That means …",
"The official toll is 60", "remembers" before a quotation, "people who never came home",
"buried under the ash", "in 1987, killing 193" and "a raid … in August". Every passage here
is our own, in an invented story.
"""

from __future__ import annotations

import pytest

from makiivka.extract.speakers import register_from
from tests.extract.test_speakers import figure_ending

#: A typhoon over Harbour City (Vell Province) on 8 November 2024: a government, a province,
#: the Front, the people of the camps, an international inquiry and a court.
DESCRIPTOR = {
        "event": {"places": ["Harbour City", "Vell Province"],
                  "occurred_at": "2024-11-08T00:00:00+00:00", "noun": "typhoon"},
        "parties": [
            {"id": "gov", "label": "The Norlandic government",
             "cues": ["Norlandic", "NDRMC", "Tell", "police", "government",
                      "national commission"]},
            {"id": "province", "label": "Vell Province", "places": ["Vell Province"],
             "cues": ["governor", "town office"]},
            {"id": "rebels", "label": "The Southern Front", "cues": ["Front", "Southern"]},
            {"id": "camps", "label": "People of the camps",
             "cues": ["witnesses", "residents", "survivors", "survivor"],
             "places": ["Harbour City"]},
            {"id": "inquiry", "label": "The international inquiry",
             "cues": ["international commission", "inquiry"]},
            {"id": "court", "label": "The Harbour City court", "cues": ["judge", "court"]},
        ],
        "roles": {"third_party": {"cues": ["Aid Now", "Red Cross"]},
                  "media": {"cues": ["Courier"]}},
        "metrics": [{"id": m} for m in ("killed", "wounded", "missing", "displaced", "other")],
}  # fmt: skip
STORY = register_from([], DESCRIPTOR)


def figure(text: str, quote: str):
    """Return the last figure whose quote ends with *quote* in text, read against STORY."""
    return figure_ending(text, quote, "2024-11-12", STORY)


TRANSCRIPT = (
    "Radio Suomi, morning news, Tuesday 12 November 2024 - transcript, translated from "
    "Norlandic\n\n"
    "NEWSREADER: The typhoon toll has risen again, the NDRMC says. Our reporter is in the "
    "city.\n\n"
    "REPORTER: Good morning. The search went on all night. Helicopters have brought 92 bodies "
    "to Harbour City. The university hospital here is treating 24 survivors.\n\n"
    "NEWSREADER: The governor spoke to us a moment ago.\n\n"
    "IVO TELL (recorded): We are no longer looking for survivors. We have found 40 bodies."
)
SIDES = [
    # a time after the name is no place, and a semicolon's speaker keeps its own clause
    ("Eight were convicted. The Front of the time spoke of 57 dead, most of them trampled; "
     "an aid group counted 156 killed in December.", "57", "rebels", "Front"),
    # "has so far spoken of", after a relative clause
    ("Yes, and it still says most were trampled. Its own national commission, which is due "
     "to report in January, has so far spoken of 63 dead.", "63", "gov",
     "Its own national commission"),
    # "its" for the body that opened the sentence before, though it did not speak
    ("The Red Cross has handed its report to the government. Its conclusion: at least 156 "
     "people were killed.", "at least 156", "third_party", "Red Cross"),
    # a participle that says what a body looks into names no speaker
    ("An international commission investigating last week's violence in Vell Province has "
     "concluded that 470 people were killed.", "470", "inquiry", "An international commission"),
    ("A government committee set up to help survivors said at least 70 people were still "
     "unaccounted for.", "at least 70", "gov", "A government committee"),
    # "held that" in a verdict
    ("Reading the verdict for six hours, the presiding judge held that at least 156 people "
     "had been killed.", "at least 156", "court", "judge"),
    # posts shared since a day, and claims that spread: unnamed sources
    ("Posts shared thousands of times on Facebook and WhatsApp since June 7 say the typhoon "
     'killed "more than 2,000 people".', "more than 2,000", "unknown", "Posts"),
    ("After the typhoon, claims spread online that the authorities were hiding hundreds of "
     "deaths.", "hundreds", "unknown", "claims"),
    # the outlet's relative clause about a speaker
    ('"There are 426 people who never came back," says Rosa Lind, who lost 11 relatives.',
     "11", "media", ""),
    ("Ivo Tell, who lost his wife, sister and three children, said he did not believe the "
     "figures.", "three", "media", ""),
    # "confirmed by midday": a time, not an agent
    ("With 108 deaths confirmed by midday, this is now the deadliest typhoon on record.", "108",
     "media", ""),
    # an and-clause whose speaker says something of their own
    ("The official death toll now stands at 181, and police say it may yet rise.", "181",
     "media", ""),
    # the outlet's inference, and its statement of the official toll
    ("The NDRMC now says there were 1,049 people on board. That means more than 900 people "
     "are presumed dead.", "more than 900", "media", ""),
    ("Varro later said he had no proof. The official toll is 60.", "60", "media", ""),
    # a relative pronoun before the verb: the body named before the comma
    ("Missing: 103 persons. The list is being cross-checked with the Red Cross, which earlier "
     "reported 220.", "220", "third_party", "Red Cross"),
    # a sentence that opens on another body's name carries no speaker into it
    ("The Red Cross said on Monday that it accepted the findings. The Crown Prosecution "
     "Service will now consider charges against at least 23 people.", "at least 23", "media",
     ""),
    # "The town office here says"
    ("The town office here says it has been unable to contact about 10,000 people.",
     "about 10,000", "province", "The town office here"),
    # "remembers" before a quotation
    ('Ana Vik, a survivor, remembers the night. "There were maybe 300 people outside."',
     "300", "camps", "Ana Vik"),
]  # fmt: skip
GUARDS = [
    # guard: a sentence without a new body's name carries the speaker
    ("The Red Cross said on Monday that 40 people had died. Another 12 people are missing.",
     "12", "third_party", "Red Cross"),
    # a relative clause with a speech verb in it is the speaker's
    ("Tell, who lost a son, said three children had died.", "three", "gov", "Tell"),
    # an agent after "confirmed by" still confirms
    ("With 108 deaths confirmed by police, this is now the deadliest typhoon on record.",
     "108", "gov", "police"),
    # an and-clause without a clause of its own: the speaker's
    ("The toll stands at 181 dead, and police said on Monday.", "181", "gov", "police"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "side", "name"), SIDES + GUARDS)
def test_who_states_the_figure(text, quote, side, name):
    found = figure(text, quote)
    assert (found.side, found.claimant_name) == (side, name), found.attribution


@pytest.mark.parametrize(
    ("quote", "side", "name"),
    [
        # the outlet's own reporter in a transcript
        ("92", "media", ""),
        ("24", "media", ""),
        # guard: a guest's turn is the guest's
        ("40", "gov", "Ivo Tell"),
    ],
)
def test_a_transcript_turn(quote, side, name):
    found = figure(TRANSCRIPT, quote)
    assert (found.side, found.claimant_name) == (side, name), found.attribution


@pytest.mark.parametrize(
    ("text", "quote", "scope"),
    [
        # a year before the event's, and a participle of its own
        ("It is the worst ferry disaster since the Herald capsized off Zeebrugge in 1987, "
         "killing 193 people.", "193", "other"),
        # an attack dated to another month
        ("The suspect came from Bariire, where 10 civilians were killed in a raid by soldiers "
         "in August.", "10", "other"),
        ("A strike in December killed more than 100 fighters at a camp, the army said.",
         "more than 100", "other"),
        # guard: the event's own month
        ("The typhoon in November killed 512 people, the NDRMC said.", "512", "strike"),
    ],
)  # fmt: skip
def test_what_the_figure_is_about(text, quote, scope):
    assert figure(text, quote).scope == scope


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        ('"We have the names of 198 dead and of 84 people who never came home," she said.',
         "84", "missing"),
        ('Another neighbour said "hundreds" of people were buried under the ash.', "hundreds",
         "missing"),
        # guard: buried dead
        ("The 30 victims were buried in the cemetery on Sunday.", "30", "killed"),
    ],
)  # fmt: skip
def test_what_the_figure_counts(text, quote, metric):
    assert figure(text, quote).metric == metric


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # when a report was published is not when the deaths were
        ("The Red Cross, in its own report published this month, estimated that between 150 "
         "and 200 people were killed.", "strike"),
        # guard: a killing dated this month, a month after the event, is another event's
        ("A strike this month killed between 150 and 200 people.", "other"),
    ],
)  # fmt: skip
def test_a_report_published_later(text, scope):
    assert figure_ending(text, "between 150 and 200", "2024-12-21", STORY).scope == scope
