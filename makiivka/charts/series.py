"""Compute the rows of the revision chart: every claimant's figures for one metric over time.

Kept apart from the drawing so that the rows can be bounded for a large ledger
(one row per assertion, never per report) without touching the layout.
"""

from __future__ import annotations

import pandas as pd

from makiivka import analysis
from makiivka.charts.bounds import REVISION_POINTS, named, thin_steps
from makiivka.charts.colour import shades
from makiivka.charts.layout import number
from makiivka.charts.memo import per_dataset
from makiivka.charts.reports import event_noun, report_rows
from makiivka.charts.revision_layout import apart
from makiivka.charts.theme import side_labels, side_styles
from makiivka.charts.wording import (
    ORGANISATION_KINDS,
    drawn_text,
    format_time,
    time_span,
    wall_clock,
)
from makiivka.story.load import Dataset
from makiivka.story.schema import (
    compared_metrics,
    event_scope,
    metric_of,
    story_metrics,
)

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


#: Most quotes a step's tooltip carries; the rest are counted (every one is in the table).
STEP_QUOTES = 2


def quoted(quotes) -> str:
    """Join a step's distinct quotes with " | ", at most :data:`STEP_QUOTES`, then a count.

    >>> quoted(["a", "b"]), quoted(["a", "b", "c", "d", "e"])
    ('a | b', 'a | b | and 3 more in the ledger')
    """
    quotes = list(quotes)
    rest = len(quotes) - STEP_QUOTES
    more = [f"and {rest:,} more in the ledger"] if rest > 0 else []
    return " | ".join([*quotes[:STEP_QUOTES], *more])


def revised_metrics(dataset: Dataset) -> list[str]:
    """Return the metrics some party or third party revised (a later figure that differs),
    the chart's first metric (:func:`series_metric`) first, the others in the story's order.

    New user 25: the missing count falling 600 → 450 → 350 → 270 was in no chart, which drew
    only the dead.
    """
    tz = dataset.package.event.get("timezone")
    series = analysis.revisions(dataset.claims, min_steps=2, timezone=tz)
    series = series[
        (series["scope"] == event_scope(dataset.package)) & ~series["side"].isin(OWN_VOICES)
    ]
    revised = set(series["metric"].astype(str))
    order = [m.id for m in story_metrics(dataset.package)]
    first = revision_rows(dataset)["metric"]
    rest = sorted(
        revised - {first}, key=lambda m: (m not in order, order.index(m) if m in order else 0, m)
    )
    return [first, *rest]


@per_dataset
def revision_panels(dataset: Dataset) -> list[dict[str, object]]:
    """Return the rows of :func:`revision_rows` for each of :func:`revised_metrics`, in order,
    while all of them together hold at most :data:`~makiivka.charts.bounds.REVISION_POINTS`
    figures: the first metric's always, another's only if it fits whole (a ledger too large
    for that keeps its pages light; the finding names the other revisions, and every step is
    in revisions.csv)."""
    panels = [revision_rows(dataset)]
    held = len(panels[0]["steps"])
    for metric in revised_metrics(dataset)[1:]:
        rows = revision_rows(dataset, metric=metric)
        if rows["thinned"] is None and held + len(rows["steps"]) <= REVISION_POINTS:
            panels.append(rows)
            held += len(rows["steps"])
    return panels


@per_dataset
def revision_rows(
    dataset: Dataset, reports: pd.DataFrame | None = None, metric: str | None = None
) -> dict[str, object]:
    """Return the chart's rows: ``steps`` (one per assertion), ``event`` and ``metric``.

    The metric is *metric*, or the one :func:`series_metric` picks.

    ``steps`` holds every figure a party's or third party's claimant stated for the
    metric in the event's own scope, in time order per claimant: its ``step`` (a
    restatement keeps the step it restates), ``unordered`` (one of the claimant's figures
    of one moment: no order between them), ``revised`` (the claimant's later figure
    differs), the ``colour`` of its claimant (a shade of its party's colour), its words
    with their qualifier (``text``: "some 7,000", "up to 20,000") and its tooltip fields.
    Times are wall-clock text in the event's zone (start, middle and end of the span a
    date covers). A part of a toll counted under its own metric, and a figure of
    another scope, is never in the series.

    Past :data:`~makiivka.charts.bounds.REVISION_POINTS` figures the rows are thinned
    (:func:`~makiivka.charts.bounds.thin_steps`: restatements fold into their step, and
    past :data:`~makiivka.charts.bounds.MAX_POINTS` steps whole claimants are left out),
    and a row's tooltip names its first claim and how many more reports there are (the
    quotes are in the ledger's table): ``thinned`` says what was done (None when
    nothing was). ``used`` holds the reports the drawn rows stand for (*reports* is
    :func:`~makiivka.charts.reports.report_rows`, if made).
    """
    claims = dataset.claims
    event = dataset.package.event
    tz = event["timezone"]
    styles = side_styles(dataset.package)
    labels = side_labels(styles)
    series = analysis.revisions(claims, min_steps=1, timezone=tz)
    scope = event_scope(dataset.package)
    series = series[(series["scope"] == scope) & ~series["side"].isin(OWN_VOICES)]
    metric = metric or series_metric(series, compared_metrics(dataset.package))
    series = series[(series["metric"] == metric)]
    quotes = claims.set_index("claim_id")["quote"].astype(str)
    kinds = dataset.claimants.set_index("claimant_id")["kind"].astype(str).to_dict()
    order = [*styles]
    series = series.assign(
        side_rank=[order.index(s) if s in order else len(order) for s in series["side"]]
    ).sort_values(["side_rank", "stated_at", "claimant"], kind="stable")
    colours: dict[str, str] = {}
    drawn = list(dict.fromkeys(series["side"].astype(str)))
    for side, group in series.groupby("side", sort=False, observed=True):
        names = list(dict.fromkeys(group["claimant"].astype(str)))
        # Claimants of different sides never share a hue family (new user 24b): a shade
        # too near another side's colour gives way to one that is not.
        avoid = tuple(dict.fromkeys([*(styles[s][1] for s in drawn if s != str(side)),
                                     *colours.values()]))  # fmt: skip
        own = shades(styles[str(side)][1], len(names), avoid=avoid)
        for claimant, colour in zip(names, own, strict=True):
            colours[claimant] = colour
    # A figure apart from its line (known only by its day), or of a party's catch-all
    # claimant (many voices, new user 27), revises nothing.
    series["many_voices"] = series["claimant"].isin(claims.attrs.get("many_voices", ()))
    kept = series[~apart(series)]
    steps_of = kept.groupby("claimant", observed=True)["step"].nunique().to_dict()
    rows = []
    # Each claimant's figures stay in the order analysis.revisions gives them (a date without
    # a time is its day's start, in the story's zone), never re-sorted by their UTC stamps.
    ordered = series.sort_index().sort_values(["side_rank", "claimant"], kind="stable")
    for r in ordered.itertuples(index=False):
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
                "revised": int(steps_of.get(r.claimant, 0)) > 1,
                "restated": bool(r.restated),
                "unordered": bool(r.unordered),
                "many_voices": bool(r.many_voices),
                "vague": "vague" in str(r.qualifiers).split("; "),
                "value": number(r.value),
                "value_low": number(r.value_low),
                "value_high": number(r.value_high),
                "text": drawn_text(
                    str(r.text), str(r.qualifiers), str(r.figures), " ".join(quotes[i] for i in ids)
                ),
                "stated": stated,
                "claim_id": str(r.claim_ids),
                "quote": quoted(dict.fromkeys(quotes[i] for i in ids)),
                "outlet_text": "; ".join(named(str(r.outlets).split("; "), "outlet", STEP_QUOTES)),
                "status": "reviewed",
            }
        )
    steps = pd.DataFrame(rows)
    thinned = None
    if len(steps) > REVISION_POINTS:
        steps, thinned = thin_steps(steps)
    reports = report_rows(dataset) if reports is None else reports
    used = reports[reports["claim_id"].isin(";".join(steps.get("claim_id", [])).split(";"))]
    if thinned is not None:
        ids = [i.split(";") for i in steps["claim_id"]]
        steps["claim_id"] = [
            i[0] if len(i) == 1 else f"{i[0]} and {len(i) - 1:,} more reports" for i in ids
        ]
        steps = steps.drop(columns=["quote", "outlet_text"])
    occurred = pd.Timestamp(event["occurred_at"])
    noun = event_noun(dataset)
    moment = pd.DataFrame(
        {
            "start": [wall_clock(occurred, tz)],
            "label": [f"{noun[:1].upper()}{noun[1:]}: {format_time(occurred, 'minute', tz)}"],
        }
    )
    return {
        "steps": steps,
        "thinned": thinned,
        "used": used,
        "event": moment,
        "metric": metric,
        "phrase": metric_of(dataset.package, metric).phrase(),
    }
