"""Say when the gap's two compared figures were stated, and whether days lie between them.

A ratio of figures stated days apart compares two moments, not two sides at one: new user
26's "more than 100 missing" of 11 Nov against the agency's 49 of 13 Nov read as "at least
2.0×" with nothing saying so. Each compared figure is dated as the ledger holds it (a day, a
time, or "no later than" its article's publication), and a pair dated more than a day apart
is said to be.
"""

from __future__ import annotations

import pandas as pd

from makiivka.charts.gap_rows import gap_metrics, gap_rows
from makiivka.charts.memo import per_dataset
from makiivka.story.load import Dataset
from makiivka.story.schema import story_attrs

#: Precisions a date is compared at: a day, or a time within one (a month is too coarse).
DATED = ("day", "minute", "second")


def on(stated: str) -> str:
    """'on 11 Nov 2026', or 'no later than 13 Nov 2026' as the ledger holds it."""
    return stated if stated.startswith("no later than") else f"on {stated}"


def local(stamp: pd.Timestamp, precision: str, timezone: str) -> pd.Timestamp:
    """Return a stated time as the story's wall clock: a date without a time is that day."""
    if precision in ("minute", "second"):
        return stamp.tz_convert(timezone).tz_localize(None)
    return stamp.tz_convert("UTC").tz_localize(None)


def apart(one: tuple, other: tuple, timezone: str) -> str:
    """Say how far apart two dated figures are, each ``(stamp, precision)``, or "" for a day
    or less: 'dated 2 days apart' (their days), 'dated more than a day apart' (two times
    over 24 hours apart on neighbouring days). A month or a year is no date to count from.

    >>> t = pd.Timestamp
    >>> apart((t("2026-11-11", tz="UTC"), "day"), (t("2026-11-13", tz="UTC"), "day"), "UTC")
    'dated 2 days apart'
    >>> apart((t("2026-11-11T08:00Z"), "minute"), (t("2026-11-12T10:00Z"), "minute"), "UTC")
    'dated more than a day apart'
    >>> apart((t("2026-11-11T08:00Z"), "minute"), (t("2026-11-12", tz="UTC"), "day"), "UTC")
    ''
    """
    if any(pd.isna(s) or p not in DATED for s, p in (one, other)):
        return ""
    a, b = sorted(local(s, p, timezone) for s, p in (one, other))
    days = (b.normalize() - a.normalize()).days
    if days >= 2:
        return f"dated {days:,} days apart"
    timed = all(p in ("minute", "second") for _, p in (one, other))
    return "dated more than a day apart" if timed and b - a > pd.Timedelta(days=1) else ""


@per_dataset
def compared_dates(dataset: Dataset) -> dict[str, dict[str, str]]:
    """Return, per compared metric where both compared parties gave a figure, how each is
    dated and how far apart: ``first`` and ``second`` ('on 12 Nov 2026, 18:00 UTC-4', 'no
    later than 13 Nov 2026'), ``apart`` (:func:`apart`, or "") and ``said`` (the pair in
    words, second over first, as the ratio divides: 'more than 100 on 11 Nov 2026 ÷ 49 no
    later than 13 Nov 2026, dated 2 days apart')."""
    data, table = gap_rows(dataset)
    first, second = story_attrs(dataset.package)["compare"]
    tz = str(dataset.package.event.get("timezone") or "UTC")
    indexed = table.set_index("metric")
    out: dict[str, dict[str, str]] = {}
    for metric in gap_metrics(dataset, table):
        rows = data[(data["metric"] == metric) & ~data["missing"]].set_index("side")
        if first not in rows.index or second not in rows.index:
            continue
        row = indexed.loc[metric]
        far = apart(
            *(
                (row[f"{s}_stated_at"], str(row[f"{s}_stated_at_precision"]))
                for s in (first, second)
            ),
            tz,
        )
        one, other = rows.loc[second], rows.loc[first]
        said = f"{one['text']} {on(str(one['stated']))} \u00f7 {other['text']} " + on(
            str(other["stated"])
        )
        out[metric] = {
            "first": on(str(other["stated"])),
            "second": on(str(one["stated"])),
            "apart": far,
            "said": said + (f", {far}" if far else ""),
        }
    return out
