"""Chart the gap: each compared party's latest figure per metric, side by side."""

from __future__ import annotations

import altair as alt
import pandas as pd

from makiivka import analysis
from makiivka.analysis import NOT_STATED
from makiivka.charts.layout import (
    NARROW,
    ROW_HEIGHT,
    axis_top,
    first_of_group,
    frame,
    inner,
    place_marks,
    range_layers,
)
from makiivka.charts.measure import and_list, text_width
from makiivka.charts.reports import (
    event_noun,
    proposed_note,
    report_rows,
    source_lines,
    undated,
)
from makiivka.charts.theme import MUTED, side_labels, side_scale, side_styles
from makiivka.charts.wording import format_time, words
from makiivka.story.load import Dataset
from makiivka.story.schema import story_attrs

GAP_METRICS = ("killed", "wounded")


def story_gap(dataset: Dataset) -> pd.DataFrame:
    """Return :func:`analysis.gap_table` for the dataset's own story (its parties and pair)."""
    claims = dataset.claims.copy(deep=False)
    claims.attrs = story_attrs(dataset.package)
    return analysis.gap_table(claims)


def gap_columns(table: pd.DataFrame) -> list[str]:
    """Return the sides the gap table has columns for: parties, then third-party claimants."""
    return [c for c in table.columns if f"{c}_value" in table.columns]


def gap_rows(dataset: Dataset) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return one display row per metric and side from :func:`analysis.gap_table`, and the table.

    ``side`` is the party id (``third_party`` for a third-party claimant, whose id is in
    ``column``); ``side_label`` its label.
    """
    claims = dataset.claims
    tz = dataset.package.event["timezone"]
    labels = side_labels(side_styles(dataset.package))
    table = story_gap(dataset)
    columns = gap_columns(table)
    table = table.set_index("metric")
    quotes = claims.set_index("claim_id")["quote"].astype(str)
    outlets = claims.set_index("claim_id")["outlet_name"].astype(str)
    rows = []
    for metric in GAP_METRICS:
        hit = table.loc[metric] if metric in table.index else None
        for column in columns:
            side = column if column in labels else "third_party"
            if side == "third_party" and (hit is None or hit[column] == NOT_STATED):
                continue

            def get(c, h=hit, s=column):
                return None if h is None or pd.isna(h[f"{s}_{c}"]) else h[f"{s}_{c}"]

            ids = (get("claim_ids") or "").split(";") if get("claim_ids") else []
            stamp = get("stated_at")
            ratio = "" if hit is None else str(hit["ratio_text"])
            rows.append(
                {
                    "metric_text": words(metric).capitalize(),
                    "side": side,
                    "side_label": labels[side],
                    "side_text": labels[side]
                    if side != "third_party" or get("claimant_name") is None
                    else str(get("claimant_name")),
                    "text": analysis.NOT_STATED if hit is None else str(hit[column]),
                    "missing": get("value_low") is None
                    and get("value_high") is None
                    and get("value") is None,
                    "value": None if get("value") is None else int(get("value")),
                    "value_low": None if get("value_low") is None else int(get("value_low")),
                    "value_high": None if get("value_high") is None else int(get("value_high")),
                    "claimant_name": get("claimant_name") or "",
                    "claim_id": ";".join(ids),
                    "quote": " | ".join(dict.fromkeys(quotes[i] for i in ids)),
                    "outlet_text": "; ".join(dict.fromkeys(outlets[i] for i in ids)),
                    "stated": ""
                    if stamp is None
                    else ("no later than " if undated(claims, ";".join(ids)) else "")
                    + format_time(stamp, "minute" if stamp.hour or stamp.minute else "day", tz),
                    "status": "reviewed",
                    "ratio_text": ratio.split(":")[0],
                }
            )
    data = pd.DataFrame(rows)
    data.insert(0, "row", range(len(data)))
    data["metric_shown"] = first_of_group(data["metric_text"])
    data["ratio_shown"] = [
        r if m else "" for r, m in zip(data["ratio_text"], data["metric_shown"], strict=True)
    ]
    return data, table.reset_index()


def gap_chart(dataset: Dataset, width: int | None = None) -> alt.VConcatChart:
    """Chart the compared parties' latest figures for killed and wounded side by side.

    Laid out to *width* px, padding included (default: a 420 px plot between its
    text columns). Under :data:`~makiivka.charts.layout.NARROW` px the ratio column
    goes (the subtitle says the ratio) and the plot takes what the names leave.
    """
    data, table = gap_rows(dataset)
    styles = side_styles(dataset.package)
    labels = side_labels(styles)
    pair = story_attrs(dataset.package)["compare"]
    noun = event_noun(dataset)
    top = axis_top([*data["value"], *data["value_low"], *data["value_high"]])
    placed = place_marks(data, top)
    placed["label"] = placed["text"]
    placed.loc[placed["missing"], "label_x"] = 0
    narrow = width is not None and width < NARROW
    shown = placed[~placed["missing"]]
    missing = placed[placed["missing"]]
    scale = side_scale(styles, list(placed["side"]))
    layers = range_layers(shown, "People (as stated)", [0, top], scale)
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
    first, second = (labels[s] for s in pair)
    height = ROW_HEIGHT * 1.6 * len(data)
    side_width = max(
        50 if narrow else 70, *(round(text_width(t, 12)) + 8 for t in placed["side_text"])
    )
    metric_width = 70 if narrow else 80
    ratio_title = f"{second} ÷ {first}"
    ratio_width = max(
        150,
        round(text_width(ratio_title, 12) * 1.1) + 8,
        *(round(text_width(t, 12) * 1.1) + 8 for t in placed["ratio_shown"]),
    )
    fixed = metric_width + side_width + 2 * 8 + (0 if narrow else ratio_width + 8)
    # 8 px for a value label that Vega lets run a little past the plot.
    plot_width = 420 if width is None else max(120, inner(width) - fixed - 8)
    plot = alt.layer(*layers).properties(width=plot_width, height=height)
    plot = plot.resolve_scale(x="shared")
    left = [
        _gap_text(placed, "metric_shown", "Metric", metric_width, height, bold=True),
        _gap_text(placed, "side_text", "Side", side_width, height, colour=scale),
    ]
    right = _gap_text(placed, "ratio_shown", ratio_title, ratio_width, height, bold=True)
    left[1] = left[1].encode(color=alt.Color("side_label:N", scale=scale, legend=None))
    body = alt.hconcat(*left, plot, *([] if narrow else [right]), spacing=8)
    body = body.resolve_scale(color="shared")
    width = fixed + plot_width
    claims = dataset.claims
    used = claims[claims["claim_id"].isin(";".join(placed["claim_id"]).split(";"))]
    rows = report_rows(dataset)
    rows = rows[rows["claim_id"].isin(used["claim_id"])]
    ratios, notes = gap_notes(table, pair, labels)
    return frame(
        body,
        f"The gap: {first} and {second} on the same {noun}",
        [f"Each side's latest figure. {second} ÷ {first}: {ratios}.", *notes],
        source_lines(rows, width, proposed_note(claims, shown=False)),
        width,
        f"For people killed and wounded in the {noun}, the latest figure stated by each side: "
        + "; ".join(
            f"{m.lower()}, {s}: {t}"
            for m, s, t in zip(
                placed["metric_text"], placed["side_text"], placed["text"], strict=False
            )
        )
        + f". Ratio {second} ÷ {first}: {ratios}.",
    )


def gap_notes(
    table: pd.DataFrame, pair: tuple[str, str], labels: dict[str, str]
) -> tuple[str, list[str]]:
    """Say the ratio for each metric, and what open bounds and missing figures do to it.

    *table* is :func:`analysis.gap_table` with ``metric`` as a column, *pair* the
    compared party ids and *labels* their names. An open bound on the first side
    (the divisor) means the ratio can only be lower; on the second, only higher.
    """
    ratios, notes = [], []
    for row in table[table["metric"].isin(GAP_METRICS)].itertuples(index=False):
        row = row._asdict()
        metric = words(row["metric"])
        ratios.append(f"{metric}, {row['ratio_text']}")
        if NOT_STATED in (row[pair[0]], row[pair[1]]):
            continue  # no ratio, so nothing for an open bound to move
        said = []
        for side, lower in zip(pair, (True, False), strict=True):
            low, high = row[f"{side}_value_low"], row[f"{side}_value_high"]
            if pd.isna(low) == pd.isna(high):
                continue
            floor = pd.notna(low)
            bound = f"{int(low if floor else high):,}"
            said.append(
                (
                    lower == floor,
                    f"{labels[side]}'s count of {bound} {metric} "
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
    if (table[list(pair)] == NOT_STATED).any().any():
        notes.append(f"A side that gave no figure reads \u201c{NOT_STATED}\u201d, never zero.")
    return "; ".join(ratios), notes


def gap_finding(dataset: Dataset) -> str:
    """Say in one sentence what the gap chart shows: the ratio per metric, or who is silent.

    'For people killed, South's figure (400) is at most 4.5× North's (89 or more);
    for people wounded, North gave no figure.'
    """
    table = story_gap(dataset)
    labels = side_labels(side_styles(dataset.package))
    first, second = story_attrs(dataset.package)["compare"]
    clauses = []
    for row in table[table["metric"].isin(GAP_METRICS)].itertuples(index=False):
        row = row._asdict()
        metric = words(row["metric"])
        missing = [labels[s] for s in (first, second) if row[s] == NOT_STATED]
        if missing:
            clauses.append(f"for people {metric}, {and_list(missing)} gave no figure")
            continue
        clauses.append(
            f"for people {metric}, {labels[second]}'s figure ({row[second]}) is "
            f"{row['ratio_text']} {labels[first]}'s ({row[first]})"
        )
    if not clauses:
        return f"Neither {labels[first]} nor {labels[second]} has given a figure yet."
    text = "; ".join(clauses)
    return text[:1].upper() + text[1:] + "."


def _gap_text(
    data: pd.DataFrame,
    field: str,
    title: str,
    width: int,
    height: float,
    colour: alt.Scale | None = None,
    bold: bool = False,
) -> alt.Chart:
    encoding = {"y": alt.Y("row:O", axis=None), "text": alt.Text(f"{field}:N")}
    if colour is not None:
        encoding["color"] = alt.Color(
            "side_label:N", scale=colour, legend=alt.Legend(title="Side", orient="top")
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
