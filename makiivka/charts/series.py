"""Compute the rows of the revision chart: every claimant's figures for one metric over time.

Kept apart from the drawing so that the rows can be bounded for a large ledger
(one row per assertion, never per report) without touching the layout.
"""

from __future__ import annotations

import pandas as pd

from makiivka import analysis
from makiivka.charts.colour import shades
from makiivka.charts.layout import number
from makiivka.charts.reports import event_noun
from makiivka.charts.theme import side_labels, side_styles
from makiivka.charts.wording import (
    ORGANISATION_KINDS,
    format_time,
    qualified,
    time_span,
    wall_clock,
)
from makiivka.story.load import Dataset
from makiivka.story.schema import compared_metrics, event_scope, metric_of

#: Sides whose claimants the revision chart draws: the parties and third parties, not
#: outlets in their own voice (the claims and outlets charts show those).
OWN_VOICES = ("media", "unknown")


def series_metric(series: pd.DataFrame, compared: list[str]) -> str:
    """Pick the metric the chart follows: the first compared metric anyone revised, else the
    first compared metric with any figure, else killed."""
    revised = set(series.loc[series["step"] > 1, "metric"].astype(str))
    stated = set(series["metric"].astype(str))
    for pool in (revised, stated):
        for metric in compared:
            if metric in pool:
                return metric
    return "killed"


def revision_rows(dataset: Dataset) -> dict[str, object]:
    """Return the chart's rows: ``steps`` (one per assertion), ``event`` and ``metric``.

    ``steps`` holds every figure a party's or third party's claimant stated for the
    metric in the event's own scope, in time order per claimant: its ``step`` (a
    restatement keeps the step it restates), ``revised`` (the claimant's later figure
    differs), the ``colour`` of its claimant (a shade of its party's colour), its words
    with their qualifier (``text``: "some 7,000", "up to 20,000") and its tooltip fields.
    Times are wall-clock text in the event's zone (start, middle and end of the span a
    date covers). A part of a toll counted under its own metric, and a figure of
    another scope, is never in the series.
    """
    claims = dataset.claims
    event = dataset.package.event
    tz = event["timezone"]
    styles = side_styles(dataset.package)
    labels = side_labels(styles)
    series = analysis.revisions(claims, min_steps=1)
    scope = event_scope(dataset.package)
    series = series[(series["scope"] == scope) & ~series["side"].isin(OWN_VOICES)]
    metric = series_metric(series, compared_metrics(dataset.package))
    series = series[(series["metric"] == metric)]
    quotes = claims.set_index("claim_id")["quote"].astype(str)
    kinds = dataset.claimants.set_index("claimant_id")["kind"].astype(str).to_dict()
    order = [*styles]
    series = series.assign(
        side_rank=[order.index(s) if s in order else len(order) for s in series["side"]]
    ).sort_values(["side_rank", "stated_at", "claimant"], kind="stable")
    colours: dict[str, str] = {}
    for side, group in series.groupby("side", sort=False, observed=True):
        names = list(dict.fromkeys(group["claimant"].astype(str)))
        for claimant, colour in zip(names, shades(styles[str(side)][1], len(names)), strict=True):
            colours[claimant] = colour
    steps_of = series.groupby("claimant", observed=True)["step"].max().to_dict()
    rows = []
    for r in series.sort_values(["side_rank", "claimant", "stated_at"], kind="stable").itertuples(
        index=False
    ):
        start, middle, end = time_span(r.stated_at, str(r.stated_at_precision), tz)
        ids = str(r.claim_ids).split(";")
        stated = ("no later than " if r.no_later_than else "") + format_time(
            r.stated_at, str(r.stated_at_precision), tz
        )
        rows.append(
            {
                "start": start,
                "middle": middle,
                "end": end,
                "claimant": str(r.claimant),
                "claimant_name": str(r.claimant_name),
                "person": kinds.get(str(r.claimant), "") not in ORGANISATION_KINDS,
                "side": str(r.side),
                "side_label": labels.get(str(r.side), str(r.side)),
                "colour": colours[str(r.claimant)],
                "step": int(r.step),
                "revised": int(steps_of[r.claimant]) > 1,
                "restated": bool(r.restated),
                "value": number(r.value),
                "value_low": number(r.value_low),
                "value_high": number(r.value_high),
                "text": qualified(str(r.text), str(r.qualifiers), str(r.figures)),
                "stated": stated,
                "claim_id": str(r.claim_ids),
                "quote": " | ".join(dict.fromkeys(quotes[i] for i in ids)),
                "outlet_text": str(r.outlets),
                "status": "reviewed",
            }
        )
    occurred = pd.Timestamp(event["occurred_at"])
    noun = event_noun(dataset)
    moment = pd.DataFrame(
        {
            "start": [wall_clock(occurred, tz)],
            "label": [f"{noun[:1].upper()}{noun[1:]}: {format_time(occurred, 'minute', tz)}"],
        }
    )
    return {
        "steps": pd.DataFrame(rows),
        "event": moment,
        "metric": metric,
        "phrase": metric_of(dataset.package, metric).phrase(),
    }
