"""Build the publication charts from a validated dataset: pure functions, no disk I/O.

Every builder takes a :class:`makiivka.load.Dataset` and returns an Altair chart
whose numbers all come from the ledger through :mod:`makiivka.analysis`. Open
bounds stay open (a short arrow and "or more"), a side with no figure says "not
stated" (never a zero), times are Moscow wall-clock on a UTC scale so a chart
does not move with the reader's clock, and rows proposed by ``makiivka ingest``
show apart from reviewed ones. :data:`CHARTS` maps each stable slug to its builder.
"""

from __future__ import annotations

from collections.abc import Callable

import altair as alt
import pandas as pd

from makiivka.analysis import NOT_STATED
from makiivka.chart_data import (
    ARROW_SHARE,
    GAP_METRICS,
    GAP_SIDES,
    and_list,
    axis_top,
    gap_rows,
    ledger_table,
    outlet_rows,
    place_marks,
    proposed_note,
    report_rows,
    revision_rows,
    source_lines,
    words,
    wrap,
)
from makiivka.load import Dataset
from makiivka.theme import (
    MUTED,
    RULE,
    SIDE_LABELS,
    STATUS_OPACITY,
    apply_theme,
    side_scale,
)

__all__ = [
    "CHARTS",
    "GAP_METRICS",
    "GAP_SIDES",
    "claims_chart",
    "gap_chart",
    "ledger_table",
    "outlets_chart",
    "revision_chart",
]

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
    rows: pd.DataFrame, field: str, title: str, width: int, colour: bool = False, limit: int = 0
) -> alt.Chart:
    """Return one column of a text table: one row per report, headed by *title*."""
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
    if colour:
        encoding["color"] = alt.Color(
            "side_label:N",
            scale=side_scale(list(rows["side"])),
            legend=alt.Legend(title="Side", orient="top"),
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
    rows: pd.DataFrame, columns: list[tuple[str, str, int, bool]]
) -> tuple[alt.LayerChart, int]:
    """Set *rows* as a table whose cells wrap over as many lines as they need; return it, width.

    *columns* are (field, header, width in px, coloured by side). Every cell is
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
                "side_label:N",
                scale=side_scale(list(rows["side"])),
                legend=alt.Legend(title="Side", orient="top"),
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


def claims_chart(dataset: Dataset) -> alt.VConcatChart:
    """Chart every figure in the ledger as a reader meets it, with claimant, side and outlet."""
    rows = report_rows(dataset)
    columns = [
        ("claimant_name", "Claimant", 160, True),
        ("side_label", "Side", 55, False),
        ("figure", "Figure as stated", 130, False),
        ("coded", "Coded as", 150, False),
        ("metric_text", "Metric", 140, False),
        ("outlet_text", "Outlet", 160, False),
        *([("status", "Status", 60, False)] if (rows["status"] != "reviewed").any() else []),
        ("quote", "Quote", 240, False),
    ]
    table, width = table_layers(rows, columns)
    sides = and_list(
        [
            "outlets in their own voice" if side == "Media" else side
            for side in dict.fromkeys(rows["side_label"])
        ]
    )
    note = proposed_note(dataset.claims, shown=True)
    return frame(
        table,
        "What each side claims",
        [
            f"Every figure the articles report, in reading order: {len(rows)} reports "
            f"from {sides}.",
            "\u201cFigure as stated\u201d is the article's wording and the quote the passage it "
            "comes from; \u201ccoded as\u201d gives the bounds we read from it (an open bound "
            "stays open).",
        ],
        source_lines(rows, width, note),
        width,
        f"Table of {len(rows)} figures reported about the strike, one per row, with claimant, "
        "side, the figure as worded, its coded bounds, metric, outlet"
        + (", review status" if (rows["status"] != "reviewed").any() else "")
        + " and the quote.",
    )


def range_layers(data: pd.DataFrame, x_title: str, domain: list[float]) -> list[alt.Chart]:
    """Draw each figure on a count axis: closed ranges as bars, open bounds as arrows.

    *data* needs ``row``, ``x_value`` (or empty), ``x_low``, ``x_high``, ``arrow_end``
    (empty unless the upper bound is open), ``label_x``, ``label``, ``side_label``.
    """
    x = alt.X("x_low:Q", title=x_title, scale=alt.Scale(domain=domain, nice=False))
    colour = alt.Color("side_label:N", scale=side_scale(list(data["side"])), legend=None)
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


def gap_chart(dataset: Dataset) -> alt.VConcatChart:
    """Chart Russia's and Ukraine's latest figures for killed and wounded side by side."""
    data, table = gap_rows(dataset)
    top = axis_top([*data["value"], *data["value_low"], *data["value_high"]])
    placed = place_marks(data, top)
    placed["label"] = placed["text"]
    placed.loc[placed["missing"], "label_x"] = 0
    plot_width = 420
    shown = placed[~placed["missing"]]
    missing = placed[placed["missing"]]
    layers = range_layers(shown, "People (as stated)", [0, top])
    layers.append(
        alt.Chart(missing)
        .mark_text(align="left", dx=2, fontStyle="italic", color=MUTED, fontSize=12)
        .encode(
            x=alt.X("label_x:Q", scale=alt.Scale(domain=[0, top], nice=False)),
            y=alt.Y("row:O", axis=None),
            text="label:N",
            tooltip=[alt.Tooltip("side_label:N", title="Side"), alt.Tooltip("text:N", title="")],
        )
    )
    plot = alt.layer(*layers).properties(width=plot_width, height=ROW_HEIGHT * 1.6 * len(data))
    plot = plot.resolve_scale(x="shared")
    first, second = (SIDE_LABELS[s] for s in GAP_SIDES)
    height = ROW_HEIGHT * 1.6 * len(data)
    left = [
        _gap_text(placed, "metric_shown", "Metric", 80, height, bold=True),
        _gap_text(placed, "side_label", "Side", 70, height, colour=True),
    ]
    right = _gap_text(placed, "ratio_shown", f"{second} ÷ {first}", 150, height, bold=True)
    left[1] = left[1].encode(
        color=alt.Color("side_label:N", scale=side_scale(list(GAP_SIDES)), legend=None)
    )
    body = alt.hconcat(*left, plot, right, spacing=8).resolve_scale(color="shared")
    width = 80 + 70 + plot_width + 150 + 3 * 8
    claims = dataset.claims
    used = claims[claims["claim_id"].isin(";".join(placed["claim_id"]).split(";"))]
    rows = report_rows(dataset)
    rows = rows[rows["claim_id"].isin(used["claim_id"])]
    ratios, notes = gap_notes(table)
    return frame(
        body,
        f"The gap: {first} and {second} on the same strike",
        [f"Each side's latest figure. {second} ÷ {first}: {ratios}.", *notes],
        source_lines(rows, width, proposed_note(claims, shown=False)),
        width,
        "For people killed and wounded in the strike, the latest figure stated by each side: "
        + "; ".join(
            f"{m.lower()}, {s}: {t}"
            for m, s, t in zip(
                placed["metric_text"], placed["side_label"], placed["text"], strict=False
            )
        )
        + f". Ratio {second} ÷ {first}: {ratios}.",
    )


def gap_notes(table: pd.DataFrame) -> tuple[str, list[str]]:
    """Say the ratio for each metric, and what open bounds and missing figures do to it.

    *table* is :func:`analysis.gap_table` with ``metric`` as a column. An open
    bound on the first side (the divisor) means the ratio can only be lower; on
    the second, only higher.
    """
    ratios, notes = [], []
    for row in table[table["metric"].isin(GAP_METRICS)].itertuples(index=False):
        row = row._asdict()
        metric = words(row["metric"])
        missing = [SIDE_LABELS[s] for s in GAP_SIDES if row[s] == NOT_STATED]
        gave = f" ({and_list(missing)} gave no figure)" if missing else ""
        ratios.append(f"{metric}, {row['ratio_text']}{gave}")
        said = []
        for side, lower in zip(GAP_SIDES, (True, False), strict=True):
            low, high = row[f"{side}_value_low"], row[f"{side}_value_high"]
            if pd.isna(low) == pd.isna(high):
                continue
            floor = pd.notna(low)
            bound = f"{int(low if floor else high):,}"
            said.append(
                (
                    lower == floor,
                    f"{SIDE_LABELS[side]}'s count of {bound} {metric} "
                    f"is a {'floor' if floor else 'ceiling'} (\u201c{row[side]}\u201d)",
                )
            )
        if len({down for down, _ in said}) > 1:
            notes.append(
                f"Both sides' counts of the {metric} are open, so the ratio could be "
                "higher or lower."
            )
        elif said:
            direction = "lower" if said[0][0] else "higher"
            notes.append(f"{and_list([t for _, t in said])}, so the ratio can only be {direction}.")
    if (table[list(GAP_SIDES)] == NOT_STATED).any().any():
        notes.append(f"A side that gave no figure reads \u201c{NOT_STATED}\u201d, never zero.")
    return "; ".join(ratios), notes


def _gap_text(
    data: pd.DataFrame,
    field: str,
    title: str,
    width: int,
    height: float,
    colour: bool = False,
    bold: bool = False,
) -> alt.Chart:
    encoding = {"y": alt.Y("row:O", axis=None), "text": alt.Text(f"{field}:N")}
    if colour:
        encoding["color"] = alt.Color(
            "side_label:N",
            scale=side_scale(list(data["side"])),
            legend=alt.Legend(title="Side", orient="top"),
        )
    return (
        alt.Chart(data)
        .mark_text(align="left", baseline="middle", x=0, fontWeight="bold" if bold else "normal")
        .encode(**encoding)
        .properties(
            width=width,
            height=height,
            title=alt.TitleParams(title, anchor="start", fontSize=12, color=MUTED),
        )
    )


def outlets_chart(dataset: Dataset) -> alt.VConcatChart:
    """Chart which outlet carried which figure for people killed or wounded, in whose voice."""
    rows = outlet_rows(dataset)
    top = axis_top([*rows["value"], *rows["value_low"], *rows["value_high"]], room=1.25)
    placed = place_marks(rows, top)
    plot_width = 380
    height = ROW_HEIGHT * len(placed)
    plot = alt.layer(
        *range_layers(placed, "People killed (or wounded, where marked), as worded", [0, top])
    ).properties(width=plot_width, height=height)
    plot = plot.encode(
        opacity=alt.Opacity(
            "status:N",
            scale=alt.Scale(domain=list(STATUS_OPACITY), range=list(STATUS_OPACITY.values())),
            legend=None,
        )
    )
    columns = [
        ("outlet_shown", "Outlet", 120, False, 0),
        ("voice", "Whose figure, in whose voice", 300, True, 0),
        *([("status", "Status", 65, False, 0)] if (placed["status"] != "reviewed").any() else []),
    ]
    left = [text_column(placed, *spec) for spec in columns]
    body = alt.hconcat(*left, plot, spacing=8).resolve_scale(color="shared")
    width = sum(c[2] for c in columns) + plot_width + 8 * len(columns)
    outlets = and_list(list(dict.fromkeys(placed["outlet_name"])))
    subtitle = [
        f"Every report of people killed or wounded in the strike by {outlets}: attributed "
        "to a claimant, relayed in the outlet's own words, or in the outlet's own voice.",
    ]
    ranged = (pd.to_numeric(placed["x_high"]) > pd.to_numeric(placed["x_low"])).any()
    drawn = [
        *(["a bar spans the range read into a vague word"] if ranged else []),
        *(["an arrow marks a bound left open"] if placed["arrow_end"].notna().any() else []),
    ]
    legend = and_list(drawn)
    legend = legend[:1].upper() + legend[1:] + "." if legend else ""
    own = own_voice(placed[placed["status"] == "reviewed"])
    if own or legend:
        subtitle.append(" ".join(filter(None, [own, legend])))
    return frame(
        body,
        "How the outlets reported it",
        subtitle,
        source_lines(placed, width, proposed_note(dataset.claims, shown=True)),
        width,
        f"Dot plot of {len(placed)} reports of people killed or wounded, grouped by outlet: "
        + "; ".join(
            f"{o}, {v}: {f}"
            for o, v, f in zip(placed["outlet_name"], placed["voice"], placed["label"], strict=True)
        )
        + ". Open bounds are drawn as arrows, vague words as ranges.",
    )


def own_voice(rows: pd.DataFrame) -> str:
    """Say what each outlet reports in its own voice, as a journalist would write it.

    One outlet: 'In its own voice, NBC News says “dozens”.' Several: 'In their own
    voices, BBC News says “scores”; NBC News says “dozens” and “more than 60”.'
    """
    said: dict[str, list[str]] = {}
    own = rows[rows["voice_rank"] == 2]
    for outlet, figure in zip(own["outlet_name"], own["figure"], strict=True):
        quoted = f"\u201c{figure}\u201d"
        if quoted not in said.setdefault(outlet, []):
            said[outlet].append(quoted)
    if not said:
        return ""
    clauses = "; ".join(f"{o} says {and_list(f)}" for o, f in said.items())
    return f"In {'its own voice' if len(said) == 1 else 'their own voices'}, {clauses}."


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


def revision_chart(dataset: Dataset) -> alt.VConcatChart:
    """Return a UTC-scale domain around wall-clock *times*, padded by *pad*, and its end."""
    parts = revision_rows(dataset)
    steps, refs, strike = parts["steps"], parts["reference"], parts["strike"]
    metric = str(parts["metric"])
    event = dataset.package.event
    values = [*steps.get("value", []), *steps.get("value_low", []), *refs["value"]]
    top = axis_top(values, room=1.15)
    arrow = ARROW_SHARE * top
    if len(steps):
        steps["y"] = [
            lo if v is None or pd.isna(v) else v
            for v, lo in zip(steps["value"], steps["value_low"], strict=False)
        ]
        steps["arrow_end"] = [
            lo + arrow if hi is None or pd.isna(hi) else None
            for lo, hi in zip(steps["y"], steps["value_high"], strict=True)
        ]
        steps["label_y"] = [
            a if a is not None and not pd.isna(a) else y
            for a, y in zip(steps["arrow_end"], steps["y"], strict=True)
        ]
    width, height = 560, 300
    times = [*steps.get("start", []), *steps.get("end", []), *strike["start"], *refs["start"]]
    domain, edge = time_domain(times, pd.Timedelta(hours=12))
    refs = refs.assign(edge=edge)
    x_title = event.get("timezone_label", event["timezone"])
    y_scale = alt.Scale(domain=[0, top], nice=False)
    colour = alt.Color("side_label:N", scale=side_scale(list(GAP_SIDES)), legend=None)

    def x(field: str) -> alt.X:
        return alt.X(
            f"{field}_t:T",
            scale=alt.Scale(type="utc", domain=domain),
            axis=alt.Axis(
                title=x_title,
                format="%-d %b",
                tickCount={"interval": "day", "step": 1},
                labelAngle=0,
            ),
        )

    def y(field: str) -> alt.Y:
        return alt.Y(f"{field}:Q", scale=y_scale, title=f"People {words(metric)}, as stated")

    tooltip = TOOLTIP
    marks = alt.Chart(steps).encode(color=colour, tooltip=tooltip)
    marks = parse_times(marks, "start", "middle", "end")
    layers = [
        parse_times(alt.Chart(strike), "start")
        .mark_rule(strokeDash=[2, 3], color=MUTED)
        .encode(x=x("start")),
        parse_times(alt.Chart(strike), "start")
        .mark_text(align="left", baseline="top", dx=5, y=4, color=MUTED)
        .encode(x=x("start"), text="label:N"),
        parse_times(alt.Chart(refs), "start", "end", "edge")
        .mark_rule(strokeWidth=6, opacity=0.3)
        .encode(x=x("start"), x2="end_t:T", y=y("value"), color=colour, tooltip=tooltip),
        parse_times(alt.Chart(refs), "start", "end", "edge")
        .mark_rule(strokeDash=[6, 4], strokeWidth=1.5)
        .encode(x=x("start"), x2="edge_t:T", y=y("value"), color=colour, tooltip=tooltip),
        alt.Chart(refs)
        .mark_text(align="right", baseline="bottom", dy=-6, x=width)
        .encode(y=y("value"), text="label:N", color=colour),
    ]
    if len(steps):
        layers += [
            marks.mark_rule(strokeWidth=6, opacity=0.3).encode(
                x=x("start"), x2="end_t:T", y=y("y")
            ),
            marks.mark_line(interpolate="step-after", strokeWidth=2).encode(
                x=x("middle"), y=y("y"), detail="claimant:N"
            ),
            marks.transform_filter("isValid(datum.arrow_end)")
            .mark_rule(strokeDash=[4, 3], strokeWidth=1.5)
            .encode(x=x("middle"), y=y("y"), y2="arrow_end:Q"),
            marks.transform_filter("isValid(datum.arrow_end)")
            .mark_point(shape="triangle-up", filled=True, size=60, opacity=1)
            .encode(x=x("middle"), y=y("arrow_end")),
            marks.mark_point(filled=True, size=80, opacity=1).encode(x=x("middle"), y=y("y")),
            marks.mark_text(baseline="bottom", dy=-9, fontWeight="bold", fontSize=13).encode(
                x=x("middle"), y=y("label_y"), text="text:N"
            ),
        ]
    plot = alt.layer(*layers).properties(width=width, height=height)
    names = list(dict.fromkeys(steps.get("claimant_name", [])))
    who = names[0] if len(names) == 1 else "Each claimant"
    path = " → ".join(
        f"{t} on {s}" for t, s in zip(steps.get("text", []), steps.get("stated", []), strict=True)
    )
    subtitle = [f"{who}: people {words(metric)}, {path or 'no revision in the ledger'}."]
    if len(refs):
        subtitle.append("For reference, " + "; ".join(refs["label"]) + ".")
    subtitle.append(f"Times in {x_title}; a date without a time is drawn across its whole day.")
    rows = report_rows(dataset)
    used = ";".join([*steps.get("claim_id", []), *refs["claim_id"]]).split(";")
    return frame(
        plot,
        f"The revision: {who}'s figure over time" if len(names) == 1 else "The revisions",
        subtitle,
        source_lines(
            rows[rows["claim_id"].isin(used)], width, proposed_note(dataset.claims, False)
        ),
        width,
        f"Line chart of {who}'s figure for people {words(metric)} by the time it was stated, "
        f"in {x_title}: {path}. A dashed vertical line marks the strike"
        + (f"; a dashed horizontal line marks {'; '.join(refs['label'])}." if len(refs) else "."),
        margin=60,
    )


#: Stable chart slugs, in reading order, and the builders that make them from a Dataset.
CHARTS: dict[str, Callable[[Dataset], alt.TopLevelMixin]] = {
    "claims": claims_chart,
    "gap": gap_chart,
    "revision": revision_chart,
    "outlets": outlets_chart,
}
