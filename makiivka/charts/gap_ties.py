"""Say which of the gap's figures its claimant gave beside another in no known order.

The gap shows one latest figure per claimant and metric, picked by the README's
tie-break ("Which figure is the latest"): a date without a time is its day's start, and
figures of one moment go by the later claim id. Where the same claimant gave another,
different figure of the metric that the ledger holds in no known order with it (both known
only by the same day, or one known only by a day, month or year that holds the other's
time, as :func:`analysis.revisions` marks them ``unordered``), the pick is no known
"latest", and the words say so: 'Ministry of Energy gave 38 and 27 dead on 17 Oct 2026, in
no known order; the chart shows 38 by a tie-break.' (round 24's new user). ``gap.csv``
keeps its columns: the caveat is in the words only.
"""

from __future__ import annotations

import pandas as pd

from makiivka import analysis
from makiivka.charts.gap_rows import gap_columns, story_gap
from makiivka.charts.measure import and_list
from makiivka.charts.memo import per_dataset
from makiivka.charts.reports import undated
from makiivka.charts.theme import side_labels, side_styles
from makiivka.charts.wording import drawn_text, format_time
from makiivka.story.load import Dataset
from makiivka.story.schema import metric_of

#: Marks a figure of the gap chart whose note under the chart says its tie.
TIE_MARK = "*"
#: Coarser first: the span said for a tie is its coarsest figure's ("in Oct 2026").
COARSER = {"year": 3, "month": 2, "day": 1}


def _figure(row) -> tuple:
    """A figure as the revisions compare them: its value, else its bounds ("24 to 99")."""
    if pd.notna(row["value"]):
        return (int(row["value"]),)
    return tuple(None if pd.isna(row[c]) else int(row[c]) for c in ("value_low", "value_high"))


def _span(start: pd.Timestamp, timed: bool, precision: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    """When a figure may have been stated: an instant, or its whole day (month, year)."""
    return (start, start) if timed else (start, start + analysis.SPANS[precision])


def _no_known_order(one: tuple, other: tuple) -> bool:
    """Tell whether two spans of :func:`_span` hold no order: an instant inside the other's
    day (the same instant), or two days (months, years) that overlap."""
    (a, b), (c, d) = one, other
    if a == b and c == d:
        return a == c
    if a == b:
        return c <= a < d
    if c == d:
        return a <= c < b
    return a < d and c < b


@per_dataset
def gap_ties(dataset: Dataset) -> pd.DataFrame:
    """Return one row per gap figure whose claimant gave another in no known order with it.

    Columns (all str): ``metric`` (id), ``column`` (the gap table's party id, or a third
    party's claimant id), ``claim_ids`` (the shown figure's, as the gap table has them),
    ``who`` (the row's name as the gap chart says it, with the
    claimant's name where it differs: "Osman Tektaş (Zonguldak Governorship)"), ``shown``
    (the figure the gap shows, as drawn: "29 or more"), ``others`` (the claimant's other
    figures of that metric in no known order with it, in the order stated, "; "-joined),
    ``when`` ("on 17 Oct 2026", "in Oct 2026" or "no later than 17 Oct 2026" where a figure
    is dated only by its article: the span holding them all) and ``sentence`` (what the
    chart's note and the finding say). Empty, with those columns, where no figure has one.
    Only reviewed figures of the story's scope count, never a denial, as in the gap.
    """
    claims, package = dataset.claims, dataset.package
    tz = package.event["timezone"]
    labels = side_labels(side_styles(package))
    table = story_gap(dataset)
    found = analysis.assertions(claims)
    found = found[~analysis.denied(found, claims)].reset_index(drop=True)
    starts, timed = analysis.local_start(found, tz)
    found["start"], found["timed"] = starts, timed
    found = found.join(analysis.stated_order(found, tz)).sort_values("order", kind="stable")
    rows = []
    for hit in table.to_dict("records"):
        for column in gap_columns(table):
            ids = hit[f"{column}_claim_ids"]
            if pd.isna(ids):
                continue
            picked = found[found["claim_ids"] == ids].iloc[0]
            mine = found[
                (found["claimant"] == picked["claimant"])
                & (found["metric"] == picked["metric"])
                & (found["scope"] == picked["scope"])
            ]
            span = _span(picked["start"], picked["timed"], str(picked["stated_at_precision"]))
            # only figures within a year of it can hold no order with it (a year is the widest)
            year = analysis.SPANS["year"]
            mine = mine[(mine["start"] > span[0] - year) & (mine["start"] <= span[1])]
            others = [
                row
                for _, row in mine.iterrows()
                if row["claim_ids"] != ids
                and _figure(row) != _figure(picked)
                and _no_known_order(
                    span, _span(row["start"], row["timed"], str(row["stated_at_precision"]))
                )
            ]
            if not others:
                continue
            said = [_said(r) for r in (picked, *others)]
            rank = [COARSER.get(str(r["stated_at_precision"]), 0) for r in (picked, *others)]
            widest = (picked, *others)[rank.index(max(rank))]
            precision = str(widest["stated_at_precision"])
            stamp = format_time(widest["stated_at"], precision, tz)
            late = any(undated(claims, r["claim_ids"]) for r in (picked, *others))
            when = (
                f"no later than {stamp}"
                if late
                else f"{'in' if precision in ('month', 'year') else 'on'} {stamp}"
            )
            side = labels.get(column)
            name = str(picked["claimant_name"])
            who = name if side is None or side == name else f"{name} ({side})"
            metric = metric_of(package, hit["metric"]).label
            rows.append(
                {
                    "metric": hit["metric"],
                    "column": column,
                    "claim_ids": ids,
                    "who": who,
                    "shown": said[0],
                    "others": "; ".join(said[1:]),
                    "when": when,
                    "sentence": f"{who} gave {and_list(said)} {metric} {when}, in no known "
                    f"order; the chart shows {said[0]} by a tie-break.",
                }
            )
    columns = ["metric", "column", "claim_ids", "who", "shown", "others", "when", "sentence"]
    return pd.DataFrame(rows, columns=columns, dtype=object)


def _said(row) -> str:
    return drawn_text(row["text"], row["qualifiers"], row["figures"], row["quotes"])


def tie_notes(dataset: Dataset) -> list[str]:
    """Return the sentences of :func:`gap_ties`, in the gap's order (metric, then side)."""
    return gap_ties(dataset)["sentence"].tolist()
