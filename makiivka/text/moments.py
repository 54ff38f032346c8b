"""Write a moment as readers read it, in a story's zone: '28 Nov 2026, 23:30 UTC+6'.

The other way round from :mod:`makiivka.text.zones` (which reads the zone words reporters
write): the charts, the report and the review desk write every time with these, so a time
reads the same wherever it is shown. Pure: standard library only; a ``pandas.Timestamp``
is a ``datetime`` and is written the same way.
"""

from __future__ import annotations

import functools
import re
import zoneinfo
from datetime import UTC, datetime


@functools.lru_cache(maxsize=64)
def _offsets_of(abbreviation: str, year: int) -> frozenset[int]:
    """Return the UTC offsets (seconds) the zones of the tz database write as *abbreviation*
    in the middle of January and July of *year*: "PST" is both UTC-8 (Los Angeles) and
    UTC+8 (Manila). Hand-written because no installed library answers it; zoneinfo lists
    the zones."""
    found = set()
    for name in zoneinfo.available_timezones():
        for month in (1, 7):
            moment = datetime(year, month, 15, 12, tzinfo=zoneinfo.ZoneInfo(name))
            if moment.tzname() == abbreviation:
                found.add(int(moment.utcoffset().total_seconds()))
    return frozenset(found)


def zone_word(local: datetime) -> str:
    """Return how a local time's zone is written: its abbreviation where only one offset
    goes by it ("MSK", "EET"), else its offset from UTC ("UTC+8" for Manila's "PST", which
    readers take for US Pacific time; round 15's new user).

    >>> zone_word(datetime(2026, 11, 28, 13, 20, tzinfo=zoneinfo.ZoneInfo("Europe/Moscow")))
    'MSK'
    >>> zone_word(datetime(2026, 11, 28, 13, 20, tzinfo=zoneinfo.ZoneInfo("Asia/Manila")))
    'UTC+8'
    """
    abbreviation = local.tzname() or ""
    if abbreviation[:1].isalpha() and len(_offsets_of(abbreviation, local.year)) == 1:
        return abbreviation
    return utc_offset(int(local.utcoffset().total_seconds()))


def utc_offset(seconds: int) -> str:
    """Write an offset from UTC as readers read it: hours, and minutes only where it has some.

    >>> [utc_offset(s) for s in (0, 3 * 3600, -5 * 3600, 20700, 34200, -12600, 19800)]
    ['UTC', 'UTC+3', 'UTC-5', 'UTC+5:45', 'UTC+9:30', 'UTC-3:30', 'UTC+5:30']
    """
    if not seconds:
        return "UTC"
    hours, minutes = divmod(abs(seconds) // 60, 60)
    sign = "+" if seconds > 0 else "-"
    return f"UTC{sign}{hours}" + (f":{minutes:02d}" if minutes else "")


def format_time(stamp: datetime | None, precision: str, timezone: str) -> str:
    """Say when at the precision known: '14 Mar 2026, 23:10 EET', '2 Jan 2023', 'Sep 2022'.

    *stamp* is aware (a date alone is the start of its day in UTC, as the ledger reads it);
    a time of day is written in *timezone* (an IANA name) with its zone's word. A zone
    abbreviation several offsets share is written as the offset ('13:20 UTC+8').

    >>> format_time(datetime(2026, 11, 28, 17, 30, tzinfo=UTC), "minute", "Asia/Dhaka")
    '28 Nov 2026, 23:30 UTC+6'
    >>> format_time(datetime(2026, 11, 29, tzinfo=UTC), "day", "Asia/Dhaka")
    '29 Nov 2026'
    >>> format_time(None, "day", "Asia/Dhaka")
    'unknown'
    """
    if stamp is None or stamp != stamp:  # None, NaT
        return "unknown"
    if precision in ("minute", "second"):
        local = stamp.astimezone(zoneinfo.ZoneInfo(timezone))
        return f"{local.day} {local:%b %Y, %H:%M} {zone_word(local)}"
    day = stamp.astimezone(UTC)
    if precision == "day":
        return f"{day.day} {day:%b %Y}"
    return f"{day:%b %Y}" if precision == "month" else f"{day:%Y}"


#: An offset behind UTC as written ("UTC-5", "UTC-3:30"): the sign before its digits.
_BEHIND = re.compile(r"\b(UTC|GMT)-(?=\d)")


def unbroken(text: str) -> str:
    """Write each offset behind UTC in *text* with a minus sign (U+2212) for a page: a
    browser may end a line after a hyphen-minus ("UTC-" / "5" on a phone), never after a
    minus sign. For displayed text only: data files keep ISO 8601 and stored text as it is.

    >>> unbroken("no later than 15 Mar 2027, 14:20 UTC-5; UTC+6; Lima time (UTC-3:30)")
    'no later than 15 Mar 2027, 14:20 UTC−5; UTC+6; Lima time (UTC−3:30)'
    """
    return _BEHIND.sub("\\1\u2212", text)
