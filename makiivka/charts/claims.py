"""Plot and tabulate every figure in the ledger as a reader meets it."""

from __future__ import annotations

import altair as alt
import pandas as pd

from makiivka.charts.layout import axis_top, frame, inner
from makiivka.charts.measure import and_list
from makiivka.charts.reports import (
    drawn_metrics,
    event_noun,
    people_phrase,
    proposed_note,
    report_rows,
    source_lines,
)
from makiivka.charts.rows import place_marks, stacked_layers
from makiivka.charts.theme import side_scale, side_styles
from makiivka.charts.wording import words
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
            "figure as stated": rows["figure"],
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
    """
    every = report_rows(dataset)
    metrics = drawn_metrics(dataset)
    keep = (every["scope"] == event_scope(dataset.package)) & (every["unit"] == "people")
    rows = every[keep & every["metric"].isin(metrics)].copy()
    rows["row"] = range(len(rows))
    rows["heading"] = [
        (f"{o}, in its own voice" if c == o else f"{c} \u00b7 {o}")
        + (" (proposed)" if s != "reviewed" else "")
        for c, o, s in zip(rows["claimant_name"], rows["outlet_text"], rows["status"], strict=True)
    ]
    rows["label"] = [
        f if m == metrics[0] else f"{f} {words(m)}"
        for f, m in zip(rows["figure"], rows["metric"], strict=True)
    ]
    top = axis_top([*rows["value"], *rows["value_low"], *rows["value_high"]], room=1.25)
    body_width = inner(width or CLAIMS_WIDTH)
    scale = side_scale(side_styles(dataset.package), list(rows["side"]))
    noun = event_noun(dataset)
    shown = [m for m in metrics if m in set(rows["metric"])] or metrics[:1]
    title = f"People {words(shown[0])}" + (
        f" (or {' or '.join(words(m) for m in shown[1:])}, where marked), as stated"
        if len(shown) > 1
        else ", as stated"
    )
    plot = stacked_layers(place_marks(rows, top), "heading", title, [0, top], scale, body_width)
    note = left_out(every[~every["claim_id"].isin(rows["claim_id"])], dataset)
    people = people_phrase(dataset, rows["metric"])
    return frame(
        plot,
        "What each side claims",
        [
            f"Every report of {people} in the {noun}, in reading order: "
            f"{len(rows)} report{'s' * (len(rows) != 1)} from {voices(rows)}." + note,
        ],
        source_lines(rows, body_width, proposed_note(dataset.claims, shown=True)),
        body_width,
        f"Dot plot of {len(rows)} reports of {people} in the {noun}, in "
        "reading order: "
        + "; ".join(f"{h}: {f}" for h, f in zip(rows["heading"], rows["label"], strict=True))
        + ". Open bounds are drawn as arrows, vague words as ranges."
        + note,
    )


def left_out(rows: pd.DataFrame, dataset: Dataset) -> str:
    """Say how many figures the plot leaves to the table, counted by what they are.

    'The ledger's 7 other figures (2 counting rockets; 5 not about this strike) are in its
    table.'
    Each reason counts only the figures it names: another scope first ("not this
    flood"), then other units, then other metrics of people ("6 counting people present").
    """
    if not len(rows):
        return ""
    noun = event_noun(dataset)
    scope = event_scope(dataset.package)
    other_scope = rows["scope"] != scope
    other_unit = ~other_scope & (rows["unit"] != "people")
    people = rows[~other_scope & ~other_unit]
    parts = []
    for metric, count in people["metric"].value_counts(sort=False).items():
        if count:
            parts.append(f"{count} counting {metric_of(dataset.package, metric).phrase()}")
    if other_unit.any():
        units = sorted(set(rows.loc[other_unit, "unit"]))
        parts.append(f"{int(other_unit.sum())} counting {and_list(units)}")
    if other_scope.any():
        parts.append(f"{int(other_scope.sum())} not about this {noun}")
    count = len(rows)
    return (
        f" The ledger's {count} other figure{'s' * (count != 1)} ({'; '.join(parts)}) "
        f"{'are' if count != 1 else 'is'} in its table."
    )


#: How a sentence names the reports of a fixed role.
ROLE_WORDS = {"media": "outlets in their own voice", "third_party": "third parties"}


def voices(rows: pd.DataFrame) -> str:
    """Name the sides the reports come from, in order: 'North, South and outlets …'."""
    sides = dict.fromkeys(zip(rows["side"], rows["side_label"], strict=True))
    return and_list([ROLE_WORDS.get(side, label) for side, label in sides])


def claims_finding(dataset: Dataset) -> str:
    """Say in one sentence what the claims chart shows: how many figures, from whom.

    'The 2 articles by Meridian Wire and The Harbour Courier report 9 figures, from
    outlets in their own voice, Government, Northern Front and third parties.'
    """
    rows = report_rows(dataset)
    if not len(rows):
        return "The ledger holds no claims yet."
    outlets = and_list(sorted(set(rows["outlet_name"])))
    articles = rows["article_id"].nunique()
    said = f"{articles} article{'s' * (articles != 1)}"
    figures = f"{len(rows)} figure{'s' * (len(rows) != 1)}"
    verb = "report" if articles != 1 else "reports"
    return f"The {said} by {outlets} {verb} {figures}, from {voices(rows)}."
