"""What it counts and who said it, in the forms blind set 27 showed us.

The kinds were read off blind set 27's failures once it stopped being the check. What it
counts: groups listed after a toll and a colon ("147 people were killed: 142 students, three
police officers and two soldiers", "put the toll at 147: …") are the toll's, not parts of it.
Who said it: a fact check's "No, 500 … were not killed" has no speaker "No", and the speaker model leaves "a post on Facebook" unknown; "she" in "a woman who said she had lost her husband …, told Reuters she had
counted …" is the woman, not the last speaker named; "the daily Varna Courier" is an outlet,
never the "she" of a later sentence; a registrar is a person; "…, the hospital said" speaks
and is the infirmary its sentence named ("deaths in hospital raised it" does not); a fact
check's claim line credited after a dash ("… – Facebook post, shared 9,000 times") is that
post's; and a title line naming a body's own report ("Floods, Relief Agency Situation Report
No. 4") makes the text's own voice that body's; "the ministry's account … said" speaks for the
ministry; and a bare figure after "the number of <people> … at" counts those people. Every
passage here is our own, in an invented story.
"""

from __future__ import annotations

import pytest

from makiivka.extract.figures import extract_figures
from makiivka.extract.ranker import allowed
from makiivka.extract.records import Figure
from makiivka.extract.speakers import register_from
from tests.extract.test_speakers import figure_ending

#: A siege at a college in Varna, Norland, with the interior ministry, the college's students,
#: a relief agency, the city's hospital and the attackers' group.
DESCRIPTOR = {
    "event": {"places": ["Varna"], "occurred_at": "2025-04-02T05:30:00+03:00",
              "noun": "attack"},
    "parties": [
        {"id": "gov", "label": "Norland's government: the interior ministry and the hospitals",
         "cues": ["interior ministry", "Varna General Infirmary", "government"],
         "places": ["Norland"]},
        {"id": "students", "label": "Students and staff of the college and their relatives",
         "cues": ["students", "registrar", "a woman"]},
        {"id": "group", "label": "The Red Hand group that claimed the attack",
         "cues": ["Red Hand"]},
        {"id": "relief", "label": "The Norland Relief Agency", "cues": ["Relief Agency"]},
    ],
    "metrics": [{"id": m} for m in ("killed", "wounded", "missing", "displaced", "other")],
}  # fmt: skip
STORY = register_from([], DESCRIPTOR)


def figure(text: str, quote: str, published: str = "2025-04-08"):
    """Return the last figure whose quote ends with *quote*, read against STORY."""
    return figure_ending(text, quote, published, STORY)


BRIEFING = (
    "The interior minister told a briefing that 147 people were killed: 142 students, three "
    "police officers and two soldiers."
)
TOLL_AT = "On 2 April the interior ministry put the toll at 147: 142 students and five guards."
OF_THEM = "The interior ministry said 147 people were killed, 142 of them students."


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        (BRIEFING, "142", "killed"),
        (BRIEFING, "three", "killed"),
        (BRIEFING, "two", "killed"),
        (TOLL_AT, "142", "killed"),
        (TOLL_AT, "five", "killed"),
        # a part "of them" stays a part of the toll
        (OF_THEM, "142", "other"),
    ],
)
def test_groups_listed_after_a_toll_and_a_colon_are_the_toll(text, quote, metric):
    assert figure(text, quote).metric == metric


WOMAN = (
    "The Varna Courier, a daily, said the interior ministry had given 147. In Varna, a woman "
    "who said she had lost her two sons that morning told the agency she had counted 40 bodies "
    "in the courtyard."
)
DAILY = (
    "A report by the city council put the number killed at about 450, the daily Varna Courier "
    "said. 'In our street, 38 people died,' she wrote to her brother."
)
REGISTRAR = (
    "The college's registrar told the Norland Herald that 815 students were living in the "
    'hostels. "The figure of 500 must come from people counting the students," she said.'
)


@pytest.mark.parametrize(
    ("text", "quote", "side", "claimant_name"),
    [
        (WOMAN, "40", "students", "a woman"),
        (REGISTRAR, "500", "students", "registrar"),
    ],
)
def test_she_is_the_person_the_sentence_or_the_one_before_introduced(
    text, quote, side, claimant_name
):
    found = figure(text, quote)
    assert (found.side, found.claimant_name) == (side, claimant_name)


def test_a_daily_named_before_is_no_person_a_pronoun_stands_for():
    assert figure(DAILY, "38").claimant_name != "Varna Courier"


@pytest.mark.parametrize(
    ("text", "quote", "side"),
    [
        ("Of the 66 students who escaped, 23 were being treated for burns at Varna General "
         "Infirmary, the hospital said.", "23", "gov"),
        # "deaths in hospital" is what raised the toll, not a speaker
        ("The interior ministry said 140 died at the college; deaths in hospital raised it to "
         "147.", "147", "gov"),
    ],
)  # fmt: skip
def test_the_hospital_speaks_and_is_the_infirmary_named_before(text, quote, side):
    assert figure(text, quote).side == side


CLAIM = (
    "No, 500 students were not killed in Varna\n\n"
    'CLAIM: "Varna: 500 of our students murdered. Never forget, never believe them." – '
    "Facebook post, shared more than 9,000 times\n\nVERDICT: Incorrect\n\n"
    "The interior ministry put the toll at 147."
)


def test_a_claim_lines_dash_credit_names_who_made_the_claim():
    found = figure(CLAIM, "500 of our students murdered"[:3])
    assert (found.side, found.claimant_name) == ("unknown", "Facebook post")


SITREP = (
    "Norland: Varna siege, Relief Agency Situation Report No. 4\n\nVarna, 8 April 2025\n\n"
    "1. The interior ministry reports 147 dead.\n\n2. Across the city, 2,300 people have been "
    "displaced.\n\n3. More than 200 people are reported injured across the city."
)


@pytest.mark.parametrize(("quote", "side"), [("147", "gov"), ("2,300", "relief"),
                                             ("More than 200", "relief")])  # fmt: skip
def test_a_title_naming_a_bodys_own_report_makes_its_voice_the_bodys(quote, side):
    assert figure(SITREP, quote).side == side


def test_a_report_titled_by_a_place_alone_names_no_author():
    text = SITREP.replace("Relief Agency Situation Report", "Situation Report")
    figures = extract_figures(text, "2025-04-08", STORY)
    assert "relief" not in {f.side for f in figures}


@pytest.mark.parametrize(
    ("text", "quote", "side"),
    [
        # a fact check's answer before a comma is no speaker: the checker's own headline
        ("No, 500 students were not killed in Varna – the toll was 147\n\nThe interior "
         "ministry put the toll at 147.", "500", "media"),
    ],
)  # fmt: skip
def test_a_verdict_word_is_no_speaker(text, quote, side):
    assert figure(text, quote).side == side


@pytest.mark.parametrize(
    ("speaker", "may"),
    [("Facebook", False), ("a post on Telegram", False), ("posts", False), ("the registrar", True)],
)
def test_the_speaker_model_leaves_a_platforms_post_unknown(speaker, may):
    row = Figure(0, 3, "500", 500, None, None, "exact", "people", "killed", "event", "",
                 "unknown", "", attribution=f'"{speaker}" said (before the figure); side from '
                 "nothing: side unknown")  # fmt: skip
    assert allowed(row, "students", ["gov", "students"]) is may


@pytest.mark.parametrize(
    ("text", "quote", "metric", "side"),
    [
        # a body's account speaks for the body whose it is
        ("The interior ministry's account of the siege, issued on 2 April, said 128 attackers "
         "had been killed.", "128", "killed", "gov"),
        # "the number of <people> … as N": a count of people, a row of its own
        ("On the first day the Relief Agency put the number of students in the hostels at "
         "815.", "815", "other", "relief"),
        ("The Relief Agency put the number of people in the college at 900.", "900", "other",
         "relief"),
    ],
)  # fmt: skip
def test_an_account_speaks_and_the_number_of_people_is_counted(text, quote, metric, side):
    found = figure(text, quote)
    assert (found.metric, found.side) == (metric, side)


def test_a_fact_check_account_named_in_quotes_is_no_possessors_account():
    text = ("The government-run \"Varna Fact Check\" account said on X that at least 500 "
            "students had died.")  # fmt: skip
    assert figure(text, "at least 500").claimant_name != 'Varna Fact Check" account'


RESTATED = (
    "The interior ministry said 147 people were killed. Doctors treated hundreds of others "
    "injured. Their lists have not been published.\n\nThe ministry has always said 140."
)


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        # a bare figure a count verb gives restates the toll named further back
        (RESTATED, "140", "killed"),  # the toll's, not the injured's named last
        # its own words still say what it counts
        ("The interior ministry said 147 people were killed. The number injured has reached "
         "79.", "79", "wounded"),
    ],
)  # fmt: skip
def test_a_bare_figure_a_count_verb_gives_restates_the_toll(text, quote, metric):
    assert figure(text, quote).metric == metric
