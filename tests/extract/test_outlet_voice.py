"""Whose voice a figure is in when its sentence credits no one: the outlet's, or a carried one.

Short passages of our own in the invented flood story (tests/extract/stories.py), shaped
like the corpus's real reporting; the corpus conventions (tests/fixtures/corpus/README.md,
judgement calls 1 and 3) say whose voice each figure is in.
"""

from __future__ import annotations

import pytest

from tests.extract.stories import find

# (text, figure, side, claimant name): a new paragraph with no cue is the outlet's again.
PARAGRAPHS = [
    ("Governor Ana Lund said three children were among the dead. Another 46 people were "
     "still missing, the city council said.\n\nThe block, where about 1,700 people lived, "
     "was hit on Saturday afternoon.", "about 1,700", "media", ""),
    ("Last week, a storm in the hills killed 70 people, the Red Cross said.\n\nThe floods, "
     "which began in April, have killed tens of thousands of people.",
     "tens of thousands", "media", ""),
    ("Twelve people had died, the Norland rescue service said.\n\nAt least 30 people were "
     "in hospital on Monday.", "At least 30", "media", ""),
    # A paragraph that ends with a colon opens the next one: it is still the speaker's.
    ("Ana Lund, head of the Norland rescue service, describes what followed:\n\nSo far, the "
     "hospital has taken in around 200 wounded.", "around 200", "norland", "Ana Lund"),
    # Within a paragraph the report carries on.
    ("According to the Norland rescue service, 12 people died. Those unaccounted for number "
     "at least 42.", "at least 42", "norland", "Norland rescue service"),
    # ... but not into the outlet's background on another event: a storm in 2005
    ("Governor Ana Lund said 16 people had died in the floods. A storm in 2005 killed 1,833 "
     "people in the hills.", "1,833", "media", ""),
    ("Governor Ana Lund said 16 people had died in the floods. Another 40 people were "
     "missing.", "40", "norland", "Ana Lund"),
]  # fmt: skip


@pytest.mark.parametrize("row", PARAGRAPHS, ids=lambda r: r[1])
def test_a_new_paragraph_without_a_cue_is_the_outlets_voice(row):
    text, quote, side, name = row
    figure = find(text, quote)
    assert (figure.side, figure.claimant_name) == (side, name)


# (text, figure, side, claimant name): "according to preliminary data" names no publisher;
# the speaker governing the text before it is, else the outlet.
BARE_DATA = [
    ("The Norland rescue service said on Monday that rescuers had reached the district. "
     "According to preliminary data, 14 people died.", "14", "norland", "Norland rescue service"),
    ("The governor, Ana Lund, said rescuers were still searching.\n\nAccording to the latest "
     "information, 20 people are missing.", "20", "norland", "Ana Lund"),
    ("Floods hit Lowtown\n\nThe river burst its banks on Sunday. According to updated "
     "figures, 25 people died.", "25", "media", ""),
    ("According to the latest figures from the Red Cross, 31 people died.", "31",
     "third_party", "Red Cross"),
]  # fmt: skip


@pytest.mark.parametrize("row", BARE_DATA, ids=lambda r: r[1])
def test_data_no_one_is_named_as_publishing_are_the_governing_speakers(row):
    text, quote, side, name = row
    figure = find(text, quote)
    assert (figure.side, figure.claimant_name) == (side, name)


# (text, figure, side): witnesses, residents and hospital staff speak for the party holding
# the place their statement is set in, else the event's place (corpus judgement calls 4, 5).
LOCAL_PEOPLE = [
    ("At the Port Vell hospital alone, 12 bodies were brought in, a staff member said.", "12",
     "southmark"),
    ("In Port Vell, 7 people were still missing, residents said.", "7", "southmark"),
    ("Rockets fired from Port Vell killed 9 people, witnesses said.", "9", "norland"),
    ("A nurse said 15 people had died.", "15", "norland"),
]  # fmt: skip


@pytest.mark.parametrize("row", LOCAL_PEOPLE, ids=lambda r: r[1])
def test_local_people_speak_for_the_party_holding_their_place(row):
    text, quote, side = row
    assert find(text, quote).side == side


# (text, figure, side, claimant name): "X's latest figures: N dead" credits X (a live blog's
# shape).
POSSESSIVE_COLON = [
    ("The Norland rescue service's latest figures: 1,037 dead and 1,204 injured.", "1,204",
     "norland", "Norland rescue service"),
    ("The Red Cross's updated data: 40 missing.", "40", "third_party", "Red Cross"),
]  # fmt: skip


@pytest.mark.parametrize("row", POSSESSIVE_COLON, ids=lambda r: r[1])
def test_a_speakers_figures_before_a_colon_are_theirs(row):
    text, quote, side, name = row
    figure = find(text, quote)
    assert (figure.side, figure.claimant_name) == (side, name)


# (text, figure, side, claimant name): 'Quote: "…"' under a "Source:" line renders the
# source's words; a quotation with no label stays with whoever introduces it.
QUOTE_LABEL = [
    ("Floods in Lowtown: 52 dead\n\nThe toll has risen.\n\nSource: Ana Lund, head of the "
     "Norland rescue service, on Telegram\n\nQuote: \"The search is over. 52 dead, among them "
     "a boy of six. 28 of the dead have been identified.\"", "28", "norland", "Ana Lund"),
    ("Floods in Lowtown\n\nThe toll has risen.\n\n\"The search is over. 52 dead, among them "
     "a boy.\"", "52", "media", ""),
]  # fmt: skip


@pytest.mark.parametrize("row", QUOTE_LABEL, ids=lambda r: r[1])
def test_a_quote_label_renders_the_source_lines_words(row):
    text, quote, side, name = row
    figure = find(text, quote)
    assert (figure.side, figure.claimant_name) == (side, name)


# (text, figure, side, claimant name): "the Mission" with a capital is the body named before.
CAPITAL_HEADS = [
    ("The Red Cross Relief Mission in Norland said on Friday it had sent teams.\n\n"
     "According to the Mission, at least 51 people died.", "at least 51", "third_party",
     "Red Cross Relief Mission in Norland"),
    ("The Norland Emergency Service sent 300 rescuers. The Service said 12 people died.",
     "12", "norland", "Norland Emergency Service"),
]  # fmt: skip


@pytest.mark.parametrize("row", CAPITAL_HEADS, ids=lambda r: r[1])
def test_the_capitalised_head_noun_is_the_body_named_before(row):
    text, quote, side, name = row
    figure = find(text, quote)
    assert (figure.side, figure.claimant_name) == (side, name)


# (text, figure, side): a fact check's "Claim:" line is the unnamed claimants'; "has given N"
# and "the figure of N came from X" credit their speaker.
CLAIMS_AND_SOURCES = [
    ("Claim: A Southmark strike on the Lowtown dam killed 300 people.\n\nVerdict: False.",
     "300", "unknown"),
    ("Verdict: Unproven. The Norland rescue service has given 471 deaths, while others "
     "differ.", "471", "norland"),
    ("The Norland rescue service gave a toll of 38 on Sunday.", "38", "norland"),
    ("Floods in Lowtown\n\nThe figure of 500 dead first came from the Red Cross, on Sunday "
     "evening.", "500", "third_party"),
    ("Floods in Lowtown\n\nThe Red Cross said roads were cut. A woman in Lowtown gave birth "
     "to 2 babies in a shelter.\n\nIn all, 12 people were rescued on Monday.", "12", "media"),
]  # fmt: skip


@pytest.mark.parametrize("row", CLAIMS_AND_SOURCES, ids=lambda r: r[1])
def test_claim_lines_and_given_figures(row):
    text, quote, side = row
    assert find(text, quote).side == side


# (text, figure, side, claimant name): a fact check's claim is whoever it says made it: a
# credit in brackets, posts it names, the line's own speaker; never a speaker called "Claim".
FACT_CHECK_CLAIMS = [
    ('Claim: "Up to 300 people were killed in Lowtown" (the Norland army, 2 May).\n\n'
     "Verdict: Unproven.", "Up to 300", "norland", "Norland army"),
    ('Claim: "41 of our men were killed in Lowtown" (Southmark Defence Ministry, 4 May).\n'
     "Verdict: False.",
     "41", "southmark", "Southmark Defence Ministry"),
    ("Claim: A Southmark strike on the Lowtown dam killed 300 people.\n\nVerdict: False.\n\n"
     "Posts shared widely on social media on 2 May say the dam was hit.", "300", "unknown",
     "Posts shared widely on social media"),
    ("Claim: Viral social media posts say that 900 bodies lie in the Lowtown tunnel.\n\n"
     "Verdict: False.", "900", "unknown", "social media posts"),
    ("Claim: 500 people died in Lowtown, the Southmark Defence Ministry said.\n\nVerdict: "
     "False.", "500", "southmark", "the Southmark Defence Ministry"),
]  # fmt: skip


@pytest.mark.parametrize("row", FACT_CHECK_CLAIMS, ids=lambda r: r[1])
def test_a_fact_checks_claim_is_whoever_it_says_made_it(row):
    text, quote, side, name = row
    figure = find(text, quote)
    assert (figure.side, figure.claimant_name) == (side, name)


# (text, figure, side): which of two sources governs, and "as X said that …".
CLAUSES = [
    ("In Norland, 1,414 people have died in the river towns, according to the Norland rescue "
     "service, and more than 2,160 in the south, according to the Southmark authorities.",
     "more than 2,160", "southmark"),
    ("In Norland, 1,414 people have died in the river towns, according to the Norland rescue "
     "service, and more than 2,160 in the south, according to the Southmark authorities.",
     "1,414", "norland"),
    ("More than 35,000 people are now known to have died, as the Red Cross chief, Ana Lund, "
     "said on Monday that the search was ending.", "More than 35,000", "media"),
    ("At least 35 people died in the flood, the Red Cross said on Monday.", "At least 35",
     "third_party"),
]  # fmt: skip


@pytest.mark.parametrize("row", CLAUSES, ids=lambda r: r[1])
def test_the_source_of_a_figures_own_clause_governs_it(row):
    text, quote, side = row
    assert find(text, quote).side == side


# (text, figure, side): a clause of time after the speech verb describes the event in the
# outlet's voice (judgement call 2); "according to X, as of 07:00 …" is still X's.
CIRCUMSTANCES = [
    ("Norland will answer, President Ana Lund of Norland has said, after the toll from the "
     "flood climbed to at least 20.", "at least 20", "media"),
    ("According to the Norland rescue service, as of 07:00 three people were known to be "
     "dead.", "three", "norland"),
    ("The Norland rescue service said, as the water fell, that 14 people had died.", "14",
     "norland"),
    ("The Norland rescue service said 14 people had died.", "14", "norland"),
]  # fmt: skip


@pytest.mark.parametrize("row", CIRCUMSTANCES, ids=lambda r: r[0][:30])
def test_a_clause_of_time_after_the_verb_is_the_outlets(row):
    text, quote, side = row
    assert find(text, quote).side == side


# (text, figure, side): whom a directive is given to is no claim of the one who gives it.
DIRECTIVES = [
    ("Floods in Lowtown\n\nNorland has ordered some 1 million people in the valley to move "
     "to higher ground.", "some 1 million", "media"),
    ("Floods in Lowtown\n\nThe Norland rescue service said it had ordered the evacuation "
     "after 14 people died.", "14", "norland"),
]  # fmt: skip


@pytest.mark.parametrize("row", DIRECTIVES, ids=lambda r: r[1])
def test_a_directives_object_is_no_claim(row):
    text, quote, side = row
    assert find(text, quote).side == side


# (text, figure, side): a headline's trailing "…: speaker" credits it; a topic before a
# colon does not.
TRAILING_COLON = [
    ("At least 56 killed in shelling of Lowtown market: Red Cross\n\nThe river rose.",
     "At least 56", "third_party"),
    ("Flood toll rises to 40: Norland rescue service\n\nThe river rose.", "40", "norland"),
    ("Floods in Lowtown: 12 dead\n\nThe river rose.", "12", "media"),
    ("Flood toll rises to 40: what we know\n\nThe river rose.", "40", "media"),
]  # fmt: skip


@pytest.mark.parametrize("row", TRAILING_COLON, ids=lambda r: r[0][:30])
def test_a_headlines_trailing_speaker_after_a_colon(row):
    text, quote, side = row
    assert find(text, quote).side == side


# (text, figure, side, claimant name): a sentence opening on a count of time ("Two days
# on, …") still has its trailing speaker with an apposition.
OPENING_COUNTS = [
    ("Two days on, dozens of survivors were still reaching hospitals, a doctor in Lowtown, "
     "the river port, told The Associated Press.", "dozens", "norland", "a doctor in Lowtown"),
    ("Three days later, 40 people were still missing, Ana Lund, head of the Norland rescue "
     "service, told reporters.", "40", "norland", "Ana Lund"),
]  # fmt: skip


@pytest.mark.parametrize("row", OPENING_COUNTS, ids=lambda r: r[1])
def test_an_opening_count_of_time_is_no_subject(row):
    text, quote, side, name = row
    figure = find(text, quote)
    assert (figure.side, figure.claimant_name) == (side, name)
