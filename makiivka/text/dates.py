"""Resolve the date and time phrases of news articles into zoned intervals with a precision.

Hand-written rather than dateparser: dateparser is heavy to import, returns a bare datetime with
no precision or interval, and has no notion of "late Tuesday" or "the weekend". The phrases,
their patterns and how each kind is placed are in :mod:`makiivka.text.date_phrases`; the zone
words after a clock time ("Moscow time", "UTC+3", "EET", "Europe/Kyiv") in
:mod:`makiivka.text.zones`.

The resolver places statements already made: every phrase is read backwards from the
publication. Phrases about the future ("tomorrow", "in 2 hours", "next week") are refused
with a ValueError that says so.

**Anchors.** Most phrases count from the publication date ("yesterday", "on Sunday", "last
week", "hours ago"). A relative anchor ("a day later", "24 hours later", "the next day",
"two days earlier") counts from the nearest date stated before it in the text
(:func:`find_dates`), else from the publication date; its :attr:`ResolvedDate.anchor` names
the phrase it counted from ("" for the publication). "Later" with no stated date before it
would fall after publication: it stays unresolved.

**Ranges of days.** "last week" and "this week" (precision ``week``), "the weekend"
(``weekend``) and "hours ago" (``days``: the 24 hours before publication, or the day before
and the day of publication when only the date is known) cover more than one calendar day.
The ledger's ``stated_at`` holds one ISO 8601 value, so such a range is written at the
coarsest precision that holds it (its month, else its year) and the row's basis names the
range (:mod:`makiivka.extract.ingest`).

**Unresolved.** A clock time followed by a zone word that is not in the tables ("09:00
AZOT", "10:00 IST", which is three zones) and "a day later" with nothing to count from are
found (:func:`find_dates` returns them with ``None``, so their digits are never read as
figures) but never placed: a time is not guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from makiivka.text import date_phrases as phrases
from makiivka.text.date_phrases import (
    ANCHORED,
    DATE_RE,
    FULL_RE,
    KIND_RES,
    Interval,
    Unplaced,
)
from makiivka.text.zones import FIXED_ZONES, ZONES

__all__ = ["FIXED_ZONES", "PRECISIONS", "ZONES", "ResolvedDate", "find_dates", "resolve_date"]

PRECISIONS = ("minute", "hour", "part_of_day", "day", "days", "weekend", "week", "month", "year")
EXPECTED = (
    "a weekday, 'the weekend', a month and day, a month, a clock time with a zone, "
    "'yesterday'/'today'/'last night', 'last week', \"New Year's Day\", 'N days ago', "
    "'hours ago', 'a day later' (after a stated date) or 'an hour ago' (with a publication time)"
)
FUTURE = re.compile(
    r"(?<![a-z])(?:tomorrow|next\s+(?:week|month|year|[a-z]+day)|in\s+(?:a\s+few|[0-9]+|an?|one|two"
    r"|three|few|several)\s+(?:minute|hour|day|week|month|year)s?|from\s+now|later\s+(?:today"
    r"|this)|coming\s+(?:days|weeks))(?![a-z])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ResolvedDate:
    """Hold the interval a date phrase covers, its precision and the phrase as matched.

    ``anchor`` is the stated date phrase a relative anchor ("a day later") counted from,
    "" when it counted from the publication date or needs no anchor.
    """

    start: datetime
    end: datetime
    precision: str
    text: str
    anchor: str = ""


def _match(phrase: str) -> tuple[str, str]:
    """Return the kind and the matched text of a whole phrase, else raise ValueError."""
    match = FULL_RE.fullmatch(phrase)
    if match is None and FUTURE.search(phrase):
        raise ValueError(
            f"cannot resolve {phrase!r} as a date: it is about the future, and resolve_date "
            f"places statements already made (expected {EXPECTED})"
        )
    if match is None:
        raise ValueError(f"cannot resolve {phrase!r} as a date: expected {EXPECTED}")
    return match.lastgroup, match.group(match.lastgroup)


def _reference(published: date | datetime | str, zone: ZoneInfo) -> tuple[date, datetime | None]:
    """Return the publication date in the zone and, if known, the publication moment."""
    if isinstance(published, str):
        text = published.strip()
        published = date.fromisoformat(text) if len(text) <= 10 else datetime.fromisoformat(text)
    if isinstance(published, datetime):
        aware = published.tzinfo is not None
        moment = published.astimezone(zone) if aware else published.replace(tzinfo=zone)
        return moment.date(), moment
    if isinstance(published, date):
        return published, None
    raise TypeError(f"published must be a date, datetime or ISO string, not {published!r}")


def _place(
    kind: str, text: str, ref: date, moment: datetime | None, zone: ZoneInfo,
    anchor: tuple[Interval, str] | None,
) -> tuple[Interval, str]:  # fmt: skip
    """Resolve a phrase of one kind; an anchored kind counts from *anchor* or publication."""
    if kind not in ANCHORED:
        return phrases.resolve_kind(kind, text, ref, moment, zone), ""
    groups = KIND_RES[kind].fullmatch(text).groupdict()
    if anchor is None:
        if not groups["before"]:
            raise ValueError(f"{text!r} needs a date stated before it to count from")
        return phrases.resolve_kind("ago", text, ref, moment, zone), ""  # from publication
    return phrases.later(groups, anchor[0]), anchor[1]


def resolve_date(
    phrase: str, published: date | datetime | str, tz: str = "UTC", after: str | None = None
) -> ResolvedDate:
    """Resolve a date or time phrase to the interval it covers, relative to publication.

    A relative anchor ("a day later") counts from the phrase *after* when given (resolved
    against the publication itself), else from the publication date.

    >>> def show(phrase, tz="UTC", after=None):
    ...     r = resolve_date(phrase, "2023-01-04", tz, after)
    ...     print(r.start.isoformat(), r.end.isoformat(), r.precision)
    >>> show("late Tuesday")
    2023-01-03T18:00:00+00:00 2023-01-04T00:00:00+00:00 part_of_day
    >>> show("on Wednesday")
    2023-01-04T00:00:00+00:00 2023-01-05T00:00:00+00:00 day
    >>> show("the weekend")
    2022-12-31T00:00:00+00:00 2023-01-02T00:00:00+00:00 weekend
    >>> show("00:01 Moscow time on January 1st")
    2023-01-01T00:01:00+03:00 2023-01-01T00:02:00+03:00 minute
    >>> show("at 01:00 UTC+3")
    2023-01-04T01:00:00+03:00 2023-01-04T01:01:00+03:00 minute
    >>> show("in September")
    2022-09-01T00:00:00+00:00 2022-10-01T00:00:00+00:00 month
    >>> show("one minute into the new year", tz="Europe/Moscow")
    2023-01-01T00:01:00+03:00 2023-01-01T00:02:00+03:00 minute
    >>> show("10 months ago")
    2022-03-01T00:00:00+00:00 2022-04-01T00:00:00+00:00 month
    >>> show("last week")
    2022-12-26T00:00:00+00:00 2023-01-02T00:00:00+00:00 week
    >>> show("a day later", after="on Monday")
    2023-01-03T00:00:00+00:00 2023-01-04T00:00:00+00:00 day
    >>> show("in the early hours of Sunday")
    2023-01-01T00:00:00+00:00 2023-01-01T06:00:00+00:00 part_of_day
    >>> r = resolve_date("some 20 hours ago", "2023-01-04T10:30:00+00:00")
    >>> r.start.isoformat(), r.precision
    ('2023-01-03T14:00:00+00:00', 'hour')

    Statements are already made, so phrases about the future are refused, and hours or
    minutes ago need the publication time:

    >>> resolve_date("tomorrow", "2023-01-04")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: cannot resolve 'tomorrow' as a date: it is about the future, and resolve_date \
places statements already made (expected ...)
    """
    zone = ZoneInfo(tz)
    ref, moment = _reference(published, zone)
    kind, text = _match(phrase)
    try:
        anchor = None
        if after is not None:
            anchor = (phrases.resolve_phrase(after, ref, moment, zone), after)
        (start, end, precision), counted = _place(kind, text, ref, moment, zone, anchor)
    except (ValueError, OverflowError, KeyError) as error:
        raise ValueError(f"cannot resolve {phrase!r} as a date: {error}") from error
    return ResolvedDate(start, end, precision, text, counted)


def find_dates(
    text: str, published: date | datetime | str, tz: str = "UTC"
) -> list[tuple[int, int, ResolvedDate | None]]:
    """Find every date or time phrase in running text, with its offsets.

    A relative anchor counts from the nearest phrase resolved before it. A phrase found
    but not placed (an unknown zone word, "a day later" with nothing before it) comes with
    None; a shape of a date that is no day ("February 30") is left out.

    >>> found = find_dates("On Monday it said 63. A day later it said 89.", "2023-01-06")
    >>> [(r.text, r.start.date().isoformat(), r.anchor) for _, _, r in found]
    [('On Monday', '2023-01-02', ''), ('A day later', '2023-01-03', 'On Monday')]
    >>> [r for _, _, r in find_dates("It said at 09:00 AZOT that 40 died.", "2023-01-06")]
    [None]
    """
    zone = ZoneInfo(tz)
    ref, moment = _reference(published, zone)
    found: list[tuple[int, int, ResolvedDate | None]] = []
    anchor: tuple[Interval, str] | None = None
    for match in DATE_RE.finditer(text):
        kind, phrase = match.lastgroup, match.group()
        try:
            interval, counted = _place(kind, phrase, ref, moment, zone, anchor)
        except (ValueError, OverflowError, KeyError) as error:
            if kind in ANCHORED or isinstance(error, Unplaced):
                found.append((match.start(), match.end(), None))
            continue  # e.g. "February 30": the shape of a date but no such day
        start, end, precision = interval
        found.append(
            (match.start(), match.end(), ResolvedDate(start, end, precision, phrase, counted))
        )
        anchor = (interval, phrase)
    return found
