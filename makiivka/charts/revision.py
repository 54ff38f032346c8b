"""Chart each claimant's figures in the order they were stated."""

from __future__ import annotations

import re

import altair as alt
import pandas as pd

from makiivka import analysis
from makiivka.charts.layout import (
    ARROW_SHARE,
    TOOLTIP,
    axis_top,
    frame,
    inner,
    number,
    parse_times,
    time_domain,
)
from makiivka.charts.measure import and_list, wrap
from makiivka.charts.reports import (
    event_noun,
    proposed_note,
    report_rows,
    source_lines,
    undated,
)
from makiivka.charts.theme import MUTED, side_labels, side_scale, side_styles
from makiivka.charts.wording import format_time, time_span, wall_clock, words
from makiivka.story.load import Dataset
from makiivka.story.schema import event_scope, story_attrs

#: "24 to 99" in a sentence that already says "from … to …" reads "24–99".
SPAN, DASH = re.compile(r"(\d) to (\d)"), "\\1\u2013\\2"


#: Room in px left of the plot for the count axis, its labels and its title.
AXIS_ROOM = 60


#: Room in px above the highest step label for its text and the event's label.
LABEL_ROOM = 48


def revision_rows(dataset: Dataset) -> dict[str, pd.DataFrame]:
    """Return the revised series, the other side's reference figure and the event, for plotting.

    Times are wall-clock text in the event's time zone (start, middle and end of
    the span a date covers); the chart parses them on a UTC scale. A figure the
    article does not date reads "no later than" its publication date; a restated
    figure keeps its step and gets no label of its own.
    """
    claims = dataset.claims
    event = dataset.package.event
    tz = event["timezone"]
    scope = event_scope(dataset.package)
    labels = side_labels(side_styles(dataset.package))
    series = analysis.revisions(claims)
    series = series[series["scope"] == scope]
    metrics = list(dict.fromkeys(series["metric"].astype(str)))
    metric = "killed" if "killed" in metrics else (metrics[0] if metrics else "killed")
    series = series[series["metric"] == metric]
    quotes = claims.set_index("claim_id")["quote"].astype(str)
    rows = []
    for r in series.itertuples(index=False):
        start, middle, end = time_span(r.stated_at, str(r.stated_at_precision), tz)
        ids = str(r.claim_ids).split(";")
        rows.append(
            {
                "start": start,
                "middle": middle,
                "end": end,
                "claimant": str(r.claimant),
                "claimant_name": str(r.claimant_name),
                "side": str(r.side),
                "side_label": labels.get(str(r.side), str(r.side)),
                "step": int(r.step),
                "restated": bool(r.restated),
                "value": number(r.value),
                "value_low": number(r.value_low),
                "value_high": number(r.value_high),
                "text": str(r.text),
                "stated": ("no later than " if r.no_later_than else "")
                + format_time(r.stated_at, str(r.stated_at_precision), tz),
                "claim_id": str(r.claim_ids),
                "quote": " | ".join(dict.fromkeys(quotes[i] for i in ids)),
                "outlet_text": str(r.outlets),
                "status": "reviewed",
            }
        )
    steps = pd.DataFrame(rows)
    found = analysis.assertions(claims)
    series_sides = set(steps["side"]) if len(steps) else set()
    pair = story_attrs(dataset.package)["compare"]
    others = [s for s in pair if s not in series_sides]
    found = found[
        (found["scope"] == scope) & (found["metric"] == metric) & found["side"].isin(others)
    ]
    reference = analysis.latest(found).reset_index() if len(found) else found
    spans = [
        time_span(t, str(p), tz)
        for t, p in zip(reference["stated_at"], reference["stated_at_precision"], strict=True)
    ]
    refs = pd.DataFrame(
        {
            "start": [s[0] for s in spans],
            "end": [s[2] for s in spans],
            "value": [
                next((number(x) for x in (v, lo, hi) if number(x) is not None), None)
                for v, lo, hi in zip(
                    reference["value"],
                    reference["value_low"],
                    reference["value_high"],
                    strict=True,
                )
            ],
            "claimant_name": reference["claimant_name"].astype(str).tolist(),
            "claim_id": reference["claim_ids"].astype(str).tolist(),
            "quote": [
                " | ".join(dict.fromkeys(quotes[i] for i in str(ids).split(";")))
                for ids in reference["claim_ids"]
            ],
            "outlet_text": reference["outlets"].astype(str).tolist(),
            "stated": [
                ("no later than " if undated(claims, ids) else "") + format_time(t, str(p), tz)
                for t, p, ids in zip(
                    reference["stated_at"],
                    reference["stated_at_precision"],
                    reference["claim_ids"],
                    strict=False,
                )
            ],
            "side": reference["side"].astype(str).tolist(),
            "side_label": [labels.get(s, s) for s in reference["side"].astype(str)],
            "label": [
                f"{n}: {t} ({'no later than ' if undated(claims, ids) else ''}"
                f"{format_time(s, str(p), tz)})"
                for n, t, s, p, ids in zip(
                    reference["claimant_name"],
                    reference["text"],
                    reference["stated_at"],
                    reference["stated_at_precision"],
                    reference["claim_ids"],
                    strict=True,
                )
            ],
        }
    )
    occurred = pd.Timestamp(event["occurred_at"])
    noun = event_noun(dataset)
    moment = pd.DataFrame(
        {
            "start": [wall_clock(occurred, tz)],
            "label": [f"{noun[:1].upper()}{noun[1:]}: {format_time(occurred, 'minute', tz)}"],
        }
    )
    return {"steps": steps, "reference": refs, "event": moment, "metric": metric}  # type: ignore[dict-item]


def revision_chart(dataset: Dataset, width: int | None = None) -> alt.VConcatChart:
    """Chart each claimant's figure for one metric by the time it was stated, one line each.

    Laid out to *width* px, padding included (default: a 560 px plot); the y axis and
    its title take :data:`AXIS_ROOM` px of it, the reference label wraps to the plot.
    """
    parts = revision_rows(dataset)
    steps, refs, moment = parts["steps"], parts["reference"], parts["event"]
    noun = event_noun(dataset)
    metric = str(parts["metric"])
    event = dataset.package.event
    values = [
        *steps.get("value", []),
        *steps.get("value_low", []),
        *steps.get("value_high", []),
        *refs["value"],
    ]
    width = 560 if width is None else max(160, inner(width) - AXIS_ROOM)
    height = 300
    top = axis_top(values, room=1.15)
    arrow = ARROW_SHARE * top
    if len(steps):
        # A range without a figure ("between 100 and 300") sits at its middle, as a bar.
        steps["y"] = [
            v if number(v) is not None else (lo + hi) / 2 if number(hi) is not None else lo
            for v, lo, hi in zip(
                steps["value"], steps["value_low"], steps["value_high"], strict=True
            )
        ]
        steps["arrow_end"] = [
            lo + arrow if hi is None or pd.isna(hi) else None
            for lo, hi in zip(steps["y"], steps["value_high"], strict=True)
        ]
        # A label sits above the top of its mark (arrow, range or point), never on it,
        # and the axis leaves room above the highest label for its text.
        steps["label_y"] = [
            max(number(x) for x in (a, hi, y) if number(x) is not None)
            for a, hi, y in zip(steps["arrow_end"], steps["value_high"], steps["y"], strict=True)
        ]
        top = max(top, max(steps["label_y"]) / (1 - LABEL_ROOM / height))
        steps["label"] = [
            ""
            if r
            else f"{t} (no later than {' '.join(s.split(' ')[3:5])})"
            if s.startswith("no later than")
            else t
            for r, t, s in zip(steps["restated"], steps["text"], steps["stated"], strict=True)
        ]
    times = [*steps.get("start", []), *steps.get("end", []), *moment["start"], *refs["start"]]
    domain, edge = time_domain(times, pd.Timedelta(hours=12))
    refs = refs.assign(edge=edge)
    x_title = event.get("timezone_label", event["timezone"])
    y_scale = alt.Scale(domain=[0, top], nice=False)
    shown_sides = [*steps.get("side", []), *refs["side"]]
    colour = alt.Color(
        "side_label:N", scale=side_scale(side_styles(dataset.package), shown_sides), legend=None
    )

    def x(field: str, first: bool = False) -> alt.X:
        # The domain is given on the first layer only: the layers share the scale, and
        # Vega-Lite warns of a conflict when the same time domain comes from several.
        return alt.X(
            f"{field}_t:T",
            scale=alt.Scale(type="utc", domain=domain) if first else alt.Scale(type="utc"),
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
        parse_times(alt.Chart(moment), "start")
        .mark_rule(strokeDash=[2, 3], color=MUTED)
        .encode(x=x("start", first=True)),
        parse_times(alt.Chart(moment), "start")
        .mark_text(align="left", baseline="top", dx=5, y=4, color=MUTED)
        .encode(x=x("start"), text="label:N"),
        parse_times(alt.Chart(refs), "start", "end", "edge")
        .mark_rule(strokeWidth=6, opacity=0.3)
        .encode(x=x("start"), x2="end_t:T", y=y("value"), color=colour, tooltip=tooltip),
        parse_times(alt.Chart(refs), "start", "end", "edge")
        .mark_rule(strokeDash=[6, 4], strokeWidth=1.5)
        .encode(x=x("start"), x2="edge_t:T", y=y("value"), color=colour, tooltip=tooltip),
        alt.Chart(refs.assign(label=["\n".join(wrap(t, width * 0.8)) for t in refs["label"]]))
        .mark_text(align="right", baseline="top", dy=6, x=width, lineBreak="\n")
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
            marks.transform_filter(
                "isValid(datum.value_low) && isValid(datum.value_high)"
                " && datum.value_high > datum.value_low"
            )
            .mark_rule(strokeWidth=7, opacity=0.35)
            .encode(x=x("middle"), y=y("value_low"), y2="value_high:Q"),
            marks.transform_filter("!datum.restated && isValid(datum.value)")
            .mark_point(filled=True, size=80, opacity=1)
            .encode(x=x("middle"), y=y("y")),
            marks.transform_filter("datum.restated")
            .mark_point(filled=False, size=80, opacity=1, strokeWidth=2)
            .encode(x=x("middle"), y=y("y")),
            marks.mark_text(baseline="bottom", dy=-9, fontWeight="bold", fontSize=13).encode(
                x=x("middle"), y=y("label_y"), text="label:N"
            ),
        ]
    plot = alt.layer(*layers).properties(width=width, height=height)
    names = list(dict.fromkeys(steps.get("claimant_name", [])))
    who = names[0] if len(names) == 1 else "Each claimant"
    path = revision_path(steps)
    subtitle = [
        f"{who}: people {words(metric)}, {path or 'no revision in the ledger'}."
        if len(names) < 2
        else f"People {words(metric)}, each claimant's own series: {path}."
    ]
    if len(refs):
        subtitle.append("For reference, " + "; ".join(refs["label"]) + ".")
    subtitle.append(f"Times in {x_title}; a date without a time is drawn across its whole day.")
    if len(steps) and steps["restated"].any():
        subtitle.append("A hollow point is a figure restated, not revised.")
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
        f"in {x_title}: {path}. A dashed vertical line marks the {noun}"
        + (f"; a dashed horizontal line marks {'; '.join(refs['label'])}." if len(refs) else "."),
        margin=AXIS_ROOM,
    )


def revision_path(steps: pd.DataFrame) -> str:
    """Say each claimant's series in order, never chaining two claimants into one.

    One claimant: '63 on 2 Jan 2023 → 89 or more on 4 Jan 2023, 01:00 EET'. Several:
    'Ministry: 500 or more on 17 Oct 2026 → 471 on 18 Oct 2026; Army: …'. A
    restatement reads 'restated on …'; an undated figure '471 no later than …'.
    """
    if not len(steps):
        return ""
    paths = {}
    for row in steps.itertuples(index=False):
        on = row.stated if row.stated.startswith("no later than") else f"on {row.stated}"
        said = f"restated {on}" if row.restated else f"{row.text} {on}"
        paths.setdefault(row.claimant_name, []).append(said)
    if len(paths) == 1:
        return " → ".join(next(iter(paths.values())))
    return "; ".join(f"{name}: {' → '.join(said)}" for name, said in paths.items())


def revision_finding(dataset: Dataset) -> str:
    """Say in one sentence what the revision chart shows: who revised what, from what to what.

    'Interior Ministry revised its figure for people killed from 240 or more on 15 Mar
    2026 to 212 on 16 Mar 2026 and restated it on 18 Mar 2026.' A range reads '24–99'; an undated
    figure 'no later than' its publication date.
    """
    parts = revision_rows(dataset)
    steps, metric = parts["steps"], words(str(parts["metric"]))
    if not len(steps):
        return "No claimant revised a figure in the ledger."

    def on(stated: str) -> str:
        return stated if stated.startswith("no later than") else f"on {stated}"

    clauses = []
    for name, rows in steps.groupby("claimant_name", sort=False):
        moves = rows[~rows["restated"]]
        figures = [
            f"{SPAN.sub(DASH, t)} {on(s)}"
            for t, s in zip(moves["text"], moves["stated"], strict=True)
        ]
        clause = f"{name} revised its figure for people {metric} from {figures[0]}"
        clause += "".join(f" to {f}" for f in figures[1:])
        restated = rows[rows["restated"]]
        if len(restated):
            clause += " and restated it " + and_list([on(s) for s in restated["stated"]])
        clauses.append(clause)
    return "; ".join(clauses) + "."
