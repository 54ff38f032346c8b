"""Compute the rows of the gap chart: every party's latest figure per compared metric.

Kept apart from the drawing so that the rows can be bounded for a large ledger without
touching the layout.
"""

from __future__ import annotations

import re

import pandas as pd

from makiivka import analysis
from makiivka.analysis import NOT_STATED
from makiivka.charts.memo import per_dataset
from makiivka.charts.reports import undated
from makiivka.charts.theme import side_labels, side_styles
from makiivka.charts.wording import drawn_text, format_time
from makiivka.story.load import Dataset
from makiivka.story.schema import compared_metrics, metric_of, parties, story_attrs


def story_gap(dataset: Dataset) -> pd.DataFrame:
    """Return :func:`analysis.gap_table` for the dataset's own story: its parties and pair,
    the metrics it compares and its time zone (which figure is the latest)."""
    claims = dataset.claims.copy(deep=False)
    claims.attrs = {**dataset.claims.attrs, **analysis_attrs(dataset.package)}
    return analysis.gap_table(claims)


def analysis_attrs(package) -> dict:
    """Return :func:`story_attrs` with what else the analysis reads of the story: the
    ``metrics`` the gap compares and the ``timezone`` times are compared in."""
    return {**story_attrs(package), "metrics": compared_metrics(package),
            "timezone": package.event.get("timezone")}  # fmt: skip


#: Notes that say a figure counts a part of the toll ("part: rescued by its own ship").
PART = re.compile(r"(?i)\bpart\b")


def day_said(stamp: pd.Timestamp, precision: str, timezone: str, by: bool = False) -> str:
    """Say a compared figure's date short, for its value label (new user 27: the coast
    guard's 41 of 20 Oct beside the UN's 35 of 19 Oct, undated on the chart): its local day
    ('20 Oct'; 'by 20 Oct' where the article only dates it *by* its publication), a month
    ('Oct 2026') or a year.

    >>> t = pd.Timestamp("2026-10-19T23:30Z")
    >>> day_said(t, "minute", "Europe/Rome"), day_said(t, "day", "UTC", by=True)
    ('20\xa0Oct', 'by\xa019\xa0Oct')
    >>> day_said(t, "month", "UTC"), day_said(t, "year", "UTC")
    ('Oct\xa02026', '2026')
    """
    if precision in ("minute", "second"):
        stamp = stamp.tz_convert(timezone)
    said = {"month": f"{stamp:%b}\u00a0{stamp:%Y}", "year": f"{stamp:%Y}"}.get(precision)
    return said or ("by\u00a0" if by else "") + f"{stamp.day}\u00a0{stamp:%b}"  # kept whole


def gap_columns(table: pd.DataFrame) -> list[str]:
    """Return the sides the gap table has columns for: parties, then third-party claimants."""
    return [c for c in table.columns if f"{c}_value" in table.columns]


def gap_metrics(dataset: Dataset, table: pd.DataFrame) -> list[str]:
    """Return the compared metrics (the story's ``compare: true``) anyone gave a figure for."""
    return [m for m in compared_metrics(dataset.package) if m in set(table["metric"])]


@per_dataset
def gap_rows(dataset: Dataset) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return one display row per compared metric and side, and :func:`analysis.gap_table`.

    Every party has a row for every compared metric anyone stated ("not stated" where
    it gave none, never zero), and every third-party claimant that gave a figure has
    one. ``side`` is the party id (``third_party`` for a third-party claimant, whose id
    is in ``column``); ``text`` the figure with its qualifier ("some 7,000"); ``day`` its
    date, short (:func:`day_said`), "" where it gave none; ``part`` whether a note of its
    rows says it counts a part (:data:`PART`: a rescue ship's own 23 beside the 74 rescued).
    """
    claims = dataset.claims
    tz = dataset.package.event["timezone"]
    labels = side_labels(side_styles(dataset.package))
    table = story_gap(dataset)
    party_ids = {p.id for p in parties(dataset.package)}
    indexed = table.set_index("metric")
    found = analysis.assertions(claims).set_index("assertion_id")
    quotes = claims.set_index("claim_id")["quote"].astype(str)
    outlets = claims.set_index("claim_id")["outlet_name"].astype(str)
    notes = claims.set_index("claim_id")["notes"].fillna("").astype(str)
    rows = []
    for metric in gap_metrics(dataset, table):
        hit = indexed.loc[metric]
        for column in gap_columns(table):
            side = column if column in party_ids else "third_party"
            text = str(hit[column])
            if side == "third_party" and text == NOT_STATED:
                continue

            def get(c, s=column, h=hit):
                value = h[f"{s}_{c}"]
                return None if pd.isna(value) else value

            ids = str(get("claim_ids") or "").split(";") if get("claim_ids") else []
            if ids:
                assertion = found.loc[ids[0]]
                text = drawn_text(  # the assertion's own text: the table's is qualified
                    assertion["text"],
                    assertion["qualifiers"],
                    assertion["figures"],
                    assertion["quotes"],
                )
            stamp = get("stated_at")
            rows.append(
                {
                    "metric": metric,
                    "metric_text": metric_of(dataset.package, metric).label.capitalize(),
                    "side": side,
                    "side_label": labels[side],
                    "side_text": str(get("claimant_name"))
                    if side == "third_party"
                    else labels[side],
                    "text": text,
                    "missing": not ids,
                    **{
                        c: None if get(c) is None else int(get(c))
                        for c in ("value", "value_low", "value_high")
                    },
                    "claimant_name": get("claimant_name") or "",
                    "claim_id": ";".join(ids),
                    "quote": " | ".join(dict.fromkeys(quotes[i] for i in ids)),
                    "outlet_text": "; ".join(dict.fromkeys(outlets[i] for i in ids)),
                    "stated": ""
                    if stamp is None
                    else ("no later than " if undated(claims, ";".join(ids)) else "")
                    + format_time(stamp, str(get("stated_at_precision")), tz),
                    "part": any(PART.search(notes[i]) for i in ids),
                    "day": ""
                    if stamp is None
                    else day_said(
                        pd.Timestamp(stamp),
                        str(get("stated_at_precision")),
                        tz,
                        undated(claims, ";".join(ids)),
                    ),
                    "status": "reviewed",
                    "ratio_text": str(hit["ratio_text"]).split(":")[0],
                }
            )
    return pd.DataFrame(rows), table
