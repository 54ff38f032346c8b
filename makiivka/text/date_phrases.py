"""Hold the date and time phrases of news prose: their patterns and how each kind is placed in time.

Each kind of :data:`KINDS` has a handler that turns the phrase's groups into an interval
(start, end, precision) given the publication date ``ref``, the publication moment (when
known) and the display zone. :mod:`makiivka.text.dates` scans for them and resolves the
relative anchors ("a day later") against the stated date before them.

A range of days (not one calendar day) has precision ``days``: "hours ago" (the 24 hours
before publication) and, through the week kinds, "last week" and "this week".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, tzinfo

from makiivka.text.zones import OFFSET, ZONE, zone_of

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
NUMBERS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_ORDINAL_WORDS = "first second third fourth fifth sixth seventh eighth ninth tenth eleventh"
_ORDINAL_WORDS += " twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth"
_ORDINAL_WORDS = [*_ORDINAL_WORDS.split(" "), "nineteenth", "twentieth"]
#: "the second of January", "the twenty-first of May": the day of the month in words.
ORDINALS = {w: n for n, w in enumerate(_ORDINAL_WORDS, 1)} | {"thirtieth": 30}
ORDINALS |= {
    f"twenty{sep}{w}": 20 + n for sep in ("-", " ") for n, w in enumerate(_ORDINAL_WORDS[:9], 1)
}
ORDINALS |= {f"thirty{sep}first": 31 for sep in ("-", " ")}
# Hours (from midnight of the day named) covered by a part of the day; "night" runs to 06:00.
PARTS_OF_DAY = {"morning": (6, 12), "afternoon": (12, 18), "evening": (18, 24), "night": (18, 30)}
PARTS_OF_DAY |= {"late": (18, 24), "early": (0, 9), "early hours": (0, 6)}
PREVIEW_DAYS = 7  # a year-less "January 10" may lie this many days after publication

# Regular-expression fragments. Named groups are kept in the per-kind patterns and stripped
# from the single alternation that find_dates scans with.
WS = r"[^\S\n]+"  # spaces within a line (no-break spaces too): a date never spans lines
NUM = r"[0-9]{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
MONTH = (  # "May" and "March" only capitalised, so the verbs are not months
    r"(?:(?:january|february|(?-i:March|MARCH)|april|(?-i:May|MAY)|june|july|august|september"
    r"|october|november|december)(?![a-z])|(?:jan|feb|(?-i:Mar|MAR)|apr|jun|jul|aug|sept?|oct"
    r"|nov|dec)(?![a-z])\.?)"
)
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])"
ORDINAL = "|".join(sorted((w.replace(" ", WS) for w in ORDINALS), key=len, reverse=True))
YEAR = r"(?:19|20)[0-9]{2}(?![0-9])"
MONTH_DAY = (
    rf"(?P<mon>{MONTH}){WS}(?P<d>{DAY})(?:,?{WS}(?P<y>{YEAR}))?"
    rf"|the{WS}(?P<d3>{DAY}|{ORDINAL})(?:{WS}day)?{WS}of{WS}(?P<mon3>{MONTH})"
    rf"(?:,?{WS}(?P<y3>{YEAR}))?"
    rf"|(?P<d2>{DAY})(?:{WS}of)?{WS}(?P<mon2>{MONTH})(?:,?{WS}(?P<y2>{YEAR}))?"
)
NEW_YEAR = rf"new{WS}year[’']?s{WS}(?P<ny>day|eve)"
CLOCK = (
    r"(?P<h>2[0-3]|[01]?[0-9]):(?P<mi>[0-5][0-9])(?![0-9])(?:\s*(?P<ap>[ap]\.m\.|[ap]m\b))?"
    r"|(?P<h2>1[0-2]|0?[1-9])(?:\.(?P<mi2>[0-5][0-9]))?\s*(?P<ap2>[ap]\.m\.|[ap]m\b)"
)  # "9.05 pm": the house style of Indian and British outlets (round 23's new user)
_NAMED = re.compile(r"\(\?P<\w+>")


def anon(pattern: str) -> str:
    """Turn the named groups of a pattern into non-capturing groups."""
    return _NAMED.sub("(?:", pattern)


DAY_BEFORE = rf"the{WS}day{WS}before{WS}yesterday"
ANCHOR = (
    rf"{anon(MONTH_DAY)}|{WEEKDAY}|{DAY_BEFORE}|yesterday|today|{anon(NEW_YEAR)}"
    rf"|(?:{NUM}){WS}days?{WS}ago"
)
ABOUT = rf"(?:(?:some|about|around|roughly|nearly|almost|just|only){WS})"
TIME_OF_DAY = rf"(?:{CLOCK})(?:{WS}(?:\(\s*)?(?P<zone>{ZONE})\)?)?"
#: What "after" or "before" may take as its object: "after the disaster", "before its report".
_OBJECT = r"(?:the|a|an|its|his|her|their|this|that)\b"
#: "a day later", "24 hours later", "the next day": counted from the date stated before.
LATER = (
    rf"(?P<n>{NUM}){WS}(?P<unit>hour|day|week)s?{WS}"
    # "four days after the disaster" counts from the disaster, not the date stated before it
    rf"(?:later|after(?:wards)?(?!{WS}{_OBJECT})|(?P<before>before(?!{WS}{_OBJECT})|earlier))"
    rf"|the{WS}(?:next|following){WS}(?P<next>day|morning|afternoon|evening|night)"
)
KINDS = {  # tried in this order at each position: longer phrases first
    "dated_clock": rf"(?:on{WS})?(?P<anchor>{ANCHOR}),?{WS}at{WS}{TIME_OF_DAY}",
    "clock": (
        rf"(?:(?:at|around|about|(?:just|shortly){WS}(?:after|before)){WS})?{TIME_OF_DAY}"
        rf"(?:,?{WS}(?:on{WS})?(?P<anchor>{ANCHOR}))?"
    ),
    "early_hours": rf"(?:in{WS})?the{WS}(?:early|small|wee){WS}hours{WS}(?:of{WS}(?:on{WS})?)?"
    rf"(?P<anchor>{anon(MONTH_DAY)}|{WEEKDAY}|{anon(NEW_YEAR)}|yesterday|today)",
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
    "later": LATER,
    "zone": OFFSET,  # "(UTC+3)" on its own: a zone, not a date, and its 3 is no figure
    "hours_ago": rf"(?:(?:a{WS}few|several|some){WS})?hours{WS}ago",
    "ago": rf"{ABOUT}?(?P<n>{NUM}){WS}(?P<unit>minute|hour|day|week|month|year|decade)s?"
    rf"{WS}(?:ago|before(?!{WS}{_OBJECT})|earlier)",
}
#: Kinds counted from the date stated before them in the text (else the publication date).
ANCHORED = frozenset(("later",))

Interval = tuple[datetime, datetime, str]


class Unplaced(ValueError):
    """A phrase found but not placed in time: its digits are no figure, and no date is guessed."""


class UnknownZone(Unplaced):
    """A clock time's zone word is not one the tables know: the time is not guessed."""


def words(text: str) -> str:
    """Lower-case a phrase and collapse its whitespace to single spaces."""
    return " ".join(text.lower().split())


def day_interval(day: date, zone: tzinfo, hours=(0, 24), precision="day") -> Interval:
    """Return the interval between two hour offsets from midnight of a day."""
    midnight = datetime.combine(day, time(), tzinfo=zone)
    return midnight + timedelta(hours=hours[0]), midnight + timedelta(hours=hours[1]), precision


def _month_interval(year: int, month: int, zone: tzinfo) -> Interval:
    """Return the interval of a calendar month."""
    after = date(year + month // 12, month % 12 + 1, 1)
    start = datetime(year, month, 1, tzinfo=zone)
    return start, datetime.combine(after, time(), tzinfo=zone), "month"


def last_weekday(ref: date, weekday: int, strictly_before: bool = False) -> date:
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


def _month_day(g: dict, ref: date, moment: datetime | None, zone: tzinfo) -> Interval:
    """Resolve "January 1st", "1 January 2023", "the second of January" to its day."""
    month = MONTHS.index(words(g["mon"] or g["mon2"] or g["mon3"])[:3]) + 1
    written = words(g["d"] or g["d2"] or g["d3"])
    day = ORDINALS[written] if written in ORDINALS else int(re.match(r"[0-9]+", written).group())
    year = g["y"] or g["y2"] or g["y3"]
    return day_interval(date(int(year), month, day) if year else _recent_day(ref, month, day), zone)


def _clock(g: dict, ref: date, moment: datetime | None, zone: tzinfo) -> Interval:
    """Resolve "00:01 Moscow time on January 1st" or "1:00 a.m. ET" to its minute or hour.

    An unknown zone word ("09:00 AZOT") raises ValueError: the time is not guessed.
    """
    if g["zone"]:
        named = zone_of(g["zone"])
        if named is None:
            raise UnknownZone(f"{g['zone']!r} is not a zone word this reader knows")
        zone = named
    hour, minute = int(g["h"] or g["h2"]), int(g["mi"] or g["mi2"] or 0)
    meridiem = g["ap"] or g["ap2"]
    if meridiem and not 1 <= hour <= 12:
        raise ValueError(f"{hour} is not a 12-hour clock hour")
    if meridiem:
        hour = hour % 12 + (12 if meridiem[0].lower() == "p" else 0)
    clock = time(hour, minute)
    if g["anchor"]:
        day = resolve_phrase(g["anchor"], ref, moment, zone)[0].date()
    elif moment is None:
        day = ref
    else:
        local = moment.astimezone(zone)
        day = local.date() - timedelta(days=clock > local.time())
    start = datetime.combine(day, clock, tzinfo=zone)
    precision = "minute" if g["h"] or g["mi2"] else "hour"
    return start, start + timedelta(**{precision + "s": 1}), precision


def _early_hours(g: dict, ref: date, moment: datetime | None, zone: tzinfo) -> Interval:
    """Resolve "in the early hours of Sunday" to 00:00-06:00 of that day."""
    day = resolve_phrase(g["anchor"], ref, moment, zone)[0].date()
    return day_interval(day, zone, PARTS_OF_DAY["early hours"], "part_of_day")


def number(text: str) -> int:
    """Read a small number written in digits or words."""
    return int(text) if text.isdigit() else NUMBERS[text.lower()]


def _new_year_minute(g: dict, ref: date, moment: datetime | None, zone: tzinfo) -> Interval:
    """Resolve "one minute into the new year" to that minute of the latest 1 January."""
    start = datetime(ref.year, 1, 1, tzinfo=zone) + timedelta(minutes=number(g["n"]))
    return start, start + timedelta(minutes=1), "minute"


def _new_year(g: dict, ref: date, moment: datetime | None, zone: tzinfo) -> Interval:
    """Resolve "New Year's Day" or "New Year's Eve" to the latest such day."""
    month, day = (1, 1) if g["ny"].lower() == "day" else (12, 31)
    return day_interval(_recent_day(ref, month, day), zone)


def _month(g: dict, ref: date, moment: datetime | None, zone: tzinfo) -> Interval:
    """Resolve "in September", "September 2022" or "in 2022" to its month or year."""
    if g["y2"]:
        year = int(g["y2"])
        return datetime(year, 1, 1, tzinfo=zone), datetime(year + 1, 1, 1, tzinfo=zone), "year"
    month = MONTHS.index(words(g["mon"] or g["mon2"])[:3]) + 1
    year = int(g["y"]) if g["y"] else ref.year - (month > ref.month)
    return _month_interval(year, month, zone)


def _weekday(g: dict, ref: date, moment: datetime | None, zone: tzinfo) -> Interval:
    """Resolve "on Tuesday", "late Tuesday" or "Tuesday night" to that day or part of it."""
    pre = (g["pre"] or "").lower()
    day = last_weekday(ref, WEEKDAYS.index(g["wd"][:3].lower()), pre == "last")
    part = (g["part"] or g["mod"] or "").lower()
    return (
        day_interval(day, zone, PARTS_OF_DAY[part], "part_of_day")
        if part
        else day_interval(day, zone)
    )


def _weekend(g: dict, ref: date, moment: datetime | None, zone: tzinfo) -> Interval:
    """Resolve "the weekend" to the latest Saturday 00:00 to Monday 00:00."""
    return day_interval(last_weekday(ref, 5), zone, (0, 48), "weekend")


def _relative(g: dict, ref: date, moment: datetime | None, zone: tzinfo) -> Interval:
    """Resolve "yesterday", "today", "last night", "tonight" or "this morning"."""
    rel = words(g["rel"])
    if rel in ("yesterday", "today"):
        return day_interval(ref - timedelta(days=rel == "yesterday"), zone)
    if rel == "last night":
        return day_interval(ref - timedelta(days=1), zone, PARTS_OF_DAY["night"], "part_of_day")
    part = PARTS_OF_DAY["night" if rel == "tonight" else rel[5:]]
    return day_interval(ref, zone, part, "part_of_day")


def _week(g: dict, ref: date, moment: datetime | None, zone: tzinfo) -> Interval:
    """Resolve "last week" (the Monday-to-Monday week before) or "(earlier) this week".

    "This week" runs from its Monday to the end of the publication day: no later.
    """
    monday = last_weekday(ref, 0)
    if g["which"].lower() == "last":
        return day_interval(monday - timedelta(days=7), zone, (0, 24 * 7), "week")
    return day_interval(monday, zone, (0, 24 * ((ref - monday).days + 1)), "week")


def _day_before(g: dict, ref: date, moment: datetime | None, zone: tzinfo) -> Interval:
    """Resolve "the day before yesterday" to its day."""
    return day_interval(ref - timedelta(days=2), zone)


def _hours_ago(g: dict, ref: date, moment: datetime | None, zone: tzinfo) -> Interval:
    """Resolve "hours ago" to the 24 hours before publication: a range of days.

    Without the publication time, that is the day before publication and the day itself.
    """
    if moment is None:
        return day_interval(ref - timedelta(days=1), zone, (0, 48), "days")
    end = moment.replace(second=0, microsecond=0)
    start = end - timedelta(hours=24)
    return start, end, "days"


def _ago(g: dict, ref: date, moment: datetime | None, zone: tzinfo) -> Interval:
    """Resolve "an hour ago", "two days ago", "10 months ago", "a decade ago" at their unit.

    Minutes and hours need the publication time; a decade ago is that year.
    """
    n, unit = number(g["n"]), g["unit"].lower()
    if unit in ("minute", "hour"):
        if moment is None:
            raise ValueError(f"'{unit}s ago' needs the publication time, not only its date")
        start = (moment - timedelta(**{unit + "s": n})).replace(second=0, microsecond=0)
        start = start.replace(minute=0) if unit == "hour" else start
        return start, start + timedelta(**{unit + "s": 1}), unit
    if unit == "decade":
        n, unit = 10 * n, "year"
    if unit in ("day", "week"):
        return day_interval(ref - timedelta(days=n * (7 if unit == "week" else 1)), zone)
    if unit == "month":
        months = ref.year * 12 + ref.month - 1 - n
        return _month_interval(months // 12, months % 12 + 1, zone)
    year = ref.year - n
    return datetime(year, 1, 1, tzinfo=zone), datetime(year + 1, 1, 1, tzinfo=zone), "year"


def _zone(g: dict, ref: date, moment: datetime | None, zone: tzinfo) -> Interval:
    """Refuse a zone offset standing alone ("Moscow (UTC+3)"): it names no time."""
    raise Unplaced("a zone offset on its own is no date or time")


def later(g: dict, anchor: Interval) -> Interval:
    """Resolve "a day later", "24 hours later", "the next day", "a day earlier" from *anchor*.

    Whole days move a day (or part of one) by days, keeping its precision; hours move a
    clock time by hours, and a day by hours only when they make whole days ("24 hours
    later" after "on Monday" is Tuesday). Anything else is a range of days.
    """
    start, end, precision = anchor
    if g["next"]:
        day = start.date() + timedelta(days=1)
        part = words(g["next"])
        if part == "day":
            return day_interval(day, start.tzinfo)
        return day_interval(day, start.tzinfo, PARTS_OF_DAY[part], "part_of_day")
    n, unit = number(g["n"]), g["unit"].lower()
    hours = n * {"hour": 1, "day": 24, "week": 24 * 7}[unit] * (-1 if g["before"] else 1)
    shift = timedelta(hours=hours)
    if precision in ("minute", "hour") or hours % 24 == 0:
        if precision in ("minute", "hour") and unit != "hour":
            return day_interval((start + shift).date(), start.tzinfo)
        return start + shift, end + shift, precision
    return day_interval(
        start.date(), start.tzinfo, (hours, hours + 24 * ((end - start).days or 1)), "days"
    )


Handler = Callable[[dict, date, datetime | None, tzinfo], Interval]
HANDLERS: dict[str, Handler] = {"dated_clock": _clock, "clock": _clock, "month_day": _month_day}
HANDLERS |= {"new_year_minute": _new_year_minute, "new_year": _new_year, "month": _month}
HANDLERS |= {"weekday": _weekday, "weekend": _weekend, "relative": _relative, "ago": _ago}
HANDLERS |= {"week": _week, "day_before": _day_before, "early_hours": _early_hours}
HANDLERS |= {"hours_ago": _hours_ago, "zone": _zone}
FLAGS = re.IGNORECASE | re.ASCII
KIND_RES = {kind: re.compile(pattern, FLAGS) for kind, pattern in KINDS.items()}
_ALTERNATION = "|".join(f"(?P<{kind}>{anon(pattern)})" for kind, pattern in KINDS.items())
DATE_RE = re.compile(rf"(?<!\w)(?=[0-9a-z])(?:{_ALTERNATION})(?!\w)", FLAGS)
FULL_RE = re.compile(rf"\s*(?:{_ALTERNATION})(?:{WS}(?:strike|attack|raid)s?)?[\s.,;:]*", FLAGS)


def resolve_kind(
    kind: str, text: str, ref: date, moment: datetime | None, zone: tzinfo
) -> Interval:
    """Resolve a phrase already known to be of one kind of KINDS (not an anchored one)."""
    groups = KIND_RES[kind].fullmatch(text).groupdict()
    return HANDLERS[kind](groups, ref, moment, zone)


def resolve_phrase(phrase: str, ref: date, moment: datetime | None, zone: tzinfo) -> Interval:
    """Resolve one whole phrase (an anchor inside a longer one), else raise ValueError."""
    match = FULL_RE.fullmatch(phrase)
    if match is None or match.lastgroup in ANCHORED:
        raise ValueError(f"cannot resolve {phrase!r} as a date")
    return resolve_kind(match.lastgroup, match.group(match.lastgroup), ref, moment, zone)
