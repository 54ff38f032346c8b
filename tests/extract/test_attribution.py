"""Who states each figure, on reporting the rules were not written against.

The sentences below come from the dev split of the hand-labelled attribution corpus
(tests/fixtures/attribution/dev.json: other outlets' styles, seven contested-toll events,
three of them invented); each row gives the claimant and side its labeller assigned. Each
event's parties, places and register come from the corpus through the same API the command
line uses (:func:`makiivka.extract.speakers.register_from`), so no story word is in the code.
The text of a row is the paragraph up to the end of the figure's sentence, so a speaker
carried from an earlier sentence is part of it.
"""

from __future__ import annotations

import json
from functools import partial

import pytest

from makiivka.extract import sentences
from makiivka.extract.attribution import find_cues
from makiivka.extract.figures import extract_figures as _extract
from makiivka.extract.speakers import register_from
from makiivka.story import paths
from tests.extract.corpus import event_register, load, score

#: The rules alone: these tests check their conventions on invented passages; what the
#: speaker model may change is tested in test_speaker_model.py.
extract_figures = partial(_extract, model=False)

DEV = load("dev")
REGISTERS = {event: event_register(e) for event, e in DEV["events"].items()}

# (event, outlet, published, text, figure, claimant, side); the comment names the kinds.
SENTENCES = [
    ('makiivka-2023', 'ua_state', '2023-01-02', 'Kyiv says some 400 Russian troops killed in Makiivka strike', 'some 400', '', 'ukraine'),  # headline
    ('mariupol-theatre-2022', 'wire', '2022-03-25', 'Mariupol says about 300 died in theatre bombing', 'about 300', '', 'ukraine'),  # headline
    ('makiivka-2023', 'ru_state', '2023-01-04', 'Defence Ministry says Makiivka toll rises to 89', '89', 'ru_mod', 'russia'),  # headline+register
    ('olenivka-2022', 'ru_state', '2022-07-29', 'Defence Ministry: 50 Ukrainian POWs killed in HIMARS strike on Yelenovka detention centre', '50', 'ru_mod', 'russia'),  # headline+register
    ('kramatorsk-2022', 'wire', '2022-04-08', 'Rocket strike kills at least 50 at Kramatorsk station — regional governor', 'at least 50', '', 'ukraine'),  # headline+title_role
    ('kramatorsk-2022', 'ua_state', '2022-04-09', 'Governor: Kramatorsk death toll rises to 52', '52', '', 'ukraine'),  # headline+title_role
    ('kramatorsk-2022', 'local', '2022-04-10', 'The strike on Friday killed dozens of people who had been waiting for evacuation trains to the west, most of them women, children and elderly people.', 'dozens', 'local', 'media'),  # own_voice
    ('kramatorsk-2022', 'rights_group', '2022-05-03', 'A Tochka-U ballistic missile carrying a cluster munition warhead struck the Kramatorsk railway station on April 8, killing at least 58 civilians and wounding more than 100.', 'at least 58', 'rights_group', 'third_party'),  # own_voice
    ('makiivka-2023', 'local_ru', '2023-01-03', 'Relatives of mobilised men from the Samara region crowded a military enlistment office on Tuesday, asking for names. The men were among some 300,000 reservists called up in the autumn.', 'some 300,000', 'local_ru', 'media'),  # own_voice+scope
    ('makiivka-2023', 'local_ru', '2023-01-03', 'Relatives of mobilised men from the Samara region crowded a military enlistment office on Tuesday, asking for names. The men were among some 300,000 reservists called up in the autumn. Under a federal decree, families of servicemen killed in action are entitled to a lump-sum payment of 5 million roubles, but many said they wanted answers rather than money.', '5 million', 'local_ru', 'media'),  # own_voice+scope
    ('tessilo-2019', 'helix', '2019-03-08', 'Helix Medical Relief condemns in the strongest terms the airstrike on Tessilo hospital, which we have supported since 2017. The hospital was struck by at least three bombs in quick succession. Seven of our colleagues are among the dead.', 'Seven', 'helix', 'third_party'),  # own_voice+subgroup
    ('ilvaro-2021', 'lantern', '2021-11-22', 'Our team in Ilvaro treated 37 wounded people in the first 24 hours after the raid, including 12 children.', '12', 'lantern', 'third_party'),  # own_voice+subgroup
    ('makiivka-2023', 'wire', '2023-01-02', "Russia's Defence Ministry said on Monday that 63 of its soldiers were killed when Ukrainian rockets struck a building where they were billeted in Makiivka, a town in the Russian-held part of Ukraine's Donetsk region.", '63', 'ru_mod', 'russia'),  # register
    ('makiivka-2023', 'encyclopedia', '2023-06-01', 'The Makiivka barracks strike was a Ukrainian missile attack on a building housing Russian troops in Makiivka, in the Russian-occupied part of Donetsk Oblast, shortly after midnight on 1 January 2023. The Russian Ministry of Defence initially stated that 63 servicemen had been killed and later raised the figure to 89.', '63', 'ru_mod', 'russia'),  # register
    ('makiivka-2023', 'ru_state', '2023-01-04', "The number of servicemen who died as a result of the strike on a temporary deployment point in Makiivka has risen to 89, the Russian Defence Ministry said on Wednesday. The regiment's deputy commander, a lieutenant colonel, is among the dead. The ministry said Ukrainian forces had fired six HIMARS rockets at the site, two of which were destroyed by air defences.", 'six', 'ru_mod', 'russia'),  # register+across_sentences
    ('makiivka-2023', 'ru_state', '2023-01-04', "The number of servicemen who died as a result of the strike on a temporary deployment point in Makiivka has risen to 89, the Russian Defence Ministry said on Wednesday. The regiment's deputy commander, a lieutenant colonel, is among the dead. The ministry said Ukrainian forces had fired six HIMARS rockets at the site, two of which were destroyed by air defences.", 'two', 'ru_mod', 'russia'),  # register+across_sentences
    ('tessilo-2019', 'wire', '2019-03-07', 'An airstrike before dawn on Thursday destroyed the main wing of the hospital in Tessilo, the largest town held by Dunmari separatists, killing at least 21 people, the Dunmari Health Authority said. Among the dead were four doctors and a nurse, it said.', 'four', 'dun_health', 'dunmar'),  # register+across_sentences+after_figure+subgroup
    ('tessilo-2019', 'orl_state', '2019-03-07', 'Federal aviation carried out a precision strike overnight on a command post of Dunmari militants in a former hospital building in Tessilo, the Orleskan Defence Ministry reported. According to the ministry, up to 30 militants, including two field commanders, were eliminated. The ministry dismissed separatist claims that more than 20 patients had died as a staged provocation.', 'more than 20', 'orl_mod', 'orlesk'),  # register+across_sentences+denial
    ('tessilo-2019', 'orl_state', '2019-03-07', 'Federal aviation carried out a precision strike overnight on a command post of Dunmari militants in a former hospital building in Tessilo, the Orleskan Defence Ministry reported. According to the ministry, up to 30 militants, including two field commanders, were eliminated.', 'two', 'orl_mod', 'orlesk'),  # register+across_sentences+subgroup
    ('tessilo-2019', 'dun_media', '2019-03-08', "The death toll from the Orleskan airstrike on the Tessilo Republican Hospital has reached 34, including 11 patients from the paediatric ward, the Republic's health authority said on Friday. Fifty-two people were wounded, 18 of them seriously.", '18', 'dun_health', 'dunmar'),  # register+across_sentences+subgroup
    ('makiivka-2023', 'ru_state', '2023-01-04', 'The number of servicemen who died as a result of the strike on a temporary deployment point in Makiivka has risen to 89, the Russian Defence Ministry said on Wednesday.', '89', 'ru_mod', 'russia'),  # register+after_figure
    ('makiivka-2023', 'ua_state', '2023-01-02', 'Around 400 mobilised Russian soldiers were killed and about 300 more wounded when Ukrainian forces struck a building in temporarily occupied Makiivka, the Strategic Communications Directorate of the Armed Forces of Ukraine reported.', 'Around 400', 'ua_stratcom', 'ukraine'),  # register+after_figure
    ('belvash-2016', 'vs_state', '2016-09-15', "SELMO, Sept 15 — The number of civilians killed in yesterday's shelling of the central market in Belvash by Korrin terrorists has risen to 41, among them six children, the Interior Ministry announced this morning.", 'six', 'vs_interior', 'vastrana'),  # register+after_figure+subgroup
    ('tessilo-2019', 'dun_media', '2019-03-08', "The death toll from the Orleskan airstrike on the Tessilo Republican Hospital has reached 34, including 11 patients from the paediatric ward, the Republic's health authority said on Friday.", '11', 'dun_health', 'dunmar'),  # register+after_figure+subgroup
    ('kramatorsk-2022', 'encyclopedia', '2023-03-01', 'On 8 April 2022, a Tochka-U missile carrying a cluster munition warhead struck the railway station in Kramatorsk, Ukraine, where civilians had gathered for evacuation. The attack killed at least 60 people and injured more than 110. Ukrainian officials said about 4,000 people had been at the station. The Donetsk regional governor, Pavlo Kyrylenko, reported 50 deaths on the day of the attack, five of them children.', '50', 'ua_gov_donetsk', 'ukraine'),  # register+title_role
    ('kramatorsk-2022', 'ua_state', '2022-04-09', 'The number of people killed in the Russian missile strike on the railway station in Kramatorsk has risen to 52, including five children, Donetsk Regional Military Administration head Pavlo Kyrylenko said on Saturday. Another 109 people were wounded, he said.', '109', 'ua_gov_donetsk', 'ukraine'),  # register+title_role+across_sentences+after_figure
    ('belvash-2016', 'korrin_radio', '2016-09-15', "The Korrin Front's spokesman, Ardo Mesk, said on Thursday that the regime's own artillery had shelled the Belvash market in order to turn the world against the Front. Mesk rejected the government's figure of 41 dead as an invention and said no one had been killed by Front fire. He said government shelling of villages around Tarsk had killed at least 19 civilians this month alone.", 'at least 19', 'korrin_spokesman', 'korrin'),  # register+title_role+across_sentences+scope
    ('kramatorsk-2022', 'wire', '2022-04-08', 'A rocket struck a crowded railway station in the eastern Ukrainian city of Kramatorsk on Friday as civilians tried to flee an expected Russian offensive, killing at least 50 people, including five children, Donetsk regional governor Pavlo Kyrylenko said.', 'at least 50', 'ua_gov_donetsk', 'ukraine'),  # register+title_role+after_figure
    ('kramatorsk-2022', 'ua_state', '2022-04-09', 'The number of people killed in the Russian missile strike on the railway station in Kramatorsk has risen to 52, including five children, Donetsk Regional Military Administration head Pavlo Kyrylenko said on Saturday.', '52', 'ua_gov_donetsk', 'ukraine'),  # register+title_role+after_figure
    ('kramatorsk-2022', 'wire', '2022-04-08', 'A rocket struck a crowded railway station in the eastern Ukrainian city of Kramatorsk on Friday as civilians tried to flee an expected Russian offensive, killing at least 50 people, including five children, Donetsk regional governor Pavlo Kyrylenko said.', 'five', 'ua_gov_donetsk', 'ukraine'),  # register+title_role+after_figure+subgroup
    ('kramatorsk-2022', 'ua_state', '2022-04-09', 'The number of people killed in the Russian missile strike on the railway station in Kramatorsk has risen to 52, including five children, Donetsk Regional Military Administration head Pavlo Kyrylenko said on Saturday.', 'five', 'ua_gov_donetsk', 'ukraine'),  # register+title_role+after_figure+subgroup
    ('belvash-2016', 'korrin_radio', '2016-09-15', "The Korrin Front's spokesman, Ardo Mesk, said on Thursday that the regime's own artillery had shelled the Belvash market in order to turn the world against the Front. Mesk rejected the government's figure of 41 dead as an invention and said no one had been killed by Front fire.", '41', 'korrin_spokesman', 'korrin'),  # register+title_role+denial
    ('belvash-2016', 'korrin_radio', '2016-09-15', "The Korrin Front's spokesman, Ardo Mesk, said on Thursday that the regime's own artillery had shelled the Belvash market in order to turn the world against the Front. Mesk rejected the government's figure of 41 dead as an invention and said no one had been killed by Front fire.", 'no one', 'korrin_spokesman', 'korrin'),  # register+title_role+denial
    ('kramatorsk-2022', 'encyclopedia', '2023-03-01', 'On 8 April 2022, a Tochka-U missile carrying a cluster munition warhead struck the railway station in Kramatorsk, Ukraine, where civilians had gathered for evacuation. The attack killed at least 60 people and injured more than 110. Ukrainian officials said about 4,000 people had been at the station. The Donetsk regional governor, Pavlo Kyrylenko, reported 50 deaths on the day of the attack, five of them children.', 'five', 'ua_gov_donetsk', 'ukraine'),  # register+title_role+subgroup
    ('makiivka-2023', 'wire', '2023-01-02', "Russia's Defence Ministry said on Monday that 63 of its soldiers were killed when Ukrainian rockets struck a building where they were billeted in Makiivka, a town in the Russian-held part of Ukraine's Donetsk region. Such admissions of losses are rare for Moscow. Ukraine's military had put the toll far higher, saying about 400 Russian troops died and about 300 were wounded, a claim that could not be independently verified.", 'about 400', '', 'ukraine'),  # title_role
    ('makiivka-2023', 'wire', '2023-01-02', "Russia's Defence Ministry said on Monday that 63 of its soldiers were killed when Ukrainian rockets struck a building where they were billeted in Makiivka, a town in the Russian-held part of Ukraine's Donetsk region. Such admissions of losses are rare for Moscow. Ukraine's military had put the toll far higher, saying about 400 Russian troops died and about 300 were wounded, a claim that could not be independently verified.", 'about 300', '', 'ukraine'),  # title_role
    ('ilvaro-2021', 'sable_radio', '2021-11-21', "The toll from the royal army's massacre at Ilvaro has risen to 61, the Council's health committee announced on Sunday evening. Among the martyrs are 24 women and 17 children. More than 40 wounded remain in the Ilvaro clinic, which has only three doctors.", 'More than 40', '', 'sable'),  # title_role+across_sentences
    ('ilvaro-2021', 'sable_radio', '2021-11-21', "The toll from the royal army's massacre at Ilvaro has risen to 61, the Council's health committee announced on Sunday evening. Among the martyrs are 24 women and 17 children. More than 40 wounded remain in the Ilvaro clinic, which has only three doctors.", 'three', '', 'sable'),  # title_role+across_sentences
    ('tessilo-2019', 'local', '2019-03-09', "Hundreds of residents lined up outside the town's blood transfusion centre on Friday after an appeal by doctors. Anna Vell, head of the Tessilo health department, said more than 300 units of blood had been collected by noon. 'We have 52 wounded in the town's remaining clinics, and some need repeated transfusions,' she said.", '52', '', 'dunmar'),  # title_role+across_sentences+after_figure
    ('ilvaro-2021', 'rh_state', '2021-11-20', 'Units of the Royal Army came under fire from Sable militia positions hidden among the tents of the Ilvaro camp and returned fire, the General Command said in a statement. Fourteen armed militants were killed and six soldiers were wounded in the exchange, the statement said.', 'Fourteen', '', 'rheneth'),  # title_role+across_sentences+after_figure
    ('olenivka-2022', 'ru_state', '2022-07-29', "As a result of a strike by the Armed Forces of Ukraine with HIMARS rockets on the pre-trial detention centre in Yelenovka, 50 Ukrainian prisoners of war were killed and 73 were wounded, the Russian Defence Ministry said. The ministry's spokesman, Lieutenant General Igor Konashenkov, said 193 prisoners had been held in the facility. In total, more than 2,400 Ukrainian servicemen surrendered at Azovstal, he said.", 'more than 2,400', 'ru_mod', 'russia'),  # the ministry's spokesman speaks for it  # title_role+across_sentences+after_figure+scope
    ('belvash-2016', 'wire', '2016-09-14', "BELVASH, Vastrana — Shells slammed into a crowded market in the government-held town of Belvash on Wednesday, killing at least 37 people and wounding 80, the town's mayor said. Nine of the wounded were in critical condition.", 'Nine', '', 'vastrana'),  # title_role+across_sentences+subgroup
    ('ilvaro-2021', 'sable_radio', '2021-11-21', "The toll from the royal army's massacre at Ilvaro has risen to 61, the Council's health committee announced on Sunday evening. Among the martyrs are 24 women and 17 children.", '24', '', 'sable'),  # title_role+across_sentences+subgroup
    ('kramatorsk-2022', 'wire', '2022-04-08', "A rocket struck a crowded railway station in the eastern Ukrainian city of Kramatorsk on Friday as civilians tried to flee an expected Russian offensive, killing at least 50 people, including five children, Donetsk regional governor Pavlo Kyrylenko said. Thousands of people had been waiting on the platforms and in the station building, the city's mayor told reporters.", 'Thousands', '', 'ukraine'),  # title_role+after_figure
    ('belvash-2016', 'wire', '2016-09-14', "BELVASH, Vastrana — Shells slammed into a crowded market in the government-held town of Belvash on Wednesday, killing at least 37 people and wounding 80, the town's mayor said.", 'at least 37', '', 'vastrana'),  # title_role+after_figure
    ('kramatorsk-2022', 'local', '2022-04-10', "The strike on Friday killed dozens of people who had been waiting for evacuation trains to the west, most of them women, children and elderly people. On Saturday volunteers hosed down the station forecourt, where the tail of the missile still lay, painted in Russian with the words 'For the children'. More than 100 people were wounded, according to figures from the regional administration cited by the national police.", 'More than 100', '', 'ukraine'),  # title_role+after_figure+relay
    ('mariupol-theatre-2022', 'ru_state', '2022-03-26', "DONETSK, March 26. A spokesman for the people's militia of the Donetsk People's Republic dismissed Kyiv's claim that about 300 civilians died in the Mariupol drama theatre as propaganda, saying the building had been mined by Azov fighters before they withdrew.", 'about 300', '', 'russia'),  # title_role+denial
    ('ilvaro-2021', 'rh_state', '2021-11-20', 'Units of the Royal Army came under fire from Sable militia positions hidden among the tents of the Ilvaro camp and returned fire, the General Command said in a statement. Fourteen armed militants were killed and six soldiers were wounded in the exchange, the statement said. The General Command dismissed militia claims of more than 50 civilian deaths as fabrications designed to mislead international opinion.', 'more than 50', '', 'rheneth'),  # title_role+denial
    ('kramatorsk-2022', 'ru_state', '2022-04-08', "MOSCOW, April 8. The Russian Defence Ministry said that the Tochka-U missile that hit the railway station in Kramatorsk had been fired by Ukrainian forces, and called Kyiv's accusations a provocation. The ministry stressed that the Russian armed forces do not use missiles of this type. Ukrainian media quoted the state railway operator as saying that more than 30 people had been killed.", 'more than 30', '', 'ukraine'),  # title_role+relay
    ('ilvaro-2021', 'local_rh', '2021-11-24', "An opposition member of parliament in Kharos, Lena Morrow, demanded an inquiry on Tuesday into the Ilvaro raid, saying the army's figure of 14 dead, all described as militants, did not match accounts from the camp.", '14', '', 'rheneth'),  # title_role+relay
    ('mariupol-theatre-2022', 'ua_state', '2022-03-28', "About 300 people were killed when a Russian aircraft dropped a powerful bomb on the Mariupol Drama Theatre, the Mariupol City Council reported on Telegram. Ukraine's parliamentary human rights commissioner Lyudmila Denisova had earlier said more than 1,000 people were sheltering in the building. Mayor Vadym Boychenko said on Monday that about 5,000 people had been killed in the city since the siege began.", 'about 5,000', '', 'ukraine'),  # title_role+scope
    ('belvash-2016', 'local', '2016-09-17', "Funerals were held across Belvash on Friday for the victims of Wednesday's shelling. At the Lindow cemetery alone, 17 graves had been dug by midday. The town council has set up a fund for the families and says it has already raised 1.2 million dinars. Mayor Ilse Varro told the Courier that 39 of the dead had now been identified and that two people were still missing.", '39', '', 'vastrana'),  # title_role+subgroup
]  # fmt: skip


@pytest.mark.parametrize("row", SENTENCES, ids=lambda r: f"{r[0]}:{r[4]}")
def test_dev_sentences_get_their_claimant_and_side(row):
    event, outlet, published, text, figure, claimant, side = row
    at = text.index(figure)
    found = [
        f
        for f in extract_figures(text, published, REGISTERS[event], outlet=outlet)
        if f.start <= at < f.end
    ]
    assert len(found) == 1
    assert (found[0].claimant, found[0].side) == (claimant, side)


def test_dev_split_meets_the_goals():
    # The goals are the issue's, for held-out reporting; the dev split must clear them too.
    result = score(DEV)
    overall = result["kinds"]["all"]
    assert result["f1"] >= 0.90
    assert overall["metric"] >= 0.90
    assert overall["side"] >= 0.85


def _descriptor(parties, third_party=(), event_places=()):
    return {
        "event": {"places": list(event_places)},
        "parties": [{"id": i, "cues": cues, "places": places} for i, cues, places in parties],
        "roles": {"third_party": {"cues": list(third_party)}, "media": {"cues": ["Courier"]}},
    }


# (text, figure, side): parties, their places and the roles' cues come from the descriptor.
INVENTED = _descriptor(
    [("north", ["Nordic", "Norland"], ["Harbour City"]), ("south", ["Southern", "rebels"], [])],
    third_party=["Red Crescent"],
    event_places=["Harbour City"],
)
DESCRIPTOR_ROWS = [
    ("Norland's interior minister said 12 people were killed.", "12", "north"),
    ("The rebels said no one had been killed.", "no one", "south"),
    ("The Red Crescent said 40 were wounded.", "40", "third_party"),
    ("The Courier counted 17 graves of victims, it said.", "17", "media"),
    # A local role without side words speaks for the party that holds the event's place.
    ("The city's mayor said 37 people had died.", "37", "north"),
    ("The governor of Harbour City said 37 people had died.", "37", "north"),
    # Nobody named: the outlet's own voice.
    ("The blast killed dozens of people.", "dozens", "media"),
    # Local health workers, witnesses and relatives go with the party holding the event's
    # place (the corpus conventions, judgement calls 4 and 5); elsewhere nothing tells.
    ("A local doctor said 9 people were wounded.", "9", "north"),
    ("A witness said 9 people were wounded.", "9", "north"),
    ("Relatives said 9 people were wounded.", "9", "north"),
    ("An analyst said 9 people were wounded.", "9", "unknown"),
]  # fmt: skip


@pytest.mark.parametrize("row", DESCRIPTOR_ROWS, ids=lambda r: r[0][:30])
def test_sides_come_from_the_descriptor(row):
    text, figure, side = row
    register = register_from([], INVENTED)
    found = [f for f in extract_figures(text, "2024-05-01", register) if f.quote == figure]
    assert [f.side for f in found] == [side]


def test_the_shipped_sides_are_the_descriptors():
    descriptor = json.loads((paths.DATA_DIR / paths.DESCRIPTOR_NAME).read_text(encoding="utf-8"))
    swapped = dict(descriptor, parties=[dict(p, cues=[]) for p in descriptor["parties"]])
    text = "Kyiv's military command said 400 were killed."
    shipped = register_from([], descriptor)
    bare = register_from([], swapped)
    assert [f.side for f in extract_figures(text, "2023-01-04", shipped)] == ["ukraine"]
    assert [f.side for f in extract_figures(text, "2023-01-04", bare)] == ["unknown"]


def test_a_long_sentence_of_figures_is_worked_in_bounded_pieces():
    # One sentence of 40,000 characters: each piece the extractor works on is bounded, so the
    # work per figure does not grow with the sentence (extraction stays linear).
    unit = "the ministry said 63 were killed and 12 wounded, while officials said 400 died, "
    text = "Officials said " + unit * 500
    pieces = sentences.split_sentences(text)
    assert len(pieces) > 60
    assert max(s.end - s.start for s in pieces) <= sentences.MAX_SENTENCE
    assert "".join(text[s.start : s.end] + " " for s in pieces).split() == text.split()
    register = register_from([], _descriptor([]))
    cues = [find_cues(text, s.start, s.end, register) for s in pieces[:3]]
    assert all(c.end - c.start <= sentences.MAX_SENTENCE for group in cues for c in group)
