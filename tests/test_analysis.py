"""Assertions, the gap between the sides, and revisions."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from makiivka import assertions, gap_table, load_claims, revisions
from makiivka.analysis import describe, describe_ratio
from tests.conftest import reseal

CLAIMS = load_claims()


def test_one_assertion_with_its_reports():
    found = assertions(CLAIMS)
    mod_89 = found[(found["claimant"] == "russia_mod") & (found["value"] == 89)]
    assert len(mod_89) == 1
    row = mod_89.iloc[0]
    # BBC reports it twice ("at least 89", "63 to 89"), NBC twice (subhead, body).
    assert row["reports"] == 4
    assert row["claim_ids"] == "c001;c007;c013;c015"
    assert row["outlets"] == "BBC News; NBC News"
    # One report says "at least 89": the assertion's upper bound stays open.
    assert row["value_low"] == 89 and pd.isna(row["value_high"])


def test_gap_killed_400_against_89():
    gap = gap_table(CLAIMS).set_index("metric")
    killed = gap.loc["killed"]
    assert killed["ukraine_value"] == 400
    assert killed["russia_value"] == 89
    assert killed["ratio"] == pytest.approx(400 / 89)
    assert killed["ratio_high"] == pytest.approx(400 / 89)
    assert pd.isna(killed["ratio_low"])  # "at least 89" leaves no floor
    assert killed["ratio_text"] == "at most 4.5×"


def test_gap_wounded_is_not_stated_never_zero():
    wounded = gap_table(CLAIMS).set_index("metric").loc["wounded"]
    assert wounded["ukraine"] == "300"
    assert wounded["russia"] == "not stated"
    assert pd.isna(wounded["russia_value"])
    assert pd.isna(wounded["ratio"])
    assert wounded["ratio_text"] == "not stated by Russia"


def test_gap_ignores_war_scope_and_media():
    gap = gap_table(CLAIMS)
    assert "mobilized" not in set(gap["metric"])
    assert "compensation" not in set(gap["metric"])


def drop_rows(data, *claim_ids: str) -> None:
    path = data / "claims.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    kept = [line for line in lines if not line.startswith(tuple(f"{c}," for c in claim_ids))]
    path.write_text("\n".join(kept), encoding="utf-8")
    reseal(data)


def test_gap_uses_latest_assertion(data_copy):
    # Drop the 89 rows: Russia's latest killed figure becomes the 2 Jan one.
    drop_rows(data_copy, "c001", "c007", "c013", "c015")
    killed = gap_table(load_claims(data_copy)).set_index("metric").loc["killed"]
    assert killed["russia_value"] == 63
    # The caption's "more than 60" is NBC's rewording: the direct report's 63 sets the bounds.
    assert killed["russia_value_low"] == 63 and killed["russia_value_high"] == 63
    assert killed["ratio_low"] == pytest.approx(400 / 63)
    assert killed["ratio_high"] == pytest.approx(400 / 63)


def test_a_rewording_alone_sets_the_bounds(data_copy):
    # With only the caption left, its "more than 60" is all there is: 61 or more, open.
    drop_rows(data_copy, "c001", "c007", "c013", "c015", "c006")
    killed = gap_table(load_claims(data_copy)).set_index("metric").loc["killed"]
    assert killed["russia"] == "more than 60"
    assert killed["russia_value_low"] == 61 and pd.isna(killed["russia_value_high"])
    assert pd.isna(killed["ratio_low"])
    assert killed["ratio_high"] == pytest.approx(400 / 61)
    # 60 itself is not a count "more than 60" allows: no point ratio outside its own bounds.
    assert pd.isna(killed["ratio"])
    assert killed["ratio_text"] == "at most 6.6×"


def test_revision_63_to_89():
    series = revisions(CLAIMS)
    mod = series[(series["claimant"] == "russia_mod") & (series["metric"] == "killed")]
    assert mod["value"].tolist() == [63, 89]
    assert mod["step"].tolist() == [1, 2]
    assert [str(t) for t in mod["stated_at"]] == [
        "2023-01-02 00:00:00+00:00",
        "2023-01-03 22:00:00+00:00",  # 4 Jan 01:00 Moscow time
    ]
    assert mod["stated_at_precision"].tolist() == ["day", "minute"]
    assert mod["change"].tolist()[1] == 26


def test_revisions_skip_single_figures():
    series = revisions(CLAIMS)
    assert set(series["claimant"]) == {"russia_mod"}


def test_proposed_rows_are_left_out_by_default(data_copy):
    path = data_copy / "claims.csv"
    text = path.read_text(encoding="utf-8").replace(",c006,reviewed,", ",c006,proposed,")
    path.write_text(text, encoding="utf-8")
    reseal(data_copy)
    claims = load_claims(data_copy)
    assert assertions(claims, status=None).query("value == 89")["reports"].iloc[0] == 4
    assert assertions(claims).query("value == 89")["reports"].iloc[0] == 3


def test_empty_ledger_gives_empty_tables(data_copy):
    path = data_copy / "claims.csv"
    path.write_text(path.read_text(encoding="utf-8").split("\n")[0] + "\n", encoding="utf-8")
    reseal(data_copy)
    claims = load_claims(data_copy)
    assert len(assertions(claims)) == 0
    assert len(gap_table(claims)) == 0
    assert len(revisions(claims)) == 0


@pytest.mark.parametrize(
    ("value", "low", "high", "text"),
    [
        (89, 89, None, "89 or more"),
        (60, 61, None, "more than 60"),  # once: not "60 (61 or more)"
        (400, None, 399, "fewer than 400"),
        (63, 61, None, "63 (61 or more)"),
        (400, 400, 400, "400"),
        (None, 24, 99, "24 to 99"),
        (5000000, 5000000, 5000000, "5,000,000"),
        (400, None, 400, "up to 400"),
        (None, None, None, "unknown"),
    ],
)
def test_describe(value, low, high, text):
    assert describe(value, low, high) == text


@pytest.mark.parametrize(
    ("ratio", "low", "high", "text"),
    [
        (4.494, None, 4.494, "at most 4.5×"),
        (4.494, None, 5.0, "4.5× (at most 5.0×)"),
        (4.5, 4.0, 5.0, "4.5× (4.0× to 5.0×)"),
        (2.0, 2.0, 2.0, "2.0×"),
        (3.0, 3.0, None, "at least 3.0×"),
        (3.5, 3.0, None, "3.5× (at least 3.0×)"),
        # a floor rounded down, a ceiling up: 4.76 to 19.63 is never "4.8× to 19.6×"
        (None, 471 / 99, 471 / 24, "4.7× to 19.7×"),
        (42 / 31, 42 / 31, None, "at least 1.3×"),
        (1.5, 42 / 31, None, "1.5× (at least 1.3×)"),
        (None, 4.0, None, "at least 4.0×"),
        (None, None, 2.5, "at most 2.5×"),
        (None, None, None, "not comparable"),
    ],
)
def test_describe_ratio(ratio, low, high, text):
    assert describe_ratio(ratio, low, high) == text


def test_gap_learns_the_pair_from_the_loaded_story():
    assert CLAIMS.attrs["compare"] == ("russia", "ukraine")
    assert CLAIMS.attrs["scope"] == "strike"
    bare = CLAIMS.copy()
    bare.attrs = {}
    with pytest.raises(ValueError, match="pass sides="):
        gap_table(bare)
    swapped = gap_table(bare, sides=("ukraine", "russia")).set_index("metric")
    assert swapped.loc["killed", "ratio_low"] == pytest.approx(89 / 400)
    assert pd.isna(swapped.loc["killed", "ratio_high"])
    assert swapped.loc["wounded", "ratio_text"] == "not stated by russia"


def test_two_figures_of_one_day_are_two_assertions():
    # Another direct report the same day as the 63 (c006) gives 70: not one assertion whose
    # value hides the 63. The caption's "more than 60" (c016) holds 63, and joins it.
    other = CLAIMS[CLAIMS["claim_id"] == "c006"].copy()
    other["claim_id"] = "x001"
    for column in ("value", "value_low", "value_high"):
        other[column] = pd.array([70], dtype=CLAIMS[column].dtype)
    claims = pd.concat([CLAIMS, other], ignore_index=True)
    found = assertions(claims)
    day = found[(found["claimant"] == "russia_mod") & (found["metric"] == "killed")]
    assert day[["value", "claim_ids"]].values.tolist() == [
        [63, "c006;c016"], [70, "x001"], [89, "c001;c007;c013;c015"],
    ]  # fmt: skip
    series = revisions(claims)
    mod = series[(series["claimant"] == "russia_mod") & (series["metric"] == "killed")]
    assert mod["value"].tolist() == [63, 70, 89]


def test_a_tie_of_one_day_is_no_revision_and_the_gap_takes_the_later_claim():
    # A second figure the same day (400, then 500 later in the ledger; one report each): the
    # ledger holds no order between them, so they are no revision (one step, unordered); the
    # gap still needs one latest figure, and takes the later claim's (the README's tie-break).
    other = CLAIMS[CLAIMS["claim_id"] == "c002"].copy()
    other["claim_id"] = "x001"
    for column in ("value", "value_low", "value_high"):
        other[column] = pd.array([500], dtype=CLAIMS[column].dtype)
    claims = pd.concat([CLAIMS, other], ignore_index=True)
    series = revisions(claims, min_steps=1)
    ukraine = series[(series["claimant"] == "ukraine_military") & (series["metric"] == "killed")]
    assert ukraine[["value", "step", "unordered"]].values.tolist() == [
        [400, 1, True],
        [500, 1, True],
    ]
    assert "ukraine_military" not in set(revisions(claims)["claimant"])
    assert gap_table(claims).set_index("metric").loc["killed", "ukraine_value"] == 500


def test_a_denial_is_no_step_of_the_denier_s_series():
    # A new user's governor: 24, then "denied reports of 90 dead" (coded "up to 90"), then
    # 31. The denial bounds the toll; the governor's own series goes 24 → 31, not via 90.
    rows = []
    for n, (value, quote, figure, qualifier, day) in enumerate([
        (24, "The ministry said 24 people died.", "24", "exact", "2023-01-05"),
        (90, "The ministry denied reports of 90 dead.", "90", "up_to", "2023-01-06"),
        (31, "The ministry said 31 people died.", "31", "exact", "2023-01-07"),
    ]):  # fmt: skip
        row = CLAIMS[CLAIMS["claim_id"] == "c006"].copy()
        row["claim_id"], row["quote"], row["figure"] = f"x00{n}", quote, figure
        row["qualifier"], row["stated_at"] = qualifier, pd.Timestamp(day, tz="UTC")
        low = None if qualifier == "up_to" else value
        for column, number in (("value", value), ("value_low", low), ("value_high", value)):
            row[column] = pd.array([number], dtype=CLAIMS[column].dtype)
        rows.append(row)
    series = revisions(pd.concat(rows, ignore_index=True))
    assert series["value"].tolist() == [24, 31]


def figures(*specs) -> pd.DataFrame:
    """Build reviewed ledger rows from the shipped c006 row: (claim_id, claimant, side, metric,
    value, quote, figure, qualifier, stated_at, precision, scope) each."""
    rows = []
    for (
        claim_id,
        claimant,
        side,
        metric,
        value,
        quote,
        figure,
        qualifier,
        when,
        precision,
        scope,
    ) in specs:
        row = CLAIMS[CLAIMS["claim_id"] == "c006"].copy()
        row["claim_id"], row["quote"], row["figure"], row["qualifier"] = (
            claim_id, quote, figure, qualifier
        )  # fmt: skip
        row["claimant"], row["claimant_name"], row["side"] = claimant, claimant, side
        row["metric"], row["scope"] = metric, scope
        stamp = pd.Timestamp(when)
        row["stated_at"] = stamp.tz_localize("UTC") if stamp.tz is None else stamp.tz_convert("UTC")
        row["stated_at_precision"] = precision
        low = None if qualifier == "up_to" else value
        for column, number in (("value", value), ("value_low", low), ("value_high", value)):
            row[column] = pd.array([number], dtype=CLAIMS[column].dtype)
        rows.append(row)
    out = pd.concat(rows, ignore_index=True)
    for column in ("claimant", "side", "metric", "scope", "stated_at_precision"):
        out[column] = out[column].astype(CLAIMS[column].dtype)
    out.attrs = dict(CLAIMS.attrs)
    return out


DENIED = "The ministry denied reports of 400 dead."
SAID = "The ministry said {} people died."


@pytest.mark.parametrize(
    ("rows", "russia"),
    [
        # Its own 89, then a later denial of Ukraine's 400: the gap keeps the 89.
        ([("c1", "mod", "russia", "killed", 89, SAID.format(89), "89", "exact", "2023-01-04", "day", "strike"),
          ("c2", "mod", "russia", "killed", 400, DENIED, "400", "up_to", "2023-01-05", "day", "strike")],
         "89"),
        # A party whose only figure is a denial has stated none of its own.
        ([("c2", "mod", "russia", "killed", 400, DENIED, "400", "up_to", "2023-01-05", "day", "strike")],
         "not stated"),
    ],
)  # fmt: skip
def test_a_denial_is_never_a_party_s_figure_in_the_gap(rows, russia):
    ukraine = ("c3", "ua", "ukraine", "killed", 400, SAID.format(400), "400", "exact",
               "2023-01-03", "day", "strike")  # fmt: skip
    gap = gap_table(figures(*rows, ukraine)).set_index("metric")
    assert gap.loc["killed", "russia"] == russia
    assert gap.loc["killed", "ukraine"] == "400"


#: New user 20's ministry: "denied that more than 50 people had died", which ingest read as
#: its own "more than 50"; an editor codes it as a denial, and its notes say so.
DENIED_THAT = "The ministry said the figure of more than 50 dead was exaggerated."
NOTED = "proposed by makiivka extract; denial: the speaker rejects 'more than 50'; coded as its upper bound"


@pytest.mark.parametrize(
    ("notes", "russia", "steps"),
    [
        (NOTED, "34", [30, 34]),  # coded as a denial: never the ministry's own figure
        ("proposed by makiivka extract; qualifier coded by an editor: up_to", "up to 50",
         [30, 34, 50]),  # coded as a ceiling only: the ministry's own "up to 50"
    ],
)  # fmt: skip
def test_a_row_an_editor_coded_as_a_denial_is_never_the_party_s_figure(notes, russia, steps):
    rows = figures(
        ("c1", "mod", "russia", "killed", 30, SAID.format(30), "30", "exact", "2023-01-03", "day", "strike"),
        ("c2", "mod", "russia", "killed", 34, SAID.format(34), "34", "exact", "2023-01-04", "day", "strike"),
        ("c3", "mod", "russia", "killed", 50, DENIED_THAT, "more than 50", "up_to", "2023-01-05", "day", "strike"),
        ("c4", "ua", "ukraine", "killed", 60, SAID.format(60), "60", "exact", "2023-01-03", "day", "strike"),
    )  # fmt: skip
    rows["notes"] = [""] * 2 + [notes] + [""]
    assert gap_table(rows).set_index("metric").loc["killed", "russia"] == russia
    series = revisions(rows)
    assert series[series["claimant"] == "mod"]["value"].tolist() == steps


@pytest.mark.parametrize(
    ("zone", "timed", "day", "latest", "series"),
    [
        # The same local day: a date without a time is its day's start, so 05:00 is the
        # gap's latest (in UTC the 05:00 is 23:00 the day before and used to lose); the
        # revisions state no order between them (new user 19), so there is no revision.
        ("Asia/Dhaka", "2026-11-30T05:00+06:00", "2026-11-30", 41, []),
        # The evening before, in a zone behind UTC (02:00 UTC on the 30th), is earlier.
        ("America/Bogota", "2026-11-29T21:00-05:00", "2026-11-30", 52, [41, 52]),
        ("Asia/Dhaka", "2026-11-29T23:30+06:00", "2026-11-30", 52, [41, 52]),
    ],
)
def test_the_latest_figure_is_the_latest_stated_in_the_story_s_zone(
    zone, timed, day, latest, series
):
    claims = figures(
        ("c1", "mod", "russia", "killed", 41, SAID.format(41), "41", "exact", timed, "minute", "strike"),
        ("c2", "mod", "russia", "killed", 52, SAID.format(52), "52", "exact", day, "day", "strike"),
    )  # fmt: skip
    gap = gap_table(claims, sides=("russia", "ukraine"), timezone=zone).set_index("metric")
    assert gap.loc["killed", "russia_value"] == latest
    assert revisions(claims, timezone=zone)["value"].tolist() == series


def test_a_tie_goes_to_the_later_claim_id_in_natural_order():
    # c9 and c10 at the same minute: c10 is the later claim, though "c9" > "c10" as text.
    when = "2023-01-04T01:00+03:00"
    claims = figures(
        ("c9", "mod", "russia", "killed", 50, SAID.format(50), "50", "exact", when, "minute", "strike"),
        ("c10", "mod", "russia", "killed", 60, SAID.format(60), "60", "exact", when, "minute", "strike"),
    )  # fmt: skip
    assert gap_table(claims).set_index("metric").loc["killed", "russia_value"] == 60


def test_figures_of_other_events_are_no_revision():
    # A 2019 disaster's 37, then a 2014 one's 49: two events, never 37 → 49.
    claims = figures(
        ("c1", "mod", "russia", "killed", 37, SAID.format(37), "37", "exact", "2023-01-04", "day", "other"),
        ("c2", "mod", "russia", "killed", 49, SAID.format(49), "49", "exact", "2023-01-05", "day", "other"),
    )  # fmt: skip
    assert len(revisions(claims)) == 0


@pytest.mark.parametrize(
    ("metrics", "rows"), [(None, ["killed"]), (["killed", "wounded"], ["killed", "wounded"])]
)
def test_the_gap_leaves_out_metrics_the_story_does_not_compare(metrics, rows):
    claims = figures(
        ("c1", "mod", "russia", "killed", 41, SAID.format(41), "41", "exact", "2023-01-04", "day", "strike"),
        ("c2", "mod", "russia", "other", 18, SAID.format(18), "18", "exact", "2023-01-04", "day", "strike"),
        ("c3", "ua", "ukraine", "wounded", 5, SAID.format(5), "5", "exact", "2023-01-04", "day", "strike"),
    )  # fmt: skip
    wanted = metrics or ["killed"]
    claims.attrs["metrics"] = wanted
    assert gap_table(claims)["metric"].tolist() == rows
    claims.attrs.pop("metrics")
    assert "other" not in gap_table(claims)["metric"].tolist()


@pytest.mark.parametrize(
    ("metric", "values"),
    [
        # A new user's governor: 17 treated in Huaraz, 4 of them critical, 9 flown to Lima,
        # all `other`: three counts of different things, never 17 → 4 → 9.
        ("other", []),
        ("killed", [17, 4, 9]),
    ],
)
def test_the_catch_all_metric_other_is_never_a_revision_series(metric, values):
    claims = figures(
        ("c1", "gov", "russia", metric, 17, SAID.format(17), "17", "exact", "2023-01-04T10:00", "minute", "strike"),
        ("c2", "gov", "russia", metric, 4, SAID.format(4), "4", "exact", "2023-01-04T11:00", "minute", "strike"),
        ("c3", "gov", "russia", metric, 9, SAID.format(9), "9", "exact", "2023-01-05", "day", "strike"),
    )  # fmt: skip
    assert revisions(claims)["value"].tolist() == values


def _said(claim_id, value, when, precision="day"):
    figure = f"at least {value}" if claim_id in ("c1", "c3") else str(value)
    return ("x" + claim_id, "families", "ukraine", "killed", value, SAID.format(value), figure,
            "exact", when, precision, "strike")  # fmt: skip


@pytest.mark.parametrize(
    ("specs", "steps", "unordered", "changes"),
    [
        # New user 18: the families' 58 (Reuters) and 55 (Andes Post), both dated only by
        # 16 Mar, then 58 at 20:45 and 61: never "58 → 55 → 58", a decrease no one reported.
        ([_said("c1", 58, "2027-03-16"), _said("c2", 55, "2027-03-16"),
          _said("c3", 58, "2027-03-17T01:45", "minute"), _said("c4", 61, "2027-03-17T02:05", "minute")],
         [1, 1, 2, 3], [True, True, False, False], [None, None, None, 3]),
        # 31 the day before, then 41 and 45 on one day: each changes the 31, neither the other.
        ([_said("c1", 31, "2027-03-15"), _said("c2", 41, "2027-03-16"), _said("c3", 45, "2027-03-16"),
          _said("c4", 50, "2027-03-17T20:00", "minute")],
         [1, 2, 2, 3], [False, True, True, False], [None, 10, 14, None]),
        # Two figures of one minute are as unordered as two of one day.
        ([_said("c1", 12, "2027-03-15T10:00", "minute"), _said("c2", 14, "2027-03-15T10:00", "minute"),
          _said("c3", 20, "2027-03-16")],
         [1, 1, 2], [True, True, False], [None, None, None]),
    ],
)  # fmt: skip
def test_figures_of_one_moment_hold_no_order_so_no_step_between_them(
    specs, steps, unordered, changes
):
    series = revisions(figures(*specs), min_steps=1)
    assert series["step"].tolist() == steps
    assert series["unordered"].tolist() == unordered
    assert [None if pd.isna(c) else c for c in series["change"]] == changes
    assert not series["restated"].any()


@pytest.mark.parametrize(
    ("specs", "steps", "unordered", "changes", "restated"),
    [
        # New user 19: the mayor's 27 known only by its day (AFP's "first given 27"), then
        # 12 or more at 13:02 and 27 at 18:00 that day: never "27 → 12", a fall no one
        # reported. The 27 stands apart (a step of its own, no change); 12 → 27 keeps its order.
        ([_said("c2", 27, "2027-02-13"), _said("c4", 12, "2027-02-13T13:02", "minute"),
          _said("c5", 27, "2027-02-13T18:00", "minute"), _said("c6", 38, "2027-02-14")],
         [1, 2, 3, 4], [True, False, False, False], [None, None, 15, 11], [False] * 4),
        # A day's figure that every figure stated at a time that day gives again is no
        # matter of order: it opens the day, the timed ones restate it.
        ([_said("c2", 27, "2027-02-13T21:45", "minute"), _said("c4", 38, "2027-02-14"),
          _said("c5", 38, "2027-02-14T08:30", "minute")],
         [1, 2, 2], [False] * 3, [None, 11, 0], [False, False, True]),
        # Round 18's two figures of one day, then a third at a time of that day: the 41
        # differs from it and stands apart; the 45 of the day opens a step the 45 at 20:00
        # restates.
        ([_said("c1", 31, "2027-03-15"), _said("c2", 41, "2027-03-16"), _said("c3", 45, "2027-03-16"),
          _said("c4", 45, "2027-03-16T20:00", "minute")],
         [1, 2, 3, 3], [False, True, False, False], [None, None, 14, 0],
         [False, False, False, True]),
        # New user 24: the company's 17 and 4 known only by 15 Oct, then 17 at 15:05: the 4
        # stands apart, and the 17 at 15:05 restates the 17 (step 1), never the 4's step.
        ([_said("c2", 17, "2026-10-15"), _said("c4", 4, "2026-10-15"),
          _said("c5", 17, "2026-10-15T12:05", "minute"), _said("c6", 21, "2026-10-16")],
         [1, 2, 1, 3], [False, True, False, False], [None, None, 0, 4],
         [False, False, True, False]),
    ],
)  # fmt: skip
def test_a_figure_known_only_by_its_day_holds_no_order_against_that_day_s_times(
    specs, steps, unordered, changes, restated
):
    series = revisions(figures(*specs), min_steps=1)
    assert series["step"].tolist() == steps
    assert series["unordered"].tolist() == unordered
    assert [None if pd.isna(c) else c for c in series["change"]] == changes
    assert series["restated"].tolist() == restated


def test_a_figure_apart_is_no_revision_of_its_own():
    # 27 on the day and 12 at a time of that day: two figures in no known order, no revision.
    claims = figures(_said("c2", 27, "2027-02-13"), _said("c4", 12, "2027-02-13T13:02", "minute"))
    assert len(revisions(claims)) == 0


@pytest.mark.parametrize(
    ("metric", "side", "text"),
    [
        # "some 7,000" keeps its word, as the charts say it (round 22's new user: `summary` and
        # gap.csv said "400" for the coastguard's "about 400")
        ("displaced", "west", "some 7,000"),
        ("bodies_recovered", "east", "hundreds (200–999)"),
        ("killed", "east", "3,166"),
        ("missing", "west", "not stated"),
    ],
)
def test_gap_says_a_figure_with_its_qualifier(metric, side, text):
    flood = Path(__file__).parent / "fixtures" / "flood" / "data"
    assert gap_table(load_claims(flood)).set_index("metric").loc[metric, side] == text
