"""Plot and tabulate every figure in the ledger as a reader meets it."""

from __future__ import annotations

import altair as alt
import pandas as pd

from makiivka import analysis
from makiivka.charts.bounds import CLAIMS_ROWS, latest_reports
from makiivka.charts.layout import frame, inner, message_chart
from makiivka.charts.measure import and_list
from makiivka.charts.panels import (
    axis_title,
    heading,
    metric_parts,
    panel_top,
    stack_panels,
    titled,
)
from makiivka.charts.reports import (
    denials,
    drawn_metrics,
    event_noun,
    nothing_reviewed,
    own_channels,
    own_words,
    people_phrase,
    proposed_note,
    report_rows,
    source_lines,
    unsaid_note,
)
from makiivka.charts.rows import place_marks, stacked_layers
from makiivka.charts.theme import side_scale, side_styles
from makiivka.charts.wording import in_sentence
from makiivka.story.load import Dataset
from makiivka.story.schema import event_scope, metric_of


def ledger_table(dataset: Dataset) -> pd.DataFrame:
    """Return the ledger as a reader meets it: one row per figure, in words, with its quote."""
    rows = report_rows(dataset)
    return pd.DataFrame(
        {
            "claim": rows["claim_id"],
            "claimant": rows["claimant_name"],
            "side": rows["side_label"],
            "figure as stated": rows["said"],
            "coded as": rows["coded"],
            "metric": rows["metric_text"],
            "outlet": rows["outlet_text"],
            "stated": rows["stated"],
            "status": rows["status"],
            "quote": rows["quote"],
        }
    )


#: Natural width in px of the claims dot plot, padding included.
CLAIMS_WIDTH = 640


def claims_chart(dataset: Dataset, width: int | None = None) -> alt.VConcatChart:
    """Plot every report of the people the story compares (killed, missing…), in reading order.

    A compact dot plot laid out to *width* px (padding included; default
    :data:`CLAIMS_WIDTH`): each report's claimant and outlet in a line above its
    figure (wrapped, never cut), coloured by side; open bounds as arrows, vague words
    as ranges. The whole ledger, quotes included, is :func:`ledger_table` (an HTML
    table beside it); the subtitle counts what the plot leaves to the table, and why.
    Past :data:`~makiivka.charts.bounds.CLAIMS_ROWS` reports the plot draws each
    claimant's latest report of each metric (:func:`~makiivka.charts.bounds.latest_reports`)
    and says so.
    """
    return draw_claims(dataset, claim_rows(dataset), width)


def claim_rows(dataset: Dataset, reports: pd.DataFrame | None = None) -> dict[str, object]:
    """Return the claims chart's rows, computed once for every width it is laid out to.

    ``rows`` (what the plot draws), ``source`` (every report of the drawn metrics, whose
    count is ``drawn``), ``other`` (the ledger's other figures, left to the table),
    ``left`` (reports of the drawn metrics the summary leaves to the table) and
    ``metrics`` (the story's drawn metrics). *reports* is :func:`report_rows`, if made.
    """
    every = report_rows(dataset) if reports is None else reports
    metrics = drawn_metrics(dataset)
    keep = (every["scope"] == event_scope(dataset.package)) & (every["unit"] == "people")
    chosen = keep & every["metric"].isin(metrics)
    rows = every[chosen].copy()
    source, other = every[chosen], every[~chosen]
    drawn, left = len(rows), 0
    if drawn > CLAIMS_ROWS:
        rows, _ = latest_reports(in_order_stated(rows, dataset), list(side_styles(dataset.package)))
        left = drawn - len(rows)
    rows["row"] = range(len(rows))
    many = rows["reports"] if "reports" in rows else [1] * len(rows)
    own = rows["claimant"].astype(str).isin(own_channels(dataset.claimants))
    rows["heading"] = [
        (own_words(o, s) if c == o else f"{c} \u00b7 {o}")
        + (f", latest of {n:,} reports" if n > 1 else "")
        for c, o, n, s in zip(  # a fact checker's own figure is news, not a party's channel
            rows["claimant_name"],
            rows["outlet_text"],
            many,
            rows["side"].where(own, "media"),
            strict=True,
        )
    ]
    rows["label"] = [
        f if m == metrics[0] else f"{f} {metric_of(dataset.package, m).label}"
        for f, m in zip(rows["figure"], rows["metric"], strict=True)
    ]
    return {"rows": rows, "source": source, "other": other, "drawn": drawn, "left": left,
            "metrics": metrics}  # fmt: skip


def in_order_stated(rows: pd.DataFrame, dataset: Dataset) -> pd.DataFrame:
    """Return *rows* (reports) in the order their figures were stated, denials left out.

    The order is :func:`makiivka.analysis.stated_order`'s in the story's time zone (a date
    without a time is its day's start; ties: the later claim id), so the last report of a
    claimant is its latest statement, whatever article carried it. A denial ("denies 90") is
    a bound on someone else's toll, never the claimant's latest figure: a claimant who only
    denied has no latest report.
    """
    claims = dataset.claims
    denied = set(claims["claim_id"][denials(claims)].astype(str))
    rows = rows[~rows["claim_id"].isin(denied)]
    claims = claims.set_index("claim_id")
    when = pd.DataFrame(
        {c: rows["claim_id"].map(claims[c]) for c in ("stated_at", "stated_at_precision")}
    ).assign(claim_id=rows["claim_id"])
    order = analysis.stated_order(when, dataset.package.event.get("timezone"))["order"]
    return rows.loc[order.sort_values(kind="stable").index]


#: The columns of a report the dot plot draws or shows in its tooltip (a page holds each
#: layout's rows: the rest of a report's columns are in the ledger's table and CSV).
DRAWN = ("claim_id", "claimant_name", "outlet_text", "stated", "quote", "side", "side_label",
         "metric", "status", "heading", "label", "value", "value_low", "value_high")  # fmt: skip


def draw_claims(dataset: Dataset, parts: dict, width: int | None = None) -> alt.VConcatChart:
    """Lay out the rows of :func:`claim_rows` to *width* px (padding included)."""
    rows, metrics = parts["rows"], parts["metrics"]
    drawn, left = int(parts["drawn"]), int(parts["left"])
    body_width = inner(width or CLAIMS_WIDTH)
    if not len(rows):
        people = people_phrase(dataset, metrics)
        note = left_out(parts["other"], dataset)
        return message_chart(
            "What each side claims",
            (nothing_reviewed(dataset.claims)
             or f"No report of {people} in the {event_noun(dataset)} yet.") + note,
            f"Source: claims ledger. {unsaid_note(dataset.claims)}".strip(),
            body_width,
        )  # fmt: skip
    scale = side_scale(side_styles(dataset.package), list(rows["side"]))
    noun = event_noun(dataset)
    shown = [m for m in metrics if m in set(rows["metric"])] or metrics[:1]
    # One panel per metric, each on its own axis (makiivka.charts.panels says why); the
    # panel names the metric, so a value label is the figure alone.
    parts_by_metric = metric_parts(rows, shown) or [(shown[0], rows)]
    panels = []
    for metric, part in parts_by_metric:
        top = panel_top(part)
        drawn_rows = place_marks(part.assign(label=part["figure"])[list(DRAWN)], top).drop(
            columns=["value", "value_low", "value_high"]
        )
        title = axis_title(dataset, metric, "as stated")
        panel = stacked_layers(drawn_rows, "heading", title, [0, top], scale, body_width)
        panels.append(
            titled(panel, heading(dataset, metric)) if len(parts_by_metric) > 1 else panel
        )
    plot = stack_panels(panels)
    note = left_out(parts["other"], dataset)
    people = people_phrase(dataset, rows["metric"])
    order = (
        "each metric on its own scale, in reading order"
        if len(parts_by_metric) > 1
        else "in reading order"
    )
    if drawn > len(rows):
        said = (
            f"{len(rows)} of the {drawn:,} reports of {people} in the {noun}, from "
            f"{voices(rows)}: each claimant's latest report of each metric, the sides taking "
            f"turns, most reported first. The other {left:,} are in the ledger's table."
        )
    else:
        said = (
            f"Every report of {people} in the {noun}, {order}: "
            f"{len(rows)} report{'s' * (len(rows) != 1)} from {voices(rows)}."
        )
    more = [f"And {left:,} more reports: every report is in the ledger's table."] if left else []
    return frame(
        plot,
        "What each side claims",
        [said + note],
        [*more, *source_lines(parts["source"], body_width,
                              proposed_note(dataset.claims))],
        body_width,
        f"Dot plot of {len(rows)} reports of {people} in the {noun}"
        + (", each claimant's latest of each metric: " if drawn > len(rows) else
           ", in reading order: ")
        + "; ".join(f"{h}: {f}" for h, f in zip(rows["heading"], rows["label"], strict=True))
        + ". Open bounds are drawn as arrows, vague words as ranges."
        + note,
        link=LEDGER_LINK if left else None,
    )  # fmt: skip


#: Where "and N more reports" points: the ledger's table on the claims page and in the report.
LEDGER_LINK = "#ledger"


def left_out(rows: pd.DataFrame, dataset: Dataset) -> str:
    """Say how many figures the plot leaves to the table, counted by what they are.

    'The ledger's 7 other figures (2 counting rockets; 5 not about this strike) are in its
    table.'
    Each reason counts only the figures it names: another scope first ("not this
    flood"), then other units, then other metrics of people ("6 counting people present").
    A story metric with a unit of its own is named by its metric and unit, never an "other
    figure" (new user 26's homes), its unit said where its words do not say it: 'The ledger's
    1 figure for homes destroyed is in its table', '2 figures for damage (counted in USD)'.
    """
    if not len(rows):
        return ""
    noun = event_noun(dataset)
    scope = event_scope(dataset.package)
    other_scope = rows["scope"] != scope
    units = {str(m): metric_of(dataset.package, str(m)).unit for m in set(rows["metric"])}
    ids = rows["metric"].astype(str)
    own = ~other_scope & ids.map(lambda m: m != "other" and units[m] != "people")
    rest = rows[~own]
    other_scope = other_scope[~own]
    other_unit = ~other_scope & (rest["unit"] != "people")
    people = rest[~other_scope & ~other_unit]
    # The catch-all unit and metric `other` are both "something else", counted once.
    counts: dict[str, int] = {}
    for metric, count in people["metric"].value_counts(sort=False).items():
        if count:
            what = metric_of(dataset.package, metric)
            said = "something else" if metric == "other" else what.phrase()
            counts[said] = counts.get(said, 0) + int(count)
    if other_unit.any():
        kinds = rest.loc[other_unit, "unit"].astype(str)
        if (kinds == "other").any():
            counts["something else"] = counts.get("something else", 0) + int(
                (kinds == "other").sum()
            )
        if (kinds != "other").any():
            named = sorted(set(kinds[kinds != "other"]))
            counts[and_list(named)] = int((kinds != "other").sum())
    parts = [f"{count:,} counting {said}" for said, count in counts.items()]
    if other_scope.any():
        parts.append(f"{int(other_scope.sum()):,} not about this {noun}")
    said = []
    for m, n in ids[own].value_counts(sort=False).items():
        phrase = metric_of(dataset.package, m).phrase()
        # its unit, where its words do not say it already ("homes destroyed", "rockets fired")
        unit = "" if units[m] in phrase.split() else f" (counted in {units[m]})"
        said.append(f"{n:,} figure{'s' * (n != 1)} for {phrase}{unit}")
    if len(rest):
        other = f"{len(rest):,} other figure{'s' * (len(rest) != 1)} ({'; '.join(parts)})"
        said.append(other)
    count = len(rows)
    return f" The ledger's {and_list(said)} {'are' if count != 1 else 'is'} in its table."


#: How a sentence names the reports of a fixed role.
ROLE_WORDS = {"media": "outlets in their own voice", "third_party": "third parties"}


def voices(rows: pd.DataFrame) -> str:
    """Name the sides the reports come from, in order: 'North, South and outlets …'."""
    sides = dict.fromkeys(zip(rows["side"], rows["side_label"], strict=True))
    return and_list([ROLE_WORDS.get(side, in_sentence(label)) for side, label in sides])


def claims_finding(dataset: Dataset) -> str:
    """Say in one sentence what the claims chart shows: how many figures, from whom.

    'The 2 articles by Meridian Wire and The Harbour Courier report 9 figures, from
    outlets in their own voice, Government, Northern Front and third parties.'
    """
    rows = report_rows(dataset)
    if not len(rows):
        return nothing_reviewed(dataset.claims) or "The ledger holds no claims yet."
    outlets = and_list(sorted(set(rows["outlet_name"])))
    articles = rows["article_id"].nunique()
    said = f"{articles} article{'s' * (articles != 1)}"
    figures = f"{len(rows)} figure{'s' * (len(rows) != 1)}"
    verb = "report" if articles != 1 else "reports"
    note = proposed_note(dataset.claims)
    # The charts count the reports of the metrics they draw: say which of these those are, so
    # "48 figures" here and "47 reports" under a chart agree (new user 26's homes count).
    source = claim_rows(dataset, rows)["source"]
    drawn = len(source)
    counted = (
        f"; {drawn:,} of them count {people_phrase(dataset, source['metric'])}, the "
        f"reports the charts count"
        if drawn != len(rows)
        else ""
    )
    found = f"The {said} by {outlets} {verb} {figures}, from {voices(rows)}{counted}."
    return f"{found} {note}".strip()
