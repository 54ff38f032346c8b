"""Chart which outlet carried which figure, and in whose voice."""

from __future__ import annotations

import altair as alt
import pandas as pd

from makiivka.charts.bounds import OUTLET_ROWS, named
from makiivka.charts.claims import CLAIMS_WIDTH
from makiivka.charts.layout import NARROW, first_of_group, frame, inner, message_chart
from makiivka.charts.measure import and_list, text_width, wrap
from makiivka.charts.outlet_totals import draw_totals, outlet_totals
from makiivka.charts.panels import (
    axis_title,
    heading,
    metric_parts,
    panel_top,
    stack_panels,
    titled,
)
from makiivka.charts.reports import (
    drawn_metrics,
    event_noun,
    nothing_reviewed,
    own_channels,
    people_phrase,
    proposed_note,
    report_rows,
    source_lines,
    unsaid_note,
)
from makiivka.charts.rows import (
    MARK_ROOM,
    fit_labels,
    place_marks,
    range_layers,
    stack_rows,
    stacked_layers,
    text_column,
)
from makiivka.charts.theme import side_scale, side_styles
from makiivka.story.load import Dataset
from makiivka.story.schema import event_scope, metric_of

#: What follows the name of a party's own publication in the chart and its prose.
OWN_PUBLICATION = " (own publication)"


def outlet_rows(dataset: Dataset, reports: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the reports of people killed or wounded in the event, grouped by outlet.

    *reports* is :func:`~makiivka.charts.reports.report_rows`, if made already.
    """
    rows = report_rows(dataset) if reports is None else reports
    keep = (rows["scope"] == event_scope(dataset.package)) & (rows["unit"] == "people")
    metrics = drawn_metrics(dataset)
    rows = rows[keep & rows["metric"].isin(metrics)].copy()
    # A party's own channel or release (its Telegram, its PDF) is no news outlet (new user
    # 25 read the coast guard among "all 9 outlets"): named as its own, listed after them.
    rows["own_publication"] = rows["outlet"].astype(str).isin(own_channels(dataset.claimants))
    rows["outlet_name"] = [
        f"{n}{OWN_PUBLICATION}" if own else n
        for n, own in zip(rows["outlet_name"], rows["own_publication"], strict=True)
    ]
    rows["voice_rank"] = [
        2 if c == o else (1 if "words" in v else 0)
        for c, o, v in zip(rows["claimant"], rows["outlet"], rows["voice"], strict=True)
    ]
    rows = rows.sort_values(["own_publication", "outlet_name", "voice_rank", "row"], kind="stable")
    rows["row"] = range(len(rows))
    rows["outlet_shown"] = first_of_group(rows["outlet_name"])
    rows["label"] = [
        f if m == metrics[0] else f"{f} {metric_of(dataset.package, m).label}"
        for f, m in zip(rows["figure"], rows["metric"], strict=True)
    ]
    return rows.reset_index(drop=True)


def outlets_chart(dataset: Dataset, width: int | None = None) -> alt.VConcatChart:
    """Chart which outlet carried which figure for people killed or wounded, in whose voice.

    Laid out to *width* px, padding included (default: a 300 px plot right of the
    outlet and voice columns). Under :data:`~makiivka.charts.layout.NARROW` px each
    report's outlet and voice sit in a line above its marks instead. Past
    :data:`~makiivka.charts.bounds.OUTLET_ROWS` reports it counts them by outlet and
    voice (:mod:`makiivka.charts.outlet_totals`).
    """
    return draw_outlets(dataset, outlet_parts(dataset), width)


def outlet_parts(dataset: Dataset, reports: pd.DataFrame | None = None) -> dict[str, object]:
    """Return the outlets chart's rows, computed once for every width it is laid out to.

    ``rows`` (:func:`outlet_rows`) and ``totals`` (:func:`outlet_totals`, past
    :data:`~makiivka.charts.bounds.OUTLET_ROWS` reports; else None).
    """
    rows = outlet_rows(dataset, reports)
    return {"rows": rows, "totals": outlet_totals(rows) if len(rows) > OUTLET_ROWS else None}


def draw_outlets(dataset: Dataset, parts: dict, width: int | None = None) -> alt.VConcatChart:
    """Lay out the rows of :func:`outlet_parts` to *width* px (padding included)."""
    if parts["totals"] is not None:
        return draw_totals(dataset, parts, width)
    rows = parts["rows"]
    if not len(rows):
        people = people_phrase(dataset, [])
        return message_chart(
            "How the outlets reported it",
            nothing_reviewed(dataset.claims)
            or f"No outlet has reported {people} in the {event_noun(dataset)} yet.",
            f"Source: claims ledger. {unsaid_note(dataset.claims)}".strip(),
            inner(width or CLAIMS_WIDTH),
        )
    scale = side_scale(side_styles(dataset.package), list(rows["side"]))
    shown = [m for m in drawn_metrics(dataset) if m in set(rows["metric"])] or ["killed"]
    people = people_phrase(dataset, rows["metric"])
    total = inner(width) if width is not None else None
    outlet_width = fit(rows["outlet_name"], 120)
    voice_width = fit(rows["voice"], 300)
    narrow = total is not None and total + 28 < NARROW
    if total is not None and not narrow:
        # The text columns give up room to the plot down to 40% of the chart, then wrap.
        room = max(0.45 * total, total - 300 - 16)
        share = min(1.0, room / (outlet_width + voice_width))
        outlet_width, voice_width = (max(70, round(w * share)) for w in (outlet_width, voice_width))
    # One panel per metric, each on its own axis (makiivka.charts.panels says why); the
    # panel names the metric, so a value label is the figure alone.
    by_metric = metric_parts(rows, shown) or [(shown[0], rows)]
    panels, placed_parts = [], []
    for n, (metric, part) in enumerate(by_metric):
        top = panel_top(part)
        placed = place_marks(part.assign(label=part["figure"]), top)
        placed["outlet_shown"] = first_of_group(placed["outlet_name"])
        title = axis_title(dataset, metric, "as worded")
        if narrow:
            placed["heading"] = [
                f"{o} \u00b7 {v}"
                for o, v in zip(placed["outlet_name"], placed["voice"], strict=True)
            ]
            panel = stacked_layers(placed, "heading", title, [0, top], scale, total)
            width = total
        else:
            panel, width, placed = outlet_columns(
                placed, (outlet_width, voice_width), top, title, scale, total, n == 0
            )
        panels.append(titled(panel, heading(dataset, metric)) if len(by_metric) > 1 else panel)
        placed_parts.append(placed)
    body = stack_panels(panels)
    placed = pd.concat(placed_parts)
    outlets = and_list(list(dict.fromkeys(placed["outlet_name"])))
    subtitle = [
        f"Every report of {people} in the {event_noun(dataset)} by {outlets}: "
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
    own = own_voice(placed)
    if own or legend:
        subtitle.append(" ".join(filter(None, [own, legend])))
    return frame(
        body,
        "How the outlets reported it",
        subtitle,
        source_lines(placed, width, proposed_note(dataset.claims)),
        width,
        f"Dot plot of {len(placed)} reports of {people}, grouped by outlet: "
        + "; ".join(
            f"{o}, {v}: {f}"
            for o, v, f in zip(rows["outlet_name"], rows["voice"], rows["label"], strict=True)
        )
        + ". Open bounds are drawn as arrows, vague words as ranges.",
    )


def outlet_columns(
    placed: pd.DataFrame,
    widths: tuple[int, int],
    top: float,
    title: str,
    scale: alt.Scale,
    total: int | None,
    first: bool,
) -> tuple[alt.HConcatChart, int, pd.DataFrame]:
    """Lay one metric's reports out as outlet and voice columns beside their dot plot.

    Returns the panel, its width and its rows as drawn. The column titles head the
    *first* panel only: the panels below line up under them.
    """
    outlet_width, voice_width = widths
    placed["outlet_lines"] = [
        "\n".join(wrap(t, outlet_width - 6, 12)) if t else "" for t in placed["outlet_shown"]
    ]
    placed["voice_lines"] = ["\n".join(wrap(t, voice_width - 6, 12)) for t in placed["voice"]]
    counts = [
        max(o.count("\n") + 1, v.count("\n") + 1)
        for o, v in zip(placed["outlet_lines"], placed["voice_lines"], strict=True)
    ]
    tops, height = stack_rows(counts)
    placed["top"] = tops
    placed["y"] = [t + MARK_ROOM / 2 for t in tops]
    voice_title = "Whose figure, in whose voice"
    columns = [
        text_column(placed, "outlet_lines", "Outlet" if first else "", outlet_width, height),
        text_column(
            placed, "voice_lines", voice_title if first else "", voice_width, height, colour=scale
        ),
    ]
    fixed = outlet_width + voice_width + 8 * (len(columns))
    plot_width = 300 if total is None else max(160, total - fixed)
    placed = fit_labels(placed, top, plot_width)
    plot = alt.layer(
        *range_layers(placed, wrap(title, plot_width, 12), [0, top], scale, height)
    ).properties(width=plot_width, height=height)
    body = alt.hconcat(*columns, plot, spacing=8).resolve_scale(color="shared")
    return body, fixed + plot_width, placed


def own_voice(rows: pd.DataFrame) -> str:
    """Say what each outlet reports in its own voice, as a journalist would write it.

    One outlet: 'In its own voice, NBC News says “dozens”.' Several: 'In their own
    voices, BBC News says “scores”; NBC News says “dozens” and “more than 60”.'
    """
    said: dict[str, list[str]] = {}
    # a denial is no figure the outlet says ("rejects the figure of 4,000": round 21's second
    # new user read "says … 4,000" in its own voice)
    own = rows[(rows["voice_rank"] == 2) & ~rows["coded"].str.endswith("(a denial)")]
    names = own["outlet_name"].str.removesuffix(OWN_PUBLICATION)
    for outlet, figure in zip(names, own["figure"], strict=True):
        quoted = f"\u201c{figure}\u201d"
        if quoted not in said.setdefault(outlet, []):
            said[outlet].append(quoted)
    if not said:
        return ""
    clauses = "; ".join(
        named([f"{o} says {and_list(named(f, 'figure', 3))}" for o, f in said.items()],
              "outlet", NAMED_OUTLETS)
    )  # fmt: skip
    # A party's own channel may be a person's (new user 26's governor): "their", never "its".
    body = len(said) == 1 and not own["outlet_name"].str.endswith(OWN_PUBLICATION).any()
    voice = (
        "its own voice" if body else ("their own voice" if len(said) == 1 else "their own voices")
    )
    return f"In {voice}, {clauses}."


def fit(texts: pd.Series, least: int) -> int:
    """Return a column width in px that shows every one of *texts* whole: at least *least*."""
    return max([least, *(int(text_width(str(t), 12)) + 8 for t in texts)])


#: Most outlets the finding names, the ones that carried most first.
NAMED_OUTLETS = 8


def outlets_finding(dataset: Dataset) -> str:
    """Say in one sentence what the outlets chart shows: who carried how many, in whose voice.

    'Of 10 reports of people killed or wounded in the blast, BBC News carries 4 and
    NBC News 6; in its own voice, NBC News says “dozens”.'
    """
    rows = outlet_rows(dataset)
    noun = event_noun(dataset)
    if not len(rows):
        return (
            nothing_reviewed(dataset.claims)
            or f"No outlet has reported {people_phrase(dataset, [])} in the {noun} yet."
        )
    news = rows[~rows["own_publication"]]
    counts = news.groupby("outlet_name", sort=True).size()
    if len(counts) > NAMED_OUTLETS:  # the outlets that carried most, then a count
        counts = counts.sort_values(ascending=False, kind="stable")
    parts = [f"{o} {'carries ' if i == 0 else ''}{n:,}" for i, (o, n) in enumerate(counts.items())]
    parts = named(parts, "outlet", NAMED_OUTLETS)
    reports = f"{len(rows):,} report{'s' * (len(rows) != 1)}"
    people = people_phrase(dataset, rows["metric"])
    text = (
        f"Of {reports} of {people} in the {noun}, {and_list(parts)}"
        if parts
        else (f"Of {reports} of {people} in the {noun}, no outlet carries any")
    )
    if rows["own_publication"].any():
        own_counts = rows[rows["own_publication"]].groupby("outlet_name", sort=True).size()
        own_counts = own_counts.sort_values(ascending=False, kind="stable")
        issued = [f"{o.removesuffix(OWN_PUBLICATION)} {n:,}" for o, n in own_counts.items()]
        text += (
            f", and the parties' own publications carry {own_counts.sum():,} "
            f"({', '.join(named(issued, 'party', NAMED_OUTLETS))})"
        )
    own = own_voice(rows)
    return f"{text}; {own[:1].lower()}{own[1:]}" if own else f"{text}."
