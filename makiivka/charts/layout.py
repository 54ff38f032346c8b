"""Lay out the house chart: title, subtitle, body, source line, text tables and marks."""

from __future__ import annotations

import altair as alt
import pandas as pd

from makiivka.charts.measure import wrap
from makiivka.charts.theme import MUTED, RULE, STATUS_OPACITY, apply_theme

#: An open bound is drawn as an arrow this share of the axis long, then "or more".
ARROW_SHARE = 0.07


def number(value: object) -> float | None:
    """Return *value* as a float, or None when it is missing (None, NA or NaN)."""
    return None if value is None or pd.isna(value) else float(value)


def place_marks(frame_: pd.DataFrame, top: float) -> pd.DataFrame:
    """Add the x positions of points, bars, open arrows and labels for :func:`range_layers`."""
    placed = frame_.copy()
    arrow = ARROW_SHARE * top
    values = [number(v) for v in placed["value"]]
    highs = [number(v) for v in placed["value_high"]]
    lows = [
        lo if lo is not None else v
        for lo, v in zip((number(v) for v in placed["value_low"]), values, strict=True)
    ]
    ends = [
        None if lo is None or hi is not None else lo + arrow
        for lo, hi in zip(lows, highs, strict=False)
    ]
    placed["x_low"] = lows
    placed["x_value"] = values
    placed["x_high"] = highs
    placed["arrow_end"] = ends
    # Right of everything the row draws: "fewer than 40" has its point (40) past its bound.
    placed["label_x"] = [
        max([x for x in (end, hi, lo, v) if x is not None], default=0.0)
        for end, hi, lo, v in zip(ends, highs, lows, values, strict=True)
    ]
    return placed


def axis_top(values: list[object], room: float = 1.3) -> float:
    """Return an axis maximum that leaves *room* for labels right of the largest figure."""
    numbers = [float(v) for v in values if v is not None and not pd.isna(v)]
    return (max(numbers) if numbers else 1.0) * room


def first_of_group(values: pd.Series) -> list[str]:
    """Keep a group label on the first row of each run and blank the repeats."""
    shown, previous = [], None
    for value in values:
        shown.append("" if value == previous else str(value))
        previous = value
    return shown


ROW_HEIGHT = 24


#: Type size and line height of the claims table, and the gap between its columns.
TABLE_SIZE = 12


LINE_HEIGHT = 15


COLUMN_GAP = 10


SUBTITLE_SIZE = 13


TOOLTIP = [
    alt.Tooltip("quote:N", title="Quote"),
    alt.Tooltip("claimant_name:N", title="Claimant"),
    alt.Tooltip("outlet_text:N", title="Outlet"),
    alt.Tooltip("stated:N", title="Stated"),
    alt.Tooltip("claim_id:N", title="Claim"),
]


def footer(lines: list[str], width: int) -> alt.Chart:
    """Return the source line as a small text chart to sit under a chart."""
    data = pd.DataFrame({"line": lines, "n": range(len(lines))})
    return (
        alt.Chart(data)
        .mark_text(align="left", baseline="middle", fontSize=11, color=MUTED, x=0)
        .encode(y=alt.Y("n:O", axis=None), text="line:N")
        .properties(width=width, height=15 * len(lines))
    )


def frame(
    body: alt.TopLevelMixin,
    title: str,
    subtitle: list[str],
    lines: list[str],
    width: int,
    description: str,
    margin: int = 0,
) -> alt.VConcatChart:
    """Put *body* under a title and subtitle, over its source line, in the house style.

    Each subtitle paragraph is wrapped to the chart's width (*width* plus a *margin*
    for an axis left of it) so it never runs past the chart.
    """
    wrapped = [line for text in subtitle for line in wrap(text, width + margin, SUBTITLE_SIZE)]
    chart = alt.vconcat(body, footer(lines, width), spacing=14).properties(
        title=alt.TitleParams(title, subtitle=wrapped), description=description
    )
    return apply_theme(chart)


def text_column(
    rows: pd.DataFrame,
    field: str,
    title: str,
    width: int,
    colour: alt.Scale | None = None,
    limit: int = 0,
) -> alt.Chart:
    """Return one column of a text table: one row per report, headed by *title*.

    With a *colour* scale over side labels, the text takes its side's colour.
    """
    encoding = {
        "y": alt.Y("row:O", axis=None),
        "text": alt.Text(f"{field}:N"),
        "tooltip": TOOLTIP,
        "opacity": alt.Opacity(
            "status:N",
            scale=alt.Scale(domain=list(STATUS_OPACITY), range=list(STATUS_OPACITY.values())),
            legend=None,
        ),
    }
    if colour is not None:
        encoding["color"] = alt.Color(
            "side_label:N", scale=colour, legend=alt.Legend(title="Side", orient="top")
        )
    return (
        alt.Chart(rows)
        .mark_text(align="left", baseline="middle", limit=limit or width, x=0)
        .encode(**encoding)
        .properties(
            width=width,
            height=ROW_HEIGHT * len(rows),
            title=alt.TitleParams(title, anchor="start", fontSize=12, color=MUTED),
        )
    )


def table_layers(
    rows: pd.DataFrame, columns: list[tuple[str, str, int, bool]], scale: alt.Scale
) -> tuple[alt.LayerChart, int]:
    """Set *rows* as a table whose cells wrap over as many lines as they need; return it, width.

    *columns* are (field, header, width in px, coloured by side on *scale*). Every cell is
    shown in full: a long quote wraps rather than ending in "…", which a static
    PNG or PDF could never reveal. Rows are as tall as their tallest cell, with a
    hairline between them; proposed rows are faded.
    """
    rows = rows.copy()
    lefts, left = [], 0
    for _, _, width, _ in columns:
        lefts.append(left)
        left += width + COLUMN_GAP
    total = left - COLUMN_GAP
    lines = {f: [wrap(v, w, TABLE_SIZE) for v in rows[f]] for f, _, w, _ in columns}
    heights = [max(len(cell[i]) for cell in lines.values()) for i in range(len(rows))]
    header = ROW_HEIGHT
    tops = [
        header + sum(ROW_HEIGHT + LINE_HEIGHT * (h - 1) for h in heights[:i])
        for i in range(len(rows))
    ]
    height = header + sum(ROW_HEIGHT + LINE_HEIGHT * (h - 1) for h in heights)
    for field, cells in lines.items():
        rows[f"{field}_lines"] = ["\n".join(c) for c in cells]
    rows["top"] = tops
    rows["text_y"] = [t + (ROW_HEIGHT - TABLE_SIZE) / 2 for t in tops]
    y_scale = alt.Scale(domain=[0, height], range=[0, height], nice=False, zero=False)
    opacity = alt.Opacity(
        "status:N",
        scale=alt.Scale(domain=list(STATUS_OPACITY), range=list(STATUS_OPACITY.values())),
        legend=None,
    )
    heads = pd.DataFrame({"head": [c[1] for c in columns], "x": lefts, "y": 0})
    layers = [
        alt.Chart(heads)
        .mark_text(align="left", baseline="top", fontWeight="bold", color=MUTED)
        .encode(
            x=alt.X("x:Q", axis=None, scale=alt.Scale(domain=[0, total], nice=False, zero=False)),
            y=alt.Y("y:Q", axis=None, scale=y_scale),
            text="head:N",
        ),
        alt.Chart(rows)
        .mark_rule(color=RULE, strokeWidth=0.5, x=0, x2=total)
        .encode(y=alt.Y("top:Q", axis=None, scale=y_scale)),
    ]
    for (field, _, width, colour), x in zip(columns, lefts, strict=True):
        encoding = {
            "y": alt.Y("text_y:Q", axis=None, scale=y_scale),
            "text": alt.Text(f"{field}_lines:N"),
            "tooltip": TOOLTIP,
            "opacity": opacity,
        }
        if colour:
            encoding["color"] = alt.Color(
                "side_label:N", scale=scale, legend=alt.Legend(title="Side", orient="top")
            )
        layers.append(
            alt.Chart(rows)
            .mark_text(
                align="left",
                baseline="top",
                x=x,
                limit=width,
                lineBreak="\n",
                lineHeight=LINE_HEIGHT,
                fontSize=TABLE_SIZE,
            )
            .encode(**encoding)
        )
    return alt.layer(*layers).properties(width=total, height=height), total


def range_layers(
    data: pd.DataFrame, x_title: str, domain: list[float], scale: alt.Scale
) -> list[alt.Chart]:
    """Draw each figure on a count axis: closed ranges as bars, open bounds as arrows.

    *data* needs ``row``, ``x_value`` (or empty), ``x_low``, ``x_high``, ``arrow_end``
    (empty unless the upper bound is open), ``label_x``, ``label``, ``side_label``;
    *scale* colours side labels. The axis has at most :data:`MAX_TICKS` labels, with
    thousands separators, so wide counts never run together.
    """
    x = alt.X(
        "x_low:Q",
        title=x_title,
        scale=alt.Scale(domain=domain, nice=False),
        axis=count_axis(),
    )
    colour = alt.Color("side_label:N", scale=scale, legend=None)
    base = alt.Chart(data).encode(y=alt.Y("row:O", axis=None), color=colour, tooltip=TOOLTIP)
    closed = base.transform_filter("isValid(datum.x_high) && datum.x_high > datum.x_low")
    open_ = base.transform_filter("isValid(datum.arrow_end)")
    valued = base.transform_filter("isValid(datum.x_value)")
    return [
        closed.mark_rule(strokeWidth=7, opacity=0.35).encode(x=x, x2="x_high:Q"),
        open_.mark_rule(strokeWidth=1.5, strokeDash=[4, 3]).encode(x=x, x2="arrow_end:Q"),
        open_.mark_point(shape="triangle-right", filled=True, size=60).encode(
            x=alt.X("arrow_end:Q", scale=alt.Scale(domain=domain, nice=False))
        ),
        valued.mark_point(filled=True, size=70, opacity=1).encode(
            x=alt.X("x_value:Q", scale=alt.Scale(domain=domain, nice=False))
        ),
        base.mark_text(align="left", dx=8, fontSize=12).encode(
            x=alt.X("label_x:Q", scale=alt.Scale(domain=domain, nice=False)), text="label:N"
        ),
    ]


#: Most labels a count axis shows: four fit "1,200" at 12 px in 300 px and up.
MAX_TICKS = 4


def count_axis() -> alt.Axis:
    """Return a count axis whose labels never run together: few ticks, whole numbers."""
    return alt.Axis(tickCount=MAX_TICKS, format=",d", labelOverlap=True, labelFlush=True)


def parse_times(chart: alt.Chart, *fields: str) -> alt.Chart:
    """Parse wall-clock text fields as UTC so the chart reads the same in every time zone."""
    return chart.transform_calculate(
        **{f"{f}_t": f"utcParse(datum.{f}, '%Y-%m-%dT%H:%M')" for f in fields}
    )


def time_domain(times: list[str], pad: pd.Timedelta) -> tuple[list[alt.DateTime], str]:
    """Return a UTC-scale domain covering wall-clock *times* with *pad* either side, and its end."""
    stamps = [pd.Timestamp(t) for t in times]
    ends = (min(stamps) - pad, max(stamps) + pad)
    domain = [
        alt.DateTime(
            year=t.year, month=t.month, date=t.day, hours=t.hour, minutes=t.minute, utc=True
        )
        for t in ends
    ]
    return domain, f"{ends[1]:%Y-%m-%dT%H:%M}"
