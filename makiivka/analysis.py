"""Turn reports into assertions, and compare them: the gap between sides, the revisions.

A *report* is a ledger row: an article's mention of a figure. An *assertion* is
one claimant's figure for one metric stated at one time; the 89 that the Ministry
stated and both outlets reported is one assertion with four reports. Nothing here
knows this story's numbers: everything comes from the ledger.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

ASSERTION_KEY = ["claimant", "metric", "scope", "unit", "stated_at"]
NOT_STATED = "not stated"
SIDE_COLUMNS = ("value", "value_low", "value_high", "claimant_name", "stated_at")


def assertions(claims: pd.DataFrame, status: str | None = "reviewed") -> pd.DataFrame:
    """Group reports into assertions, with bounds as wide as their reports allow.

    The bounds come from the reports that attribute the figure to the claimant
    directly; a rewording in an outlet's own voice (``relayed_by``: a caption's
    "more than 60" for the Ministry's 63) counts only when no direct report
    exists. If any of those reports leaves a bound open ("at least 89"), the
    assertion's bound stays open; ``value`` is the value most of them give.
    Only rows of *status* count (``None`` for all).
    """
    rows = claims if status is None else claims[claims["status"] == status]
    rows = rows.sort_values(["stated_at", "claim_id"], kind="stable")
    direct = rows["relayed_by"].isna()
    has_direct = direct.groupby([rows[k] for k in ASSERTION_KEY], observed=True, dropna=False)
    has_direct = has_direct.transform("any").astype(bool)
    bounding = rows[direct | ~has_direct]
    groups = rows.groupby(ASSERTION_KEY, observed=True, sort=False, dropna=False)
    out = groups.agg(
        claimant_name=("claimant_name", "first"),
        side=("side", "first"),
        stated_at_precision=("stated_at_precision", "first"),
        qualifiers=("qualifier", _distinct),
        figures=("figure", _distinct),
        reports=("claim_id", "size"),
        claim_ids=("claim_id", lambda s: ";".join(s)),
        outlets=("outlet_name", _distinct),
        quotes=("quote", _distinct),
    )
    bounds = bounding.groupby(ASSERTION_KEY, observed=True, sort=False, dropna=False).agg(
        value=("value", _modal),
        value_low=("value_low", _open_min),
        value_high=("value_high", _open_max),
    )
    out = out.join(bounds).reset_index()
    columns = [*ASSERTION_KEY, "claimant_name", "side", "stated_at_precision"]
    out = out[[*columns, "value", "value_low", "value_high", *out.columns[len(columns) : -3]]]
    for column in ("value", "value_low", "value_high"):
        out[column] = out[column].astype("Int64")
    for column in ("claimant", "metric", "scope", "unit", "side", "stated_at_precision"):
        out[column] = out[column].astype(claims[column].dtype)
    out["text"] = [
        describe(*v) for v in out[["value", "value_low", "value_high"]].itertuples(index=False)
    ]
    out.insert(0, "assertion_id", out["claim_ids"].str.split(";").str[0])
    return out.sort_values(["metric", "stated_at", "claimant"], kind="stable").reset_index(
        drop=True
    )


def _modal(values: pd.Series):
    counts = values.dropna().value_counts(sort=True)
    return counts.index[0] if len(counts) else pd.NA


def _open_min(values: pd.Series):
    return pd.NA if values.isna().any() else values.min()


def _open_max(values: pd.Series):
    return pd.NA if values.isna().any() else values.max()


def _distinct(values: pd.Series) -> str:
    return "; ".join(dict.fromkeys(str(v) for v in values.dropna()))


def describe(value, low, high) -> str:
    """Say a figure and its bounds in words a reader expects; open bounds stay open.

    >>> describe(89, 89, None)
    '89 or more'
    >>> describe(60, 61, None)
    '60 (61 or more)'
    >>> describe(None, 24, 99)
    '24 to 99'
    >>> describe(400, 400, 400)
    '400'
    """
    low, high = (None if pd.isna(x) else int(x) for x in (low, high))
    value = None if pd.isna(value) else int(value)
    if low is not None and low == high:
        return f"{low:,}"
    if low is not None and high is not None:
        span = f"{low:,} to {high:,}"
    elif low is not None:
        span = f"{low:,} or more"
    elif high is not None:
        span = f"up to {high:,}"
    else:
        span = "unknown"
    if value is None or value in (low, high):
        return span
    return f"{value:,} ({span})"


def latest(found: pd.DataFrame) -> pd.DataFrame:
    """Keep each side's latest assertion per metric (ties: more reports, then claimant)."""
    ordered = found.sort_values(
        ["stated_at", "reports", "claimant"], ascending=[False, False, True], kind="stable"
    )
    return ordered.drop_duplicates(["side", "metric"]).set_index(["metric", "side"])


def gap_table(
    claims: pd.DataFrame,
    sides: Sequence[str] = ("russia", "ukraine"),
    scope: str = "strike",
    status: str | None = "reviewed",
) -> pd.DataFrame:
    """Compare each side's latest figure per metric; a side with none is "not stated".

    ``ratio`` is the second side's value over the first's; ``ratio_low`` and
    ``ratio_high`` divide the bounds crosswise, and stay empty where a bound is
    open: "at least 89" against 400 caps the ratio at 4.5 but gives no floor.
    """
    first, second = sides
    found = assertions(claims, status)
    found = found[(found["scope"] == scope) & found["side"].isin(sides)]
    picked = latest(found)
    metrics = [m for m in claims["metric"].cat.categories if m in set(found["metric"])]
    rows = []
    for metric in metrics:
        row: dict[str, object] = {"metric": metric}
        for side in sides:
            hit = picked.loc[(metric, side)] if (metric, side) in picked.index else None
            row[side] = NOT_STATED if hit is None else hit["text"]
            for column in SIDE_COLUMNS:
                row[f"{side}_{column}"] = pd.NA if hit is None else hit[column]
            row[f"{side}_claim_ids"] = pd.NA if hit is None else hit["claim_ids"]
        a, b = (row[f"{first}_value"], row[f"{second}_value"])
        row["ratio"] = _divide(b, a)
        row["ratio_low"] = _divide(row[f"{second}_value_low"], row[f"{first}_value_high"])
        row["ratio_high"] = _divide(row[f"{second}_value_high"], row[f"{first}_value_low"])
        rows.append(row)
    columns = ["metric", *sides]
    for side in sides:
        columns += [f"{side}_{c}" for c in (*SIDE_COLUMNS, "claim_ids")]
    table = pd.DataFrame(rows, columns=[*columns, "ratio", "ratio_low", "ratio_high"])
    for column in ("ratio", "ratio_low", "ratio_high"):
        table[column] = table[column].astype("Float64")
    for side in sides:
        for column in ("value", "value_low", "value_high"):
            table[f"{side}_{column}"] = table[f"{side}_{column}"].astype("Int64")
        table[f"{side}_stated_at"] = pd.to_datetime(table[f"{side}_stated_at"], utc=True)
    table["ratio_text"] = [
        describe_ratio(*r)
        for r in table[["ratio", "ratio_low", "ratio_high"]].itertuples(index=False)
    ]
    return table


def _divide(numerator, denominator):
    if pd.isna(numerator) or pd.isna(denominator) or denominator == 0:
        return pd.NA
    return float(numerator) / float(denominator)


def describe_ratio(ratio, low, high) -> str:
    """Say a ratio with its bounds; an open bound stays open.

    Where the ratio is its own only bound ("89 or more" against 400 can only
    shrink it), say just that bound.

    >>> describe_ratio(4.494, None, 4.494)
    'at most 4.5×'
    >>> describe_ratio(4.5, 4.0, 5.0)
    '4.5× (4.0× to 5.0×)'
    >>> describe_ratio(None, None, None)
    'not comparable'
    """
    if pd.isna(ratio):
        return "not comparable"
    text = f"{ratio:.1f}×"
    if pd.notna(low) and pd.notna(high):
        return text if f"{low:.1f}" == f"{high:.1f}" else f"{text} ({low:.1f}× to {high:.1f}×)"
    for bound, words in ((high, "at most"), (low, "at least")):
        if pd.notna(bound):
            limit = f"{bound:.1f}×"
            return f"{words} {limit}" if limit == text else f"{text} ({words} {limit})"
    return f"{text} (bounds open)"


def revisions(
    claims: pd.DataFrame, status: str | None = "reviewed", min_steps: int = 2
) -> pd.DataFrame:
    """List each claimant's series per metric in the order stated (63 → 89).

    Only series with at least *min_steps* assertions are kept; ``change`` is the
    difference from the previous value of the same series.
    """
    found = assertions(claims, status)
    key = ["claimant", "metric", "scope", "unit"]
    found = found.sort_values([*key, "stated_at"], kind="stable")
    size = found.groupby(key, observed=True)["assertion_id"].transform("size")
    series = found[size >= min_steps].copy()
    grouped = series.groupby(key, observed=True)
    series.insert(4, "step", grouped.cumcount() + 1)
    series["previous_value"] = grouped["value"].shift(1).astype("Int64")
    series["change"] = (series["value"] - series["previous_value"]).astype("Int64")
    columns = [
        "claimant", "claimant_name", "side", "metric", "scope", "unit", "step", "stated_at",
        "stated_at_precision", "value", "value_low", "value_high", "text", "previous_value",
        "change", "reports", "claim_ids", "outlets", "figures",
    ]  # fmt: skip
    return series[columns].reset_index(drop=True)
