"""Word figures, metrics and times the way a journalist writes them."""

from __future__ import annotations

import pandas as pd

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
