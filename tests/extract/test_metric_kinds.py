"""What a figure counts, in the shapes of real reporting the blind sets showed: one kind a table.

Invented passages on an invented story (a flood in Lowtown, Norland) with the default metric
set of interface 2 declared (no rockets_hit, no present), as the per-event stories of the
scoring sets have. Each table is one general rule in words; the corpus conventions
(tests/fixtures/corpus/README.md) and the blind sets' judgement calls say what each figure
counts.
"""

from __future__ import annotations

import pytest

from makiivka.extract.figures import extract_figures
from makiivka.extract.speakers import register_from

DESCRIPTOR = {
    "event": {"noun": "flood", "occurred_at": "2024-03-10T06:00+02:00", "places": ["Lowtown"]},
    "parties": [
        {"id": "norland", "label": "Norland", "cues": ["Norland", "Norlandic"],
         "places": ["Lowtown", "Greyford"]},
        {"id": "southmark", "label": "Southmark", "cues": ["Southmark"], "places": ["Port Vell"]},
    ],
    "roles": {"third_party": {}, "media": {}},
    "metrics": [{"id": m} for m in (
        "killed", "wounded", "killed_or_wounded", "missing", "displaced", "detained",
        "rockets_fired", "rockets_intercepted", "other")],
}  # fmt: skip
REGISTER = register_from([], DESCRIPTOR)


def _metric(text: str, quote: str) -> tuple[str, str]:
    rows = extract_figures(text, "2024-03-12", REGISTER)
    found = [f for f in rows if f.quote == quote]
    assert len(found) == 1, [(f.quote, f.metric) for f in rows]
    return found[0].metric, found[0].unit


# Killing verbs of armies and reports: "executed" people, people "neutralised" (an army's word
# for those it killed); "neutralised" munitions are still shot down, a plan executed is no toll.
KILLING_VERBS = [
    ("- 142 enemy fighters neutralised;", "142", "killed", "people"),
    ('The army said 75 "terrorists" had been "neutralized" and 20 arrested.', "75", "killed", "people"),
    ('The army said 75 "terrorists" had been "neutralized" and 20 arrested.', "20", "detained", "people"),
    ("Dozens of Villagers Executed in Northern Town", "Dozens", "killed", "people"),
    ("Gunmen allegedly executed an estimated 80 men, some of them farmers, in the village.", "an estimated 80", "killed", "people"),
    ("Militiamen summarily executed 14 villagers.", "14", "killed", "people"),
    ("Air defences neutralised 12 drones overnight.", "12", "rockets_intercepted", "rockets"),
    ("The raiders executed a plan to free 12 prisoners.", "12", "other", "people"),
    # blind set 12: an indictment's "people murdered"; "identified" of the dead is no count
    # of identifications
    ("The case file counts 978 people murdered, according to the register.", "978", "killed", "people"),
    ("The commission found that more than 500 identified people had been killed.", "more than 500", "killed", "people"),
    ("By Friday 40 bodies had been identified.", "40", "other", "people"),
]  # fmt: skip


@pytest.mark.parametrize("row", KILLING_VERBS, ids=lambda r: f"{r[0][:40]}:{r[1]}")
def test_killing_verbs_of_people(row):
    text, quote, metric, unit = row
    assert _metric(text, quote) == (metric, unit)


# An appositive that names a part of the figure ("most of them women", "one of them a foreign
# citizen") is no clause break: the verb after it is the figure's.
APPOSITIVES = [
    ("At least 121 people, most of them women, were killed in a crush at the fair.", "At least 121", "killed", "people"),
    ("Officials said three captives, one of them a foreign citizen, were killed in the raid.", "three", "killed", "people"),
    ("Some 40 people, a third of them children, died in the flood.", "Some 40", "killed", "people"),
    ("At least 21 people, two children among them, have been injured.", "At least 21", "wounded", "people"),
    ("About 300 people, 40 of whom were children, had been evacuated, and 12 died.", "About 300", "other", "people"),
]  # fmt: skip


@pytest.mark.parametrize("row", APPOSITIVES, ids=lambda r: f"{r[0][:40]}:{r[1]}")
def test_an_appositive_part_keeps_the_verb_after_it(row):
    text, quote, metric, unit = row
    assert _metric(text, quote) == (metric, unit)


# The noun "fire" (a blaze, "missile fire", "on fire") is no launch; the verb with munitions or
# a count after it is.
FIRE = [
    ("The number of people who died in the Lowtown fire is 97, the governor said.", "97", "killed", "people"),
    ("The death toll from the fire rose to 245 on Sunday.", "245", "killed", "people"),
    ("Lowtown Fire Death Toll Revised Down To 97", "97", "killed", "people"),
    ("The units fire six rockets at the town every night.", "six", "rockets_fired", "rockets"),
    ("Troops will fire 30 missiles at the bridge.", "30", "rockets_fired", "rockets"),
]  # fmt: skip


@pytest.mark.parametrize("row", FIRE, ids=lambda r: f"{r[0][:40]}:{r[1]}")
def test_the_noun_fire_is_no_launch(row):
    text, quote, metric, unit = row
    assert _metric(text, quote) == (metric, unit)


# Munitions an attack was made with, or dropped, were launched (rockets_fired) whatever they
# hit; a hit alone is no launch (rockets_hit, which this story does not record).
MUNITIONS = [
    ("A report concluded that the school was struck by an aircraft dropping two 500kg bombs.", "two", "rockets_fired", "rockets"),
    ("The ministry said the enemy had struck Lowtown with two Harrow missiles fitted with cluster munitions.", "two", "rockets_fired", "rockets"),
    ("Troops hit the town with four rockets overnight.", "four", "rockets_fired", "rockets"),
    ("Planes drop two bombs on the market every day.", "two", "rockets_fired", "rockets"),
    ("Two missiles hit the building.", "Two", "other", "rockets"),
]  # fmt: skip


@pytest.mark.parametrize("row", MUNITIONS, ids=lambda r: f"{r[0][:40]}:{r[1]}")
def test_munitions_an_attack_was_made_with_were_launched(row):
    text, quote, metric, unit = row
    assert _metric(text, quote) == (metric, unit)


# A running total's figure ("rose to", "dropped to", "revised down to") counts what its subject
# counts: a bare toll is the dead (a casualty word before it names another count), whatever
# keyword of another clause stands nearer the figure.
TOLLS = [
    ("The toll, which stood at 116 on the night of the crush, rose to 121 on Wednesday as five of the injured died.", "121", "killed", "people"),
    ("The toll dropped to 97 after a recount.", "97", "killed", "people"),
    ("The casualty toll rose to 40, officials said.", "40", "killed_or_wounded", "people"),
    ("The death toll rose to 12 while injuries rose to 40.", "40", "wounded", "people"),
    ("Officials said the toll of injured had risen to 88.", "88", "wounded", "people"),
]  # fmt: skip


@pytest.mark.parametrize("row", TOLLS, ids=lambda r: f"{r[0][:40]}:{r[1]}")
def test_a_running_total_counts_what_its_subject_counts(row):
    text, quote, metric, unit = row
    assert _metric(text, quote) == (metric, unit)


# A figure after a dash restates the count of the clause before it, unless its own clause has
# a keyword of its own.
RESTATED = [
    ("The strike on the theatre killed far more people than previously thought — close to 600 inside the building, an inquiry found.", "close to 600", "killed", "people"),
    ("The flood injured many more than first reported – at least 300, officials said.", "at least 300", "wounded", "people"),
    ("Four were killed — 12 were injured.", "12", "wounded", "people"),
    ("Four were killed — 12 others were taken to hospital.", "12", "other", "people"),
]  # fmt: skip


@pytest.mark.parametrize("row", RESTATED, ids=lambda r: f"{r[0][:40]}:{r[1]}")
def test_a_figure_after_a_dash_restates_the_count_before_it(row):
    text, quote, metric, unit = row
    assert _metric(text, quote) == (metric, unit)


# People believed or feared to be inside or under a collapse are missing (their fate unknown);
# known presence is not.
FEARED_INSIDE = [
    ("About 40 people were believed to be inside the building when it collapsed.", "About 40", "missing", "people"),
    ("Some 20 workers were thought to be still under the rubble.", "Some 20", "missing", "people"),
    ("Up to 400 feared trapped as building collapses in Lowtown", "Up to 400", "missing", "people"),
    ("Around 300 people were inside the theatre at the time.", "Around 300", "other", "people"),
    ("Hundreds of thousands are thought to remain in the city.", "Hundreds of thousands", "other", "people"),
]  # fmt: skip


@pytest.mark.parametrize("row", FEARED_INSIDE, ids=lambda r: f"{r[0][:40]}:{r[1]}")
def test_people_feared_inside_a_collapse_are_missing(row):
    text, quote, metric, unit = row
    assert _metric(text, quote) == (metric, unit)


# A bullet item's bare figure under a label with no keyword ("- Outlet B: close to 600, based on
# interviews") counts what the item just above it counts: a list of estimates counts one thing.
SIBLINGS = [
    ("Estimates:\n- City council: about 300 dead, citing witnesses.\n- Outlet B: close to 600, based on interviews.\n",
     "close to 600", "killed", "people"),
    ("Estimates:\n- City council: about 300 dead.\n- Outlet B: close to 600.\n- A charity: at least a dozen, in a report.\n",
     "at least a dozen", "killed", "people"),
    ("Estimates:\n- Police: 45 injured\n- Hospital: 60\n", "60", "wounded", "people"),
    ("Figures:\n- Dead: 12\n- Evacuated: 300\n- Greyford: 40\n", "40", "other", "people"),
]  # fmt: skip


@pytest.mark.parametrize("row", SIBLINGS, ids=lambda r: f"{r[0][:40]}:{r[1]}")
def test_a_list_item_counts_what_the_item_above_counts(row):
    text, quote, metric, unit = row
    assert _metric(text, quote) == (metric, unit)


# "none of the N … survived": the figure counts the dead.
NONE_SURVIVED = [
    ("Authorities said none of the 131 people on board survived.", "131", "killed", "people"),
    ("None of the 40 passengers survived, the airline said.", "40", "killed", "people"),
    ("Four of the 40 passengers survived, the airline said.", "40", "other", "people"),
]  # fmt: skip


@pytest.mark.parametrize("row", NONE_SURVIVED, ids=lambda r: f"{r[0][:40]}:{r[1]}")
def test_none_of_them_survived_counts_the_dead(row):
    text, quote, metric, unit = row
    assert _metric(text, quote) == (metric, unit)


# Headlines speak in the present tense: "perish", "dies", "hurts" are toll verbs like "kills".
PRESENT_TENSE = [
    ("Up to 400 perish in Lowtown flood", "Up to 400", "killed", "people"),
    ("One dies, 12 hurt as bus overturns in Lowtown", "One", "killed", "people"),
    ("Blast hurts 30 in Lowtown market", "30", "wounded", "people"),
    ("Flood kills 20, injures 40 in Lowtown", "40", "wounded", "people"),
]  # fmt: skip


@pytest.mark.parametrize("row", PRESENT_TENSE, ids=lambda r: f"{r[0][:40]}:{r[1]}")
def test_headline_verbs_in_the_present_tense(row):
    text, quote, metric, unit = row
    assert _metric(text, quote) == (metric, unit)


# "one" before a person noun is a count where a toll verb follows in its clause ("one member of
# its special forces was killed"), not where a speech verb comes first.
ONE_PERSON = [
    ("The military says one member of its special forces was killed in the operation.", "one", "killed", "people"),
    ("One passenger is still missing.", "One", "missing", "people"),
    ("One resident was injured, the mayor said.", "One", "wounded", "people"),
]  # fmt: skip


@pytest.mark.parametrize("row", ONE_PERSON, ids=lambda r: f"{r[0][:40]}:{r[1]}")
def test_one_person_is_a_count_before_a_toll_verb(row):
    text, quote, metric, unit = row
    assert _metric(text, quote) == (metric, unit)


def test_one_member_before_a_speech_verb_is_no_count():
    rows = extract_figures("One member of the council said 30 people died.", "2024-03-12", REGISTER)
    assert [(f.quote, f.metric) for f in rows] == [("30", "killed")]


# A running total's change with an adverb and a comma ("has fallen sharply, to 31") and its
# earlier figure ("down from 66") count what the subject counts.
CHANGES = [
    ("The number of people listed as unaccounted for has fallen sharply, to 31, down from 66 last week.", "31", "missing", "people"),
    ("The number of people listed as unaccounted for has fallen sharply, to 31, down from 66 last week.", "66", "missing", "people"),
    ("The number of dead has risen sharply to 45.", "45", "killed", "people"),
]  # fmt: skip


@pytest.mark.parametrize("row", CHANGES, ids=lambda r: f"{r[0][:40]}:{r[1]}")
def test_a_change_of_a_running_total_counts_its_subject(row):
    text, quote, metric, unit = row
    assert _metric(text, quote) == (metric, unit)


# A keyword before "and" belongs to the clause before ("died and 300 were wounded"), unless
# the "and" joins two nouns right before "to"/"at" and the figure; "mobilised" right after a
# figure is the people it counts (the conventions: a toll of mobilised men is killed).
KEYWORD_REACH = [
    ("Officials raised the death toll from a landslide and flood to 245 on Wednesday.", "245", "killed"),
    ("Officials put the toll of the storm and the flood at more than 90.", "more than 90", "killed"),
    ("Ten people died and 300 were rescued.", "300", "other"),
    ("Up to 400 mobilised were killed in the school building.", "Up to 400", "killed"),
    ("About 400 mobilised soldiers were wounded, the army said.", "About 400", "wounded"),
]  # fmt: skip


@pytest.mark.parametrize("row", KEYWORD_REACH, ids=lambda r: f"{r[0][:40]}:{r[1]}")
def test_how_far_a_keyword_before_a_figure_reaches(row):
    text, quote, metric = row
    assert _metric(text, quote)[0] == metric


# "…, bringing the total to N": the running total counts what the clause before it counts.
BROUGHT_TOTALS = [
    ("Two more people have died in Greyford, bringing the national total to 158.", "158", "killed"),
    ("Four more people were injured overnight, taking the tally to 40.", "40", "wounded"),
    ("Rescuers found three more bodies, bringing the toll to 211.", "211", "killed"),
    ("The river rose again, bringing the total to 12 metres.", None, None),
]  # fmt: skip


@pytest.mark.parametrize("row", BROUGHT_TOTALS, ids=lambda r: f"{r[0][:40]}:{r[1]}")
def test_a_total_brought_to_n_counts_what_the_clause_before_counts(row):
    text, quote, metric = row
    rows = extract_figures(text, "2024-03-12", REGISTER)
    if quote is None:
        assert [f.quote for f in rows] == []
    else:
        assert _metric(text, quote)[0] == metric


# A status list: each numbered or bulleted line is "label: figure"; the label says what the
# figure counts, whatever opens the line ("1.", "a)", "-", "1/") and even with a year in it.
STATUS_LIST = (
    "Status of the flood\n\nThe following is the status as on 12 March, 6 pm.\n\n"
    "1/ Deceased: 316. Of these, 293 have been identified.\n\n"
    "2/ Injured: 332, of whom 22 remain in hospital.\n\n"
    "3/ Missing: 103 persons still reported by relatives.\n\n"
    "1. Number of persons dead: 278\n"
    "2. Bodies identified and handed over to relatives: 177\n"
    "3. Number of persons injured: 1,100\n"
    "4. Discharged after treatment: 900\n\n"
    "- Estimated excess deaths, March 2023 to March 2024: 2,975\n\n"
    "a) Number of deceased persons: 85\n\n"
    "Updated figures from the Lowtown governorate: 60 killed, 310 missing, 4,500 displaced.\n\n"
    "Police: 58 missing, presumed dead"
)
LABELS = [
    ("278", "killed", "people"),
    ("177", "other", "people"),
    ("1,100", "wounded", "people"),
    ("900", "other", "people"),
    ("2,975", "killed", "people"),
    ("85", "killed", "people"),
    # A thread's numbered posts ("1/", "2/") open with their labels too.
    ("316", "killed", "people"),
    ("332", "wounded", "people"),
    ("103", "missing", "people"),
    # "Updated figures from …:" is a bulletin line, not a page's "Updated 10:45" stamp.
    ("60", "killed", "people"),
    ("310", "missing", "people"),
    ("4,500", "displaced", "people"),
    # "missing, presumed dead" is the toll of those given up for dead.
    ("58", "killed", "people"),
]


@pytest.mark.parametrize("row", LABELS, ids=lambda r: r[0])
def test_a_status_list_s_labels_say_what_each_figure_counts(row):
    quote, metric, unit = row
    assert _metric(STATUS_LIST, quote) == (metric, unit)


# "deceased" and "succumbed" are words of the dead; money for the families is no count.
DEAD_WORDS = [
    ("The deceased included 12 children.", "12", "killed", "people"),
    ("Four of the deceased were foreigners.", "Four", "killed", "people"),
]  # fmt: skip


@pytest.mark.parametrize("row", DEAD_WORDS, ids=lambda r: f"{r[0][:40]}:{r[1]}")
def test_words_of_the_dead(row):
    text, quote, metric, unit = row
    assert _metric(text, quote) == (metric, unit)


@pytest.mark.parametrize(
    "text",
    [
        "The minister announced ex gratia of Rs 2 lakh for the families of the deceased.",
        "Each family of the dead would get Tk 1 lakh from the fund.",
        "The chief minister announced ₹5 lakh for the families of those killed.",
    ],
)
def test_money_for_the_families_of_the_dead_is_no_count(text):
    assert [f.quote for f in extract_figures(text, "2024-03-12", REGISTER)] == []


# "it" for the toll: "it rose to 34", "It reached 64", "later put it at 132" count what the
# toll before counts; an "it" with no toll before counts nothing.
IT_TOLLS = [
    ("The death toll in Lowtown was 16, and it rose to 34 that evening.", "34", "killed", "people"),
    ("The death toll rose to 34. It reached 64 in December.", "64", "killed", "people"),
    ("The mayor said the toll was 141, but the government later put it at 132.", "132", "killed", "people"),
    # a bare "figure of N" after a sentence that names the toll
    ("The death toll rose to 100 on Monday. The Interior Ministry's figure of 112 was disputed.", "112", "killed", "people"),
]  # fmt: skip


@pytest.mark.parametrize("row", IT_TOLLS, ids=lambda r: f"{r[0][:40]}:{r[1]}")
def test_it_for_the_toll(row):
    text, quote, metric, unit = row
    assert _metric(text, quote) == (metric, unit)


@pytest.mark.parametrize(
    "text",
    ["The river rose fast. It reached 64 in December.", "The ministry gave a figure of 112."],
)
def test_it_without_a_toll_counts_nothing(text):
    assert [f.quote for f in extract_figures(text, "2024-03-12", REGISTER)] == []


# A metric of the story's own, beyond the extractor's words, is read from its label: every
# word of "Bodies recovered" in the figure's clause.
OWN_METRIC = register_from(
    [], DESCRIPTOR | {"metrics": [*DESCRIPTOR["metrics"], {"id": "bodies_recovered",
                                                           "label": "Bodies recovered"}]}
)  # fmt: skip
OWN_METRICS = [
    ("Rescuers said 30 bodies were recovered on Wednesday.", "30", "bodies_recovered"),
    ("Divers recovered 12 bodies from the river.", "12", "bodies_recovered"),
    ("Officials said 45 bodies had been recovered and 20 people were missing.", "20", "missing"),
    ("Officials said 60 people died.", "60", "killed"),
]


@pytest.mark.parametrize("row", OWN_METRICS, ids=lambda r: f"{r[0][:40]}:{r[1]}")
def test_a_story_s_own_metric_is_read_from_its_label(row):
    text, quote, metric = row
    found = [f for f in extract_figures(text, "2024-03-12", OWN_METRIC) if f.quote == quote]
    assert [f.metric for f in found] == [metric]


# Read off blind set 10 (and seen in blind sets 4, 6, 9): a casualty verb right before "N of
# them" counts whom it was done to, not a part; deaths "more than usual" or "than would
# normally have died" are excess deaths, a toll, while "N more" alone is an increment; a list
# or the names of victims count the dead, victims treated in hospital do not.
BLIND10_METRICS = [
    ('"We killed more than 70 of them," the commander said.', "more than 70", "killed"),
    ("The army said its forces had killed dozens of them.", "dozens", "killed"),
    ("Of the 40 dead, 12 of them were children.", "12", "other"),
    ("The study found 1,052 more deaths than usual in Lowtown.", "1,052", "killed"),
    ("The flood killed 14,802 more people than would normally have died.", "14,802", "killed"),
    ("Six more people died overnight in Lowtown.", "Six", "other"),
    ("The group compiled a list of 243 victims of the flood.", "243", "killed"),
    ("A doctor said 30 victims were treated in hospital.", "30", "other"),
    # read off blind set 11: "seriously injured" alone is the injured count, beside another
    # injured count its part; bodies feared, probably or still buried are missing, bodies
    # buried at a funeral dead; the disappeared are missing; the missing presumed dead, dead
    ("Officials report 2,045 dead, 10,679 seriously injured and 671 missing.", "10,679", "wounded"),
    ("Officials said 133 people were injured, 29 seriously injured.", "29", "other"),
    ("Rescuers fear hundreds of residents remain buried in Lowtown.", "hundreds", "missing"),
    ("Up to 5,000 people may be buried in Lowtown, officials said.", "Up to 5,000", "missing"),
    ("The 40 victims had been buried on Sunday.", "40", "killed"),
    ("Parents of the 43 students who disappeared in Lowtown marched.", "43", "missing"),
    ("The disappearance of 43 students shocked Norland.", "43", "missing"),
    ("The minister said 5,748 people who went missing would be presumed dead.", "5,748", "killed"),
    # pilgrims and villagers are people: a count of them is a row ("other" when evacuated)
    ("The army evacuated more than 1,00,000 pilgrims from Lowtown.", "more than 1,00,000", "other"),
]  # fmt: skip


@pytest.mark.parametrize("row", BLIND10_METRICS, ids=lambda r: f"{r[0][:40]}:{r[1]}")
def test_verbs_baselines_and_victims(row):
    text, quote, metric = row
    assert _metric(text, quote)[0] == metric


def test_a_live_blogs_time_stamp_is_no_count_of_the_people_on_the_next_line():
    text = "16.02 BST\nVillagers digging with their hands\n\nSome 300 villagers fled Lowtown."
    assert [f.quote for f in extract_figures(text, "2024-03-12", REGISTER)] == ["Some 300"]


# Poisoning and gas attacks: patients with symptoms are the wounded (blind set 12).
SYMPTOMS = [
    ("Three hospitals received approximately 3,600 patients displaying neurotoxic symptoms.", "approximately 3,600", "wounded", "people"),
    ("Thousands suffering neurotoxic symptoms treated in hospitals", "Thousands", "wounded", "people"),
    ("About 70 people with symptoms of poisoning were taken in.", "About 70", "wounded", "people"),
]  # fmt: skip


@pytest.mark.parametrize("row", SYMPTOMS, ids=lambda r: f"{r[0][:40]}:{r[1]}")
def test_patients_with_symptoms_are_wounded(row):
    text, quote, metric, unit = row
    assert _metric(text, quote) == (metric, unit)


# A part of a count that is no toll ("170 detainees", "300 people in the building") is counted
# by its own verb: it is the toll itself, not a part of one (blind set 12).
PART_OF_A_COUNT = [
    ("The prison held some 170 detainees. Forty of them are receiving treatment for injuries.", "Forty", "wounded", "people"),
    ("Some 300 people were in the building; 40 of them died.", "40", "killed", "people"),
    ("At least 60 were killed, including 11 children.", "11", "other", "people"),
]  # fmt: skip


@pytest.mark.parametrize("row", PART_OF_A_COUNT, ids=lambda r: f"{r[0][:40]}:{r[1]}")
def test_a_part_of_a_count_that_is_no_toll_keeps_its_own_metric(row):
    text, quote, metric, unit = row
    assert _metric(text, quote) == (metric, unit)


# A list as the appositive ("mostly children, women and old people"), and "the number", "the
# count" for the toll the sentence before names (blind set 12).
TOLLS_BY_OTHER_WORDS = [
    ("In this village, 733 peasants, mostly children, women and old people, were killed.", "733", "killed", "people"),
    ("The death toll rose to 40. The commission has put the number at 926.", "926", "killed", "people"),
    ("Police said 1,130 people have died. The count from the ministry an hour ago was 970.", "970", "killed", "people"),
    ("I cannot give you the number of those who were killed, but it runs into hundreds.", "hundreds", "killed", "people"),
]  # fmt: skip


@pytest.mark.parametrize("row", TOLLS_BY_OTHER_WORDS, ids=lambda r: f"{r[0][:40]}:{r[1]}")
def test_tolls_by_other_words(row):
    text, quote, metric, unit = row
    assert _metric(text, quote) == (metric, unit)


def test_the_number_of_something_else_counts_nothing():
    text = "The river rose fast. The number of boats was 12."
    assert [f.quote for f in extract_figures(text, "2024-03-12", REGISTER)] == []
