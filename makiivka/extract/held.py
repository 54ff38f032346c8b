"""Tell whether a party held a place on the event's day, from the dated note of a held place.

A city may change hands: the descriptor can list it for both parties with the period in a
note, "Mariupol-like City (March 2022)" for one and "(from May 2022)" for the other, or
"Town (27 February to 30 March 2022)" and "Town (from 31 March 2022)". The party whose
period covers the event's day held the place for the event (the corpus conventions,
judgement call 4: local speakers' side follows the party that governed the place). A note
without a date ("(city)", "(contested)") says nothing about time.

Periods understood: "<Month> <Year>", "<Year>", "<Day> <Month> <Year>" (that whole month, year
or day), "from/since X", "until/to/before X", "X to Y" (a missing year of X is Y's).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_POINT = re.compile(r"(?i)(?:(\d{1,2})\s+)?(" + "|".join(_MONTHS) + r")(?:\s+(\d{4}))?|(\d{4})")
_NOTE = re.compile(r"\(([^()]*)\)")
_SPLIT = re.compile(r"(?i)\s+(?:to|until|till)\s+|\s*[–—-]\s*")


def _bounds(text: str, year: int | None) -> tuple[date, date] | None:
    """Return the first and last day a date phrase covers ("March 2022": 1 to 31 March)."""
    m = _POINT.search(text)
    if m is None:
        return None
    if m[4]:
        y = int(m[4])
        return date(y, 1, 1), date(y, 12, 31)
    y = int(m[3]) if m[3] else year
    if y is None:
        return None
    month = _MONTHS[m[2].lower()]
    if m[1]:
        day = date(y, month, int(m[1]))
        return day, day
    return date(y, month, 1), date(y, month, calendar.monthrange(y, month)[1])


def _year(text: str) -> int | None:
    years = re.findall(r"\d{4}", text)
    return int(years[-1]) if years else None


def period(place: str) -> tuple[date, date] | None:
    """Return the period a held place's note gives, or None if it gives none.

    >>> period("Lowtown (from May 2022)")
    (datetime.date(2022, 5, 1), datetime.date(9999, 12, 31))
    >>> period("Lowtown (27 February to 30 March 2022)")
    (datetime.date(2022, 2, 27), datetime.date(2022, 3, 30))
    >>> period("Lowtown (city)") is None
    True
    """
    note = _NOTE.search(place)
    if note is None or not _POINT.search(note[1]):
        return None
    text = note[1].strip()
    year = _year(text)
    low = re.match(r"(?i)(?:from|since|after)\s+(.*)", text)
    if low:
        b = _bounds(low[1], year)
        return (b[0], date.max) if b else None
    high = re.match(r"(?i)(?:until|till|to|before)\s+(.*)", text)
    if high:
        b = _bounds(high[1], year)
        return (date.min, b[1]) if b else None
    parts = _SPLIT.split(text, maxsplit=1)
    if len(parts) == 2:
        a, b = _bounds(parts[0], year), _bounds(parts[1], year)
        return (a[0], b[1]) if a and b else None
    return _bounds(text, year)


def held_on(place: str, day: str) -> bool:
    """Tell whether a held place counts on an event day (ISO "YYYY-MM-DD…"): True when its
    note gives no period or the day is unknown, else whether the period covers the day."""
    span = period(place)
    if span is None or not re.match(r"\d{4}-\d{2}-\d{2}", day or ""):
        return True
    when = date.fromisoformat(day[:10])
    return span[0] <= when <= span[1]
