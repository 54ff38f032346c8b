"""Who said it, in the forms blind set 28 showed us.

The kinds were read off blind set 28's failures once it stopped being the check. "The
Alliance reports …" and "the charity says" are the body the article named in full before
("the Alliance of Red Cross and Red Crescent Societies of Norland", "the town's own memorial
charity"), not whatever side the bare generic word has; "the hospital's chief executive said"
speaks; "The government records 83 deaths" is the government's ("hospital records in Calder
show" is no speaker); "he" after "A survivor taken to hospital in Calder, Ivo Lind, told AFP
…" is the survivor; "according to official figures" is the officials', not the last person
quoted three sentences before; "The official figure, given at the tribunal, was 35" is the
tribunal's, not the next clause's speaker; "The report also notes …" is the report named above
("the report says"), not whoever was quoted since; "The claim of the head of the Mission, Ana
Vell, that 45 …" keeps its author inside the statement that denies it; "the Saudi coastguard"
is another country's, not the party holding the port; and "in the wards" is no war's tally.
Every passage here is our own, in an invented story.
"""

from __future__ import annotations

import pytest

from makiivka.extract.figures import extract_figures
from makiivka.extract.speakers import register_from
from tests.extract.test_speakers import figure_ending

#: A ferry sinking off Port Calder, Norland: the government (which holds the port), the ferry's
#: owner, the Red Cross and the families of those on board.
DESCRIPTOR = {
    "event": {"places": ["Port Calder"], "occurred_at": "2025-02-03T01:00:00+02:00",
              "noun": "sinking"},
    "parties": [
        {"id": "gov", "label": "Norland's government",
         "cues": ["government", "ministry", "tribunal", "Lord Justice Ivo Marr"],
         "places": ["Norland", "Port Calder", "Calder"]},
        {"id": "owner", "label": "Calder Lines, the ferry's owner", "cues": ["Calder Lines"]},
        {"id": "red_cross", "label": "The Red Cross in Norland", "cues": ["Red Cross"]},
        {"id": "monitors", "label": "The Sea Safety Mission", "cues": ["Sea Safety Mission"]},
        {"id": "families", "label": "Survivors and relatives",
         "cues": ["survivor", "relatives", "memorial charity", "Families' Association"]},
    ],
    "roles": {"third_party": {"cues": ["charity", "aid group"]}},  # as `makiivka new` gives
    "metrics": [{"id": m} for m in ("killed", "wounded", "missing", "other")],
}  # fmt: skip
STORY = register_from([], DESCRIPTOR)


def figure(text: str, quote: str, published: str = "2025-02-10"):
    """Return the last figure whose quote ends with *quote*, read against STORY."""
    return figure_ending(text, quote, published, STORY)


ALLIANCE = (
    "According to the Alliance of Red Cross and Red Crescent Societies of Norland, the official "
    "number of dead now stands at 240.\n\nThe Alliance reports that 1,900 people were injured. "
    "It has registered 154 people who were brought out alive."
)
CHARITY = (
    "The official figure was 35 injured; the town's own memorial charity says at least 50 were "
    "treated that day.\n\nOf the roughly 240 passengers on the lower deck, the charity says, "
    "fewer than half got out."
)
HOSPITAL = (
    "At Port Calder General Hospital, 17 patients from the ferry were still in the wards "
    "yesterday, the hospital's chief executive said."
)
RECORDS = (
    "A post claimed that 300 people had died.\n\nThe government records 83 deaths.\n\nHospital "
    "records in Calder show 13 people missing, Calder Lines said."
)
SURVIVOR = (
    "By Friday 314 survivors had been pulled from the water, regional governor Pavel Orn told "
    'state television.\n\n"We still hope to find more people alive," he said.\n\nA survivor '
    "taken to hospital in Calder, Ivo Lind, told AFP that a fire broke out on the car deck. "
    '"Then she tipped over. I saw maybe 100 people in the water around me," he said.'
)
OFFICIAL = (
    SURVIVOR + "\n\nAbout 2,000 relatives waited behind police lines.\n\nIn 1991 "
    "another ferry of the same company sank off the coast with the loss of 470 lives, "
    "according to official figures."
)

TRIBUNAL = (
    "The official figure, given at the tribunal, was 35 injured; the town's own memorial "
    "charity says at least 50 were treated that day."
)
REPORT = (
    "The sinking was avoidable, the tribunal under Lord Justice Ivo Marr says in its report, "
    "published yesterday. The dead, the report says, were 116 passengers and 28 crew.\n\n"
    "In Calder, Mr Jon Eld, whose two children died, said the report told the families nothing. "
    "The Calder Families' Association has said it speaks for 80 bereaved families.\n\nThe report "
    "also notes that 29 passengers were injured."
)
CLAIM_OF = (
    "Port Calder, 4 February: The ministry has issued the following statement:\n\n"
    '"On 3 February the ferry sank in a storm.\n\nThe claim of the head of the Sea Safety '
    "Mission, Ana Vell, that 45 passengers drowned is a monstrous lie."
)
FOREIGN = "The Saudi coastguard said it had rescued 29 of the survivors."


@pytest.mark.parametrize(
    ("text", "quote", "side"),
    [
        (ALLIANCE, "1,900", "red_cross"),
        (ALLIANCE, "154", "red_cross"),
        (CHARITY, "roughly 240", "families"),
        (HOSPITAL, "17", "gov"),
        (RECORDS, "83", "gov"),
        (RECORDS, "13", "owner"),  # "Hospital records … show" speaks for no one
        (SURVIVOR, "100", "families"),
        (OFFICIAL, "470", "gov"),
        (TRIBUNAL, "35", "gov"),  # the figure's own credit, not the next clause's speaker
        (REPORT, "29", "gov"),  # the report named above, not the association quoted since
        (CLAIM_OF, "45", "monitors"),  # a claim named to be denied keeps its author
        (FOREIGN, "29", "third_party"),  # another country's coastguard, not the port's
    ],
)
def test_the_speaker_of_each_form_has_its_side(text, quote, side):
    assert figure(text, quote).side == side


@pytest.mark.parametrize(
    ("text", "quote", "claimant"),
    [
        (ALLIANCE, "1,900", "Alliance of Red Cross and Red Crescent Societies of Norland"),
        (CHARITY, "roughly 240", "town's own memorial charity"),
        (HOSPITAL, "17", "the hospital's chief executive"),
        (SURVIVOR, "100", "Ivo Lind"),
        (OFFICIAL, "470", "official figures"),
    ],
)
def test_the_claimant_is_named_as_the_article_names_it(text, quote, claimant):
    assert figure(text, quote).claimant_name == claimant


def test_patients_in_the_wards_are_no_war_tally():
    text = "Seventeen days on, 17 patients were still in the wards, the hospital's director said."
    scopes = {f.quote: f.scope for f in extract_figures(text, "2025-02-10", STORY)}
    assert scopes == {"17": "strike"}  # the event itself ("event" in the CSV)


def test_a_war_counted_in_the_war_is_still_the_war():
    text = "In the war, 4,000 soldiers were killed, the ministry said."
    assert figure(text, "4,000").scope == "war"
