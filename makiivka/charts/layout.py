"""Lay out the house chart: title, subtitle, body, source line, text tables and marks."""

from __future__ import annotations

import altair as alt
import pandas as pd

from makiivka.charts.measure import wrap
from makiivka.charts.theme import MUTED, STATUS_OPACITY, apply_theme, house_config

#: Below this many px a chart takes its narrow layout (labels above rows, fewer columns).
NARROW = 480
#: Width in px of the narrow variant the build makes for phones (a 375 px screen, less margins).
PHONE_WIDTH = 360

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


SUBTITLE_SIZE = 13


TITLE_SIZE = 18


TOOLTIP = [
    alt.Tooltip("quote:N", title="Quote"),
    alt.Tooltip("claimant_name:N", title="Claimant"),
    alt.Tooltip("outlet_text:N", title="Outlet"),
    alt.Tooltip("stated:N", title="Stated"),
    alt.Tooltip("claim_id:N", title="Claim"),
]


def inner(width: int) -> int:
    """Return the px a chart of total *width* has inside the house padding."""
    return width - 2 * int(house_config()["padding"]) - 4  # 4: Vega's strokes and rounding


def status_opacity(rows: pd.DataFrame) -> pd.DataFrame:
    """Add an ``opacity`` column: 1 for reviewed rows, faded for proposed ones.

    A numeric field drawn with ``scale=None`` keeps Vega-Lite from warning that opacity
    should not encode an unsorted discrete field (the status).
    """
    marked = rows.copy()
    marked["opacity"] = [STATUS_OPACITY.get(str(s), 1.0) for s in marked.get("status", [])]
    return marked


#: Opacity channel of a row's marks: read straight from its ``opacity`` column.
OPACITY = alt.Opacity("opacity:Q", scale=None, legend=None)


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
    # Bold type runs about a tenth wider than the regular metrics measure.
    heading = wrap(title, (width + margin) / 1.1, TITLE_SIZE)
    chart = alt.vconcat(body, footer(lines, width), spacing=14).properties(
        title=alt.TitleParams(heading if len(heading) > 1 else title, subtitle=wrapped),
        description=description,
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
        "opacity": OPACITY,
    }
    if colour is not None:
        # The text names its side; a legend here would conflict with the plot's (none).
        encoding["color"] = alt.Color("side_label:N", scale=colour, legend=None)
    return (
        alt.Chart(status_opacity(rows))
        .mark_text(align="left", baseline="middle", limit=limit or width, x=0)
        .encode(**encoding)
        .properties(
            width=width,
            height=ROW_HEIGHT * len(rows),
            title=alt.TitleParams(title, anchor="start", fontSize=12, color=MUTED),
        )
    )


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


#: Height in px of a row that carries its label above its marks.
STACKED_ROW = 42


def stacked_layers(
    data: pd.DataFrame,
    heading: str,
    x_title: str,
    domain: list[float],
    scale: alt.Scale,
    width: int,
) -> alt.LayerChart:
    """Draw :func:`range_layers` with each row's *heading* field set in a line above its marks.

    The compact dot plot of a narrow page: no text column beside the plot, so the
    marks get the full *width*; a heading longer than the width ends in "…" (the
    data table beside the chart has it whole).
    """
    data = status_opacity(data)
    layers = [layer.encode(opacity=OPACITY) for layer in range_layers(data, x_title, domain, scale)]
    layers.append(
        alt.Chart(data)
        .mark_text(align="left", baseline="bottom", x=0, dy=-8, fontSize=12, limit=width)
        .encode(
            y=alt.Y("row:O", axis=None),
            text=alt.Text(f"{heading}:N"),
            color=alt.Color("side_label:N", scale=scale, legend=None),
            opacity=OPACITY,
            tooltip=TOOLTIP,
        )
    )
    return alt.layer(*layers).properties(width=width, height=STACKED_ROW * max(1, len(data)))


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


def time_domain(times: list[str], pad: pd.Timedelta) -> tuple[list[int], str]:
    """Return a UTC-scale domain covering wall-clock *times* with *pad* either side, and its end."""
    stamps = [pd.Timestamp(t) for t in times]
    ends = (min(stamps) - pad, max(stamps) + pad)
    # Milliseconds since the epoch, not DateTime objects: Vega-Lite compares layers'
    # domains before parsing them and warns that two equal DateTime domains conflict.
    domain = [int(t.tz_localize("UTC").timestamp() * 1000) for t in ends]
    return domain, f"{ends[1]:%Y-%m-%dT%H:%M}"
