"""Chart each claimant's figures in the order they were stated."""

from __future__ import annotations

import altair as alt
import pandas as pd

from makiivka import analysis
from makiivka.charts.gap import GAP_SIDES
from makiivka.charts.layout import (
    ARROW_SHARE,
    TOOLTIP,
    axis_top,
    frame,
    number,
    parse_times,
    time_domain,
)
from makiivka.charts.reports import proposed_note, report_rows, source_lines
from makiivka.charts.theme import MUTED, SIDE_LABELS, side_scale
from makiivka.charts.wording import format_time, time_span, wall_clock, words
from makiivka.story.load import Dataset


def revision_rows(dataset: Dataset) -> dict[str, pd.DataFrame]:
    """Return the revised series, the other side's reference figure and the strike, for plotting.

    Times are wall-clock text in the event's time zone (start, middle and end of
    the span a date covers); the chart parses them on a UTC scale.
    """
    claims = dataset.claims
    event = dataset.package.event
    tz = event["timezone"]
    series = analysis.revisions(claims)
    metrics = list(dict.fromkeys(series["metric"].astype(str)))
    metric = "killed" if "killed" in metrics else (metrics[0] if metrics else "killed")
    series = series[(series["metric"] == metric) & (series["scope"] == "strike")]
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
                "side_label": SIDE_LABELS[str(r.side)],
                "step": int(r.step),
                "value": number(r.value),
                "value_low": number(r.value_low),
                "value_high": number(r.value_high),
                "text": str(r.text),
                "stated": format_time(r.stated_at, str(r.stated_at_precision), tz),
                "claim_id": str(r.claim_ids),
                "quote": " | ".join(dict.fromkeys(quotes[i] for i in ids)),
                "outlet_text": str(r.outlets),
                "status": "reviewed",
            }
        )
    steps = pd.DataFrame(rows)
    found = analysis.assertions(claims)
    series_sides = set(steps["side"]) if len(steps) else set()
    others = [s for s in GAP_SIDES if s not in series_sides]
    found = found[
        (found["scope"] == "strike") & (found["metric"] == metric) & found["side"].isin(others)
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
            "value": [number(v) for v in reference["value"]],
            "claimant_name": reference["claimant_name"].astype(str).tolist(),
            "claim_id": reference["claim_ids"].astype(str).tolist(),
            "quote": [
                " | ".join(dict.fromkeys(quotes[i] for i in str(ids).split(";")))
                for ids in reference["claim_ids"]
            ],
            "outlet_text": reference["outlets"].astype(str).tolist(),
            "stated": [
                format_time(t, str(p), tz)
                for t, p in zip(
                    reference["stated_at"], reference["stated_at_precision"], strict=False
                )
            ],
            "side": reference["side"].astype(str).tolist(),
            "side_label": reference["side"].astype(str).map(SIDE_LABELS).tolist(),
            "label": [
                f"{n}: {t} ({format_time(s, str(p), tz)})"
                for n, t, s, p in zip(
                    reference["claimant_name"],
                    reference["text"],
                    reference["stated_at"],
                    reference["stated_at_precision"],
                    strict=True,
                )
            ],
        }
    )
    occurred = pd.Timestamp(event["occurred_at"])
    strike = pd.DataFrame(
        {
            "start": [wall_clock(occurred, tz)],
            "label": [f"Strike: {format_time(occurred, 'minute', tz)}"],
        }
    )
    return {"steps": steps, "reference": refs, "strike": strike, "metric": metric}  # type: ignore[dict-item]


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
