"""Who said it, on the corpus of real reporting (tests/fixtures/corpus/): side and claimant.

Each event becomes a story through the command line (its parties' cue words and held places
through ``makiivka new --cue/--held``) and each passage goes through ``makiivka extract``, as
the shared score.py does (:mod:`tests.extract.reporting`). The rows below are labelled
figures of the corpus, two or three of each attribution kind (the label's ``attribution``
tags, in the comment), with the label's own side and claimant (labels.csv, the contract);
four events are kept out of the rows (odesa_double_tap_2024, kabul_airport_bombing_2021,
togoga_2021, donetsk_market_2024), the hold-out the rules were not tuned on.
"""

from __future__ import annotations

import pytest

from tests.extract import reporting

HELD_OUT = {"odesa_double_tap_2024", "kabul_airport_bombing_2021", "togoga_2021",
            "donetsk_market_2024"}  # fmt: skip


@pytest.fixture(scope="module")
def results() -> dict[tuple[str, str, str], reporting.Result]:
    scores = reporting.score()
    return {(r.label["file"], r.label["claim_text"], r.label["figure_text"]): r
            for r in scores.results}  # fmt: skip


# (file, claim_text, figure_text, side, claimant) from labels.csv
LABELLED = [
    ('01_meduza_vinnytsia.txt', 'Those unaccounted for number at least 42', 'at least 42', 'ukraine', 'State Emergency Service of Ukraine'),  # across
    ('08_militarnyi_zaporizhzhia.txt', 'fired 16 missiles from S-300 surface-to-air systems', '16', 'ukraine', 'Oleksandr Starukh'),  # across
    ('01_meduza_vinnytsia.txt', 'left at least 21 people dead', 'at least 21', 'ukraine', 'State Emergency Service of Ukraine'),  # after
    ('02_ap_vinnytsia.txt', 'Of the 66 people taken to hospital', '66', 'ukraine', 'State Emergency Service of Ukraine'),  # after
    ('04_guardian_serhiivka.txt', 'kill at least 21 in town near Odesa, says Ukraine', 'at least 21', 'ukraine', 'Ukraine (government)'),  # after+headline+role_only
    ('46_dmg_pazigyi.txt', 'At least 171 people have now died', 'At least 171', 'unknown', 'ground sources'),  # after+headline+role_only
    ('13_rt_lysychansk.txt', 'Ten people have been pulled out of the rubble', 'Ten', 'russia', 'Leonid Pasechnik'),  # after+pronoun
    ('14_bloomberg_lysychansk.txt', 'Three people had been taken to hospital', 'Three', 'russia', 'Leonid Pasechnik'),  # after+pronoun
    ('04_guardian_serhiivka.txt', 'One rocket struck a nine-storey apartment house', 'One', 'ukraine', 'Sergei Bratchuk'),  # after+pronoun+quote
    ('07_tass_zaporizhzhia.txt', 'about 23 Zaporozhye residents have been killed', 'about 23', 'russia', 'Vladimir Rogov'),  # after+pronoun+quote
    ('13_rt_lysychansk.txt', 'killed 28 civilians', '28', 'russia', 'Leonid Pasechnik'),  # after+quote
    ('22_straitstimes_kharkiv.txt', 'more than 200 people may have been in the hypermarket', 'more than 200', 'ukraine', 'Volodymyr Zelensky'),  # after+quote
    ('46_dmg_pazigyi.txt', 'the three bodies found this morning', 'three', 'resistance', 'Kyunhla Activists Group official'),  # after+quote+role_only
    ('14_bloomberg_lysychansk.txt', 'At least five people were killed', 'At least five', 'russia', 'Russian Emergencies Ministry'),  # after+relay
    ('19_time_il76.txt', 'reportedly carrying 65 Ukrainian prisoners of war', '65', 'russia', 'Russian Defense Ministry'),  # after+relay
    ('02_ap_vinnytsia.txt', 'killing at least 23 people', 'at least 23', 'ukraine', 'Ukrainian authorities'),  # after+role_only
    ('03_reuters_vinnytsia.txt', 'Among the dead were three children, officials said', 'three children', 'ukraine', 'Ukrainian officials'),  # after+role_only
    ('01_meduza_vinnytsia.txt', 'brought down four further missiles', 'four', 'ukraine', 'Serhiy Borzov'),  # before
    ('02_ap_vinnytsia.txt', 'Ukrainian air defenses downed two', 'two', 'ukraine', 'Serhiy Borzov'),  # before
    ('06_rbc_serhiivka.txt', 'killed 19 people', '19', 'ukraine', 'State Emergency Service of Ukraine'),  # before+anaphor
    ('27_pravda_chernihiv.txt', '58 people received psychological help', '58', 'ukraine', 'State Emergency Service of Ukraine'),  # before+anaphor
    ('15_bbc_lysychansk.txt', 'Russia said at least 28 people', 'at least 28', 'russia', 'Russia (government)'),  # before+caption+role_only
    ('22_straitstimes_kharkiv.txt', 'Zelensky says over 200 may have been inside', 'over 200', 'ukraine', 'Volodymyr Zelensky'),  # before+headline
    ('37_anews_kabuldrone.txt', 'drone strike that killed 10 civilians', '10', 'us', 'Pentagon'),  # before+headline
    ('33_israeldefense_rafah.txt', 'dozens of Palestinians had been killed', 'dozens', 'gaza', 'Hamas sources'),  # before+headline+role_only
    ('36_ap_kabuldrone.txt', 'Kabul drone strike killed several children', 'several', 'afghan', "victims' family"),  # before+headline+role_only
    ('25_kyivpost_chernihiv.txt', 'eight deaths', 'eight', 'ukraine', 'Oleksandr Lomako'),  # before+pronoun
    ('10_pravda_uman.txt', 'In Uman we took two cruise missile strikes', 'two', 'ukraine', 'Ihor Taburets'),  # before+quote
    ('27_pravda_chernihiv.txt', '18 dead', '18', 'ukraine', 'State Emergency Service of Ukraine'),  # before+quote
    ('19_time_il76.txt', 'with 65 Ukrainian POWs aboard', '65', 'russia', 'Russian Defense Ministry'),  # before+relay
    ('35_stardem_kabuldrone.txt', 'several relatives had been killed', 'several', 'afghan', 'Dina Mohammadi'),  # before+relay
    ('35_stardem_kabuldrone.txt', 'three children had also been killed', 'three', 'afghan', 'Afghan official'),  # before+relay+role_only
    ('36_ap_kabuldrone.txt', '10 people were killed', '10', 'afghan', 'relative of the victims'),  # before+relay+role_only
    ('01_meduza_vinnytsia.txt', 'took hits from three Russian missiles', 'three', 'ukraine', 'Ukrainian authorities'),  # before+role_only
    ('03_reuters_vinnytsia.txt', 'said had killed at least 21 people', 'at least 21', 'ukraine', 'Ukrainian officials'),  # before+role_only
    ('35_stardem_kabuldrone.txt', 'several children may also have died', 'several', 'unknown', 'unnamed reports'),  # headline
    ('02_ap_vinnytsia.txt', 'three children younger than 10', 'three children', 'media', 'Associated Press'),  # own_voice
    ('04_guardian_serhiivka.txt', 'At least 21 people', 'At least 21', 'media', 'The Guardian'),  # own_voice
    ('01_meduza_vinnytsia.txt', 'Russian missile strike kills more than 20 in Vinnytsia', 'more than 20', 'media', 'Meduza'),  # own_voice+headline
    ('02_ap_vinnytsia.txt', 'Ukrainian town kills at least 23 people', 'at least 23', 'media', 'Associated Press'),  # own_voice+headline
]  # fmt: skip


@pytest.mark.parametrize("label", LABELLED, ids=lambda r: f"{r[0][:2]}:{r[2]}:{r[4][:20]}")
def test_a_labelled_figure_gets_its_side_and_claimant(results, label):
    file, claim, figure, side, claimant = label
    result = results[(file, claim, figure)]
    assert result.row is not None, "the figure is not extracted"
    assert result.label["side"] == side and result.label["claimant"] == claimant
    judged = reporting.judge(result)
    assert result.row["side"] == side
    assert judged["claimant"], (result.row["claimant_name"], claimant)
    assert result.row["attribution"] and 0 < float(result.row["confidence"]) <= 1


def test_the_corpus_meets_the_side_and_claimant_goals(results):
    found = [r for r in results.values() if r.row is not None]
    summary = reporting.summarise(found, len(found))
    assert summary["side"] >= reporting.GOALS["side"]
    assert summary["claimant"] >= reporting.GOALS["claimant"]


def test_every_row_carries_its_evidence(results):
    rows = [r.row for r in results.values() if r.row is not None]
    assert all(row["attribution"] for row in rows)
    assert all(0 < float(row["confidence"]) <= 1 for row in rows)
