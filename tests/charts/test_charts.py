"""Chart builders are pure and deterministic, and every number they draw is the ledger's."""

from __future__ import annotations

import builtins
import colorsys
import dataclasses
import json
import re

import pandas as pd
import pytest

from makiivka import analysis, charts
from makiivka.charts import theme
from makiivka.charts.colour import contrast, rgb
from makiivka.publish.fonts import bundled_vl_convert
from makiivka.story import load


@pytest.fixture(scope="module")
def dataset() -> load.Dataset:
    return load.read_dataset()


def spec_of(dataset: load.Dataset, slug: str) -> dict:
    return charts.CHARTS[slug](dataset).to_dict()


def records(spec: dict) -> list[dict]:
    """Return every data row a spec carries, whichever dataset it sits in."""
    return [row for rows in spec.get("datasets", {}).values() for row in rows]


def with_proposed(dataset: load.Dataset) -> load.Dataset:
    """Return the dataset with one extra row proposed by ingest: Ukraine says 500 killed."""
    claims = dataset.claims
    extra = claims[claims["claim_id"] == "c002"].copy()
    extra["claim_id"] = "p001"
    extra["status"] = pd.Categorical(["proposed"], dtype=claims["status"].dtype)
    for column in ("value", "value_low", "value_high"):
        extra[column] = pd.array([500], dtype="Int64")
    extra["stated_at"] = pd.Timestamp("2023-01-05", tz="UTC")
    return dataclasses.replace(dataset, claims=pd.concat([claims, extra], ignore_index=True))


def test_registry_has_stable_slugs_in_reading_order():
    assert list(charts.CHARTS) == ["claims", "gap", "revision", "outlets"]


@pytest.mark.parametrize("slug", list(charts.CHARTS))
def test_builders_give_identical_specs_twice(dataset, slug):
    first = json.dumps(spec_of(dataset, slug), sort_keys=True)
    second = json.dumps(spec_of(dataset, slug), sort_keys=True)
    assert first == second
    assert not re.search(r'"(param|view|selector)_?\d+"', first), "counter-based names"


@pytest.mark.parametrize("slug", list(charts.CHARTS))
def test_builders_touch_no_files(dataset, slug, monkeypatch):
    spec_of(dataset, slug)  # warm Altair's schema caches first

    def refuse(*args, **kwargs):
        raise AssertionError(f"chart builder opened a file: {args[:1]}")

    monkeypatch.setattr(builtins, "open", refuse)
    chart = charts.CHARTS[slug](dataset)
    monkeypatch.undo()
    assert chart.to_dict()


@pytest.mark.parametrize("slug", list(charts.CHARTS))
def test_every_chart_has_title_subtitle_description_and_source(dataset, slug):
    spec = spec_of(dataset, slug)
    assert spec["title"]["text"]
    assert spec["title"]["subtitle"]
    assert len(spec["description"]) > 40
    lines = [r["line"] for r in records(spec) if "line" in r]
    source = " ".join(lines)
    assert source.startswith("Source: claims ledger, ")
    shown = {r["claimant_name"] for r in records(spec) if r.get("claimant_name")}
    for name in shown:
        assert name.split(";")[0] in source.replace("\n", " ")
    outlets = {n for n in dataset.claims["outlet_name"].dropna()}
    assert any(outlet in source for outlet in outlets)
    assert spec["config"]["font"] == theme.FONT


def test_gap_numbers_are_the_ledgers(dataset):
    table = analysis.gap_table(dataset.claims).set_index("metric")
    rows = {
        (r["metric_text"], r["side"]): r for r in records(spec_of(dataset, "gap")) if "side" in r
    }
    assert charts.gap_metrics(dataset, table.reset_index()) == ["killed", "wounded"]
    for metric in ("killed", "wounded"):
        for side in dataset.claims.attrs["compare"]:
            row = rows[(metric.capitalize(), side)]
            for column in ("value", "value_low", "value_high"):
                expected = table.loc[metric, f"{side}_{column}"]
                assert row[column] == (None if pd.isna(expected) else int(expected))
            assert row["text"] == table.loc[metric, side]
    # the ratio, then each compared figure's date and the days between (new user 26)
    assert rows[("Killed", "russia")]["ratio_shown"].replace("\n", " ") == (
        f"{table.loc['killed', 'ratio_text']} (400 on 1 Jan 2023 ÷ 89 or more on 4 Jan 2023, "
        "01:00 MSK, dated 3 days apart)"
    )


def test_gap_keeps_89_open_and_says_not_stated_never_zero(dataset):
    rows = {
        (r["metric_text"], r["side"]): r for r in records(spec_of(dataset, "gap")) if "side" in r
    }
    russia_killed = rows[("Killed", "russia")]
    assert russia_killed["label"] == "89 or more (4\u00a0Jan)"  # dated (new user 27)
    assert russia_killed["x_high"] is None and russia_killed["arrow_end"] > 89
    missing = rows[("Wounded", "russia")]
    assert missing["label"] == "not stated"
    assert missing["value"] is None and missing["value_low"] is None
    assert missing["value_high"] is None and missing["x_value"] is None
    assert "at most 4.5×" in json.dumps(spec_of(dataset, "gap"), ensure_ascii=False)


def test_revision_is_in_moscow_wall_clock_on_a_utc_scale(dataset):
    spec = spec_of(dataset, "revision")
    text = json.dumps(spec, ensure_ascii=False)
    steps = [r for r in records(spec) if "step" in r and r["claimant"] == "russia_mod"]
    assert [r["value"] for r in steps] == [63, 89]
    assert steps[1]["middle"] == "2023-01-04T01:00"  # 3 Jan 22:00 UTC = 01:00 MSK
    assert steps[0]["start"] == "2023-01-02T00:00" and steps[0]["end"] == "2023-01-03T00:00"
    assert [r["text"] for r in steps] == ["63", "89 or more"]
    strike = [r for r in records(spec) if str(r.get("label", "")).startswith("Strike: ")]
    assert strike[0]["start"] == "2023-01-01T00:01"
    assert '"type": "utc"' in text and "utcParse" in text
    assert dataset.package.event["timezone_label"] in text
    others = [r for r in records(spec) if "step" in r and r["claimant"] != "russia_mod"]
    assert [(r["claimant"], r["value"], r["revised"]) for r in others] == [
        ("ukraine_military", 400, False)
    ]


def test_outlets_show_each_voice(dataset):
    rows = [r for r in records(spec_of(dataset, "outlets")) if "voice" in r]
    voices = {(r["outlet_name"], r["figure"], r["voice"]) for r in rows}
    assert ("NBC News", "dozens", "NBC News, in its own voice") in voices
    assert (
        "NBC News",
        "more than 60",
        "Russian Ministry of Defence, in NBC News' words",  # a name ending in s: no 's
    ) in voices
    assert ("NBC News", "89", "Russian Ministry of Defence, attributed") in voices


@pytest.mark.parametrize("slug", list(charts.CHARTS))
def test_proposed_rows_are_left_out_of_every_chart_and_counted(dataset, slug):
    mixed = with_proposed(dataset)
    spec = json.dumps(spec_of(mixed, slug))
    assert '"p001"' not in spec and "(proposed)" not in spec and '"Status"' not in spec
    assert "1 proposed row not yet reviewed is not shown." in spec
    before = [r for r in records(spec_of(dataset, slug)) if "claim_id" in r]
    after = [r for r in records(spec_of(mixed, slug)) if "claim_id" in r]
    assert [r["claim_id"] for r in after] == [r["claim_id"] for r in before]


def test_proposed_rows_are_left_out_of_the_ledger_table_and_counted_in_its_finding(dataset):
    mixed = with_proposed(dataset)
    assert "p001" not in set(charts.ledger_table(mixed)["claim"])
    assert len(charts.ledger_table(mixed)) == 17
    assert charts.FINDINGS["claims"](mixed).endswith(
        "report 17 figures, from Russia, Ukraine and outlets in their own voice; 10 of them "
        "count people killed or wounded, the reports the charts count. "
        "1 proposed row not yet reviewed is not shown."
    )


def only_proposed(dataset: load.Dataset) -> load.Dataset:
    """Return the dataset as a new story has it before review: every row proposed."""
    claims = dataset.claims.assign(
        status=pd.Categorical(
            ["proposed"] * len(dataset.claims), dtype=dataset.claims["status"].dtype
        )
    )
    return dataclasses.replace(dataset, claims=claims)


@pytest.mark.parametrize("slug", list(charts.CHARTS))
@pytest.mark.parametrize("width", [None, 320])
def test_a_story_with_only_proposed_rows_says_so_in_each_chart_s_place(dataset, slug, width):
    waiting = only_proposed(dataset)
    spec = charts.CHARTS[slug](waiting, width=width).to_dict()
    said = "No figure has been reviewed yet: 17 proposed rows not yet reviewed are not shown."
    assert said.split(":")[0] in json.dumps(spec)
    assert spec["description"].endswith(said)
    assert not [r for r in records(spec) if "claim_id" in r]
    assert charts.FINDINGS[slug](waiting) == said
    # said once, in the chart's place: the source line under it does not repeat it
    source = " ".join(r["line"] for r in records(spec) if "n" in r)
    assert source.startswith("Source: claims ledger") and "proposed" not in source


def test_sides_keep_the_colours_the_descriptor_gives(dataset):
    spec = json.dumps(spec_of(dataset, "gap"))
    # Russia's #D55E00 is 3.9:1 on white: its hue, darkened to 4.5:1 for text.
    assert "#D55E00" not in spec and "#0072B2" in spec
    russia = theme.side_styles(dataset.package)["russia"][1]
    assert contrast(russia, "#FFFFFF") >= 4.5 and russia in spec
    assert (
        abs(colorsys.rgb_to_hls(*rgb(russia))[0] - colorsys.rgb_to_hls(*rgb("#D55E00"))[0]) < 0.01
    )
    styles = theme.side_styles(dataset.package)
    scale = theme.side_scale(styles, ["ukraine", "russia"]).to_dict()
    assert scale["domain"] == ["Russia", "Ukraine"]
    assert scale["range"] == [russia, "#0072B2"]
    assert styles["unknown"][1] != "#8C8C8C" and contrast(styles["unknown"][1], "#FFFFFF") >= 4.5


def test_ledger_table_lists_every_claim_in_reading_order(dataset):
    table = charts.ledger_table(dataset)
    assert len(table) == len(dataset.claims)
    assert set(table["claim"]) == set(dataset.claims["claim_id"])
    assert table["quote"].iloc[0] in dataset.texts[dataset.claims["article_id"].iloc[0]]


def test_claims_dot_plot_draws_the_event_s_people_and_points_to_the_table(dataset):
    spec = spec_of(dataset, "claims")
    drawn = {r["claim_id"] for r in records(spec) if "heading" in r}
    assert drawn == {"c001", "c002", "c003", "c006", "c007", "c012", "c013", "c014", "c015", "c016"}
    subtitle = " ".join(spec["title"]["subtitle"])
    assert (
        "The ledger's 1 figure for rockets fired, 1 figure for rockets intercepted and 5 other "
        "figures (5 not about this strike) are in its table." in subtitle
    )
    assert "Russia, Ukraine and outlets in their own voice" in subtitle
    heads = {r["claim_id"]: r["heading"] for r in records(spec) if "heading" in r}
    assert heads["c012"] == "NBC News, in its own voice"
    assert heads["c001"] == "Russian Ministry of Defence \u00b7 BBC News"


@pytest.mark.parametrize("slug", list(charts.CHARTS))
@pytest.mark.parametrize("width", [340, 375, 900])
def test_every_chart_lays_itself_out_to_the_width_it_is_given(dataset, slug, width):
    # vl-convert with its bundled fonts only, as the build draws (a first call with the
    # machine's fonts would change every later PDF in this process).
    vlc = bundled_vl_convert()
    svg = vlc.vegalite_to_svg(charts.CHARTS[slug](dataset, width=width).to_dict())
    drawn = float(re.search(r'<svg[^>]*?\swidth="([\d.]+)"', svg).group(1))
    assert width - 40 <= drawn <= width, (slug, width, drawn)
    sizes = [float(s) for s in re.findall(r'font-size="([\d.]+)px"', svg)]
    assert sizes and min(sizes) >= 11


def test_gap_subtitle_says_which_way_an_open_bound_moves_the_ratio(dataset):
    subtitle = " ".join(spec_of(dataset, "gap")["title"]["subtitle"])
    assert "killed, at most 4.5×" in subtitle
    assert "wounded, not stated by Russia" in subtitle
    assert "Russia's count of 89 or more killed is a floor," in subtitle
    assert "the ratio can only be lower" in subtitle


def test_the_outlets_chart_labels_missing_people_as_missing_never_as_killed(dataset):
    from makiivka.charts.outlets import outlet_rows

    claims = dataset.claims.copy()
    wounded = claims.index[claims["claim_id"] == "c003"]
    claims.loc[wounded, "metric"] = "missing"
    missing = dataclasses.replace(dataset, claims=claims)
    labels = dict(zip(*[outlet_rows(missing)[c] for c in ("claim_id", "label")], strict=True))
    assert labels["c003"] == "300 missing"
    before = outlet_rows(dataset).set_index("claim_id")["label"]
    assert before["c003"] == "300 wounded"
    assert charts.FINDINGS["outlets"](missing).startswith(
        "Of 10 reports of people killed or missing in the strike,"  # no wounded left
    )


def test_opacity_never_encodes_a_discrete_field(dataset):
    for slug in charts.CHARTS:
        text = json.dumps(spec_of(with_proposed(dataset), slug))
        fields = set(re.findall(r'"opacity": \{[^{}]*"field": "(\w+)"', text))
        assert fields <= {"opacity"}, (slug, fields)


#: The shipped story's titles and subtitles, word for word (worked out from the ledger).
SHIPPED_WORDS = {
    "claims": (
        "What each side claims",
        "Every report of people killed or wounded in the strike, each metric on its own scale, "
        "in reading order: 10 reports "
        "from Russia, Ukraine and outlets in their own voice. The ledger's 1 figure for rockets "
        "fired, 1 figure for rockets intercepted and 5 other figures (5 not about this strike) "
        "are in its table.",
    ),
    "gap": (
        "The gap: Russia and Ukraine on the same strike",
        "Each side's latest figure. Ukraine ÷ Russia: killed, at most 4.5× (dated 3 days "
        "apart); wounded, not stated by Russia. Russia's count of 89 or more killed is a floor, "
        "so the ratio can only be lower. A side that gave no figure reads “not "
        "stated”, never zero.",
    ),
    "revision": (
        "The revision: Russian Ministry of Defence's figure over time",
        "People killed, as stated: Russian Ministry of Defence: 63 on 2 Jan 2023 → 89 or more "
        "on 4 Jan 2023, 01:00 MSK; Ukrainian armed forces: 400 on 1 Jan 2023. Times in Moscow "
        "time (MSK, UTC+3); a date without a time spans its day and an arrow marks a bound "
        "left open.",
    ),
    "outlets": (
        "How the outlets reported it",
        "Every report of people killed or wounded in the strike by BBC News and NBC News: "
        "attributed to a claimant, relayed in the outlet's own words, or in the outlet's own "
        "voice. In its own voice, NBC News says “dozens”. A bar spans the range read into a "
        "vague word and an arrow marks a bound left open.",
    ),
}


@pytest.mark.parametrize("slug", list(SHIPPED_WORDS))
def test_the_shipped_titles_and_subtitles_word_for_word(dataset, slug):
    title = spec_of(dataset, slug)["title"]
    text = " ".join(title["text"]) if isinstance(title["text"], list) else title["text"]
    assert (text, " ".join(title["subtitle"])) == SHIPPED_WORDS[slug]
