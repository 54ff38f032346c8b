"""Who said it and what it counts, in the forms blind set 13 showed us: printed texts.

The kinds were read off blind set 13's failures once it stopped being the check: a party's
statement printed after a line that announces it ("issued the following statement"), a
report's summary above its findings, a party whose cue word holds a news word, a speaker
after a fronted "Asked about …", a clause after a semicolon, "counts" in a headline,
"according to" right before the verb, "Our teams" in a briefing turn, "the night of 4 to 5
June", and parts of a count ("seven of them children", "17 of those were injured"). Every
passage here is our own, in invented stories. The rules alone.
"""

from __future__ import annotations

import pytest

from makiivka.extract.speakers import register_from
from makiivka.story.parties import label_cues
from tests.extract.test_speakers import extract_figures

#: A raid on Harbour City on 4 June 2024: a government with an information desk whose name
#: holds a news word, rebels, and the third party's bodies.
STORY = register_from(
    [],
    {
        "event": {"places": ["Harbour City"], "occurred_at": "2024-06-04T23:00:00+00:00"},
        "parties": [
            {"id": "gov", "label": "The Norlandic government",
             "cues": [*label_cues("The Norlandic government"), "Daily News Desk", "authorities",
                      "indictment", "medical examiner"]},
            {"id": "rebels", "label": "The Southern Front", "cues": ["Front", "rebels"]},
        ],
        "roles": {"third_party": {"cues": ["Aid Now", "rights group"]},
                  "media": {"cues": ["Courier"]}},
    },
)  # fmt: skip


def figure(text: str, quote: str):
    """Return the figure whose quote is *quote* in text, read against STORY."""
    found = [f for f in extract_figures(text, "2024-06-07", STORY) if f.quote == quote]
    assert found, f"{quote!r} not extracted"
    return found[-1]


STATEMENT = (
    "Raid on Harbour City\n\n"
    "HARBOUR CITY, 6 June — The Daily News Desk of the Norlandic government issued the "
    "following statement on the raid, translated here.\n\n"
    "1. Security forces came under fire from the market.\n\n"
    "2. During the clash, six civilians were found dead.\n\n"
    "3. Some accounts have spread fabricated news about the raid."
)
PASSAGE = (
    "The government on Sunday raised the toll of the raid in a communiqué signed by its "
    "spokesman. We publish the key passage below.\n\n"
    '"The provisional toll of the raid stands at 132 civilians killed and some forty wounded."'
    "\n\nResidents said the real figure was far higher."
)
SUMMARY = (
    "Findings on the Harbour City raid\n\n"
    "Summary of the joint report of Aid Now and the rights group Lantern.\n\n"
    "Key findings\n\n"
    "• At least 26 people were killed in Harbour City.\n"
    "• 12 people remain missing; their families believe they were killed.\n"
    "• At least 4 people were wounded."
)
BRIEFING = (
    "Press briefing, 8 June\n\n"
    "ADA VELL, Aid Now: Our teams in Kessa report that 1,200 people have fled the city.\n\n"
    "QUESTION (journalist): Can you confirm the toll?\n\n"
    "VELL: We are not in a position to confirm a toll."
)
CASES = [
    # a statement printed after the line that announces it: its numbered paragraphs are its own
    (STATEMENT, "six", "gov", "The Daily News Desk of the Norlandic government"),
    # "We publish the key passage below": the quotation is the communiqué's
    (PASSAGE, "132", "gov", "government"),
    (PASSAGE, "some forty", "gov", "government"),
    # a report's summary: its findings are its authors', a list item's own clause aside
    (SUMMARY, "At least 26", "third_party", "Aid Now and the rights group Lantern"),
    (SUMMARY, "At least 4", "third_party", "Aid Now and the rights group Lantern"),
    # a speaker after a semicolon speaks of what follows, not of the figure before
    (SUMMARY, "12", "third_party", "Aid Now and the rights group Lantern"),
    # "Our teams" in a briefing turn are the body the speaker speaks for
    (BRIEFING, "1,200", "third_party", "Ada Vell"),
    # ... but "Our colleagues at <a body>" are that body's
    ("IVO LUND, medical examiner: We have counted 40 dead.\n\n"
     "QUESTION: And the wounded?\n\n"
     "LUND: Our colleagues at Aid Now tell us that 300 people were wounded.", "300",
     "third_party", "Aid Now"),
    # a fronted "Asked about …," is no subject: the name after it is (whom no cue word sides)
    ("Asked about the statement by reporters on Monday, General Aron Tell, a spokesman, said "
     "the number of dead may be seven or eight.", "seven", "unknown", "Aron Tell"),
    # "counts" in a headline, before the figure
    ("Harbour City: rights group counts 59 dead, Front says only a handful", "59",
     "third_party", "rights group"),
    ("Aldermen grill aides as medical examiner counts over 500 heat deaths", "over 500", "gov",
     "medical examiner"),
    # "according to the authorities" right before the verb: the verb ends the name
    ("The raid, which according to the authorities killed at least 132 civilians, was "
     "condemned.", "at least 132", "gov", "authorities"),
    # a speaker's own "final count stands at"
    ("Six weeks later, the medical examiner's final count stands at 134 dead.", "134", "gov",
     "medical examiner"),
    # ... which is no speaker for the sentence after it: the outlet narrates again
    ("Six weeks later, the medical examiner's final count stands at 134 dead. More than 700 "
     "people were injured.", "More than 700", "media", ""),
    # "X's figure is N", in a correction after the toll it corrects
    ("An earlier version of this story said the raid killed 134 people. The medical "
     "examiner's figure is 135.", "135", "gov", "medical examiner"),
    # "the charges" are the indictment named before
    ("According to the indictment, the gunman was one of 32 attackers. The charges say 186 "
     "children were among the dead.", "186", "gov", "indictment"),
    # a source is a person: "he" is the source named just before
    ("A local source told the Courier that the rebels struck at night. \"They killed everyone,\" "
     "he said, adding that dozens of wounded had been taken to hospital.", "dozens", "unknown",
     "A local source"),
    # a semicolon whose second clause ends on the speaker: the speaker states both
    ("Death toll rises to 116; 18 injured in hospital, medical examiner Ivo Lund tells the "
     "Courier.", "116", "gov", "Ivo Lund"),
    # a statement printed after a line that doubts it is still its author's
    ("The following is the text of a statement attributed to the Front commander Aron Tell and "
     "posted on its website. Its authenticity could not be confirmed.\n\n"
     "Thirty-three fighters took part. Of these, 32 fell as martyrs.", "32", "rebels",
     "Aron Tell"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "side", "name"), CASES)
def test_who_states_the_figure_in_a_printed_text(text, quote, side, name):
    found = figure(text, quote)
    assert (found.side, found.claimant_name) == (side, name), found.attribution


def test_the_announced_text_ends_where_someone_else_speaks():
    assert figure(PASSAGE + " They said 300 were dead.", "300").side == "unknown"


def test_its_spokesman_named_by_a_cue_word_keeps_that_word_s_side():
    text = ("The Front gave a different account. Reached by the Courier, its military spokesman, "
            "Major Aron Tell, said 24 enemies were killed.")  # fmt: skip
    register = register_from([], {"parties": [
        {"id": "gov", "label": "Norland", "cues": ["government"]},
        {"id": "rebels", "label": "The Southern Front", "cues": ["Aron Tell"]}]})  # fmt: skip
    found = [f for f in extract_figures(text, "2024-06-07", register) if f.quote == "24"]
    assert (found[0].side, found[0].claimant_name) == ("rebels", "Aron Tell")


METRICS = [
    # a part named in an appositive leaves the verb to the whole
    ("At least 13 people, seven of them children, were killed in the raid.", "At least 13",
     "killed"),
    # "N of those were injured" with no toll before it counts the wounded
    ("The Front said 115 got off, and 17 of those were injured.", "17", "wounded"),
    # ... and the verb after another figure's "and" is that figure's
    ("The Front said 115 got off, most of them by lifeboat, and 17 of those were injured.",
     "17", "wounded"),
    # a part of a toll stays a part
    ("The Front said 50 were wounded, and 17 of those were seriously injured.", "17", "other"),
    # a revision of the toll named before: "a figure his office later raised to N", "put that
    # figure at N" after a sentence that names the deaths
    ("The examiner certified 465 deaths, a figure his office later raised to 521.", "521",
     "killed"),
    ("A larger number comes from excess deaths. A study by researchers put that figure at 739.",
     "739", "killed"),
    # "N of the M dead": the part is a part, the whole keeps its noun
    ("The Front said its fighters made up nine of the 11 dead.", "nine", "other"),
    ("The Front said its fighters made up nine of the 11 dead.", "11", "killed"),
    # excess deaths against an ordinary week, however long the clause between
    ("Figures showed that 733 more people died in the city in the week of July 14 to 20 than "
     "in an ordinary July week.", "733", "killed"),
    ("Six more people died overnight, the Front said.", "Six", "other"),
    # people still looked for are missing; suspects looked for are not
    ("Villagers said they were still looking for at least 15 people.", "at least 15", "missing"),
]  # fmt: skip


def test_a_paragraph_s_number_is_no_figure():
    text = "The number of injured in paragraph 2 has been corrected to 766 from 776."
    assert [f.quote for f in extract_figures(text, "2024-06-07", STORY)] == ["766", "776"]


def test_suspects_looked_for_are_no_count_of_the_missing():
    assert [f.metric for f in extract_figures("Police are looking for two suspects.",
                                              "2024-06-07", STORY)] == []  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "metric"), METRICS)
def test_what_a_figure_counts_beside_its_parts(text, quote, metric):
    assert figure(text, quote).metric == metric


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # a day range that holds the event's day keeps the figure in the event
        ("The raid on Harbour City in the night of 4 to 5 June 2024 killed 132 civilians.",
         "strike"),
        ("The raid on a village in the night of 1 to 2 June 2024 killed 132 civilians.",
         "other"),
        # a "since" clause dates when a span began, not the event
        ("Gunmen killed 132 civilians in Harbour City, the government said, the deadliest attack "
         "since the rebels began operating six years ago.", "strike"),
        ("Six years ago, gunmen killed 132 civilians in a village.", "other"),
    ],
)  # fmt: skip
def test_a_night_that_spans_the_event_s_day_is_the_event_s(text, scope):
    assert figure(text, "132").scope == scope


def test_a_denial_is_no_denial_of_the_next_sentence_s_figures():
    # "Ukraine categorically rejects the accusations. … which has already killed hundreds of
    # thousands of them" (blind set 3): the denier speaks on, but denies nothing of the figure
    found = figure("The Front categorically rejects the accusations. The war has already killed "
                   "hundreds of thousands of them.", "hundreds of thousands")  # fmt: skip
    assert (found.side, found.qualifier) == ("rebels", "vague")
    assert "denied" not in found.attribution
