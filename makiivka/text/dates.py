"""Resolve the date and time phrases of news articles into zoned intervals with a precision.

Hand-written rather than dateparser: dateparser is heavy to import, returns a bare datetime with
no precision or interval, and has no notion of "late Tuesday" or "the weekend".

The resolver places statements already made: every phrase is read backwards from the
publication. Phrases about the future ("tomorrow", "in 2 hours", "next week") are refused
with a ValueError that says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

PRECISIONS = ("minute", "hour", "part_of_day", "day", "weekend", "week", "month", "year")
#: Zone words the date parser reads in any article ("00:01 Moscow time", "1:00 a.m. ET"): a
#: vocabulary of how reporters name zones, not a story's display zone (the descriptor's).
ZONES: dict[str, str] = {"moscow time": "Europe/Moscow", "msk": "Europe/Moscow", "utc": "UTC"}
ZONES |= {"kyiv time": "Europe/Kyiv", "kiev time": "Europe/Kyiv", "cet": "Europe/Paris"}
ZONES |= {"et": "America/New_York", "eastern time": "America/New_York", "gmt": "UTC"}
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
NUMBERS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# Hours (from midnight of the day named) covered by a part of the day; "night" runs to 06:00.
PARTS_OF_DAY = {"morning": (6, 12), "afternoon": (12, 18), "evening": (18, 24), "night": (18, 30)}
PARTS_OF_DAY |= {"late": (18, 24), "early": (0, 9)}
PREVIEW_DAYS = 7  # a year-less "January 10" may lie this many days after publication
EXPECTED = (
    "a weekday, 'the weekend', a month and day, a month, a clock time with a zone, "
    "'yesterday'/'today'/'last night', 'last week', \"New Year's Day\", 'N days ago' "
    "or 'an hour ago' (with a publication time)"
)
FUTURE = re.compile(
    r"(?<![a-z])(?:tomorrow|next\s+(?:week|month|year|[a-z]+day)|in\s+(?:a\s+few|[0-9]+|an?|one|two"
    r"|three|few|several)\s+(?:minute|hour|day|week|month|year)s?|from\s+now|later\s+(?:today"
    r"|this)|coming\s+(?:days|weeks))(?![a-z])",
    re.IGNORECASE,
)

# Regular-expression fragments. Named groups are kept in the per-kind patterns and stripped
# from the single alternation that find_dates scans with.
WS = r"[\s\xa0]+"
NUM = r"[0-9]{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
MONTH = (  # "May" and "March" only capitalised, so the verbs are not months
    r"(?:(?:january|february|(?-i:March|MARCH)|april|(?-i:May|MAY)|june|july|august|september"
    r"|october|november|december)(?![a-z])|(?:jan|feb|(?-i:Mar|MAR)|apr|jun|jul|aug|sept?|oct"
    r"|nov|dec)(?![a-z])\.?)"
)
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])"
YEAR = r"(?:19|20)[0-9]{2}(?![0-9])"
MONTH_DAY = (
    rf"(?P<mon>{MONTH}){WS}(?P<d>{DAY})(?:,?{WS}(?P<y>{YEAR}))?"
    rf"|(?P<d2>{DAY})(?:{WS}of)?{WS}(?P<mon2>{MONTH})(?:,?{WS}(?P<y2>{YEAR}))?"
)
NEW_YEAR = rf"new{WS}year[’']?s{WS}(?P<ny>day|eve)"
CLOCK = (
    r"(?P<h>2[0-3]|[01]?[0-9]):(?P<mi>[0-5][0-9])(?![0-9])(?:\s*(?P<ap>[ap]\.m\.|[ap]m\b))?"
    r"|(?P<h2>1[0-2]|0?[1-9])\s*(?P<ap2>[ap]\.m\.|[ap]m\b)"
)
ZONE = rf"moscow{WS}time|msk|k(?:yi|ie)v{WS}time|utc|gmt|eastern{WS}time|(?-i:ET)|cet"
_NAMED = re.compile(r"\(\?P<\w+>")


def _anon(pattern: str) -> str:
    """Turn the named groups of a pattern into non-capturing groups."""
    return _NAMED.sub("(?:", pattern)


DAY_BEFORE = rf"the{WS}day{WS}before{WS}yesterday"
ANCHOR = (
    rf"{_anon(MONTH_DAY)}|{WEEKDAY}|{DAY_BEFORE}|yesterday|today|{_anon(NEW_YEAR)}"
    rf"|(?:{NUM}){WS}days?{WS}ago"
)
ABOUT = rf"(?:(?:some|about|around|roughly|nearly|almost|just|only){WS})"
TIME_OF_DAY = rf"(?:{CLOCK})(?:{WS}(?P<zone>{ZONE}))?"
KINDS = {  # tried in this order at each position: longer phrases first
    "dated_clock": rf"(?:on{WS})?(?P<anchor>{ANCHOR}),?{WS}at{WS}{TIME_OF_DAY}",
    "clock": (
        rf"(?:(?:at|around|about|(?:just|shortly){WS}(?:after|before)){WS})?{TIME_OF_DAY}"
        rf"(?:,?{WS}(?:on{WS})?(?P<anchor>{ANCHOR}))?"
    ),
    "month_day": rf"(?:(?:on|in){WS})?(?:{WEEKDAY},?{WS})?(?:{MONTH_DAY})",
    "new_year_minute": rf"(?P<n>{NUM}){WS}minutes?{WS}into{WS}the{WS}new{WS}year",
    "new_year": rf"(?:on{WS})?{NEW_YEAR}",
    "month": rf"(?:(?:in|during){WS})?(?P<mon>{MONTH}),?{WS}(?P<y>{YEAR})"
    rf"|(?:in|during){WS}(?P<mon2>{MONTH})|(?:in|during){WS}(?P<y2>{YEAR})(?![.,][0-9])",
    "weekday": rf"(?:(?P<mod>late|early){WS})?(?:(?P<pre>on|last|this){WS})?(?P<wd>{WEEKDAY})"
    rf"(?:{WS}(?P<part>morning|afternoon|evening|night))?",
    "weekend": rf"(?:(?:over|during){WS})?(?:(?:the|this|last|past){WS})?weekend",
    "week": rf"(?:(?P<earlier>earlier){WS})?(?P<which>last|this){WS}week",
    "day_before": DAY_BEFORE,
    "relative": rf"(?P<rel>yesterday|today|tonight|last{WS}night"
    rf"|this{WS}(?:morning|afternoon|evening))",
    "ago": rf"{ABOUT}?(?P<n>{NUM}){WS}(?P<unit>minute|hour|day|week|month|year|decade)s?"
    rf"{WS}(?:ago|before|earlier)",
}
FLAGS = re.IGNORECASE | re.ASCII
KIND_RES = {kind: re.compile(pattern, FLAGS) for kind, pattern in KINDS.items()}
_ALTERNATION = "|".join(f"(?P<{kind}>{_anon(pattern)})" for kind, pattern in KINDS.items())
DATE_RE = re.compile(rf"(?<!\w)(?=[0-9a-z])(?:{_ALTERNATION})(?!\w)", FLAGS)
FULL_RE = re.compile(rf"\s*(?:{_ALTERNATION})(?:{WS}(?:strike|attack|raid)s?)?[\s.,;:]*", FLAGS)

Interval = tuple[datetime, datetime, str]


@dataclass(frozen=True)
class ResolvedDate:
    """Hold the interval a date phrase covers, its precision and the phrase as matched."""

    start: datetime
    end: datetime
    precision: str
    text: str


def _words(text: str) -> str:
    """Lower-case a phrase and collapse its whitespace to single spaces."""
    return " ".join(text.lower().split())


def _day(day: date, zone: ZoneInfo, hours=(0, 24), precision="day") -> Interval:
    """Return the interval between two hour offsets from midnight of a day."""
    midnight = datetime.combine(day, time(), tzinfo=zone)
    return midnight + timedelta(hours=hours[0]), midnight + timedelta(hours=hours[1]), precision


def _month_interval(year: int, month: int, zone: ZoneInfo) -> Interval:
    """Return the interval of a calendar month."""
    after = date(year + month // 12, month % 12 + 1, 1)
    start = datetime(year, month, 1, tzinfo=zone)
    return start, datetime.combine(after, time(), tzinfo=zone), "month"


def _last_weekday(ref: date, weekday: int, strictly_before: bool = False) -> date:
    """Return the most recent given weekday on (or strictly before) a reference date."""
    back = (ref.weekday() - weekday) % 7
    return ref - timedelta(days=back or (7 if strictly_before else 0))


def _recent_day(ref: date, month: int, day: int) -> date:
    """Return the latest year-less month and day not more than PREVIEW_DAYS after ref."""
    for year in range(ref.year + 1, ref.year - 9, -1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= ref + timedelta(days=PREVIEW_DAYS):
            return candidate
    raise ValueError(
        f"{MONTHS[month - 1].title()} {day} is not a valid date: expected a day the month has"
    )


def _month_day(g: dict, ref: date, moment: datetime | None, zone: ZoneInfo) -> Interval:
    """Resolve "January 1st", "1 January 2023" or "Wednesday, Jan. 4" to its day."""
    month = MONTHS.index(_words(g["mon"] or g["mon2"])[:3]) + 1
    day = int(re.match(r"[0-9]+", g["d"] or g["d2"]).group())
    year = g["y"] or g["y2"]
    return _day(date(int(year), month, day) if year else _recent_day(ref, month, day), zone)


def _clock(g: dict, ref: date, moment: datetime | None, zone: ZoneInfo) -> Interval:
    """Resolve "00:01 Moscow time on January 1st" or "1:00 a.m. ET" to its minute or hour."""
    zone = ZoneInfo(ZONES[_words(g["zone"])]) if g["zone"] else zone
    hour, minute = int(g["h"] or g["h2"]), int(g["mi"] or 0)
    meridiem = g["ap"] or g["ap2"]
    if meridiem and not 1 <= hour <= 12:
        raise ValueError(f"{hour} is not a 12-hour clock hour")
    if meridiem:
        hour = hour % 12 + (12 if meridiem[0].lower() == "p" else 0)
    clock = time(hour, minute)
    if g["anchor"]:
        day = _resolve(g["anchor"], ref, moment, zone)[0].date()
    elif moment is None:
        day = ref
    else:
        local = moment.astimezone(zone)
        day = local.date() - timedelta(days=clock > local.time())
    start = datetime.combine(day, clock, tzinfo=zone)
    precision = "minute" if g["h"] else "hour"
    return start, start + timedelta(**{precision + "s": 1}), precision


def _number(text: str) -> int:
    """Read a small number written in digits or words."""
    return int(text) if text.isdigit() else NUMBERS[text.lower()]


def _new_year_minute(g: dict, ref: date, moment: datetime | None, zone: ZoneInfo) -> Interval:
    """Resolve "one minute into the new year" to that minute of the latest 1 January."""
    start = datetime(ref.year, 1, 1, tzinfo=zone) + timedelta(minutes=_number(g["n"]))
    return start, start + timedelta(minutes=1), "minute"


def _new_year(g: dict, ref: date, moment: datetime | None, zone: ZoneInfo) -> Interval:
    """Resolve "New Year's Day" or "New Year's Eve" to the latest such day."""
    month, day = (1, 1) if g["ny"].lower() == "day" else (12, 31)
    return _day(_recent_day(ref, month, day), zone)


def _month(g: dict, ref: date, moment: datetime | None, zone: ZoneInfo) -> Interval:
    """Resolve "in September", "September 2022" or "in 2022" to its month or year."""
    if g["y2"]:
        year = int(g["y2"])
        return datetime(year, 1, 1, tzinfo=zone), datetime(year + 1, 1, 1, tzinfo=zone), "year"
    month = MONTHS.index(_words(g["mon"] or g["mon2"])[:3]) + 1
    year = int(g["y"]) if g["y"] else ref.year - (month > ref.month)
    return _month_interval(year, month, zone)


def _weekday(g: dict, ref: date, moment: datetime | None, zone: ZoneInfo) -> Interval:
    """Resolve "on Tuesday", "late Tuesday" or "Tuesday night" to that day or part of it."""
    pre = (g["pre"] or "").lower()
    day = _last_weekday(ref, WEEKDAYS.index(g["wd"][:3].lower()), pre == "last")
    part = (g["part"] or g["mod"] or "").lower()
    return _day(day, zone, PARTS_OF_DAY[part], "part_of_day") if part else _day(day, zone)


def _weekend(g: dict, ref: date, moment: datetime | None, zone: ZoneInfo) -> Interval:
    """Resolve "the weekend" to the latest Saturday 00:00 to Monday 00:00."""
    return _day(_last_weekday(ref, 5), zone, (0, 48), "weekend")


def _relative(g: dict, ref: date, moment: datetime | None, zone: ZoneInfo) -> Interval:
    """Resolve "yesterday", "today", "last night", "tonight" or "this morning"."""
    rel = _words(g["rel"])
    if rel in ("yesterday", "today"):
        return _day(ref - timedelta(days=rel == "yesterday"), zone)
    if rel == "last night":
        return _day(ref - timedelta(days=1), zone, PARTS_OF_DAY["night"], "part_of_day")
    return _day(ref, zone, PARTS_OF_DAY["night" if rel == "tonight" else rel[5:]], "part_of_day")


def _week(g: dict, ref: date, moment: datetime | None, zone: ZoneInfo) -> Interval:
    """Resolve "last week" (the Monday-to-Monday week before) or "(earlier) this week".

    "This week" runs from its Monday to the end of the publication day: no later.
    """
    monday = _last_weekday(ref, 0)
    if g["which"].lower() == "last":
        return _day(monday - timedelta(days=7), zone, (0, 24 * 7), "week")
    return _day(monday, zone, (0, 24 * ((ref - monday).days + 1)), "week")


def _day_before(g: dict, ref: date, moment: datetime | None, zone: ZoneInfo) -> Interval:
    """Resolve "the day before yesterday" to its day."""
    return _day(ref - timedelta(days=2), zone)


def _ago(g: dict, ref: date, moment: datetime | None, zone: ZoneInfo) -> Interval:
    """Resolve "an hour ago", "two days ago", "10 months ago", "a decade ago" at their unit.

    Minutes and hours need the publication time; a decade ago is that year.
    """
    n, unit = _number(g["n"]), g["unit"].lower()
    if unit in ("minute", "hour"):
        if moment is None:
            raise ValueError(f"'{unit}s ago' needs the publication time, not only its date")
        start = (moment - timedelta(**{unit + "s": n})).replace(second=0, microsecond=0)
        start = start.replace(minute=0) if unit == "hour" else start
        return start, start + timedelta(**{unit + "s": 1}), unit
    if unit == "decade":
        n, unit = 10 * n, "year"
    if unit in ("day", "week"):
        return _day(ref - timedelta(days=n * (7 if unit == "week" else 1)), zone)
    if unit == "month":
        months = ref.year * 12 + ref.month - 1 - n
        return _month_interval(months // 12, months % 12 + 1, zone)
    year = ref.year - n
    return datetime(year, 1, 1, tzinfo=zone), datetime(year + 1, 1, 1, tzinfo=zone), "year"


Handler = Callable[[dict, date, datetime | None, ZoneInfo], Interval]
HANDLERS: dict[str, Handler] = {"dated_clock": _clock, "clock": _clock, "month_day": _month_day}
HANDLERS |= {"new_year_minute": _new_year_minute, "new_year": _new_year, "month": _month}
HANDLERS |= {"weekday": _weekday, "weekend": _weekend, "relative": _relative, "ago": _ago}
HANDLERS |= {"week": _week, "day_before": _day_before}


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


def _resolve(phrase: str, ref: date, moment: datetime | None, zone: ZoneInfo) -> Interval:
    """Resolve one whole phrase, else raise ValueError."""
    return _resolve_kind(*_match(phrase), ref, moment, zone)


def _resolve_kind(
    kind: str, text: str, ref: date, moment: datetime | None, zone: ZoneInfo
) -> Interval:
    """Resolve a phrase already known to be of one kind of KINDS."""
    groups = KIND_RES[kind].fullmatch(text).groupdict()
    return HANDLERS[kind](groups, ref, moment, zone)


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


def resolve_date(phrase: str, published: date | datetime | str, tz: str = "UTC") -> ResolvedDate:
    """Resolve a date or time phrase to the interval it covers, relative to publication.

    >>> def show(phrase, tz="UTC"):
    ...     r = resolve_date(phrase, "2023-01-04", tz)
    ...     print(r.start.isoformat(), r.end.isoformat(), r.precision)
    >>> show("late Tuesday")
    2023-01-03T18:00:00+00:00 2023-01-04T00:00:00+00:00 part_of_day
    >>> show("on Wednesday")
    2023-01-04T00:00:00+00:00 2023-01-05T00:00:00+00:00 day
    >>> show("the weekend")
    2022-12-31T00:00:00+00:00 2023-01-02T00:00:00+00:00 weekend
    >>> show("00:01 Moscow time on January 1st")
    2023-01-01T00:01:00+03:00 2023-01-01T00:02:00+03:00 minute
    >>> show("in September")
    2022-09-01T00:00:00+00:00 2022-10-01T00:00:00+00:00 month
    >>> show("one minute into the new year", tz="Europe/Moscow")
    2023-01-01T00:01:00+03:00 2023-01-01T00:02:00+03:00 minute
    >>> show("10 months ago")
    2022-03-01T00:00:00+00:00 2022-04-01T00:00:00+00:00 month
    >>> show("last week")
    2022-12-26T00:00:00+00:00 2023-01-02T00:00:00+00:00 week
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
        start, end, precision = _resolve_kind(kind, text, ref, moment, zone)
    except (ValueError, OverflowError) as error:
        raise ValueError(f"cannot resolve {phrase!r} as a date: {error}") from error
    return ResolvedDate(start, end, precision, text)


def find_dates(
    text: str, published: date | datetime | str, tz: str = "UTC"
) -> list[tuple[int, int, ResolvedDate]]:
    """Find every resolvable date or time phrase in running text, with its offsets."""
    zone = ZoneInfo(tz)
    ref, moment = _reference(published, zone)
    found = []
    for match in DATE_RE.finditer(text):
        try:
            start, end, precision = _resolve_kind(match.lastgroup, match.group(), ref, moment, zone)
        except (ValueError, OverflowError):
            continue  # e.g. "February 30": the shape of a date but no such day
        found.append(
            (match.start(), match.end(), ResolvedDate(start, end, precision, match.group()))
        )
    return found
