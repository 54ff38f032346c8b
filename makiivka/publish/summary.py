"""Print a story's summary: the gap between the parties and each claimant's revisions."""

from __future__ import annotations

import argparse

import pandas as pd

from makiivka import analysis
from makiivka.charts.gap_rows import analysis_attrs
from makiivka.charts.revision_words import zone_title
from makiivka.charts.wording import format_time, qualified
from makiivka.story import load
from makiivka.story.schema import story_metrics


def summary_text(
    claims: pd.DataFrame, metric_names: dict[str, str] | None = None, event: dict | None = None
) -> str:
    """Return the gap and the revisions as plain-text tables.

    The parties, the compared pair and their labels come from ``claims.attrs``
    (as :func:`makiivka.story.load.load_claims` sets them; ``metrics``, the compared ones,
    and ``timezone`` where :func:`makiivka.charts.gap_rows.analysis_attrs` adds them). Every
    column is headed by a name a reader knows: a party's label, a third party's claimant
    name, the ratio ``<second>/<first>`` by party label; a metric is its label in
    *metric_names* (the story's, "dead" for ``killed``), else its id in words. Times are
    written as the charts write them, in the story's zone (*event*'s ``timezone``, named in
    the heading), else in UTC; a figure the article does not date is "no later than" its
    publication date.
    """
    if not len(claims):
        return "No claims yet: the ledger is empty."
    first, second = claims.attrs["compare"]
    gap = analysis.gap_table(claims)
    sides = [c for c in gap.columns if f"{c}_value" in gap.columns]
    labels = claims.attrs.get("labels", {})
    heads = {s: str(labels.get(s) or _claimant_name(gap, s)) for s in sides}
    ratio = f"{labels.get(second, second)}/{labels.get(first, first)}"
    gap_view = gap[["metric", *sides, "ratio_text"]].rename(columns={**heads, "ratio_text": ratio})
    changes = analysis.revisions(claims)
    zone = str((event or {}).get("timezone") or claims.attrs.get("timezone") or "UTC")
    # A day the article gives is that day, never its midnight (as in the charts).
    when = [
        format_time(t, str(p), zone)
        for t, p in zip(changes["stated_at"], changes["stated_at_precision"], strict=True)
    ]
    changes["stated_at"] = [
        f"no later than {t}" if undated else str(t)
        for t, undated in zip(when, changes["no_later_than"], strict=True)
    ]
    # "about 1,800" keeps its word, as the charts say it (round 16's second new user)
    changes["text"] = [
        qualified(t, q, f)
        for t, q, f in zip(changes["text"], changes["qualifiers"], changes["figures"], strict=True)
    ]
    # Figures of one moment share a step: the ledger holds no order between them.
    changes["step"] = [
        f"{s} (restated)" if r else f"{s} (order unknown)" if u else str(s)
        for s, r, u in zip(changes["step"], changes["restated"], changes["unordered"], strict=True)
    ]
    change_view = changes[["claimant_name", "metric", "step", "stated_at", "text", "claim_ids"]]
    change_view = change_view.rename(columns={"claimant_name": "claimant", "stated_at": "stated",
                                              "text": "figure", "claim_ids": "claims"})  # fmt: skip
    # A metric is named in words ("bodies recovered"), never by its id.
    names = metric_names or {}
    gap_view, change_view = (
        v.assign(metric=[names.get(m) or m.replace("_", " ") for m in v["metric"].astype(str)])
        for v in (gap_view, change_view)
    )
    noun = claims.attrs.get("noun", "event")
    zone_name = zone_title(event) if event and event.get("timezone") else "UTC"
    with pd.option_context("display.width", 200, "display.max_colwidth", 40):
        gap_text = (
            gap_view.to_string(index=False)
            if len(gap_view)
            else f"Not stated: no party has given a reviewed figure for this {noun} yet."
        )
        change_text = (
            change_view.to_string(index=False)
            if len(change_view)
            else "None: no claimant has stated a second, different figure for a metric."
        )
        return (
            f"The gap: each side's latest figure for this {noun}\n{gap_text}\n\n"
            f"Revisions: each claimant's figures in the order stated, times in {zone_name}\n"
            f"{change_text}"
        )


def _claimant_name(gap: pd.DataFrame, column: str) -> str:
    """Return the name of the third party whose figures fill *column* (its id if none)."""
    names = gap.get(f"{column}_claimant_name", pd.Series(dtype=object)).dropna()
    return str(names.iloc[0]) if len(names) else column


def summary_command(args: argparse.Namespace) -> int:
    """Print the gap between the sides and the revisions."""
    dataset = load.read_dataset(args.data)
    names = {m.id: m.label for m in story_metrics(dataset.package)}
    claims = dataset.claims.copy(deep=False)
    claims.attrs = {**dataset.claims.attrs, **analysis_attrs(dataset.package)}
    print(summary_text(claims, names, dataset.package.event))
    return 0
