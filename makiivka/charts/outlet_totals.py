"""Chart how many reports each outlet carried, in whose voice: the outlets chart at scale.

Past :data:`~makiivka.charts.bounds.OUTLET_ROWS` reports the outlets chart counts them
by outlet and voice (attributed to a claimant, relayed in the outlet's own words, or in
the outlet's own voice) instead of drawing each: a bar per outlet and voice, the
outlets that carried most first, at most ``OUTLET_ROWS`` bars; the rest are counted
in the subtitle and every report is in the ledger's table.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from makiivka.charts.bounds import OUTLET_ROWS
from makiivka.charts.layout import axis_top, first_of_group, frame, inner
from makiivka.charts.reports import event_noun, people_phrase, proposed_note, source_lines
from makiivka.charts.rows import place_marks, stacked_layers
from makiivka.charts.theme import side_scale, side_styles
from makiivka.story.load import Dataset

#: Where "and N more reports" points from the outlets page: the ledger on the claims page.
LEDGER_PAGE = "claims.html#ledger"
#: How each voice (``voice_rank``) is named in a row.
VOICES = {0: "attributed to a claimant", 1: "relayed in its own words", 2: "in its own voice"}


def outlet_totals(rows: pd.DataFrame, limit: int = OUTLET_ROWS) -> tuple[pd.DataFrame, int, int]:
    """Count *rows* (reports with ``outlet_name`` and ``voice_rank``) by outlet and voice.

    Outlets are ordered by how many reports they carried (most first, then by name)
    and kept while all their voices fit in *limit* rows. Returns the rows (``outlet_name``,
    ``voice_rank``, ``reports``) and the outlets and reports left out.

    >>> rows = pd.DataFrame({"outlet_name": ["A", "A", "B", "C", "C", "C"],
    ...                      "voice_rank": [0, 2, 0, 0, 0, 1]})
    >>> kept, outlets, reports = outlet_totals(rows, limit=3)
    >>> kept.values.tolist(), outlets, reports
    ([['C', 0, 2], ['C', 1, 1], ['B', 0, 1]], 1, 2)
    """
    counts = rows.groupby(["outlet_name", "voice_rank"], observed=True).size()
    counts = counts.rename("reports").reset_index()
    totals = counts.groupby("outlet_name")["reports"].sum()
    # a party's own publications after the news outlets (makiivka.charts.outlets)
    own = (
        set(rows.loc[rows["own_publication"], "outlet_name"])
        if "own_publication" in rows
        else set()
    )
    order = sorted(totals.index, key=lambda o: (o in own, -totals[o], o))
    kept, room = [], limit
    for outlet in order:
        voices = counts[counts["outlet_name"] == outlet]
        if len(voices) <= room:
            kept.append(voices)
            room -= len(voices)
    frame_ = pd.concat(kept) if kept else counts.head(0)
    shown = set(frame_["outlet_name"])
    left = [o for o in order if o not in shown]
    return frame_.reset_index(drop=True), len(left), int(totals[left].sum())


def draw_totals(dataset: Dataset, parts: dict, width: int | None = None) -> alt.VConcatChart:
    """Lay out the counts of :func:`outlet_totals` to *width* px (padding included)."""
    rows = parts["rows"]
    totals, outlets_left, reports_left = parts["totals"]
    total = inner(width or 640)
    data = totals.assign(
        value=None, value_low=0, value_high=totals["reports"],
        side="media", side_label=side_styles(dataset.package)["media"][0],
        status="reviewed", claim_id="", claimant_name="", stated="",
    )  # fmt: skip
    data["outlet_text"] = data["outlet_name"]
    data["quote"] = [
        f"{n:,} report{'s' * (n != 1)}, {VOICES[v]}; every quote is in the ledger's table"
        for n, v in zip(data["reports"], data["voice_rank"], strict=True)
    ]
    data["heading"] = [
        f"{o} \u00b7 {VOICES[v]}" if shown else f"\u2003{VOICES[v]}"
        for o, v, shown in zip(
            data["outlet_name"], data["voice_rank"], first_of_group(data["outlet_name"]),
            strict=True,
        )
    ]  # fmt: skip
    data["label"] = [f"{n:,}" for n in data["reports"]]
    top = axis_top(list(data["reports"]), room=1.2)
    scale = side_scale(side_styles(dataset.package), ["media"])
    body = stacked_layers(
        place_marks(data, top), "heading", "Reports, by outlet and voice", [0, top], scale, total
    )
    people = people_phrase(dataset, rows["metric"])
    outlets = rows["outlet_name"].nunique()
    shown = data["outlet_name"].nunique()
    issued = rows.loc[rows["own_publication"], "outlet_name"].nunique()
    which = (
        f"the {shown} outlets that carried most, of {outlets}"
        if shown < outlets
        else "its one outlet"
        if outlets == 1
        else f"all {outlets} outlets"
    )
    if issued and shown == outlets:  # a party's own channel or release is no news outlet
        news = outlets - issued
        own = f"{issued:,} parties' own publications" if issued > 1 else "1 party's own publication"
        outlets_said = "its one news outlet" if news == 1 else f"all {news:,} news outlets"
        which = f"{outlets_said} and {own}" if news else own
    said = (
        f"The {len(rows):,} reports of {people} in the {event_noun(dataset)}, counted by "
        f"outlet and voice: {which}."
    )
    if outlets_left:
        said += (
            f" {reports_left:,} more reports by {outlets_left:,} other outlet"
            f"{'s' * (outlets_left != 1)} are in the ledger's table."
        )
    more = (
        [f"And {reports_left:,} more reports by {outlets_left:,} other outlets: every report "
         "is in the ledger's table."] if outlets_left else []
    )  # fmt: skip
    return frame(
        body,
        "How the outlets reported it",
        [said, "A bar counts an outlet's reports in one voice; each figure is in the table."],
        [*more, *source_lines(rows, total, proposed_note(dataset.claims))],
        total,
        f"Bar chart of {len(rows):,} reports of {people} counted by outlet and voice: "
        + "; ".join(
            f"{o}, {VOICES[v]}: {n:,}"
            for o, v, n in zip(
                data["outlet_name"], data["voice_rank"], data["reports"], strict=True
            )
        )
        + (
            f"; and {reports_left:,} more reports by {outlets_left:,} outlets."
            if outlets_left
            else "."
        ),
        link=LEDGER_PAGE if outlets_left else None,
    )


__all__ = ["VOICES", "draw_totals", "outlet_totals"]
