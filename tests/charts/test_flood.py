"""A five-party flood: every sentence and label of its charts, checked word for word.

The fixture (tests/fixtures/flood/data, README beside it) is an invented flood with
three parties (the Eastern and Western Governments, Sarnet city hall), two third
parties (the UN humanitarian office, the Red Crescent), missing and displaced people,
revisions, restatements, a partial count under its own metric (bodies recovered), an
open "up to 20,000", "some 7,000" and three outlets. Every expected value was worked
out by hand from the three articles, not copied from the output.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from makiivka import analysis, charts
from makiivka.charts.series import revision_rows
from makiivka.story import load

FLOOD = Path(__file__).parents[1] / "fixtures" / "flood" / "data"


@pytest.fixture(scope="module")
def flood() -> load.Dataset:
    return load.read_dataset(FLOOD)


def records(spec: dict) -> list[dict]:
    return [row for rows in spec.get("datasets", {}).values() for row in rows]


FINDINGS = {
    "claims": "The 3 articles by Coastal Wire, Daily Meridian and The Harbour Post report 19 "
    "figures, from Eastern Government, third parties, the Sarnet city hall, Western Government "
    "and outlets in their own voice; 17 of them count people killed, missing or displaced, "
    "the reports the charts count.",  # f05 is another event, f09 counts bodies recovered
    # 4,000 / 3,166 = 1.26; 7,000 / 30,000 = 0.23. Missing: only two figures given.
    "gap": "For people killed, Western Government's figure (4,000, on 14 Sep 2026) is 1.3× "
    "Eastern Government's (3,166, on 15 Sep 2026), and the 4 latest figures run from 3,166 (Eastern Government) to "
    "up to 20,000 (Sarnet city hall); for people missing, Western Government gave no figure, "
    # new user 25: the others' figures are the whole dispute where a compared party is silent
    "and the 2 latest figures run from 5,000 (Eastern Government) to 9,000 or more (Red "
    "Crescent); "
    # new user 26: figures stated 11 and 14 Sep are said to be days apart
    "for people displaced, Western Government's figure (some 7,000, on 11 Sep 2026) is 0.2× "
    "Eastern Government's (30,000, on 14 Sep 2026), figures dated 3 days apart, and the 3 latest figures run from some 7,000 (Western "
    "Government) to about 40,000 (UN humanitarian office).",
    # The mayor's later "up to 20,000" is the same figure: restated, never "revised"; a
    # person is named, never "its". The bodies recovered are not a revision of the dead.
    "revision": "Eastern Health Ministry revised its figure for people killed from 2,300 on "
    "11 Sep 2026 to 3,166 on 12 Sep 2026 and restated it on 15 Sep 2026; Mayor Idris Kaleh "
    "restated up to 20,000 for people killed no later than 13 Sep 2026; UN humanitarian "
    "office revised its figure for people killed from 11,300 on 12 Sep 2026 to 3,958 on "
    "14 Sep 2026. Other figures were revised: people missing by Red Crescent (10,000 to 9,000 "
    "or more); every step is in revisions.csv.",
    # Coastal Wire f01-f04 (f05 is another event), Harbour Post f06-f08, f10-f12 (f09
    # counts bodies recovered), Daily Meridian f13-f19.
    "outlets": "Of 17 reports of people killed, missing or displaced in the flood, Coastal "
    "Wire carries 4, Daily Meridian 7 and The Harbour Post 6.",
}


@pytest.mark.parametrize("slug", list(FINDINGS))
def test_every_finding_is_true_word_for_word(flood, slug):
    assert charts.FINDINGS[slug](flood) == FINDINGS[slug]


def test_gap_title_subtitle_and_every_row(flood):
    spec = charts.gap_chart(flood).to_dict()
    title = spec["title"]
    assert title["text"] == "The gap: Eastern Government and Western Government on the same flood"
    assert " ".join(title["subtitle"]) == (
        "Each party's and third party's latest figure. Western Government ÷ Eastern "
        "Government: killed, 1.3×; missing, not stated by Western Government; "
        "displaced, 0.2× (dated 3 days apart). A side that gave no figure reads “not stated”, never zero. Each "
        "metric is drawn on its own scale, from zero to past its largest figure: compare the "
        "sides within a metric, not across metrics."
    )
    rows = {(r["metric"], r["side_text"]): r["text"] for r in records(spec) if "side_text" in r}
    assert rows == {
        ("killed", "Eastern Government"): "3,166",
        ("killed", "Western Government"): "4,000",
        ("killed", "Sarnet city hall"): "up to 20,000",
        ("killed", "UN humanitarian office"): "3,958",
        ("missing", "Eastern Government"): "5,000",
        ("missing", "Western Government"): "not stated",
        ("missing", "Sarnet city hall"): "not stated",
        ("missing", "Red Crescent"): "9,000 or more",
        ("displaced", "Eastern Government"): "30,000",
        ("displaced", "Western Government"): "some 7,000",
        ("displaced", "Sarnet city hall"): "not stated",
        ("displaced", "UN humanitarian office"): "about 40,000",
    }


def test_up_to_is_drawn_open_below_and_at_least_open_above(flood):
    rows = [r for r in records(charts.gap_chart(flood).to_dict()) if "arrow_start" in r]
    mayor = next(r for r in rows if r["text"] == "up to 20,000")
    assert mayor["arrow_start"] is not None and mayor["arrow_start"] < mayor["x_low"]
    assert mayor["arrow_end"] is None
    crescent = next(r for r in rows if r["text"] == "9,000 or more")
    assert crescent["arrow_end"] > crescent["x_low"] and crescent["arrow_start"] is None


def test_the_revision_draws_each_claimant_once_and_no_part_as_a_step(flood):
    steps = revision_rows(flood)["steps"]
    series = {
        name: [(t, r) for t, r in zip(g["text"], g["restated"], strict=True)]
        for name, g in steps.groupby("claimant_name", sort=False)
    }
    assert series == {
        "Eastern Health Ministry": [("2,300", False), ("3,166", False), ("3,166", True)],
        "Western Government": [("4,000", False)],
        "Mayor Idris Kaleh": [("up to 20,000", False), ("up to 20,000", True)],
        "UN humanitarian office": [("11,300", False), ("3,958", False)],
    }
    assert "f09" not in ";".join(steps["claim_id"])  # bodies recovered: a part, not the toll
    assert "f05" not in ";".join(steps["claim_id"])  # another event's dead
    assert len(set(steps["colour"])) == 4  # one colour per claimant


def only_killed_revised(flood: load.Dataset) -> load.Dataset:
    """The flood without the Red Crescent's later missing figure (f11): only the dead revised,
    so the revision chart draws one panel."""
    return dataclasses.replace(flood, claims=flood.claims[flood.claims["claim_id"] != "f11"])


def test_revision_title_and_subtitle_fit_in_two_sentences(flood):
    spec = charts.revision_chart(only_killed_revised(flood)).to_dict()
    assert spec["title"]["text"] == "The revisions"
    assert " ".join(spec["title"]["subtitle"]) == (
        "People killed, as 4 claimants stated them. Eastern Health Ministry and UN humanitarian "
        "office revised their figures; the other 2 did not. Times in Sarnet time (EET, UTC+2); a date without a time "
        "spans its day, a hollow point restates a figure and an arrow marks a bound left open."
    )


def test_the_claims_note_counts_what_it_leaves_out(flood):
    subtitle = " ".join(charts.claims_chart(flood).to_dict()["title"]["subtitle"])
    assert subtitle == (
        "Every report of people killed, missing or displaced in the flood, each metric on its "
        "own scale, in reading order: "
        "17 reports from Eastern Government, third parties, the Sarnet city hall and Western "
        "Government. The ledger's 2 other figures (1 counting bodies recovered; 1 not about "
        "this flood) are in its table."
    )


def test_restating_the_same_value_in_other_words_is_no_revision(flood):
    series = analysis.revisions(flood.claims, min_steps=1)
    mayor = series[series["claimant"] == "mayor_kaleh"]
    assert mayor["restated"].tolist() == [False, True]
    assert mayor["no_later_than"].tolist() == [False, True]


@pytest.mark.parametrize("width", [None, 320, 600])
def test_every_chart_spec_is_json_without_nan(flood, width):
    # A step without a label leaves a missing string; JSON.parse refuses a NaN in its place.
    from makiivka.publish.export import chart_specs

    specs = chart_specs(flood, width=width)
    assert sorted(specs) == ["claims", "gap", "outlets", "revision"]
    for spec in specs.values():
        json.dumps(spec, allow_nan=False)  # raises ValueError on NaN


@pytest.mark.parametrize("slug", ["claims", "outlets"])
def test_a_withdrawn_row_is_in_no_chart(flood, slug):
    # f02 ("10,000 people were missing") withdrawn by an editor: not a claim to draw.
    claims = flood.claims.copy()
    claims["status"] = claims["status"].astype(object)
    claims.loc[claims["claim_id"] == "f02", "status"] = "withdrawn"
    withdrawn = dataclasses.replace(flood, claims=claims)
    ids = {r.get("claim_id") for r in records(getattr(charts, f"{slug}_chart")(flood).to_dict())}
    assert "f02" in ids
    ids = {
        r.get("claim_id") for r in records(getattr(charts, f"{slug}_chart")(withdrawn).to_dict())
    }
    assert "f02" not in ids


@pytest.mark.parametrize("width", [320, 360, 600])
def test_the_revision_dates_never_run_together(flood, width):
    # Rendered as readers see it: of the day labels Vega draws (opacity 1), each stands
    # apart from the next by its own width (about 0.55 em a character at 12 px) and 4 px.
    import vl_convert as vlc

    from makiivka.publish.export import chart_specs

    one = only_killed_revised(flood)  # one panel: one row of day labels
    svg = vlc.vegalite_to_svg(chart_specs(one, ["revision"], width=width)["revision"])
    shown = [
        (float(x), text)
        for x, opacity, text in re.findall(
            r'translate\(([\d.]+),16\)"[^>]*opacity="([\d.]+)">(\d+ \w{3})</text>', svg
        )
        if opacity == "1"
    ]
    assert len(shown) >= 2
    for (x1, a), (x2, b) in itertools.pairwise(shown):
        assert x2 - x1 >= 0.55 * 12 * (len(a) + len(b)) / 2 + 4, (a, b, x2 - x1)


def _second_figure_that_day(flood: load.Dataset) -> load.Dataset:
    """The flood with another report of the ministry's dead on 11 Sep: 2,500 beside 2,300."""
    claims = flood.claims
    other = claims[claims["claim_id"] == "f01"].copy()
    other["claim_id"], other["figure"] = "f20", "2,500"
    other["quote"] = "said on Friday that 2,500 people had died"
    for column in ("value", "value_low", "value_high"):
        other[column] = pd.array([2500], dtype=claims[column].dtype)
    return dataclasses.replace(flood, claims=pd.concat([claims, other], ignore_index=True))


def test_two_figures_of_one_day_are_said_and_drawn_in_no_order(flood):
    # Round 18: two outlets' figures dated only by one day were told "went from 58 or more
    # to more than 55 to 58 or more", a fall no source reported, and drawn as a step down.
    both = _second_figure_that_day(only_killed_revised(flood))
    assert charts.FINDINGS["revision"](both).startswith(
        "Eastern Health Ministry revised its figure for people killed from 2,300 and 2,500 "
        "(both on 11 Sep 2026, in no known order) to 3,166 on 12 Sep 2026 and restated it on "
        "15 Sep 2026; "
    )
    spec = charts.revision_chart(both).to_dict()
    drawn = {(r["text"], r["segment"]) for r in records(spec) if r.get("claimant") == "east_health"}
    # The two of 11 Sep end their line: none of them held until the 3,166.
    assert drawn == {("2,300", "east_health 0"), ("2,500", "east_health 0"),
                     ("3,166", "east_health 1")}  # fmt: skip

    def marks(node, kind):
        if isinstance(node, dict):
            if isinstance(node.get("mark"), dict) and node["mark"].get("type") == kind:
                yield node
            for value in node.values():
                yield from marks(value, kind)
        elif isinstance(node, list):
            for value in node:
                yield from marks(value, kind)

    lines = [layer["encoding"] for layer in marks(spec, "line")]
    assert [e["detail"]["field"] for e in lines] == ["segment"]
    assert "figures of one moment are not joined to the next (their order is unknown)" in (
        " ".join(spec["title"]["subtitle"])
    )


@pytest.mark.parametrize(
    ("low", "high", "said"),
    [
        # New user 19: JNIM's "dozens (24–99)" held the government's 34 and the mayor's 41
        # and was named as both ends ("from dozens (24–99) (JNIM) to dozens (24–99) (JNIM)").
        # Here the mayor's "thousands" (1,000 to 9,999) holds 3,166, 3,958 and 4,000.
        (1000, 9999, "the 4 latest figures run from 3,166 (Eastern Government) to 4,000 "
         "(Western Government), within Sarnet city hall's thousands (1,000–9,999)"),
        # A range that holds only some of them is one end, as any figure is.
        (3500, 9999, "the 4 latest figures run from 3,166 (Eastern Government) to thousands "
         "(3,500–9,999) (Sarnet city hall)"),
    ],
)  # fmt: skip
def test_a_range_that_holds_every_other_figure_is_never_both_ends_of_the_spread(
    flood, low, high, said
):
    claims = flood.claims.copy()
    for claim in ("f03", "f12"):
        at = claims.index[claims["claim_id"] == claim][0]
        for column, value in {"figure": "thousands", "qualifier": "vague", "value": pd.NA,
                              "value_low": low, "value_high": high}.items():  # fmt: skip
            claims.at[at, column] = value
    found = charts.FINDINGS["gap"](dataclasses.replace(flood, claims=claims))
    assert said in found, found


def test_the_outlets_totals_say_all_when_every_outlet_is_drawn(flood, monkeypatch):
    # New user 19: "the 6 outlets that carried most, of 6" when every outlet is drawn.
    from makiivka.charts import outlets

    monkeypatch.setattr(outlets, "OUTLET_ROWS", 3)  # totals past 3 reports: all 3 outlets fit
    subtitle = " ".join(charts.outlets_chart(flood).to_dict()["title"]["subtitle"])
    assert "counted by outlet and voice: all 3 outlets." in subtitle, subtitle
