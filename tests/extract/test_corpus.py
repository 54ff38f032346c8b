"""Every labelled figure of the real-reporting corpus: found, its bounds, metric and event.

The corpus (tests/fixtures/corpus/, a copy of the team's shared development corpus: 50
passages of real reporting about 16 contested tolls, 360 hand labels) is scored as the shared
``score.py`` scores it (:mod:`tests.extract.reporting`: one story per event through ``makiivka
new``, each passage through ``makiivka extract --story``). The expected values are the hand
labels in ``labels.csv``; PASSING names, by their line in that file, the figures the
extractor gets right today, and each is a test of its own: found (a row overlapping its
claim with its value), the same bounds, the event's scope exactly when the label is about
this event, and the labelled metric (a figure about another event keeps what it counts: its
scope keeps it out of the event's tolls; the corpus labels it ``other``). The figures not in
PASSING still fail (see the README's extraction section); the corpus as a whole must meet
the goals of issue 18 for value F1, metric and other-event scope.
"""

from __future__ import annotations

from functools import cache

import pytest

from tests.extract.reporting import GOALS, _number, load_labels, score, summarise

LABELS = {label["line"]: label for label in load_labels()}
#: labels.csv line numbers of the figures that pass, by passage.
PASSING = {
    "01_meduza_vinnytsia.txt": "2-11 13",
    "02_ap_vinnytsia.txt": "14-25",
    "03_reuters_vinnytsia.txt": "26-31 33",
    "04_guardian_serhiivka.txt": "34-35 37-38 40-42",
    "05_sabc_serhiivka.txt": "45-47 49",
    "06_rbc_serhiivka.txt": "50-53",
    "07_tass_zaporizhzhia.txt": "54-57",
    "08_militarnyi_zaporizhzhia.txt": "58-62",
    "09_wikipedia_zaporizhzhia.txt": "64-66 68-69",
    "10_pravda_uman.txt": "70-83",
    "11_kyivindependent_uman.txt": "84-95",
    "12_strana_uman.txt": "96-99",
    "13_rt_lysychansk.txt": "100-104",
    "14_bloomberg_lysychansk.txt": "105-108",
    "15_bbc_lysychansk.txt": "109-111",
    "16_kyivindependent_donetsk.txt": "112-117",
    "17_sputnik_donetsk.txt": "118-125",
    "18_posthuff_donetsk.txt": "126-132",
    "19_time_il76.txt": "133-136",
    "20_babel_il76.txt": "137-140",
    "21_rt_il76.txt": "141-144",
    "22_straitstimes_kharkiv.txt": "146-149 151 153",
    "23_rferl_kharkiv.txt": "155-162",
    "24_onlineua_kharkiv.txt": "164 166-168 170-171 173",
    "25_kyivpost_chernihiv.txt": "174-183",
    "26_euromaidanpress_chernihiv.txt": "184-190",
    "27_pravda_chernihiv.txt": "192-205",
    "28_politico_odesa.txt": "206-213",
    "29_kyivindependent_odesa.txt": "214-217 219",
    "30_dw_odesa.txt": "220-227",
    "31_bbc_rafah.txt": "228-234",
    "32_timesofisrael_rafah.txt": "235-236",
    "33_israeldefense_rafah.txt": "237-244",
    "34_observerpost_rafah.txt": "245-248",
    "35_stardem_kabuldrone.txt": "249 251-255",
    "36_ap_kabuldrone.txt": "256-263",
    "37_anews_kabuldrone.txt": "264-270",
    "38_highlandsun_kabulairport.txt": "271-276",
    "39_nyt_kabulairport.txt": "278-280 282-291",
    "40_efe_kabulairport.txt": "292-293 295-296 298 300",
    "41_national_togoga.txt": "301-304",
    "42_ap_togoga.txt": "305-310",
    "43_ap_togoga_admits.txt": "311 313-315",
    "44_irrawaddy_pazigyi.txt": "316-319 321-325",
    "45_eleven_pazigyi.txt": "326-327",
    "46_dmg_pazigyi.txt": "328-339",
    "47_msf_saada.txt": "340",
    "48_afp_saada.txt": "342-345",
    "49_atalayar_saada.txt": "346-353",
    "50_reuters_saada.txt": "354-361",
}  # fmt: skip


def _lines(spans: str) -> list[int]:
    out = []
    for part in spans.split():
        first, _, last = part.partition("-")
        out += range(int(first), int(last or first) + 1)
    return out


CASES = [line for spans in PASSING.values() for line in _lines(spans)]


@cache
def _scored():
    scores = score()
    return scores, {r.label["line"]: r for r in scores.results}


def test_the_passing_table_names_each_passage_s_own_labels():
    for name, spans in PASSING.items():
        assert {LABELS[line]["file"] for line in _lines(spans)} == {name}


#: The corpus README's metric vocabulary; a story metric outside it is labelled "other".
CORPUS_METRICS = {m: m for m in ("killed", "wounded", "killed_or_wounded", "missing",
                                 "rockets_fired", "rockets_intercepted", "other")}  # fmt: skip


@pytest.mark.parametrize(
    "line", CASES, ids=lambda n: f"{n}:{LABELS[n]['file'][:2]}:{LABELS[n]['figure_text'][:24]}"
)
def test_each_labelled_figure(line):
    result = _scored()[1][line]
    label, row = result.label, result.row
    assert row is not None, f"missed {label['claim_text']!r}"
    assert (_number(row["value_low"]), _number(row["value_high"])) == (
        _number(label["value_low"]), _number(label["value_high"]),
    )  # fmt: skip
    assert (row["scope"] == "event") == result.about_event, row["scope"]
    if result.about_event:  # the corpus's vocabulary has no displaced or detained: "other"
        assert CORPUS_METRICS.get(row["metric"], "other") == label["metric"]


def test_the_corpus_meets_the_goals_for_values_metrics_and_other_events():
    scores = _scored()[0]
    summary = summarise(scores.results, scores.rows)
    assert summary["f1"] >= GOALS["f1"]
    assert summary["metric"] >= GOALS["metric"]
    assert summary["scope"] >= GOALS["scope"]
