"""Chart each claimant's figures in the order they were stated: one line per claimant."""

from __future__ import annotations

import altair as alt
import pandas as pd

from makiivka.charts.bounds import inline_csv, thinned_note
from makiivka.charts.labels import dodge
from makiivka.charts.layout import TOOLTIP, day_ticks, frame, inner, parse_times, time_domain
from makiivka.charts.measure import text_width, wrap
from makiivka.charts.reports import event_noun, proposed_note, report_rows, source_lines
from makiivka.charts.revision_layout import APART, ARROW_SHARE, apart, lay_out_steps
from makiivka.charts.revision_words import (
    revision_description,
    revision_finding,
    revision_subtitle,
    revision_title,
    waiting_chart,
    zone_title,
)
from makiivka.charts.theme import MUTED
from makiivka.story.load import Dataset

#: Room in px left of the plot for the count axis, its labels and its title.
AXIS_ROOM = 60
#: Width in px of the chart when none is given, padding included.
REVISION_WIDTH = 680
#: Below this plot width the claimants' names go in a key under the plot, not beside it.
GUTTER_FROM = 420
LINE = 15
TOOLTIP_WITH_FIGURE = [alt.Tooltip("text:N", title="Figure"), *TOOLTIP]
#: Columns of the steps every layout draws (value labels are laid out per width apart).
DRAWN_STEPS = (
    "start", "middle", "end", "claimant", "claimant_name", "restated", "value_low",
    "value_high", "y", "arrow_up", "arrow_down", "text", "stated", "claim_id", "quote",
    "outlet_text", "bar_high", "vague", "segment",
)  # fmt: skip
LABELS = ("label", "label_x", "label_y", "claimant_name")
#: Columns of the steps laid out per width (the value labels' text and place).
PLACED = ["label", "label_x", "label_y"]


def _axis_top(steps: pd.DataFrame) -> float:
    # A vague word's range ("hundreds": 200 to 999) must not squash the stated figures:
    # beside them only its low end sets the axis, and its bar is cut below the event's label
    # (an arrow says so: revision_layout.LABEL_ROOM).
    vague = steps["vague"].astype(bool) if "vague" in steps else pd.Series(False, steps.index)
    low = list(steps.loc[vague, "value_low"]) if (~vague).any() else []
    steps = steps[~vague] if (~vague).any() else steps
    values = [*low, *(v for c in ("value", "value_low", "value_high") for v in steps.get(c, []))]
    numbers = [float(v) for v in values if v is not None and not pd.isna(v)]
    return (max(numbers) if numbers else 1.0) * (1 + 2 * ARROW_SHARE) * 1.1


def edge_apart(steps: pd.DataFrame) -> bool:
    """Tell whether any figure stands apart from its line (:func:`revision_layout.apart`)."""
    return "segment" in steps and steps["segment"].str.contains(APART, regex=False).any()


def revision_layers(
    steps: pd.DataFrame, moment, domain, top, edge, phrase, x_title, thinned: bool = False
):
    """Return the plot's layers: the event, day spans, lines, bounds, points, hit areas, labels.

    A *thinned* chart (many figures) holds its steps once, as CSV text, with only the
    columns it draws (:func:`inline_csv`).
    """
    names = list(dict.fromkeys(steps["claimant_name"])) if len(steps) else []
    colours = list(dict.fromkeys(steps["colour"])) if len(steps) else []
    colour = alt.Color("claimant_name:N", scale=alt.Scale(domain=names, range=colours), legend=None)
    y_scale = alt.Scale(domain=[0, top], nice=False)
    ticks, tick_format = day_ticks(domain)

    def x(field: str, first: bool = False) -> alt.X:
        # The domain is given on the first layer only: Vega-Lite warns of a conflict when
        # the same time domain comes from several layers.
        return alt.X(
            f"{field}_t:T",
            scale=alt.Scale(type="utc", domain=domain) if first else alt.Scale(type="utc"),
            axis=alt.Axis(
                title=x_title, format=tick_format, tickCount=ticks,
                labelAngle=0, labelOverlap="greedy", labelSeparation=4, labelFlush=True,
            ),
        )  # fmt: skip

    def y(field: str) -> alt.Y:
        return alt.Y(
            f"{field}:Q",
            scale=y_scale,
            title=f"{phrase[:1].upper()}{phrase[1:]}, as stated",
            axis=alt.Axis(format=",d", tickCount=4, labelOverlap=True, labelFlush=True),
        )

    event = parse_times(alt.Chart(moment), "start")
    layers = [
        event.mark_rule(strokeDash=[2, 3], color=MUTED).encode(x=x("start", first=True)),
        event.mark_text(align="left", baseline="top", dx=5, y=4, color=MUTED).encode(
            x=x("start"), text="label:N"
        ),
    ]
    if not len(steps):
        return layers
    if thinned:
        # Only what every width draws the same, and only what is drawn, as CSV text: the
        # page holds the table once for all its layouts.
        shared = steps[[c for c in DRAWN_STEPS if c in steps]]
        tips = [t for t in TOOLTIP_WITH_FIGURE if t.to_dict()["field"] in shared]
        chart = alt.Chart(inline_csv(shared)).transform_calculate(edge=f"'{edge}'")
        labels = steps.loc[steps["label"] != "", list(LABELS)]
    else:
        # The value labels apart: every layout's steps are then one table, which the page
        # holds once (round 23's new user: 3 copies of 112 steps' quotes made 220 KB).
        tips, chart = TOOLTIP_WITH_FIGURE, alt.Chart(steps.drop(columns=PLACED).assign(edge=edge))
        labels = steps.loc[steps["label"] != "", [*LABELS, "claim_id"]]
    marks = parse_times(chart, "start", "middle", "end", "edge").encode(color=colour, tooltip=tips)
    said = marks.transform_filter("!datum.vague")  # a vague word's range is its only mark
    # A figure apart from its claimant's line (known only by its day) is never its latest.
    ends = (
        said.transform_filter(f"indexof(datum.segment, '{APART}') < 0")
        if edge_apart(steps)
        else said
    )
    last = ends.transform_window(
        order="rank()", sort=[alt.SortField("middle", order="descending")], groupby=["claimant"]
    ).transform_filter("datum.order == 1")
    layers += [
        # A date without a time spans its day: a light band, the point at its middle.
        said.mark_rule(strokeWidth=6, opacity=0.25).encode(x=x("start"), x2="end_t:T", y=y("y")),
        # A claimant's line, broken after figures of one moment (no order between them).
        said.mark_line(interpolate="step-after", strokeWidth=2).encode(
            x=x("middle"), y=y("y"), detail="segment:N"
        ),
        # The latest figure stands until the claimant says otherwise: dashed to the edge.
        last.mark_rule(strokeDash=[6, 4], strokeWidth=1.5).encode(
            x=x("middle"), x2="edge_t:T", y=y("y")
        ),
        marks.transform_filter("isValid(datum.value_low) && isValid(datum.value_high)")
        .mark_rule(strokeWidth=3)
        .encode(x=x("middle"), y=y("value_low"), y2="bar_high:Q"),
    ]
    for end, shape in (("arrow_up", "triangle-up"), ("arrow_down", "triangle-down")):
        bound = marks.transform_filter(f"isValid(datum.{end})")
        layers += [
            bound.mark_rule(strokeDash=[4, 3], strokeWidth=1.5).encode(
                x=x("middle"), y=y("y"), y2=f"{end}:Q"
            ),
            bound.mark_point(shape=shape, filled=True, size=60, opacity=1).encode(
                x=x("middle"), y=y(end)
            ),
        ]
    layers += [
        said.transform_filter("!datum.restated")
        .mark_point(filled=True, size=80, opacity=1)
        .encode(x=x("middle"), y=y("y")),
        said.transform_filter("datum.restated")
        .mark_point(filled=False, size=80, opacity=1, strokeWidth=2)
        .encode(x=x("middle"), y=y("y")),
        # A tap target of 24 px or more around every point, holding its tooltip (clipped
        # to the plot, so that one at its edge never widens the chart).
        marks.mark_point(filled=True, size=700, opacity=0, shape="square", clip=True).encode(
            x=x("middle"), y=y("y")
        ),
        parse_times(alt.Chart(labels), "label_x")
        .mark_text(baseline="middle", align="center", fontWeight="bold", fontSize=12)
        .encode(x=x("label_x"), y=y("label_y"), text="label:N", color=colour),
    ]
    return layers


def name_labels(steps: pd.DataFrame, top: float, height: float, room: float) -> pd.DataFrame:
    """Return each claimant's name beside its line's end, wrapped to *room* px and dodged."""
    # A figure apart from its line is never its latest: the name says the figure the dashed
    # line runs on from (new user 26's 2,800, not the 2,950 of no known order with it).
    away = apart(steps)
    lined = steps[~away | ~steps["claimant"].isin(steps.loc[~away, "claimant"])]
    ends = lined.groupby("claimant", sort=False).tail(1)
    lines = [
        wrap(f"{n}: {t}", room, 12)
        for n, t in zip(ends["claimant_name"], ends["text"], strict=True)
    ]
    heights = [LINE * len(ln) for ln in lines]
    wanted = [height - y / top * height for y in ends["y"]]
    centres = dodge(wanted, heights, 0, max(height, sum(heights)))
    return pd.DataFrame(
        {
            "claimant_name": ends["claimant_name"].tolist(),
            "colour": ends["colour"].tolist(),
            "text": ["\n".join(ln) for ln in lines],
            "top": [c - h / 2 for c, h in zip(centres, heights, strict=True)],
        }
    )


def draw_revision(dataset: Dataset, parts: dict, width: int | None = None) -> alt.VConcatChart:
    """Lay out the rows of :func:`~makiivka.charts.series.revision_rows` to *width* px."""
    event = dataset.package.event
    x_title = zone_title(event)
    total = inner(width or REVISION_WIDTH) - AXIS_ROOM
    if (
        waiting := waiting_chart(dataset, parts["steps"], inner(width or REVISION_WIDTH))
    ) is not None:
        return waiting
    body, steps = revision_body(dataset, parts, width)
    subtitle = revision_subtitle(steps, parts["phrase"], x_title)
    if parts.get("thinned") is not None:
        subtitle.append(thinned_note(parts["thinned"], len(steps)))
    used = parts["used"] if "used" in parts else _used(dataset, steps)
    return frame(
        body,
        revision_title(steps),
        subtitle,
        source_lines(used, total, proposed_note(dataset.claims)),
        total,
        revision_description(steps, parts["phrase"], event_noun(dataset), x_title),
        margin=AXIS_ROOM,
    )


def longest_name(steps: pd.DataFrame) -> float:
    """Return the width in px of the longest name label ('Ministry: 82') beside a line's end."""
    ends = steps.groupby("claimant", sort=False).tail(1) if len(steps) else steps
    names, texts = ends.get("claimant_name", []), ends.get("text", [])
    return max([text_width(f"{n}: {t}", 12) for n, t in zip(names, texts, strict=True)] or [0])


def revision_body(
    dataset: Dataset, parts: dict, width: int | None = None, domain=None, longest=None
):
    """Return one metric's plot with its claimants' names (beside it or under it) and the
    steps as laid out; *domain* is the time axis's (domain, edge), else the rows' own, and
    *longest* the widest name label's px (the same for stacked panels: their plots align)."""
    steps, moment = parts["steps"], parts["event"]
    x_title = zone_title(dataset.package.event)
    total = inner(width or REVISION_WIDTH) - AXIS_ROOM
    longest = longest_name(steps) if longest is None else longest
    gutter = min(longest + 10, round(total * 0.34)) if total >= GUTTER_FROM + 120 else 0
    plot_width = total - gutter
    height = round(min(360, max(220, plot_width * 0.55)))
    top = _axis_top(steps)
    times = [*steps.get("start", []), *steps.get("end", []), *moment["start"]]
    domain, edge = domain or time_domain(times, pd.Timedelta(hours=12))
    if len(steps):
        labelled = parts.get("thinned") is None
        steps = lay_out_steps(steps, top, domain, plot_width, height, labelled)
    layers = revision_layers(
        steps, moment, domain, top, edge, parts["phrase"], x_title, parts.get("thinned") is not None
    )
    plot = alt.layer(*layers).properties(width=plot_width, height=height)
    body: alt.TopLevelMixin = plot
    if len(steps):
        names = name_labels(steps, top, height, gutter - 10 if gutter else total)
        if gutter:
            side = (
                alt.Chart(names)
                .mark_text(align="left", baseline="top", lineBreak="\n", fontSize=12, x=6)
                .encode(
                    y=alt.Y(
                        "top:Q", scale=alt.Scale(domain=[0, height], range=[0, height]), axis=None
                    ),
                    text="text:N",
                    color=alt.Color(
                        "claimant_name:N",
                        scale=alt.Scale(
                            domain=list(names["claimant_name"]), range=list(names["colour"])
                        ),
                        legend=None,
                    ),
                )
                .properties(width=gutter - 6, height=height)
            )
            body = alt.hconcat(plot, side, spacing=0)
        else:
            key = names.assign(top=[LINE * i for i in range(len(names))])
            key["text"] = key["text"].str.replace("\n", " ")
            key_lines = []
            for n, c, t in zip(key["claimant_name"], key["colour"], key["text"], strict=True):
                for line in wrap(f"\u25cf {t}", total, 12):
                    key_lines.append({"claimant_name": n, "colour": c, "text": line})
            key = pd.DataFrame(key_lines).assign(row=range(len(key_lines)))
            keyed = (
                alt.Chart(key)
                .mark_text(align="left", baseline="middle", fontSize=12, x=0)
                .encode(
                    y=alt.Y("row:O", axis=None),
                    text="text:N",
                    color=alt.Color(
                        "claimant_name:N",
                        scale=alt.Scale(
                            domain=list(dict.fromkeys(key["claimant_name"])),
                            range=list(dict.fromkeys(key["colour"])),
                        ),
                        legend=None,
                    ),
                )
                .properties(width=total, height=LINE * len(key))
            )
            body = alt.vconcat(plot, keyed, spacing=10)
    return body, steps


def _used(dataset: Dataset, steps: pd.DataFrame) -> pd.DataFrame:
    rows = report_rows(dataset)
    used = ";".join(steps.get("claim_id", [])).split(";")
    return rows[rows["claim_id"].isin(used)]


__all__ = ["draw_revision", "revision_body", "revision_finding"]
