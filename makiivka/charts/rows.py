"""Draw figures as rows on a count axis: rows placed in px, text wrapped, bounds drawn open.

Every row has a ``y`` (the px centre of its marks) and ``height``; text above or
beside its marks is wrapped to the width it has (never cut: a label keeps the
distinction it exists for, "Russian Ministry of Defence, in NBC News's words"), so
rows grow to their lines. A closed range is a bar, an open upper bound an arrow to
the right ("or more"), an open lower bound an arrow to the left ("up to"; "nearly 20,000"
a short solid tick below its point), and every
row's main mark has a tap target of at least 24 px holding its tooltip.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from makiivka.charts.layout import OPACITY, TOOLTIP, count_axis, number, status_opacity
from makiivka.charts.measure import WRAP_SLACK, text_width, wrap
from makiivka.charts.theme import MUTED
from makiivka.text.ranges import near_below

#: An open bound is drawn as an arrow this share of the axis long, and at least this many
#: px: on a phone's narrow plot a shorter arrow's head would sit on the point it leaves.
ARROW_SHARE = 0.07
MIN_ARROW = 20
#: Px between a mark and its value label (the label's ``dx``), and half a point's or an
#: arrow head's width.
LABEL_GAP = 8
HEAD = 6
#: Px a line of 12 px text takes, and the room a row's marks take.
LINE = 15
MARK_ROOM = 24
#: Side of the invisible square around each main mark that takes taps (WCAG 2.5.8: 24 px).
TAP = 28


def arrow_length(top: float, width: float | None = None) -> float:
    """Return an open bound's arrow length in axis units, for a plot *width* px wide."""
    share = ARROW_SHARE if not width else max(ARROW_SHARE, MIN_ARROW / width)
    return share * top


def label_room(rows: pd.DataFrame, label: str, width: float) -> float:
    """Return the least axis maximum that leaves room right of each row's marks for its
    *label* column, in a plot *width* px wide (0 when none asks; a label too wide for any
    room is left to :func:`fit_labels`, which puts it left of its marks).
    """
    needed = 0.0
    arrow_px = arrow_length(1.0, width) * width
    for text, value, low, high in zip(
        rows[label], rows["value"], rows["value_low"], rows["value_high"], strict=True
    ):
        ends = [float(v) for v in (value, low, high) if v is not None and not pd.isna(v)]
        if not ends:
            continue
        open_above = (high is None or pd.isna(high)) and low is not None and not pd.isna(low)
        marks = (arrow_px if open_above else 0) + HEAD
        # The marks themselves (an open bound's arrow and its head) always stay inside.
        needed = max(needed, max(ends) * width / (width - marks))
        room = width - LABEL_GAP - 4 - text_width(str(text), 12) - marks
        # A label that cannot go left of its marks either (a range starting near zero)
        # takes room on the right down to a fifth of the plot, rather than overlap its row.
        left = min(ends) / max(ends) * (width - marks) if max(ends) else 0.0
        cornered = left - LABEL_GAP < text_width(str(text), 12)
        if isinstance(text, str) and room >= (0.2 if cornered else 0.4) * width:
            needed = max(needed, max(ends) * width / room)
    return needed


def place_marks(frame_: pd.DataFrame, top: float, width: float | None = None) -> pd.DataFrame:
    """Add the x positions of points, bars, open arrows (both ways) and value labels.

    ``x_low``/``x_high`` span a closed range; ``arrow_end`` is the tip of an open upper
    bound's arrow and ``arrow_start`` of an open lower bound's ("up to 20,000" points
    left from 20,000); ``label_x`` is right of everything the row draws. Arrows are
    :func:`arrow_length` long in a plot *width* px wide.
    """
    placed = frame_.copy()
    arrow = arrow_length(top, width)
    values = [number(v) for v in placed["value"]]
    lows_given = [number(v) for v in placed["value_low"]]
    highs = [number(v) for v in placed["value_high"]]
    lows = [
        lo if lo is not None else v if v is not None else hi
        for lo, v, hi in zip(lows_given, values, highs, strict=True)
    ]
    placed["x_low"] = lows
    placed["x_value"] = values
    placed["x_high"] = highs
    ends = [
        None if lo is None or hi is not None else lo + arrow
        for lo, hi in zip(lows, highs, strict=True)
    ]
    starts = [
        max(0.0, anchor - arrow) if given is None and anchor is not None else None
        for given, anchor in zip(lows_given, lows, strict=True)
    ]
    # "Nearly 20,000" (coded up to 19,999) is close below 20,000, not anything below it: no
    # arrow open towards zero but its point at 20,000 with a short solid tick below
    # (``near_start``, half an arrow long; the column only where such a row is drawn).
    said = placed["label"] if "label" in placed else placed.get("text")
    near = [
        said is not None and v is not None and hi is not None and lo is None and near_below(w)
        for w, v, lo, hi in zip(
            said if said is not None else placed.index, values, lows_given, highs, strict=True
        )
    ]
    if any(near):
        starts = [None if n else s for n, s in zip(near, starts, strict=True)]
        placed["near_start"] = [
            max(0.0, v - arrow / 2) if n else None for n, v in zip(near, values, strict=True)
        ]
    placed["arrow_end"] = ends
    placed["arrow_start"] = starts
    placed["label_x"] = [
        max([x for x in (end, hi, lo, v) if x is not None], default=0.0)
        for end, hi, lo, v in zip(ends, highs, lows, values, strict=True)
    ]
    return placed


def fit_labels(placed: pd.DataFrame, top: float, width: float) -> pd.DataFrame:
    """Move each value label that would run past the plot's right edge to the left of its
    marks (``label_left`` at ``left_x``), so that no label is cut or widens the chart.

    A label too wide for either side (a 320 px phone's plot, "up to 100, denying more than
    100") is wrapped at spaces into lines on the side with more room, never drawn past the
    plot's left edge onto the names beside it (round 16's new user).
    """
    placed = placed.copy()
    right, left, at = [], [], []
    for label, x, low, start, value in zip(
        placed["label"], placed["label_x"], placed["x_low"], placed["arrow_start"],
        placed["x_value"], strict=True
    ):  # fmt: skip
        ends = [v for v in (low, start, value) if v is not None and not pd.isna(v)]
        after = width - x / top * width - LABEL_GAP
        before = (min(ends) / top * width - LABEL_GAP) if ends else 0.0
        wide = text_width(str(label), 12)
        if wide > after and wide > before and ends:
            lines = wrap(str(label), max(after, before) / WRAP_SLACK, 12)
            label = "\n".join(lines)
            on_right = after >= before
        else:
            on_right = wide <= after or not ends
        right.append(label if on_right else "")
        left.append("" if on_right else label)
        at.append(min(ends) if ends else 0.0)
    placed["label"], placed["label_left"], placed["left_x"] = right, left, at
    return placed


def stack_rows(lines: list[int], gap: int = 4) -> tuple[list[float], float]:
    """Return each row's top in px and the total height, for rows of *lines* text lines.

    A row is as tall as its text (its heading, or its tallest cell) and at least as
    tall as its marks; a row of one line has its marks centred on that line.
    """
    tops, y = [], 0.0
    for count in lines:
        tops.append(y)
        y += max(count * LINE + (MARK_ROOM - LINE), MARK_ROOM) + gap
    return tops, y


def px_y(height: float, field: str = "y") -> alt.Y:
    """Return a y channel in px: the field's value is the distance from the top."""
    return alt.Y(f"{field}:Q", scale=alt.Scale(domain=[0, height], range=[0, height]), axis=None)


def range_layers(
    data: pd.DataFrame,
    x_title: str | list[str],
    domain: list[float],
    scale: alt.Scale,
    height: float,
    grid: bool = True,
    axis: bool = True,
    where: str | None = None,
) -> list[alt.Chart]:
    """Draw each figure on a count axis: closed ranges as bars, open bounds as arrows.

    *data* needs ``y`` (px), ``x_value`` (or empty), ``x_low``, ``x_high``, ``arrow_end``,
    ``arrow_start``, ``label_x``, ``label``, ``side_label`` and ``opacity``; *scale*
    colours side labels. Value labels are never faded; marks of proposed rows are.
    *where* (a Vega expression) picks the rows drawn: a chart whose other layers read
    the same table passes it whole, so that its page holds the table once.
    """
    data = status_opacity(data) if "opacity" not in data else data

    def x(field: str, first: bool = False) -> alt.X:
        # Every layer names the same axis: Vega-Lite drops an axis one layer turns off.
        return alt.X(
            f"{field}:Q",
            title=x_title,
            scale=alt.Scale(domain=domain, nice=False),
            axis=count_axis(grid) if axis else None,
        )

    # The colour scale is written once, on the first layer: the layers share it.
    colour = alt.Color("side_label:N", legend=None)
    base = alt.Chart(data)
    base = (base.transform_filter(where) if where else base).encode(
        y=px_y(height), color=colour, tooltip=TOOLTIP
    )
    faded = base.encode(opacity=OPACITY)
    closed = faded.transform_filter("isValid(datum.x_high) && datum.x_high > datum.x_low")
    above = faded.transform_filter("isValid(datum.arrow_end)")
    below = faded.transform_filter("isValid(datum.arrow_start)")
    valued = faded.transform_filter("isValid(datum.x_value)")
    # A layer none of the rows needs is left out: a page holds every layout's layers, and
    # a chart of several metric panels repeats them per panel.
    has = drawn_kinds(data)
    # A label fit_labels wrapped is drawn on its lines (only then: other specs stay as they were).
    wrapped = any("\n" in str(t) for c in ("label", "label_left") if c in data for t in data[c])
    broken = {"lineBreak": "\n"} if wrapped else {}
    return [
        # The tap target of each row's main mark: a square of TAP px holding the tooltip.
        base.transform_filter("isValid(datum.x_low)")
        .mark_point(shape="square", filled=True, size=TAP * TAP, opacity=0, clip=True)
        .encode(x=x("x_low", first=True), color=alt.Color("side_label:N", scale=scale,
                                                          legend=None)),
        *([closed.mark_rule(strokeWidth=3).encode(x=x("x_low"), x2="x_high:Q")]
          if has["closed"] else []),
        *([above.mark_rule(strokeWidth=1.5, strokeDash=[4, 3]).encode(x=x("x_low"),
                                                                      x2="arrow_end:Q"),
           above.mark_point(shape="triangle-right", filled=True, size=60).encode(
               x=x("arrow_end"))]
          if has["above"] else []),
        *([below.mark_rule(strokeWidth=1.5, strokeDash=[4, 3]).encode(x=x("arrow_start"),
                                                                      x2="x_low:Q"),
           below.mark_point(shape="triangle-left", filled=True, size=60).encode(
               x=x("arrow_start"))]
          if has["below"] else []),
        *([faded.transform_filter("isValid(datum.near_start)").mark_rule(strokeWidth=3)
           .encode(x=x("near_start"), x2="x_value:Q")] if has["near"] else []),
        *([valued.mark_point(filled=True, size=70).encode(x=x("x_value"))]
          if has["valued"] else []),
        base.mark_text(align="left", dx=8, fontSize=12, **broken).encode(
            x=x("label_x"), text="label:N"
        ),
        # A label with no room right of its marks goes left of them ("label_left").
        *(
            [
                base.transform_filter("datum.label_left")
                .mark_text(align="right", dx=-8, fontSize=12, **broken)
                .encode(x=x("left_x"), text="label_left:N")
            ]
            if has["left"]
            else []
        ),
    ]  # fmt: skip


def drawn_kinds(data: pd.DataFrame) -> dict[str, bool]:
    """Tell which of :func:`range_layers`' marks any row of *data* draws."""

    def valid(column: str) -> pd.Series:
        if column not in data:
            return pd.Series(False, index=data.index)
        return pd.to_numeric(data[column], errors="coerce").notna()

    low = pd.to_numeric(data.get("x_low"), errors="coerce") if "x_low" in data else None
    high = pd.to_numeric(data.get("x_high"), errors="coerce") if "x_high" in data else None
    closed = (
        bool(((high > low) & valid("x_high")).any())
        if low is not None and high is not None
        else False
    )
    left = "label_left" in data and bool(data["label_left"].fillna("").astype(str).ne("").any())
    return {"closed": closed, "above": bool(valid("arrow_end").any()),
            "below": bool(valid("arrow_start").any()), "valued": bool(valid("x_value").any()),
            "left": left, "near": bool(valid("near_start").any())}  # fmt: skip


def stacked_layers(
    data: pd.DataFrame,
    heading: str,
    x_title: str,
    domain: list[float],
    scale: alt.Scale,
    width: int,
) -> alt.LayerChart:
    """Draw :func:`range_layers` with each row's *heading* wrapped in lines above its marks.

    The compact dot plot of a narrow page: no text column beside the plot, so the
    marks get the full *width*; a long heading wraps rather than losing its end.
    """
    data = data.copy()
    lines = [wrap(str(h), width, 12) for h in data[heading]]
    tops, height = stack_rows([len(ln) + 1 for ln in lines])
    data["heading_lines"] = ["\n".join(ln) for ln in lines]
    data["heading_top"] = tops
    data["y"] = [t + len(ln) * LINE + MARK_ROOM / 2 for t, ln in zip(tops, lines, strict=True)]
    data["label_x"] = data["label_x"].astype(float)
    # One table for every layer (the marks' layers add the opacity they fade by).
    data = status_opacity(fit_labels(data, domain[1], width))
    layers = range_layers(data, wrap(x_title, width, 12), domain, scale, height)
    layers.append(
        alt.Chart(data)
        .mark_text(align="left", baseline="top", x=0, fontSize=12, lineBreak="\n")
        .encode(
            y=px_y(height, "heading_top"),
            text=alt.Text("heading_lines:N"),
            color=alt.Color("side_label:N", legend=None),
            tooltip=TOOLTIP,
        )
    )
    return alt.layer(*layers).properties(width=width, height=height)


def text_column(
    rows: pd.DataFrame,
    field: str,
    title: str,
    width: int,
    height: float,
    colour: alt.Scale | None = None,
    bold: bool = False,
) -> alt.Chart:
    """Return one column of a text table whose rows sit at the rows' ``top`` px.

    The field holds the cell's wrapped lines joined by newlines; with a *colour* scale
    over side labels, the text takes its side's colour.
    """
    encoding = {"y": px_y(height, "top"), "text": alt.Text(f"{field}:N"), "tooltip": TOOLTIP}
    if colour is not None:
        encoding["color"] = alt.Color("side_label:N", scale=colour, legend=None)
    return (
        alt.Chart(rows)
        .mark_text(
            align="left",
            baseline="top",
            x=0,
            dy=(MARK_ROOM - LINE) / 2,
            lineBreak="\n",
            fontWeight="bold" if bold else "normal",
        )
        .encode(**encoding)
        .properties(
            width=width,
            height=height,
            # A column's title wraps to its width rather than widening the chart; an empty
            # title (a column under another that names it) takes no room.
            **(
                {"title": alt.TitleParams(wrap(title, width, 12), anchor="start", fontSize=12,
                                          color=MUTED)}
                if title
                else {}
            ),
        )
    )  # fmt: skip
