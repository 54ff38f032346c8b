"""Turn a dataset into the rows the charts draw: words, wall-clock times, mark positions.

Pure functions over :class:`makiivka.load.Dataset` and :mod:`makiivka.analysis`
results, no disk I/O. Every number they return comes from the ledger; a missing
bound stays ``None`` (never 0), and times become wall-clock text in the event's
time zone so the chart can parse them on a UTC scale.
"""

from __future__ import annotations

import pandas as pd

from makiivka import analysis
from makiivka.load import Dataset
from makiivka.theme import SIDE_LABELS

GAP_SIDES = ("russia", "ukraine")


GAP_METRICS = ("killed", "wounded")


PEOPLE_METRICS = ("killed", "wounded", "killed_or_wounded", "missing")


#: An open bound is drawn as an arrow this share of the axis long, then "or more".
ARROW_SHARE = 0.07


#: Font size in px of the source line under each chart.
SOURCE_SIZE = 11


#: Advance widths of Liberation Sans (metric-compatible with Arial and Helvetica), in
#: thousandths of the font size, to wrap text to a width before Vega draws it.
GLYPH_WIDTHS = {
    **dict.fromkeys("'", 191),
    **dict.fromkeys("ijl\u2018\u2019", 222),
    **dict.fromkeys(" !,./:;I[\\]ft", 278),
    **dict.fromkeys("|", 260),
    **dict.fromkeys("()-r`{}\u201c\u201d", 333),
    **dict.fromkeys('"', 355),
    **dict.fromkeys("^", 469),
    **dict.fromkeys("Jcksvxyz", 500),
    **dict.fromkeys("0123456789abdeghnopqu?$#_\u00a3\u2013\u20ac", 556),
    **dict.fromkeys("+<=>~\u00d7\u00f7", 584),
    **dict.fromkeys("FTZ", 611),
    **dict.fromkeys("&ABEKPSVXY", 667),
    **dict.fromkeys("CDHNRUw", 722),
    **dict.fromkeys("GOQ", 778),
    **dict.fromkeys("Mm", 833),
    **dict.fromkeys("%", 889),
    **dict.fromkeys("W", 944),
    **dict.fromkeys("@\u2026\u2014\u2192", 1000),
}
#: Width of a glyph not in :data:`GLYPH_WIDTHS`: a little wider than most, to be safe.
OTHER_GLYPH = 620
#: Share of a column that wrapped text may fill, for fonts a little wider than the table's.
WRAP_SLACK = 0.97


def text_width(text: str, size: float) -> float:
    """Return the width in px of *text* set in Liberation Sans at *size* px."""
    return size * sum(GLYPH_WIDTHS.get(c, OTHER_GLYPH) for c in text) / 1000


def wrap(text: str, width: float, size: float = 12) -> list[str]:
    """Break *text* at spaces into lines no wider than *width* px at *size* px.

    A single word wider than *width* keeps a line to itself (Vega then ends it with "…").

    >>> wrap("from the initial estimate of 63 to 89", 100)
    ['from the initial', 'estimate of 63 to', '89']
    >>> wrap("", 100)
    ['']
    """
    limit = width * WRAP_SLACK
    lines: list[str] = []
    for word in str(text).split():
        if lines and text_width(f"{lines[-1]} {word}", size) <= limit:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def and_list(items: list[str]) -> str:
    """Join *items* as a sentence would: 'A', 'A and B', 'A, B and C'.

    >>> and_list(["Russia", "Ukraine", "outlets in their own voice"])
    'Russia, Ukraine and outlets in their own voice'
    """
    items = [str(i) for i in items]
    return " and ".join([", ".join(items[:-1]), items[-1]]) if len(items) > 1 else "".join(items)


QUALIFIER_WORDS = {
    "exact": "exact",
    "about": "about",
    "at_least": "at least",
    "more_than": "more than",
    "up_to": "up to",
    "fewer_than": "fewer than",
    "range": "range",
    "vague": "vague",
}


def words(name: str) -> str:
    """Turn a vocabulary term such as ``killed_or_wounded`` into words."""
    return str(name).replace("_", " ")


def format_time(stamp: pd.Timestamp, precision: str, timezone: str) -> str:
    """Say when at the precision known: '4 Jan 2023, 01:00 MSK', '2 Jan 2023', 'Sep 2022'."""
    if pd.isna(stamp):
        return "unknown"
    if precision in ("minute", "second"):
        local = stamp.tz_convert(timezone)
        return f"{local.day} {local:%b %Y, %H:%M} {local:%Z}"
    day = stamp.tz_convert("UTC")
    if precision == "day":
        return f"{day.day} {day:%b %Y}"
    return f"{day:%b %Y}" if precision == "month" else f"{day:%Y}"


def wall_clock(stamp: pd.Timestamp, timezone: str) -> str:
    """Return *stamp* as naive wall-clock text in *timezone* (parsed as UTC by the chart)."""
    return f"{stamp.tz_convert(timezone):%Y-%m-%dT%H:%M}"


def time_span(stamp: pd.Timestamp, precision: str, timezone: str) -> tuple[str, str, str]:
    """Return (start, middle, end) wall-clock text for a time known to *precision*.

    A time known to the minute is a point; a date is its whole day in *timezone*.
    """
    if precision in ("minute", "second"):
        point = wall_clock(stamp, timezone)
        return point, point, point
    day = stamp.tz_convert("UTC").tz_localize(None).normalize()
    length = {"day": pd.Timedelta(days=1), "month": pd.offsets.MonthBegin(1)}.get(
        precision, pd.offsets.YearBegin(1)
    )
    end = day + length
    middle = day + (end - day) / 2
    return tuple(f"{t:%Y-%m-%dT%H:%M}" for t in (day, middle, end))  # type: ignore[return-value]


def outlet_text(row: pd.Series) -> str:
    """Name the outlet that carries a report, and who relays it when not the claimant."""
    if pd.notna(row["relayed_by"]) and row["relayed_by"] == row["outlet"]:
        return f"{row['outlet_name']} (its own wording)"
    if pd.notna(row["relayed_by_name"]):
        return f"{row['outlet_name']} (relayed by {row['relayed_by_name']})"
    return str(row["outlet_name"])


def voice(row: pd.Series) -> str:
    """Say in whose voice an article carries a figure: attributed, relayed, or its own."""
    if row["claimant"] == row["outlet"]:
        return f"{row['claimant_name']}, in its own voice"
    if pd.notna(row["relayed_by"]):
        return f"{row['claimant_name']}, in {row['relayed_by_name']}'s words"
    return f"{row['claimant_name']}, attributed"


def reading_order(dataset: Dataset) -> pd.DataFrame:
    """Return the claims in the order a reader meets them: by article, then by place in text."""
    claims = dataset.claims.copy()
    offsets = []
    for row in claims.itertuples(index=False):
        text = dataset.texts.get(row.article_id, "")
        start, count = -1, 0
        wanted = 1 if pd.isna(row.occurrence) else int(row.occurrence)
        while count < wanted:
            start = text.find(row.quote, start + 1)
            count += 1
            if start < 0:
                break
        offsets.append(start)
    claims["offset"] = offsets
    order = ["published_at", "article_id", "offset", "claim_id"]
    return claims.sort_values(order, kind="stable").reset_index(drop=True)


def report_rows(dataset: Dataset) -> pd.DataFrame:
    """Return one display row per report with the words and tooltip fields the charts use."""
    tz = dataset.package.event["timezone"]
    rows = reading_order(dataset)
    out = pd.DataFrame(
        {
            "row": range(len(rows)),
            "claim_id": rows["claim_id"].astype(str),
            "article_id": rows["article_id"].astype(str),
            "outlet": rows["outlet"].astype(str),
            "outlet_name": rows["outlet_name"].astype(str),
            "outlet_text": [outlet_text(r) for _, r in rows.iterrows()],
            "voice": [voice(r) for _, r in rows.iterrows()],
            "claimant": rows["claimant"].astype(str),
            "claimant_name": rows["claimant_name"].astype(str),
            "side": rows["side"].astype(str),
            "side_label": rows["side"].astype(str).map(SIDE_LABELS),
            "figure": rows["figure"].astype(str),
            "qualifier": rows["qualifier"].astype(str).map(QUALIFIER_WORDS),
            "metric": rows["metric"].astype(str),
            "scope": rows["scope"].astype(str),
            "unit": rows["unit"].astype(str),
            "status": rows["status"].astype(str),
            "quote": rows["quote"].astype(str),
            "stated": [
                format_time(s, p, tz)
                for s, p in zip(rows["stated_at"], rows["stated_at_precision"], strict=True)
            ],
        }
    )
    # The bounds say it all ("89 or more"); the qualifier is named only for "about" and a
    # vague word, which bounds alone cannot tell.
    out["coded"] = [
        (f"{q.replace('_', ' ')}: " if q in ("about", "vague") else "")
        + analysis.describe(v, lo, hi)
        + ("" if u == "people" else f" {u}")
        for q, v, lo, hi, u in zip(
            out["qualifier"],
            rows["value"],
            rows["value_low"],
            rows["value_high"],
            out["unit"],
            strict=True,
        )
    ]
    out["metric_text"] = [
        words(m) if s == "strike" else f"{words(m)} ({s}-wide)"
        for m, s in zip(out["metric"], out["scope"], strict=True)
    ]
    for column in ("value", "value_low", "value_high"):
        out[column] = [None if pd.isna(v) else int(v) for v in rows[column]]
    return out


def source_lines(rows: pd.DataFrame, width: int, note: str = "") -> list[str]:
    """Name the claimants and outlets behind *rows* in a source line wrapped to *width* px."""
    outlets = sorted(set(rows["outlet_name"].dropna().astype(str)))
    by_side = rows.sort_values(["side", "claimant_name"]).drop_duplicates("claimant_name")
    claimants = [f"{n} ({SIDE_LABELS[s]})" for n, s in zip(*_columns(by_side), strict=True)]
    articles = rows["article_id"].nunique()
    text = (
        f"Source: makiivka claims ledger, {len(rows)} report{'s' * (len(rows) != 1)} in "
        f"{articles} article{'s' * (articles != 1)} by {and_list(outlets)}. "
        f"Claimants: {'; '.join(claimants)}. {note}"
    ).strip()
    return wrap(text, width, SOURCE_SIZE)


def _columns(frame: pd.DataFrame) -> tuple[list[str], list[str]]:
    return frame["claimant_name"].astype(str).tolist(), frame["side"].astype(str).tolist()


def proposed_note(claims: pd.DataFrame, shown: bool) -> str:
    """Say how rows proposed by ingest and not yet reviewed are treated, if there are any."""
    count = int((claims["status"] == "proposed").sum())
    if not count:
        return ""
    rows = f"{count} proposed row{'s' * (count != 1)} (not yet reviewed)"
    return f"{rows} shown faded, status 'proposed'." if shown else f"{rows} left out."


def number(value: object) -> float | None:
    """Return *value* as a float, or None when it is missing (None, NA or NaN)."""
    return None if value is None or pd.isna(value) else float(value)


def place_marks(frame_: pd.DataFrame, top: float) -> pd.DataFrame:
    """Add the x positions of points, bars, open arrows and labels for :func:`range_layers`."""
    placed = frame_.copy()
    arrow = ARROW_SHARE * top
    values = [number(v) for v in placed["value"]]
    highs = [number(v) for v in placed["value_high"]]
    lows = [
        lo if lo is not None else v
        for lo, v in zip((number(v) for v in placed["value_low"]), values, strict=True)
    ]
    ends = [
        None if lo is None or hi is not None else lo + arrow
        for lo, hi in zip(lows, highs, strict=False)
    ]
    placed["x_low"] = lows
    placed["x_value"] = values
    placed["x_high"] = highs
    placed["arrow_end"] = ends
    placed["label_x"] = [
        next(x for x in (end, hi, lo, 0.0) if x is not None)
        for end, hi, lo in zip(ends, highs, lows, strict=True)
    ]
    return placed


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


def gap_rows(dataset: Dataset) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return one display row per metric and side from :func:`analysis.gap_table`, and the table."""
    claims = dataset.claims
    tz = dataset.package.event["timezone"]
    table = analysis.gap_table(claims, sides=GAP_SIDES).set_index("metric")
    quotes = claims.set_index("claim_id")["quote"].astype(str)
    outlets = claims.set_index("claim_id")["outlet_name"].astype(str)
    rows = []
    for metric in GAP_METRICS:
        hit = table.loc[metric] if metric in table.index else None
        for side in GAP_SIDES:

            def get(c, h=hit, s=side):
                return None if h is None or pd.isna(h[f"{s}_{c}"]) else h[f"{s}_{c}"]

            ids = (get("claim_ids") or "").split(";") if get("claim_ids") else []
            stamp = get("stated_at")
            rows.append(
                {
                    "metric_text": words(metric).capitalize(),
                    "side": side,
                    "side_label": SIDE_LABELS[side],
                    "text": analysis.NOT_STATED if hit is None else str(hit[side]),
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
                    else format_time(stamp, "minute", tz)
                    if stamp.hour or stamp.minute
                    else format_time(stamp, "day", tz),
                    "status": "reviewed",
                    "ratio_text": "" if hit is None else str(hit["ratio_text"]),
                }
            )
    data = pd.DataFrame(rows)
    data.insert(0, "row", range(len(data)))
    data["metric_shown"] = first_of_group(data["metric_text"])
    data["ratio_shown"] = [
        r if m else "" for r, m in zip(data["ratio_text"], data["metric_shown"], strict=True)
    ]
    return data, table.reset_index()


def outlet_rows(dataset: Dataset) -> pd.DataFrame:
    """Return the reports of people killed or wounded in the strike, grouped by outlet."""
    rows = report_rows(dataset)
    keep = (rows["scope"] == "strike") & (rows["unit"] == "people")
    rows = rows[keep & rows["metric"].isin(PEOPLE_METRICS)].copy()
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


def ledger_table(dataset: Dataset) -> pd.DataFrame:
    """Return the ledger as a reader meets it: one row per figure, in words, with its quote."""
    rows = report_rows(dataset)
    return pd.DataFrame(
        {
            "claim": rows["claim_id"],
            "claimant": rows["claimant_name"],
            "side": rows["side_label"],
            "figure as stated": rows["figure"],
            "coded as": rows["coded"],
            "metric": rows["metric_text"],
            "outlet": rows["outlet_text"],
            "stated": rows["stated"],
            "status": rows["status"],
            "quote": rows["quote"],
        }
    )
