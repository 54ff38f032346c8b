"""Lay out the house chart: title, subtitle, body, source line, text tables and marks."""

from __future__ import annotations

import altair as alt
import pandas as pd

from makiivka.charts.measure import wrap
from makiivka.charts.theme import INK, MUTED, STATUS_OPACITY, apply_theme, house_config

#: Below this many px a chart takes its narrow layout (labels above rows, fewer columns).
NARROW = 480
#: Width in px of the narrow variant the build makes for phones (a 375 px screen, less margins).
PHONE_WIDTH = 360
#: Widths in px a chart page carries its chart laid out at, besides its natural width: the
#: page draws the widest that fits its container (320 px phones, 600 px article columns).
#: Each layout repeats its rows (quotes included), so a page holds few: four keep the
#: pages under 200 KB.
LAYOUT_WIDTHS = (320, PHONE_WIDTH, 600)


def number(value: object) -> float | None:
    """Return *value* as a float, or None when it is missing (None, NA or NaN)."""
    return None if value is None or pd.isna(value) else float(value)


def nice_top(top: float, ticks: int = 4) -> float:
    """Return *top* rounded up to where a count axis of about *ticks* ticks ends on a tick.

    Vega places ticks as d3 does (steps of 1, 2 or 5 times a power of ten); an axis whose
    end falls between two ticks draws its last label near the end, centred, past the plot.

    >>> nice_top(12_500), nice_top(375), nice_top(876.25), nice_top(51_250)
    (15000.0, 400.0, 1000.0, 60000.0)
    """
    import math

    def step(end: float) -> float:
        raw = end / ticks
        power = 10 ** math.floor(math.log10(raw))
        error = raw / power
        factor = 10 if error >= math.sqrt(50) else 5 if error >= math.sqrt(10) else (
            2 if error >= math.sqrt(2) else 1)  # fmt: skip
        return factor * power

    if top <= 0:
        return top
    end = float(top)
    for _ in range(4):  # a rounded end may take a larger step: round again
        rounded = math.ceil(end / step(end) - 1e-9) * step(end)
        if rounded == end:
            break
        end = rounded
    return float(end)


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
    """Add an ``opacity`` column for marks: 1 for reviewed rows, faded for proposed ones.

    Text is never faded (it keeps its 4.5:1 contrast): a proposed row says "(proposed)".

    A numeric field drawn with ``scale=None`` keeps Vega-Lite from warning that opacity
    should not encode an unsorted discrete field (the status).
    """
    marked = rows.copy()
    marked["opacity"] = [STATUS_OPACITY.get(str(s), 1.0) for s in marked.get("status", [])]
    return marked


#: Opacity channel of a row's marks: read straight from its ``opacity`` column.
OPACITY = alt.Opacity("opacity:Q", scale=None, legend=None)


def footer(lines: list[str], width: int, link: str | None = None) -> alt.Chart:
    """Return the source line as a small text chart to sit under a chart.

    With a *link*, the first line is a link to it ("And 94,960 more reports…" → the
    ledger's table), underlined by its words and drawn in the page's ink.
    """
    data = pd.DataFrame({"line": lines, "n": range(len(lines))})
    text = (
        alt.Chart(data)
        .mark_text(align="left", baseline="middle", fontSize=11, color=MUTED, x=0)
        .encode(y=alt.Y("n:O", axis=None), text="line:N")
        .properties(width=width, height=15 * len(lines))
    )
    if link is None:
        return text
    linked = data.head(1).assign(href=link)
    return alt.layer(
        text.transform_filter("datum.n > 0"),
        alt.Chart(linked)
        .mark_text(align="left", baseline="middle", fontSize=11, color=INK, x=0,
                   fontWeight="bold", cursor="pointer")
        .encode(y=alt.Y("n:O", axis=None), text="line:N", href="href:N"),
    ).properties(width=width, height=15 * len(lines))  # fmt: skip


def frame(
    body: alt.TopLevelMixin,
    title: str,
    subtitle: list[str],
    lines: list[str],
    width: int,
    description: str,
    margin: int = 0,
    link: str | None = None,
) -> alt.VConcatChart:
    """Put *body* under a title and subtitle, over its source line, in the house style.

    Each subtitle paragraph is wrapped to the chart's width (*width* plus a *margin*
    for an axis left of it) so it never runs past the chart.
    """
    wrapped = [line for text in subtitle for line in wrap(text, width + margin, SUBTITLE_SIZE)]
    # Bold type runs about a tenth wider than the regular metrics measure.
    heading = wrap(title, (width + margin) / 1.1, TITLE_SIZE)
    chart = alt.vconcat(body, footer(lines, width, link), spacing=14).properties(
        title=alt.TitleParams(heading if len(heading) > 1 else title, subtitle=wrapped),
        description=description,
    )
    return apply_theme(chart)


def message_chart(
    title: str, sentence: str, source: str, width: int, description: str = ""
) -> alt.VConcatChart:
    """Say *sentence* in a chart's place, under its *title*, over its *source* line.

    What a chart with nothing to draw shows: words, never an empty plot or an axis of zeros.
    """
    lines = wrap(sentence, width, 14)
    body = (
        alt.Chart(pd.DataFrame({"line": ["\n".join(lines)]}))
        .mark_text(align="left", baseline="top", x=0, y=0, fontSize=14, lineBreak="\n")
        .encode(text="line:N")
        .properties(width=width, height=20 * len(lines))
    )
    return frame(
        body, title, [], wrap(source, width, 11), width, description or f"{title}: {sentence}"
    )


#: Most labels a count axis shows: four fit "1,200" at 12 px in 300 px and up.
MAX_TICKS = 4


def count_axis(grid: bool = True) -> alt.Axis:
    """Return a count axis whose labels never run together: few ticks, whole numbers."""
    return alt.Axis(tickCount=MAX_TICKS, format=",d", labelOverlap=True, labelFlush=True, grid=grid)


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


#: Time-axis ticks by the span the axis covers, in days: (longest span, interval, step,
#: label format). A tick per day on a year-long story draws 365 ticks and grid lines
#: (most of the chart's SVG, its labels hidden by overlap removal); a story of a few
#: days keeps a tick per day.
DAY_TICKS = (
    (16, "day", 1, "%-d %b"),
    (70, "week", 1, "%-d %b"),
    (140, "week", 2, "%-d %b"),
    (500, "month", 1, "%b %Y"),
    (1500, "month", 3, "%b %Y"),
)


def day_ticks(domain: list[int]) -> tuple[dict, str]:
    """Return the time axis's ``tickCount`` and label format for a UTC *domain* in ms.

    >>> day_ticks([0, 3 * 86_400_000])
    ({'interval': 'day', 'step': 1}, '%-d %b')
    >>> day_ticks([0, 365 * 86_400_000])
    ({'interval': 'month', 'step': 1}, '%b %Y')
    """
    days = (domain[1] - domain[0]) / 86_400_000
    for longest, interval, step, label in DAY_TICKS:
        if days <= longest:
            return {"interval": interval, "step": step}, label
    return {"interval": "year", "step": 1}, "%Y"
