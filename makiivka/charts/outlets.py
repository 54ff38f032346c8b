"""Chart which outlet carried which figure, and in whose voice."""

from __future__ import annotations

import altair as alt
import pandas as pd

from makiivka.charts.layout import (
    NARROW,
    OPACITY,
    ROW_HEIGHT,
    axis_top,
    first_of_group,
    frame,
    inner,
    place_marks,
    range_layers,
    stacked_layers,
    status_opacity,
    text_column,
)
from makiivka.charts.measure import and_list, text_width
from makiivka.charts.reports import (
    CASUALTY_METRICS,
    event_noun,
    proposed_note,
    report_rows,
    source_lines,
)
from makiivka.charts.theme import side_scale, side_styles
from makiivka.charts.wording import words
from makiivka.story.load import Dataset
from makiivka.story.schema import event_scope


def outlet_rows(dataset: Dataset) -> pd.DataFrame:
    """Return the reports of people killed or wounded in the event, grouped by outlet."""
    rows = report_rows(dataset)
    keep = (rows["scope"] == event_scope(dataset.package)) & (rows["unit"] == "people")
    rows = rows[keep & rows["metric"].isin(CASUALTY_METRICS)].copy()
    rows["voice_rank"] = [
        2 if c == o else (1 if "words" in v else 0)
        for c, o, v in zip(rows["claimant"], rows["outlet"], rows["voice"], strict=True)
    ]
    rows = rows.sort_values(["outlet_name", "voice_rank", "row"], kind="stable")
    rows["row"] = range(len(rows))
    rows["outlet_shown"] = first_of_group(rows["outlet_name"])
    rows["label"] = [
        f if m == "killed" else f"{f} {words(m)}"
        for f, m in zip(rows["figure"], rows["metric"], strict=True)
    ]
    return rows.reset_index(drop=True)


def outlets_chart(dataset: Dataset, width: int | None = None) -> alt.VConcatChart:
    """Chart which outlet carried which figure for people killed or wounded, in whose voice.

    Laid out to *width* px, padding included (default: a 380 px plot right of the
    outlet and voice columns). Under :data:`~makiivka.charts.layout.NARROW` px each
    report's outlet and voice sit in a line above its marks instead.
    """
    rows = outlet_rows(dataset)
    top = axis_top([*rows["value"], *rows["value_low"], *rows["value_high"]], room=1.25)
    placed = status_opacity(place_marks(rows, top))
    height = ROW_HEIGHT * len(placed)
    scale = side_scale(side_styles(dataset.package), list(placed["side"]))
    title = "People killed (or wounded, where marked), as worded"
    columns = [
        ("outlet_shown", "Outlet", fit(placed["outlet_name"], 120), None, 0),
        ("voice", "Whose figure, in whose voice", fit(placed["voice"], 300), scale, 0),
        *([("status", "Status", 65, None, 0)] if (placed["status"] != "reviewed").any() else []),
    ]
    fixed = sum(c[2] for c in columns) + 8 * len(columns)
    if width is not None and width < NARROW:
        width = inner(width)
        placed["heading"] = [
            f"{o} \u00b7 {v}" + (" (proposed)" if s != "reviewed" else "")
            for o, v, s in zip(
                placed["outlet_name"], placed["voice"], placed["status"], strict=True
            )
        ]
        body = stacked_layers(placed, "heading", title, [0, top], scale, width)
    else:
        plot_width = 380 if width is None else max(200, inner(width) - fixed)
        plot = alt.layer(*range_layers(placed, title, [0, top], scale)).properties(
            width=plot_width, height=height
        )
        plot = plot.encode(opacity=OPACITY)
        left = [text_column(placed, *spec) for spec in columns]
        body = alt.hconcat(*left, plot, spacing=8).resolve_scale(color="shared")
        width = fixed + plot_width
    outlets = and_list(list(dict.fromkeys(placed["outlet_name"])))
    subtitle = [
        f"Every report of people killed or wounded in the {event_noun(dataset)} by {outlets}: "
        "attributed "
        "to a claimant, relayed in the outlet's own words, or in the outlet's own voice.",
    ]
    ranged = placed[pd.to_numeric(placed["x_high"]) > pd.to_numeric(placed["x_low"])]
    spans = [
        *(["a stated range"] if (ranged["qualifier"] != "vague").any() else []),
        *(["the range read into a vague word"] if (ranged["qualifier"] == "vague").any() else []),
    ]
    drawn = [
        *([f"a bar spans {' or '.join(spans)}"] if spans else []),
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


def fit(texts: pd.Series, least: int) -> int:
    """Return a column width in px that shows every one of *texts* whole: at least *least*."""
    return max([least, *(int(text_width(str(t), 12)) + 8 for t in texts)])


def outlets_finding(dataset: Dataset) -> str:
    """Say in one sentence what the outlets chart shows: who carried how many, in whose voice.

    'Of 10 reports of people killed or wounded in the blast, BBC News carries 4 and
    NBC News 6; in its own voice, NBC News says “dozens”.'
    """
    rows = outlet_rows(dataset)
    noun = event_noun(dataset)
    if not len(rows):
        return f"No outlet has reported people killed or wounded in the {noun} yet."
    counts = rows.groupby("outlet_name", sort=True).size()
    parts = [f"{o} {'carries ' if i == 0 else ''}{n}" for i, (o, n) in enumerate(counts.items())]
    reports = f"{len(rows)} report{'s' * (len(rows) != 1)}"
    text = f"Of {reports} of people killed or wounded in the {noun}, {and_list(parts)}"
    own = own_voice(rows[rows["status"] == "reviewed"])
    return f"{text}; {own[:1].lower()}{own[1:]}" if own else f"{text}."
