"""Chart and tabulate every figure in the ledger as a reader meets it."""

from __future__ import annotations

import altair as alt
import pandas as pd

from makiivka.charts.layout import frame, table_layers
from makiivka.charts.measure import and_list, text_width
from makiivka.charts.reports import event_noun, proposed_note, report_rows, source_lines
from makiivka.charts.theme import side_scale, side_styles
from makiivka.story.load import Dataset


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


def claims_chart(dataset: Dataset) -> alt.VConcatChart:
    """Chart every figure in the ledger as a reader meets it, with claimant, side and outlet."""
    rows = report_rows(dataset)
    columns = [
        ("claimant_name", "Claimant", 160, True),
        ("side_label", "Side", fit_words(rows["side_label"], 55), False),
        ("figure", "Figure as stated", 130, False),
        ("coded", "Coded as", 150, False),
        ("metric_text", "Metric", 140, False),
        ("outlet_text", "Outlet", 160, False),
        *([("status", "Status", 60, False)] if (rows["status"] != "reviewed").any() else []),
        ("quote", "Quote", 240, False),
    ]
    scale = side_scale(side_styles(dataset.package), list(rows["side"]))
    table, width = table_layers(rows, columns, scale)
    note = proposed_note(dataset.claims, shown=True)
    return frame(
        table,
        "What each side claims",
        [
            f"Every figure the articles report, in reading order: {len(rows)} "
            f"report{'s' * (len(rows) != 1)} from {voices(rows)}.",
            "\u201cFigure as stated\u201d is the article's wording and the quote the passage it "
            "comes from; \u201ccoded as\u201d gives the bounds we read from it (an open bound "
            "stays open).",
        ],
        source_lines(rows, width, note),
        width,
        f"Table of {len(rows)} figures reported about the {event_noun(dataset)}, one per row, "
        "with claimant, "
        "side, the figure as worded, its coded bounds, metric, outlet"
        + (", review status" if (rows["status"] != "reviewed").any() else "")
        + " and the quote.",
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


def fit_words(texts: pd.Series, least: int) -> int:
    """Return a column width in px wide enough that no word of *texts* is cut off."""
    words = [w for t in texts for w in str(t).split()]
    return max([least, *(int(text_width(w, 12) / 0.97) + 2 for w in words)])
