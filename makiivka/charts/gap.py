"""Chart the gap: every party's and third party's latest figure per compared metric."""

from __future__ import annotations

import altair as alt
import pandas as pd

from makiivka.charts.gap_dates import compared_dates
from makiivka.charts.gap_rows import gap_columns, gap_metrics, gap_rows, story_gap
from makiivka.charts.gap_ties import TIE_MARK, gap_ties
from makiivka.charts.gap_words import gap_notes
from makiivka.charts.layout import (
    axis_top,
    count_axis,
    frame,
    inner,
    message_chart,
    nice_top,
    status_opacity,
)
from makiivka.charts.measure import and_list, text_width, wrap
from makiivka.charts.reports import (
    SOURCE_SIZE,
    event_noun,
    nothing_reviewed,
    proposed_note,
    report_rows,
    source_lines,
    unsaid_note,
)
from makiivka.charts.rows import (
    MARK_ROOM,
    fit_labels,
    label_room,
    place_marks,
    px_y,
    range_layers,
    stack_rows,
    text_column,
)
from makiivka.charts.theme import MUTED, side_labels, side_scale, side_styles
from makiivka.story.load import Dataset
from makiivka.story.schema import metric_of, parties, story_attrs

#: Width in px of the chart when none is given, padding included.
GAP_WIDTH = 760
#: Said under the title when metrics of very different size each have their own scale.
OWN_SCALES = (
    "Each metric is drawn on its own scale, from zero to past its largest figure: "
    "compare the sides within a metric, not across metrics."
)
#: Below this width the ratio goes in a line under each metric's rows, not a column.
RATIO_COLUMN_FROM = 600


def dated(day: str, part: bool) -> str:
    """Say after a value label its date and whether it counts a part: ' (a part, 20 Oct)'.

    >>> dated("20 Oct", False), dated("", True), dated("", False)
    (' (20 Oct)', ' (a part)', '')
    """
    said = [*(["a part"] if part else []), *([day] if day else [])]
    return f" ({', '.join(said)})" if said else ""


def gap_chart(dataset: Dataset, width: int | None = None) -> alt.VConcatChart:
    """Chart every party's and third party's latest figure for each compared metric.

    Laid out to *width* px, padding included (default :data:`GAP_WIDTH`): metric and
    side columns wrap to what they are given, the plot takes the rest; from
    :data:`RATIO_COLUMN_FROM` px the compared pair's ratio is a column at the right,
    below it a line under each metric's rows.
    """
    data, table = gap_rows(dataset)
    return draw_gap(dataset, data, table, width)


def draw_gap(
    dataset: Dataset, data: pd.DataFrame, table: pd.DataFrame, width: int | None
) -> alt.VConcatChart:
    """Lay out the rows of :func:`gap_rows` to *width* px (padding included)."""
    styles = side_styles(dataset.package)
    labels = side_labels(styles)
    pair = story_attrs(dataset.package)["compare"]
    noun = event_noun(dataset)
    first, second = (labels[s] for s in pair)
    ratio_title = f"{second} ÷ {first}"
    total = inner(width or GAP_WIDTH)
    wide = total >= RATIO_COLUMN_FROM - 28
    if not len(data):
        return empty_gap(dataset, first, second, noun, total)
    metric_width = max([58, *(round(text_width(t, 12) * 1.1) + 8 for t in data["metric_text"])])
    # Narrow: each metric's name is a line above its rows, and the plot gets its column.
    metric_width = min(metric_width, round(total * 0.2)) if wide else 1
    side_width = min(
        max([60, *(round(text_width(t, 12)) + 10 for t in data["side_text"])]),
        round(total * (0.3 if wide else 0.36)),
    )
    ratio_width = (
        min(
            round(total * 0.22),
            max(
                [
                    round(text_width(ratio_title, 12) * 1.1) + 8,
                    *(round(text_width(t, 12) * 1.1) + 8 for t in data["ratio_text"]),
                ]
            ),
        )
        if wide
        else 0
    )
    plot_width = max(100, total - metric_width - side_width - ratio_width - 8 * (3 if wide else 2))
    data = data.copy()
    # Each compared figure's date beside the ratio, and days between them said (new user 26).
    when = compared_dates(dataset)
    data["ratio_text"] = [
        f"{r} ({when[m]['said']})" if m in when else r
        for r, m in zip(data["ratio_text"], data["metric"], strict=True)
    ]
    # A figure its claimant gave beside another in no known order is marked, and said in a
    # note under the chart, above its source: on a phone the whole caveat in the label would
    # crowd its row, and in print a tooltip is lost (round 24's new user: the ministry's 38
    # and 27 of one day).
    ties = gap_ties(dataset)
    marked = set(ties["claim_ids"])
    # Each figure carries its date on the chart itself (new user 27: 41 of 20 Oct beside 35
    # of 19 Oct read as one moment's dispute).
    shown = [
        (f"{t}{TIE_MARK}" if c in marked else t) + dated(d, p)
        for t, c, d, p in zip(
            data["text"], data["claim_id"], data["day"], data["part"], strict=True
        )
    ]
    data["metric_lines"] = [
        "\n".join(wrap(t, (metric_width if wide else total) - 4, 12)) for t in data["metric_text"]
    ]
    data["side_lines"] = ["\n".join(wrap(t, side_width - 6, 12)) for t in data["side_text"]]
    data["ratio_lines"] = [
        "\n".join(wrap(t, ratio_width - 4, 12)) if wide else "" for t in data["ratio_text"]
    ]
    firsts = ~data["metric"].duplicated() if len(data) else pd.Series(dtype=bool)
    lasts = ~data["metric"].duplicated(keep="last") if len(data) else pd.Series(dtype=bool)
    # Metrics of very different size (40,000 displaced, 3,166 dead) each get their own scale;
    # their value labels then carry the numbers and the plot has no shared axis.
    tops = {
        m: axis_top([*g["value"], *g["value_low"], *g["value_high"]], room=1.12)
        for m, g in data.groupby("metric", sort=False)
    }
    shared = not tops or max(tops.values()) <= 3 * min(tops.values())
    # Past its largest figure by as much as the labels need to sit right of their marks.
    tops = {
        m: max(t, label_room(data.assign(label=shown)[data["metric"] == m], "label", plot_width))
        for m, t in tops.items()
    }
    if shared:  # one axis, ending on a tick (its last label never past the plot)
        tops = dict.fromkeys(tops, nice_top(max(tops.values(), default=1.0)))
    top = max(tops.values(), default=1.0) if shared else 1.0
    if not shared:
        for column in ("value", "value_low", "value_high"):
            data[column] = [
                None if v is None or pd.isna(v) else v / tops[m]
                for v, m in zip(data[column], data["metric"], strict=True)
            ]
    placed = place_marks(data, top, plot_width)
    placed["label"] = shown
    placed.loc[placed["missing"], "label_x"] = 0
    placed = fit_labels(placed, top, plot_width)
    placed.loc[placed["missing"], "label"] = placed.loc[placed["missing"], "text"]
    # A value label wrapped to fit its row (fit_labels) makes the row as tall as its lines.
    counts = [
        max(
            s.count("\n") + 1,
            (m.count("\n") + 1) if f and wide else 1,
            (r.count("\n") + 1) if f and wide else 1,
            max(str(a).count("\n"), str(b).count("\n")) + 1,
        )
        for s, m, r, f, a, b in zip(
            data["side_lines"], data["metric_lines"], data["ratio_lines"], firsts,
            placed["label"], placed["label_left"], strict=True
        )
    ]  # fmt: skip
    # Narrow: the ratio is a line under each metric's rows, so it never goes missing.
    ratio_rows = [
        (i, f"{ratio_title}: {t}")
        for i, (t, last) in enumerate(zip(data["ratio_text"], lasts, strict=True))
        if last and not wide
    ]
    # a line's room after the ratio: it reads with the rows above it, not as the next
    # metric's heading (round 23's second new user, at 375 px)
    extra = {i: len(wrap(t, total, 12)) + 1 for i, t in ratio_rows}
    heads = {
        i: m.count("\n") + 1
        for i, (m, f) in enumerate(zip(data["metric_lines"], firsts, strict=True))
        if f and not wide
    }
    lines = []
    for i, c in enumerate(counts):
        lines += [*([heads[i]] if i in heads else []), c, *([extra[i]] if i in extra else [])]
    tops, height = stack_rows(lines, gap=6)
    row_tops, ratio_tops, head_tops, k = [], [], [], 0
    for i in range(len(counts)):
        if i in heads:
            head_tops.append(tops[k])
            k += 1
        row_tops.append(tops[k])
        k += 1
        if i in extra:
            ratio_tops.append(tops[k])
            k += 1
    placed["top"] = row_tops
    # A wrapped value label's first line is level with its marks and the row's name, the rest
    # under it, inside the row its lines made taller.
    placed["y"] = [t + MARK_ROOM / 2 for t in row_tops]
    placed["metric_shown"] = [
        m if f and wide else "" for m, f in zip(data["metric_lines"], firsts, strict=True)
    ]
    placed["ratio_shown"] = [
        r if f else "" for r, f in zip(data["ratio_lines"], firsts, strict=True)
    ]
    scale = side_scale(styles, list(dict.fromkeys(placed["side"])))
    phrase = "Count (as stated)"
    # No grid where the ratio lines run under the rows across the plot.
    # One table for every layer and column: the page holds it once per layout.
    placed = status_opacity(placed)
    plot = alt.layer(
        *range_layers(
            placed, phrase, [0, top], scale, height, wide and shared, shared, "!datum.missing"
        )
    )
    plot += (
        alt.Chart(placed)
        .transform_filter("datum.missing")
        .mark_text(align="left", dx=2, fontStyle="italic", color=MUTED, fontSize=12)
        .encode(
            x=alt.X(
                "label_x:Q",
                title=phrase,
                scale=alt.Scale(domain=[0, top], nice=False),
                axis=count_axis(wide) if shared else None,
            ),
            y=px_y(height),
            text="label:N",
        )
    )
    plot = plot.properties(width=plot_width, height=height)
    metric_column: alt.TopLevelMixin = (
        text_column(placed, "metric_shown", "Metric", metric_width, height, bold=True)
        if wide
        else alt.Chart(pd.DataFrame({"top": [0.0]})).mark_text().properties(width=1, height=height)
    )
    if ratio_rows or heads:
        # Narrow, each metric's name heads its rows and its ratio is a line under them: both
        # start in the metric column and run across the row they have to themselves.
        lines_under = pd.DataFrame(
            {
                "top": [*head_tops, *ratio_tops],
                "line": [
                    *(m for m, f in zip(data["metric_lines"], firsts, strict=True) if f),
                    *("\n".join(wrap(t, total - 4, 12)) for _, t in ratio_rows),
                ],
                "head": [True] * len(head_tops) + [False] * len(ratio_tops),
            }
        )
        under = alt.Chart(lines_under).encode(y=px_y(height, "top"), text="line:N")
        heads_under = under.transform_filter("datum.head").mark_text(
            align="left", baseline="top", fontWeight="bold", lineBreak="\n", x=0
        )
        # its ratio in the muted colour of a note, not as bold as the next metric's name
        ratios_under = under.transform_filter("!datum.head").mark_text(
            align="left", baseline="top", color=MUTED, lineBreak="\n", x=0
        )
        metric_column = alt.layer(metric_column, heads_under, ratios_under)
    columns = [
        metric_column,
        text_column(placed, "side_lines", "Side", side_width, height, colour=scale),
        plot,
    ]
    if wide:
        columns.append(
            text_column(placed, "ratio_shown", ratio_title, ratio_width, height, bold=True)
        )
    # "flush": the ratio lines that run on from the metric column do not widen it.
    body = alt.hconcat(*columns, spacing=8, bounds="flush").resolve_scale(color="shared")
    metrics = gap_metrics(dataset, table)
    names = {m: metric_of(dataset.package, m).label for m in metrics}
    ratios, notes = gap_notes(table, pair, labels, metrics, names, when)
    count = len(parties(dataset.package))
    claims = dataset.claims
    used = claims[claims["claim_id"].isin(";".join(placed["claim_id"]).split(";"))]
    rows = report_rows(dataset)
    rows = rows[rows["claim_id"].isin(used["claim_id"])]
    who = (
        "Each side's"
        if count == 2 and (placed["side"] != "third_party").all()
        else "Each party's and third party's"
    )
    return frame(
        body,
        f"The gap: {first} and {second} on the same {noun}",
        [
            f"{who} latest figure. {ratio_title}: {ratios}.",
            *notes,
            *([] if shared else [OWN_SCALES]),
        ],
        [line for tie in ties["sentence"] for line in wrap(f"{TIE_MARK} {tie}", total, SOURCE_SIZE)]
        + source_lines(rows, total, proposed_note(claims), "the latest figures, from "),
        total,
        f"For people {and_list([metric_of(dataset.package, m).label for m in metrics])} in "
        f"the {noun}, the latest figure stated by each side: "
        + "; ".join(
            f"{m.lower()}, {s}: {t}"
            for m, s, t in zip(
                placed["metric_text"], placed["side_text"], placed["text"], strict=True
            )
        )
        + f". Ratio {ratio_title}: {ratios}."
        + "".join(f" {tie}" for tie in ties["sentence"]),
    )


def empty_gap(dataset: Dataset, first: str, second: str, noun: str, total: int) -> alt.VConcatChart:
    """Say in the chart's place that neither compared side has given a figure: no axis of zeros.

    Where every figure still waits for review, say that instead.
    """
    sentence = nothing_reviewed(dataset.claims) or (
        f"Neither {first} nor {second} has given a figure yet."
    )
    note = unsaid_note(dataset.claims)
    return message_chart(
        f"The gap: {first} and {second} on the same {noun}",
        sentence,
        f"Source: claims ledger, no reviewed figure yet. {note}".strip(),
        total,
        f"The gap between {first} and {second} in the {noun}: {sentence}",
    )


__all__ = [
    "draw_gap",
    "empty_gap",
    "gap_chart",
    "gap_columns",
    "gap_metrics",
    "gap_rows",
    "story_gap",
]
