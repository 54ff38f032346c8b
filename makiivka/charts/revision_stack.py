"""Chart every metric anyone revised: a panel per metric, stacked on one time axis.

The revision chart once drew only the metric :func:`~makiivka.charts.series.series_metric`
picks (the dead, mostly); new user 25's story turned on the missing count falling as
bodies were found, which was in no chart. Each metric revised now has its own panel,
heading, sentence and count axis (:func:`~makiivka.charts.revision.revision_body`).
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from makiivka.charts.bounds import thinned_note
from makiivka.charts.layout import frame, inner, time_domain
from makiivka.charts.measure import and_list, wrap
from makiivka.charts.panels import HEADING_SIZE, PANEL_SPACING, heading
from makiivka.charts.reports import event_noun, proposed_note, source_lines
from makiivka.charts.revision import (
    AXIS_ROOM,
    REVISION_WIDTH,
    draw_revision,
    longest_name,
    revision_body,
)
from makiivka.charts.revision_words import (
    revision_description,
    revision_subtitle,
    revision_title,
    zone_title,
)
from makiivka.charts.series import revision_panels
from makiivka.charts.theme import INK
from makiivka.story.load import Dataset


def revision_chart(dataset: Dataset, width: int | None = None) -> alt.VConcatChart:
    """Chart every claimant's figures by the time they were stated: a panel per metric revised.

    One line per claimant in its own shade of its party's colour; a restated figure is
    a hollow point, an open bound an arrow, a range a bar; value labels are placed where
    they collide with nothing (else left to the tooltip). Laid out to *width* px,
    padding included (default :data:`REVISION_WIDTH`): the claimants' names sit beside
    their lines' ends where the plot is :data:`GUTTER_FROM` px or wider, else in a key
    under it. Each metric anyone revised has its own panel, axis and sentence, on one
    time axis (:func:`~makiivka.charts.series.revised_metrics`; new user 25: the missing
    count falling as bodies were found was in no chart); one such metric, or none, is
    drawn alone.
    """
    every = revision_panels(dataset)
    if len(every) == 1:
        return draw_revision(dataset, every[0], width)
    return draw_panels(dataset, every, width)


def draw_panels(dataset: Dataset, every: list[dict], width: int | None = None):
    """Stack the panels of several metrics' rows under one title, on one time axis."""
    event = dataset.package.event
    x_title = zone_title(event)
    total = inner(width or REVISION_WIDTH) - AXIS_ROOM
    times = [t for p in every for c in ("start", "end") for t in p["steps"].get(c, [])] + list(
        every[0]["event"]["start"]
    )
    domain = time_domain(times, pd.Timedelta(hours=12))
    panels, drawn, marks, said = [], [], [], []
    longest = max(longest_name(p["steps"]) for p in every)
    for parts in every:
        body, steps = revision_body(dataset, parts, width, domain, longest)
        phrase = str(parts["phrase"])
        first, how = revision_subtitle(steps, phrase, x_title)
        if parts.get("thinned") is not None:
            first += " " + thinned_note(parts["thinned"], len(steps))
        marks += [m for m in drawn_marks(how) if m not in marks]
        said.append(revision_description(steps, phrase, event_noun(dataset), x_title))
        panels.append(
            body.properties(
                title=alt.TitleParams(
                    heading(dataset, str(parts["metric"])), subtitle=wrap(first, total, 12),
                    anchor="start", fontSize=HEADING_SIZE, fontWeight="bold", color=INK,
                    offset=6, subtitleFontSize=12, subtitleColor=INK,
                )
            )
        )  # fmt: skip
        drawn.append(steps)
    steps = pd.concat(drawn, ignore_index=True)
    names = [heading(dataset, str(p["metric"])).lower() for p in every]
    subtitle = [
        f"Figures of {len(every)} counts were revised, each drawn in its own panel on its "
        f"own axis: {and_list(names)}.",
        f"Times in {x_title}; {and_list(marks)}.",
    ]
    used = pd.concat([p["used"] for p in every]).drop_duplicates("claim_id")
    return frame(
        alt.vconcat(*panels, spacing=PANEL_SPACING * 2).resolve_scale(
            x="independent", y="independent", color="independent"
        ),
        revision_title(steps),
        subtitle,
        source_lines(used, total, proposed_note(dataset.claims)),
        total,
        " ".join(said),
        margin=AXIS_ROOM,
    )


def drawn_marks(how: str) -> list[str]:
    """Return the marks a subtitle's second sentence names ('Times in …; a, b and c.')."""
    listed = how.split("; ", 1)[1].rstrip(".") if "; " in how else ""
    head, _, last = listed.rpartition(" and ")
    return [*(m for m in head.split(", ") if m), last] if head else [listed] if listed else []


__all__ = ["draw_panels", "revision_chart"]
