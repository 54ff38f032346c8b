"""Give each metric its own panel and its own count axis, named with the metric and unit.

A ledger mixes figures of very different size: 38,000 people displaced beside 60 to
300 killed. On one shared axis the tolls sit in the first pixels, unreadable, and the
reader compares numbers that count different things. The claims and outlets charts
therefore draw one panel per metric (killed, missing, displaced…), each on its own
axis from zero to past its own largest figure, titled with the metric's name and
its axis with what it counts ("People displaced, as stated"). Open bounds stay open
within each panel, and a metric with no figure draws no panel (the gap chart says
"not stated" for it).
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from makiivka.charts.layout import axis_top, nice_top
from makiivka.charts.theme import INK
from makiivka.story.load import Dataset
from makiivka.story.schema import metric_of

#: Px between two metric panels.
PANEL_SPACING = 18
#: Font size of a panel's heading (the metric's name).
HEADING_SIZE = 13


def metric_parts(rows: pd.DataFrame, metrics: list[str]) -> list[tuple[str, pd.DataFrame]]:
    """Return (metric, its rows) for each of *metrics* that has rows, in that order.

    Each part keeps its rows' order (reading order, or by outlet).
    """
    return [(m, rows[rows["metric"] == m]) for m in metrics if (rows["metric"] == m).any()]


def panel_top(part: pd.DataFrame) -> float:
    """Return a panel's axis maximum: past its own largest figure, with room for labels,
    rounded up to a tick so the axis's last label sits at its end, not past it."""
    return nice_top(axis_top([*part["value"], *part["value_low"], *part["value_high"]], 1.25))


def axis_title(dataset: Dataset, metric: str, how: str) -> str:
    """Name what a panel's axis counts: 'People displaced, as stated' (*how*: 'as stated')."""
    phrase = metric_of(dataset.package, metric).phrase()
    return f"{phrase[:1].upper()}{phrase[1:]}, {how}"


def heading(dataset: Dataset, metric: str) -> str:
    """Return a panel's heading: the metric's label as the story gives it ('Missing')."""
    label = metric_of(dataset.package, metric).label
    return label[:1].upper() + label[1:]


def titled(panel: alt.TopLevelMixin, text: str) -> alt.TopLevelMixin:
    """Put *text* over *panel* as its heading, bold, at its left edge."""
    return panel.properties(
        title=alt.TitleParams(
            text, anchor="start", fontSize=HEADING_SIZE, fontWeight="bold", color=INK, offset=6
        )
    )


def stack_panels(panels: list[alt.TopLevelMixin]) -> alt.TopLevelMixin:
    """Stack metric panels, each keeping its own count axis (a scale per panel)."""
    if len(panels) == 1:
        return panels[0]
    return alt.vconcat(*panels, spacing=PANEL_SPACING).resolve_scale(
        x="independent", color="shared"
    )
