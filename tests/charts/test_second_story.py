"""A second story (the invented Tarsk depot explosion) gets its own parties, words and findings.

Every expected value below was worked out by hand from the fixture's two articles
(tests/fixtures/second-story/data/articles), not copied from the output.
"""

from __future__ import annotations

import colorsys
import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from makiivka import analysis, charts
from makiivka.charts import layout, measure, theme
from makiivka.charts.colour import contrast, rgb
from makiivka.publish.summary import summary_text
from makiivka.story import load

SECOND = Path(__file__).parents[1] / "fixtures" / "second-story" / "data"
#: The shipped story's words that must never reach another story's output.
FIRST_STORY_WORDS = re.compile(r"makiivka(?! claims ledger)|russia|ukrain|moscow|msk|strike", re.I)


@pytest.fixture(scope="module")
def tarsk() -> load.Dataset:
    return load.read_dataset(SECOND)


@pytest.fixture(scope="module")
def shipped() -> load.Dataset:
    return load.read_dataset()


def spec_of(dataset: load.Dataset, slug: str) -> dict:
    return charts.CHARTS[slug](dataset).to_dict()


def records(spec: dict) -> list[dict]:
    return [row for rows in spec.get("datasets", {}).values() for row in rows]


def test_gap_columns_are_named_by_the_story_s_party_ids(tarsk):
    table = analysis.gap_table(tarsk.claims)
    sides = [c for c in table.columns if f"{c}_value" in table.columns]
    assert sides == ["gov", "front", "allied_intel"]
    assert list(table.columns[:4]) == ["metric", "gov", "front", "allied_intel"]
    assert table.columns[-4:].tolist() == ["ratio", "ratio_low", "ratio_high", "ratio_text"]


def test_gap_ratio_of_a_range_is_the_range_of_ratios(tarsk):
    killed = analysis.gap_table(tarsk.claims).set_index("metric").loc["killed"]
    # compare is [front, gov]: the ratio is the Government's 212 over the Front's "dozens".
    # the Front's words stay with the range they are read as (round 22's new user)
    assert killed["gov"] == "212" and killed["front"] == "dozens (24–99)"
    assert pd.isna(killed["ratio"])
    assert killed["ratio_low"] == pytest.approx(212 / 99)
    assert killed["ratio_high"] == pytest.approx(212 / 24)
    # 2.14 to 8.83: the floor rounded down and the ceiling up (round 18's second new user)
    assert killed["ratio_text"] == "2.1× to 8.9×"
    assert killed["allied_intel"] == "100 to 300"
    assert killed["allied_intel_claimant_name"] == "Allied intelligence assessment"


def test_not_comparable_says_which_side_gave_no_figure(tarsk):
    wounded = analysis.gap_table(tarsk.claims).set_index("metric").loc["wounded"]
    assert wounded["gov"] == "more than 500"
    assert wounded["front"] == "not stated"
    assert wounded["ratio_text"] == "not stated by Northern Front"


def test_gap_chart_says_not_comparable_only_where_the_table_has_no_ratio(tarsk):
    rows = [r for r in records(spec_of(tarsk, "gap")) if "ratio_shown" in r]
    shown = {
        r["metric_text"]: r["ratio_shown"].replace("\n", " ") for r in rows if r["ratio_shown"]
    }
    assert shown == {
        "Killed": "2.1× to 8.9× (212 on 18 Mar 2026 ÷ dozens (24–99) no later than 18 Mar 2026)",
        "Wounded": "not stated by Northern Front",
    }


def test_revisions_are_per_claimant_with_restatements_and_undated_figures(tarsk):
    series = analysis.revisions(tarsk.claims)
    gov = series[series["claimant"] == "interior_ministry"]
    assert gov["value"].tolist() == [240, 212, 212]
    assert gov["step"].tolist() == [1, 2, 2]
    assert gov["restated"].tolist() == [False, False, True]
    assert gov["change"].tolist()[1] == -28
    front = series[series["claimant"] == "northern_front"]
    assert front["text"].tolist() == ["fewer than 40", "24 to 99"]
    assert front["no_later_than"].tolist() == [False, True]
    assert set(series["claimant"]) == {"interior_ministry", "northern_front"}  # not allied_intel


def test_a_figure_only_restated_is_no_revision(tarsk):
    claims = tarsk.claims[~tarsk.claims["claim_id"].isin(["t02", "t05", "t09"])]
    assert len(analysis.revisions(claims)) == 0


def test_chart_titles_and_subtitles_name_the_story_s_parties_and_event(tarsk):
    gap = spec_of(tarsk, "gap")
    assert gap["title"]["text"] == "The gap: Northern Front and Government on the same explosion"
    assert " ".join(gap["title"]["subtitle"]).startswith(
        "Each party's and third party's latest figure. Government ÷ Northern Front: killed, "
        "2.1× to 8.9×; wounded, not stated by Northern Front."
    )
    revision = spec_of(tarsk, "revision")
    assert revision["title"]["text"] == "The revisions"
    subtitle = " ".join(revision["title"]["subtitle"])
    assert subtitle == (
        "People killed, as 3 claimants stated them. Interior Ministry of the Republic of "
        "Varnakia and Northern Front revised their figures; the other one did not. Times in Tarsk time (EET, UTC+2); a "
        "date without a time spans its day, a hollow point restates a figure and an arrow "
        "marks a bound left open."
    )
    assert "Times in Tarsk time (EET, UTC+2)" in subtitle
    event = [r for r in records(revision) if str(r.get("label", "")).startswith("Explosion: ")]
    assert event == [{"start": "2026-03-14T23:10", "label": "Explosion: 14 Mar 2026, 23:10 EET"}]


def test_legends_take_the_descriptor_s_labels_and_colours(tarsk):
    styles = theme.side_styles(tarsk.package)
    # front's colour is given; gov takes the first palette colour nobody else uses; each
    # keeps its hue, darkened until text in it reads at 4.5:1 on white.
    given = {
        "gov": ("Government", "#D55E00"),
        "front": ("Northern Front", "#E69F00"),
        "third_party": ("Third party", "#009E73"),
        "media": ("Media", "#CC79A7"),
        "unknown": ("Unknown", "#8C8C8C"),
    }
    assert list(styles) == list(given)
    for side, (label, colour) in given.items():
        assert styles[side][0] == label
        shown = styles[side][1]
        assert contrast(shown, "#FFFFFF") >= 4.5 > contrast(colour, "#FFFFFF")
        hue = colorsys.rgb_to_hls(*rgb(shown))[0]
        assert abs(hue - colorsys.rgb_to_hls(*rgb(colour))[0]) < 0.01 or side == "unknown"
    text = json.dumps(spec_of(tarsk, "claims"), ensure_ascii=False)
    assert '"domain": ["Government", "Northern Front", "Third party", "Media"]' in text
    colours = [styles[s][1] for s in ("gov", "front", "third_party", "media")]
    assert f'"range": {json.dumps(colours)}' in text


@pytest.mark.parametrize("slug", list(charts.CHARTS))
def test_nothing_of_the_first_story_leaks(tarsk, slug):
    text = json.dumps(spec_of(tarsk, slug), ensure_ascii=False)
    assert not FIRST_STORY_WORDS.search(text), FIRST_STORY_WORDS.search(text)
    assert not FIRST_STORY_WORDS.search(charts.FINDINGS[slug](tarsk))


def test_summary_names_the_story_s_parties(tarsk):
    text = summary_text(tarsk.claims)
    assert not FIRST_STORY_WORDS.search(text)
    assert text.startswith("The gap: each side's latest figure for this explosion\n")
    assert "Government/Northern Front" in text
    assert "not stated by Northern Front" in text
    assert "2 (restated)" in text
    assert "no later than 18 Mar 2026" in text  # as the charts write a day


FINDINGS = {
    "claims": (
        # new user 26: which of the figures the charts count (7 rockets or another event's)
        "The 2 articles by BBC News and NBC News report 17 figures, from Russia, Ukraine and "
        "outlets in their own voice; 10 of them count people killed or wounded, the reports "
        "the charts count.",
        "The 2 articles by Meridian Wire and The Harbour Courier report 9 figures, from outlets "
        "in their own voice, Government, Northern Front and third parties; 8 of them count "
        "people killed or wounded, the reports the charts count.",
    ),
    "gap": (
        # new user 26: each compared figure dated, and days between them said
        "For people killed, Ukraine's figure (400, on 1 Jan 2023) is at most 4.5× Russia's "
        "(89 or more, on 4 Jan 2023, 01:00 MSK), figures dated 3 days apart; for people "
        "wounded, Russia gave no figure.",
        "For people killed, Government's figure (212, on 18 Mar 2026) is 2.1× to 8.9× Northern "
        "Front's (dozens (24–99), no later than 18 Mar 2026); for people wounded, Northern "
        "Front gave no figure.",
    ),
    "revision": (
        "Russian Ministry of Defence revised its figure for people killed from 63 on 2 Jan 2023 "
        "to 89 or more on 4 Jan 2023, 01:00 MSK.",
        "Interior Ministry of the Republic of Varnakia revised its figure for people killed from "
        "240 or more on 15 Mar 2026 to 212 on 16 Mar 2026 and restated it on 18 Mar 2026; "
        "Northern Front revised its figure for people killed from fewer than 40 on 15 Mar 2026 "
        "to dozens (24–99) no later than 18 Mar 2026.",
    ),
    "outlets": (
        "Of 10 reports of people killed or wounded in the strike, BBC News carries 5 and "
        "NBC News 5; in its own voice, NBC News says \u201cdozens\u201d.",
        "Of 8 reports of people killed or wounded in the explosion, Meridian Wire carries 5 and "
        "The Harbour Courier 3; in its own voice, Meridian Wire says \u201chundreds\u201d.",
    ),
}


@pytest.mark.parametrize("slug", list(FINDINGS))
def test_findings_state_what_each_chart_shows(shipped, tarsk, slug):
    assert list(charts.FINDINGS) == list(charts.CHARTS)
    first, second = FINDINGS[slug]
    assert charts.FINDINGS[slug](shipped) == first
    assert charts.FINDINGS[slug](tarsk) == second


def test_labels_sit_beside_or_above_their_marks_never_on_them(tarsk):
    for slug in ("gap", "outlets"):
        for r in records(spec_of(tarsk, slug)):
            if "label_x" in r and r.get("x_low") is not None:
                ends = [r[k] for k in ("x_value", "x_high", "arrow_end", "x_low") if r.get(k)]
                assert r["label_x"] >= max(ends), (slug, r["label"])
    rows = records(spec_of(tarsk, "revision"))
    steps = {r["claim_id"]: r for r in rows if "step" in r}
    labels = [r for r in rows if "label_x" in r and "step" not in r]
    assert labels and all(r["label"] for r in labels)
    for r in labels:  # placed above, below or beside its point, never on it
        point = steps[r["claim_id"]]
        assert (r["label_y"], r["label_x"]) != (point["y"], point["middle"])
    assert [s["claim_id"] for s in steps.values() if s["restated"]]
    assert not [r for r in labels if steps[r["claim_id"]]["restated"]]


def test_outlets_axis_labels_never_run_together_and_names_show_whole(tarsk):
    text = json.dumps(spec_of(tarsk, "outlets"))
    assert '"tickCount": 4' in text and '"format": ",d"' in text
    longest = "Interior Ministry of the Republic of Varnakia, attributed"
    widths = [
        c["width"]
        for panel in spec_of(tarsk, "outlets")["vconcat"][0]["vconcat"]  # a panel per metric
        for c in panel["hconcat"]
        if " ".join(c.get("title", {}).get("text", [])) == "Whose figure, in whose voice"
    ]
    assert widths and widths[0] >= measure.text_width(longest, 12)
    assert layout.MAX_TICKS == 4


def test_ledger_table_never_doubles_a_scope_word(tarsk, shipped):
    tarsk_metrics = set(charts.ledger_table(tarsk)["metric"])
    assert "other (not this explosion)" in tarsk_metrics
    shipped_metrics = set(charts.ledger_table(shipped)["metric"])
    assert {"mobilized (war-wide)", "compensation (war-wide)", "killed"} <= shipped_metrics
    assert not any(re.search(r"(\w+) \(\1-wide\)", m) for m in tarsk_metrics | shipped_metrics)


def test_an_undated_figure_reads_no_later_than_its_publication_everywhere(tarsk):
    table = charts.ledger_table(tarsk).set_index("claim")
    assert table.loc["t09", "stated"] == "no later than 18 Mar 2026"
    assert table.loc["t08", "stated"] == "17 Mar 2026"
    gap = [r for r in records(spec_of(tarsk, "gap")) if r.get("claim_id") == "t09"]
    assert {r["stated"] for r in gap} == {"no later than 18 Mar 2026"}
    rows = [r for r in records(spec_of(tarsk, "revision")) if r.get("claim_id") == "t09"]
    steps = [r for r in rows if "step" in r]
    assert steps[0]["stated"] == "no later than 18 Mar 2026"
    assert steps[0]["text"] == "dozens (24–99)"
    # Its label, where it has room, says where the point sits; else the tooltip does.
    labels = {r["label"] for r in rows if "step" not in r}
    assert labels <= {"dozens (24–99) (no later than 18 Mar)"}


def test_a_story_with_no_claims_yet_still_charts_and_says_so(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(SECOND, data)
    for name in ("claims.csv", "reviewed.csv"):
        path = data / name
        path.write_text(path.read_text(encoding="utf-8").split("\n")[0] + "\n", encoding="utf-8")
    empty = load.read_dataset(data)
    for slug in charts.CHARTS:
        assert charts.CHARTS[slug](empty).to_dict()["title"]["text"]
    assert [charts.FINDINGS[slug](empty) for slug in charts.FINDINGS] == [
        "The ledger holds no claims yet.",
        "Neither Northern Front nor Government has given a figure yet.",
        "No claimant revised a figure in the ledger.",
        "No outlet has reported people killed or wounded in the explosion yet.",
    ]
