"""Turn reports into assertions, and compare them: the gap between sides, the revisions.

A *report* is a ledger row: an article's mention of a figure. An *assertion* is
one claimant's figure for one metric stated at one time; the 89 that the Ministry
stated and both outlets reported is one assertion with four reports. Nothing here
knows this story's numbers: everything comes from the ledger.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pandas as pd

from makiivka.story.coded import denied_assertions
from makiivka.text.ranges import as_said, describe, describe_ratio, qualified

ASSERTION_KEY = ["claimant", "metric", "scope", "unit", "stated_at"]
NOT_STATED = "not stated"
#: How ``makiivka ingest`` begins the basis of a figure whose date the article does not give.
UNDATED_BASIS = "publication date"
SIDE_COLUMNS = ("value", "value_low", "value_high", "claimant_name", "stated_at",
                "stated_at_precision")  # fmt: skip


#: The last grouping made: (claims frame, its shape, status, assertions). The gap, revisions
#: and tidy tables each group the same ledger; on 100,000 claims that takes about 1.5 s.
_LAST_GROUPING: list[tuple] = []


def assertions(claims: pd.DataFrame, status: str | None = "reviewed") -> pd.DataFrame:
    """Return :func:`group_assertions`, a new frame each call (the last ledger's grouping is
    remembered for that very frame object and copied out)."""
    for frame, shape, wanted, found in _LAST_GROUPING:
        if frame is claims and shape == claims.shape and wanted == status:
            return found.copy()
    found = group_assertions(claims, status)
    _LAST_GROUPING[:] = [(claims, claims.shape, status, found)]
    return found.copy()


def group_assertions(claims: pd.DataFrame, status: str | None = "reviewed") -> pd.DataFrame:
    """Group reports into assertions, with bounds as wide as their reports allow.

    The bounds come from the reports that attribute the figure to the claimant
    directly; a rewording in an outlet's own voice (``relayed_by``: a caption's
    "more than 60" for the Ministry's 63) counts only when no direct report
    exists. If any of those reports leaves a bound open ("at least 89"), the
    assertion's bound stays open; ``value`` is the value most of them give.
    Only rows of *status* count (``None`` for all).
    """
    rows = claims if status is None else claims[claims["status"] == status]
    rows = rows.sort_values(["stated_at", "claim_id"], kind="stable").reset_index(drop=True)
    # The story's attrs would be deep-copied into every group's Series (pandas'
    # __finalize__): three quarters of the time on a 10,000-row ledger.
    rows.attrs = {}
    direct = rows["relayed_by"].isna()
    figure = _figure_keys(rows, direct)
    groups = rows.groupby(
        [*(rows[k] for k in ASSERTION_KEY), figure], observed=True, sort=False, dropna=False
    )
    group = groups.ngroup().to_numpy()
    has_direct = direct.groupby(group).transform("any").astype(bool)
    bounding = (direct | ~has_direct).to_numpy()
    out = groups.agg(
        claimant_name=("claimant_name", "first"),
        side=("side", "first"),
        stated_at_precision=("stated_at_precision", "first"),
    )
    count = len(out)
    out["qualifiers"] = _distinct(rows["qualifier"], group, count)
    out["figures"] = pd.array(_distinct(rows["figure"], group, count), dtype="string")
    out["reports"] = np.bincount(group, minlength=count)
    out["claim_ids"] = pd.array(_joined(rows["claim_id"], group, count, ";"), dtype="string")
    out["outlets"] = pd.array(_distinct(rows["outlet_name"], group, count), dtype="string")
    out["quotes"] = pd.array(_distinct(rows["quote"], group, count), dtype="string")
    kept = group[bounding]
    out["value"] = _modal(rows["value"][bounding], kept, count)
    out["value_low"] = _open(rows["value_low"][bounding], kept, count, "min")
    out["value_high"] = _open(rows["value_high"][bounding], kept, count, "max")
    out = out.reset_index(level=-1, drop=True).reset_index()
    columns = [*ASSERTION_KEY, "claimant_name", "side", "stated_at_precision"]
    out = out[[*columns, "value", "value_low", "value_high", *out.columns[len(columns) : -3]]]
    for column in ("value", "value_low", "value_high"):
        out[column] = out[column].astype("Int64")
    for column in ("claimant", "metric", "scope", "unit", "side", "stated_at_precision"):
        out[column] = out[column].astype(claims[column].dtype)
    said = zip(out[["value", "value_low", "value_high"]].itertuples(index=False),
               out["qualifiers"], out["figures"], strict=True)  # fmt: skip
    out["text"] = [as_said(describe(*v), q, f) for v, q, f in said]  # "nearly 400", as said
    out.insert(0, "assertion_id", out["claim_ids"].str.split(";").str[0])
    out = out.sort_values(["metric", "stated_at", "claimant"], kind="stable")
    return out.reset_index(drop=True)


def _figure_keys(rows: pd.DataFrame, direct: pd.Series) -> pd.Series:
    """Tell apart the figures one claimant stated at one time: one key per assertion.

    Reports of one statement share a key: direct reports of the same figure, and an outlet's
    rewording whose bounds hold a direct figure ("more than 60" for 63). Two direct figures of
    one day (1,500, 2,084) are two assertions, never one whose value hides the other."""
    value, low, high = (rows[c].astype("Int64") for c in ("value", "value_low", "value_high"))
    own = [f"{v}" if v is not pd.NA else f"{lo}-{hi}"
           for v, lo, hi in zip(value.array, low.array, high.array, strict=True)]  # fmt: skip
    base = rows.groupby(ASSERTION_KEY, observed=True, sort=False, dropna=False).ngroup()
    stated: dict[int, list[int]] = {}
    for g, v, is_direct in zip(base, value.array, direct, strict=True):
        if is_direct and v is not pd.NA:
            stated.setdefault(g, []).append(int(v))
    keys = []
    for g, key, is_direct, lo, hi in zip(base, own, direct, low.array, high.array, strict=True):
        held = [
            v for v in stated.get(g, ()) if (lo is pd.NA or v >= lo) and (hi is pd.NA or v <= hi)
        ]
        keys.append(key if is_direct or not held else str(held[0]))
    return pd.Series(keys, index=rows.index, dtype=object)


def _joined(values: pd.Series, group: np.ndarray, count: int, sep: str) -> list[str]:
    """Join each group's values (in row order) with *sep*; a group with none gives ""."""
    joined = pd.Series(values.to_numpy(dtype=object)).groupby(group).agg(sep.join)
    return joined.reindex(range(count), fill_value="").tolist()


def _distinct(values: pd.Series, group: np.ndarray, count: int) -> list[str]:
    """Join each group's distinct values, first seen first, with "; " (missing left out)."""
    found: list[dict[str, None]] = [{} for _ in range(count)]
    for g, value in zip(group, values.to_numpy(dtype=object), strict=True):
        if value is not None and value is not pd.NA and value == value:
            found[g][str(value)] = None
    return ["; ".join(v) for v in found]


def _modal(values: pd.Series, group: np.ndarray, count: int) -> list:
    """Return each group's most frequent value (ties: the first seen); NA for none."""
    tally: list[dict] = [{} for _ in range(count)]
    for g, value in zip(group, values.to_numpy(dtype=object), strict=True):
        if value is not None and value is not pd.NA:
            tally[g][value] = tally[g].get(value, 0) + 1
    return [max(t, key=t.__getitem__) if t else pd.NA for t in tally]


def _open(values: pd.Series, group: np.ndarray, count: int, how: str) -> list:
    """Return each group's min or max, NA where any value is missing (an open bound)."""
    frame = pd.DataFrame({"g": group, "v": values.astype("Float64").to_numpy()})
    grouped = frame.groupby("g")["v"]
    extreme = getattr(grouped, how)().reindex(range(count))
    missing = frame["v"].isna().groupby(frame["g"]).any().reindex(range(count), fill_value=True)
    return [pd.NA if m or pd.isna(e) else int(e) for e, m in zip(extreme, missing, strict=True)]


def denied(found: pd.DataFrame, claims: pd.DataFrame | None = None) -> np.ndarray:
    """Tell which assertions are denials ("denied reports of 90 dead", coded as the denier's
    "up to 90"): never the denier's own figure; with *claims*, an editor's coding counts too."""
    return np.array(denied_assertions(found, claims), bool)


def stated_order(frame: pd.DataFrame, timezone: str | None = None) -> pd.DataFrame:
    """Return when each row of *frame* was stated as sortable ``moment`` and ``order`` columns.

    Times are compared in the story's *timezone* (UTC without one); a date given without a
    time (precision day, month, year) is that local day's start: after every time of the day
    before, before any time of its own day ("30 Nov" before "30 Nov, 12:20"). ``moment``
    ranks the times; ``order`` breaks its ties by the later claim id (of an assertion, its
    first claim's) in natural order, c999 before c1000, and is total."""
    when, timed = local_start(frame, timezone)
    ids = frame["claim_id" if "claim_id" in frame else "assertion_id"].astype(str)
    natural = [re.sub(r"\d+", lambda m: m[0].zfill(12), i) for i in ids]  # c999 before c1000
    key = pd.DataFrame({"when": when, "timed": timed, "id": natural}, index=frame.index)
    key["moment"] = key.groupby(["when", "timed"], dropna=False).ngroup()
    ranked = key.sort_values(["when", "timed", "id"], kind="stable", na_position="first")
    key.loc[ranked.index, "order"] = range(len(ranked))
    return key[["moment", "order"]]


#: How long a date known to each precision lasts: a figure so dated may be anywhere in it.
SPANS = {"day": pd.DateOffset(days=1), "month": pd.DateOffset(months=1),
         "year": pd.DateOffset(years=1)}  # fmt: skip


def local_start(frame: pd.DataFrame, timezone: str | None) -> tuple[pd.Series, pd.Series]:
    """Return each row's start (naive, wall clock in *timezone*) and whether it has a time."""
    stamps = pd.to_datetime(frame["stated_at"], utc=True)
    timed = ~frame["stated_at_precision"].astype(str).isin(tuple(SPANS))
    local = stamps.dt.tz_convert(timezone or "UTC").dt.tz_localize(None)
    return local.where(timed, stamps.dt.tz_localize(None)), timed


def _apart(found: pd.DataFrame, series_of: pd.Series, said: pd.Series, timezone) -> np.ndarray:
    """Tell the figures known only by their day (month, year) that differ from a figure of
    their series stated at a finer time in it (*said*: each figure's words), or only as "no
    later than" a time that differ from one stated at a time earlier that day (new user 26's 27
    no later than 23:00 after 29 at 18:00): the ledger holds no order between them."""
    starts = local_start(found, timezone)[0].to_numpy()
    precision = found["stated_at_precision"].astype(str).to_numpy()
    rank = pd.Series(precision).map({"day": 1, "month": 2, "year": 3}).fillna(0).to_numpy()
    late = found["no_later_than"].to_numpy(bool) & (rank == 0)  # no later than a time
    groups, words = series_of.to_numpy(), said.to_numpy()
    apart = np.zeros(len(found), bool)
    for p in np.flatnonzero((rank > 0) | late):
        lo, hi = groups.searchsorted([groups[p], groups[p] + 1])
        start = pd.Timestamp(starts[p])
        span = [start.normalize(), start] if late[p] else [start, start + SPANS[precision[p]]]
        first, last = lo + starts[lo:hi].searchsorted([s.to_datetime64() for s in span])
        finer = rank[first:last] == 0 if late[p] else rank[first:last] < rank[p]
        apart[p] = (finer & (words[first:last] != words[p])).any()
    return apart


def latest(found: pd.DataFrame, by: str = "side", timezone: str | None = None) -> pd.DataFrame:
    """Keep the latest assertion per metric and *by*, in :func:`stated_order` as :func:`revisions`
    orders a series (ties between claimants: more reports, then claimant); never a denial."""
    found = found[~denied(found)]
    found = found.join(stated_order(found, timezone)).sort_values("order", kind="stable")
    last = found.drop_duplicates(["claimant", "metric"], keep="last")
    by_time = ["moment", "reports", "claimant"]
    ordered = last.sort_values(by_time, ascending=[False, False, True], kind="stable")
    picked = ordered.drop_duplicates([by, "metric"]).drop(columns=["moment", "order"])
    return picked.set_index(["metric", by])


def gap_table(
    claims: pd.DataFrame,
    sides: Sequence[str] | None = None,
    scope: str | None = None,
    status: str | None = "reviewed",
    parties: Sequence[str] | None = None,
    metrics: Sequence[str] | None = None,
    timezone: str | None = None,
) -> pd.DataFrame:
    """Compare each party's latest figure per metric; a party with none is "not stated".

    The story comes from ``claims.attrs`` as :func:`makiivka.story.load.load_claims`
    sets it (``compare``, ``parties``, ``labels``, ``scope``; ``metrics`` and ``timezone``
    where a caller adds them), so ``gap_table(claims)`` works for any story; *sides* (the
    compared pair), *parties*, *scope*, *metrics* (those the story compares; default every
    metric but ``other``) and *timezone* (the story's, for :func:`latest`) override it.
    Without attrs, *sides* is required and the scope is the first of the scope vocabulary.
    A denial is never a party's figure: a party that only denied is "not stated".

    One row per metric; for each party (descriptor order), then each third-party claimant
    with a figure (by claimant id), a text column named by its id and ``<id>_value``,
    ``_value_low``, ``_value_high`` (Int64), ``_claimant_name``, ``_stated_at`` (UTC),
    ``_stated_at_precision`` (a date given without a time is that day, not its midnight) and
    ``_claim_ids``. ``ratio`` is the second side's value over the first's where both values
    lie within their bounds ("more than 100" gives no point); ``ratio_low`` and ``ratio_high``
    divide the bounds crosswise, empty where a bound is open ("at least 89" against 400 caps
    the ratio at 4.5, no floor). ``ratio_text`` says it, or "not stated by" the side(s) with none.

    Raises:
        ValueError: without *sides* when ``claims.attrs`` names no compared pair.
    """
    attrs = claims.attrs
    pair = tuple(sides if sides is not None else attrs.get("compare") or ())
    if len(pair) != 2:
        raise ValueError("gap_table needs two sides: pass sides= or load claims with load_claims")
    first, second = pair
    scope = scope or attrs.get("scope") or str(claims["scope"].cat.categories[0])
    labels = attrs.get("labels", {})
    columns_for = list(dict.fromkeys([*(parties or attrs.get("parties") or ()), *pair]))
    wanted = metrics or attrs.get("metrics") or [m for m in claims["metric"].cat.categories
                                                  if m != "other"]  # fmt: skip
    timezone = timezone or attrs.get("timezone")
    found = assertions(claims, status)
    found = found[(found["scope"] == scope) & found["metric"].isin(wanted) & ~denied(found, claims)]
    picked = latest(found[found["side"].isin(columns_for)], timezone=timezone)
    third = found[found["side"] == "third_party"]
    picked_third = latest(third, by="claimant", timezone=timezone)
    named = picked_third.index.get_level_values("claimant").astype(str)
    columns_for += [c for c in dict.fromkeys(third["claimant"].astype(str)) if c in set(named)
                    and c not in columns_for]  # fmt: skip
    shown = set(found[found["side"].isin(columns_for)]["metric"]) | set(third["metric"])
    metrics = [m for m in claims["metric"].cat.categories if m in shown]
    rows = []
    for metric in metrics:
        row: dict[str, object] = {"metric": metric}
        for side in columns_for:
            key = (metric, side)
            hit = next((t.loc[key] for t in (picked, picked_third) if key in t.index), None)
            said = () if hit is None else (hit["text"], hit["qualifiers"], hit["figures"])
            row[side] = qualified(*said) if said else NOT_STATED  # "about 400" (new user 22)
            for column in (*SIDE_COLUMNS, "claim_ids"):
                row[f"{side}_{column}"] = pd.NA if hit is None else hit[column]
        row["ratio"] = _divide(_possible(row, second), _possible(row, first))
        row["ratio_low"] = _divide(row[f"{second}_value_low"], row[f"{first}_value_high"])
        row["ratio_high"] = _divide(row[f"{second}_value_high"], row[f"{first}_value_low"])
        missing = [labels.get(s, s) for s in pair if row[s] == NOT_STATED]
        row["ratio_text"] = (  # plainly who stated none (new user 27), not "not comparable"
            f"{NOT_STATED} by {' and '.join(missing)}"
            if missing
            else describe_ratio(row["ratio"], row["ratio_low"], row["ratio_high"])
        )
        rows.append(row)
    columns = ["metric", *columns_for]
    for side in columns_for:
        columns += [f"{side}_{c}" for c in (*SIDE_COLUMNS, "claim_ids")]
    table = pd.DataFrame(rows, columns=[*columns, "ratio", "ratio_low", "ratio_high", "ratio_text"])
    for column in ("ratio", "ratio_low", "ratio_high"):
        table[column] = table[column].astype("Float64")
    for side in columns_for:
        for column in ("value", "value_low", "value_high"):
            table[f"{side}_{column}"] = table[f"{side}_{column}"].astype("Int64")
        table[f"{side}_stated_at"] = pd.to_datetime(table[f"{side}_stated_at"], utc=True)
    table["ratio_text"] = table["ratio_text"].astype(object)
    return table


def _possible(row: dict, side: str):
    """Return a side's value where its bounds allow it, else NA ("more than 100" is not 100)."""
    value, low, high = (row[f"{side}_{c}"] for c in ("value", "value_low", "value_high"))
    if pd.isna(value) or (not pd.isna(low) and value < low) or (not pd.isna(high) and value > high):
        return pd.NA
    return value


def _divide(numerator, denominator):
    none = pd.isna(numerator) or pd.isna(denominator) or denominator == 0
    return pd.NA if none else float(numerator) / float(denominator)


def revisions(
    claims: pd.DataFrame,
    status: str | None = "reviewed",
    min_steps: int = 2,
    timezone: str | None = None,
) -> pd.DataFrame:
    """List each claimant's series per metric in the order stated (63 → 89).

    A series is one claimant's figures for one metric, scope and unit, ordered as
    :func:`stated_order` orders them in the story's *timezone* (default
    ``claims.attrs["timezone"]``, else UTC); never two claimants, nor figures about another event
    (scope ``other``: a 2019 disaster, then a 2014 one) or of the catch-all metric ``other`` (17
    treated, 4 of them critical, 9 flown out: three counts, never 17 → 4 → 9). A figure equal to the
    one before it is a restatement (``restated``), not a revision: it keeps the step it restates.
    Figures are equal when their values are ("up to 20,000" restates "20,000") or, without values,
    their bounds. A denial (:func:`denied`) is no step. Figures of one series stated at one moment
    (two outlets' figures dated only by the same day) are ``unordered``: the ledger holds no order
    between them, so they share one step, neither restates nor changes the other, nor do they change
    the figure after them. A figure in no known order (:func:`_apart`) is ``unordered`` too, a step
    of its own that changes and restates nothing; the series runs on past it. ``change`` is the
    difference from the previous step's value. Only series with at least *min_steps* steps (not
    counting those) are kept. ``no_later_than`` is True where no report dates the figure (basis
    "publication date…"): ``stated_at`` is then the publication's. A party's catch-all
    (:func:`~makiivka.story.voices.voice_keys`) revises nothing.
    """
    found = assertions(claims, status)
    kept = (found["scope"] != "other") & (found["metric"] != "other")
    found = found[kept & ~denied(found, claims)]
    basis = claims.set_index("claim_id")["stated_at_basis"].astype(str)
    found["no_later_than"] = [
        all(basis[i].startswith(UNDATED_BASIS) for i in ids.split(";"))
        for ids in found["claim_ids"]
    ]
    many, tz = claims.attrs.get("many_voices", ()), timezone or claims.attrs.get("timezone")
    found["voice"] = np.where(found["claimant"].isin(many), np.arange(len(found)), -1)
    key = ["claimant", "voice", "metric", "scope", "unit"]
    found = found.join(stated_order(found, tz))
    found = found.sort_values([*key, "order"], kind="stable")
    # A figure is the value as stated where there is one ("up to 20,000" and "20,000" are
    # the same 20,000 in other words), else its bounds ("24 to 99").
    figure = found[["value", "value_low", "value_high"]].astype("string").fillna("")
    figure.loc[figure["value"] != "", ["value_low", "value_high"]] = ""
    # A figure known only by its day (month, year) that differs from one stated at a time of
    # that day stands apart: no order against them, so no step of theirs. The others run on.
    series_of = found.groupby(key, observed=True, sort=False).ngroup()
    figures = figure.add_prefix("figure_")
    apart = pd.Series(_apart(found, series_of, figures.agg("|".join, axis=1), tz), found.index)
    chain, runs = found[~apart], series_of[~apart]
    # A series' figures of one moment (a day, for dates without a time) differ (else they
    # would be one assertion): the ledger holds no order between them.
    moment = chain.groupby([runs, chain["moment"]], sort=False).ngroup()
    unordered = (moment.map(moment.value_counts()) > 1).rename("unordered")
    first = ~moment.duplicated()  # each moment's first row stands for it
    said = pd.concat([figures[~apart], chain["value"], unordered], axis=1)
    # The series' moment before each row's own:
    before = said[first].groupby(runs[first]).shift(1).set_axis(moment[first])
    before = before.reindex(moment).set_axis(chain.index)
    known = before["unordered"].eq(False)  # one figure, so the one before this moment's
    same = (figures[~apart] == before[said.columns[:3]]).all(axis=1)
    restated = ~unordered & known & same
    found["unordered"] = apart | unordered.reindex(found.index, fill_value=False)
    found["restated"] = restated.reindex(found.index, fill_value=False)
    opens = (first & ~restated).reindex(found.index, fill_value=False)
    found["step"] = (opens | apart).groupby(series_of).cumsum()
    # A restatement keeps the step it restates, never a figure apart's stated between them.
    found.loc[~apart, "step"] = found["step"].where(opens)[~apart].groupby(runs).ffill()
    steps = opens.groupby(series_of).transform("sum")  # a figure apart revises nothing
    found["previous_value"] = before["value"].where(known).astype("Int64")
    series = found[steps >= min_steps].copy()
    series["step"] = series["step"].astype(int)
    series["change"] = (series["value"] - series["previous_value"]).astype("Int64")
    columns = [
        "claimant", "claimant_name", "side", "metric", "scope", "unit", "step", "stated_at",
        "stated_at_precision", "no_later_than", "value", "value_low", "value_high", "text",
        "previous_value", "change", "restated", "unordered", "reports", "claim_ids", "outlets",
        "figures", "qualifiers"]  # fmt: skip
    return series[columns].reset_index(drop=True)
