"""Read the publication date a plain text gives in its header, for ingest.

A wire copy dates itself in its dateline ("SUDIRA, May 4 (Reuters) -", "CITY, 4 May (AFP) –",
"HARBOUR, May 2. /NNA/.", "CITY, Country, Nov 22 (Reuters) -"); a statement or bulletin
often carries a line that is only a date near its top ("Tuesday, 5 May 2026", "5 May 2026",
"May 5, 2026", "2026-05-05"), which gives a dateline without a year its year when both give
the same day ("Wednesday, 17 March 2027" above "Bhubaneswar, Mar 17 (PTI)").
:func:`own_date` returns that date with where it was read, so ingest can register it instead
of a folder's ``--published`` (which then stands in only for files that give no date). A
dateline seldom gives a year: the year is then the one ingest passes (the command line's or
the story's event year), and :class:`OwnDate` says so. Nothing here names a place or outlet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from makiivka.extract.datelines import REACH
from makiivka.extract.local_times import story_zone
from makiivka.extract.releases import parse_day, release_heading
from makiivka.story import load
from makiivka.story.problems import DataError
from makiivka.text.zones import ZONE, zone_of

#: How many non-empty lines from the top a date line may stand (title, kind, date).
DATE_LINE_REACH = 5
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
#: A dateline's day, either way round: "May 4", "4 May".
_WHEN = (rf"{_MONTH}\s+{_DAY}", rf"{_DAY}\s+{_MONTH}")
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
# "SUDIRA, May 4 (Reuters) -", "Sudira, 4 May 2026 (AFP) –", "HARBOUR, May 2. /NNA/.", and
# with the country after the city: "DORVAN, Ostrenia, Nov 22 (Reuters) -", "Dorvan (Ostrenia),
# Nov 22, 2026 (AFP) -" (round 25's new user); or with no city: "Sept 18 (Reuters) -"
_DATELINES = (
    tuple(
        re.compile(
            rf"(?m)^[A-Z][^\n(),]{{0,60}}(?:,\s+[A-Z][^\n(),\d]{{0,40}}|\s+\([A-Z][^\n(),\d]{{0,40}}\))?,"
            rf"\s+{when}(?:,?\s+{_YEAR})?\.?\s*[(/]"
        )
        for when in _WHEN
    )
    + tuple(
        re.compile(rf"(?m)^{when}(?:,?\s+{_YEAR})?\s*\([A-Z][\w.&'’ -]{{0,30}}\)\s*[—–-]")
        for when in _WHEN
    )
    + tuple(  # "ESMERALDAS, Ecuador (AP) — Monday, March 16, 2026 — …" (round 21's new user)
        re.compile(
            rf"(?m)^[A-Z][^\n(),]{{0,60}}(?:,\s+[A-Z][^\n(),\d]{{0,40}})?\s+\([A-Z][\w.&-]*\)\s*[—–-]+"
            rf"\s*{_WEEKDAY}{when},?\s+{_YEAR}\s*[—–-]"
        )
        for when in _WHEN
    )
)
# A line that is only a date: "Tuesday, 5 May 2026", "May 5, 2026", "2026-05-05"; or a
# desk's or a bulletin's name and its date: "Thai PBS World live desk, 2 December 2026".
_DESK = r"(?:[A-Z][^\n,\d]{0,60},\s+)?"
_DATE_LINES = (
    re.compile(rf"{_DESK}{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}\.?"),
    re.compile(rf"{_DESK}{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\.?"),
    re.compile(r"(?P<year>\d{4})-(?P<num>\d{2})-(?P<day>\d{2})"),
)

#: A wire's line of when it was published or last updated, its clock time with its zone:
#: "Updated 11:42 AM GMT+2, October 20, 2026", "Published 9:05 AM EDT, March 3, 2025" (AP's
#: style; round 27's new user: refused for want of a date), or the date first ("Updated:
#: 20 October 2026, 11:42 CEST"). "Updated" wins over "Published": the text is the update's.
_CLOCK = (
    r"(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)(?:\s*(?P<half>[AaPp])\.?\s?[Mm]\.?)?"
    rf"(?:\s+(?P<zone>{ZONE}))?"
)
_STAMP_DAYS = tuple(rf"{_WEEKDAY}{when},?\s+{_YEAR}" for when in _WHEN)
_STAMP_WORD = r"(?P<word>Updated|Published|Posted|Last\s+updated)(?:\s+on)?:?\s+"
_STAMPS = tuple(
    re.compile(shape, re.IGNORECASE)
    for day in _STAMP_DAYS
    for shape in (
        rf"{_STAMP_WORD}{_CLOCK},?\s+{day}\.?",
        rf"{_STAMP_WORD}{day}(?:,?\s+(?:at\s+)?{_CLOCK})?\.?",
    )
)


@dataclass(frozen=True)
class OwnDate:
    """The date a text gives itself: ``YYYY-MM-DD``, where it was read, and whether in full."""

    date: str
    where: str  # "dateline 'SUDIRA, May 4 (Reuters)'", "date line 'Tuesday, 5 May 2026'"
    year_given: bool = True  # False: a dateline without a year, the year taken from elsewhere
    clock: str = ""  # "HH:MM" a release heading gives beside its date, with no zone
    zone: str = ""  # the zone word a wire's "Updated 11:42 AM GMT+2, …" line gives its time


def own_date(text: str, year: int | None = None) -> OwnDate | None:
    """Return the publication date *text* gives in its header, or None.

    *year* completes a dateline without one (without it such a dateline gives no date).

    >>> own_date("Dam toll rises\\n\\nSUDIRA, May 4 (Reuters) - At least 52 died.", 2026)
    OwnDate(date='2026-05-04', where="dateline 'SUDIRA, May 4'", year_given=False, clock='', \
zone='')
    >>> own_date("Statement\\nTuesday, 5 May 2026\\n\\nThe ministry said 47 died.").date
    '2026-05-05'
    >>> own_date("Bulletin\\n\\nOn May 5, 2026 the council said 12 died.") is None
    True
    >>> own_date("Live\\nThai PBS World live desk, 2 December 2026\\n\\n14:15 — 13 died.").date
    '2026-12-02'
    >>> own_date("COAST GUARD / Press release, 14 June 2021, 19:30\\n\\nFlood update").clock
    '19:30'
    >>> found = own_date("Wednesday, 17 March 2027\\n\\nKesa, Mar 17 (PTI) 26 died.", 2026)
    >>> found.date, found.where, found.year_given
    ('2027-03-17', "date line 'Wednesday, 17 March 2027'", True)
    """
    stamp = stamp_date(text)
    if stamp is not None:
        return stamp
    heading = release_heading(text, year)
    if heading is not None and heading.day:
        where = f"release heading {heading.line!r}"
        return OwnDate(heading.day, where, heading.year_given, heading.clock)
    head = text[:REACH]
    found = [m for pattern in _DATELINES if (m := pattern.search(head)) is not None]
    full = _date_line(text)
    for match in sorted(found, key=lambda m: m.start()):
        stated = match["year"]
        day = parse_day(stated or year, match["month"], match["day"])
        # "Wednesday, 17 March 2027" above "Bhubaneswar, Mar 17 (PTI)" (round 23's new user):
        # the date line's year is the dateline's when it gives the same day
        if (
            not stated
            and full
            and parse_day(full.date[:4], match["month"], match["day"]) == full.date
        ):
            return full
        if day:
            where = f"dateline {match[0].rstrip('(/ —–-').strip()!r}"
            return OwnDate(day, where, year_given=bool(stated))
    return full


def stamp_date(text: str) -> OwnDate | None:
    """Return the day and time a wire's "Updated …" or "Published …" line near its top gives.

    The last update's line wins over the publication's (the text is the one updated then);
    a time's zone word is kept (:func:`makiivka.text.zones.zone_of` reads it).

    >>> stamp_date("Toll rises\\n\\nUpdated 11:42 AM GMT+2, October 20, 2026\\n\\nRain.")
    OwnDate(date='2026-10-20', where="time line 'Updated 11:42 AM GMT+2, October 20, 2026'", \
year_given=True, clock='11:42', zone='GMT+2')
    >>> stamp_date("Toll rises\\nPublished 9:05 PM EDT, March 3, 2025\\n").clock
    '21:05'
    >>> stamp_date("Toll rises\\n\\nThe council updated 12 figures on March 3, 2025.") is None
    True
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()][:DATE_LINE_REACH]
    found = []
    for line in lines:
        match = next((m for p in _STAMPS if (m := p.fullmatch(line))), None)
        if match is None or not (day := parse_day(match["year"], match["month"], match["day"])):
            continue
        clock = ""
        if match["h"] is not None:
            hour = int(match["h"])
            if match["half"]:
                if hour > 12:
                    continue  # "13:05 PM": no time
                hour = hour % 12 + (12 if match["half"].lower() == "p" else 0)
            clock = f"{hour:02d}:{match['mi']}"
        zone = match["zone"] or "" if clock else ""
        found.append(
            (
                match["word"].lower() == "published",
                OwnDate(day, f"time line {line!r}", True, clock, zone),
            )
        )
    return min(found, key=lambda x: x[0])[1] if found else None


def _date_line(text: str) -> OwnDate | None:
    """Return the date of a line near the top that is only a date (or a desk's and a date)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:DATE_LINE_REACH]
    for line in lines:
        for pattern in _DATE_LINES:
            match = pattern.fullmatch(line)
            if match and (day := parse_day(match["year"], _month_of(match), match["day"])):
                return OwnDate(day, f"date line {line!r}")
    return None


def is_date_line(line: str) -> bool:
    """Tell whether a line is only a date (or a desk's name and its date): never a title.

    >>> is_date_line("Tuesday, 16 March 2027"), is_date_line(" 2027-03-16 ")
    (True, True)
    >>> is_date_line("La República live desk, 16 March 2027")
    True
    >>> is_date_line("Peru raises dam toll to 41"), is_date_line("16 March 2027: the toll")
    (False, False)
    """
    line = line.strip()
    if any(p.fullmatch(line) for p in _STAMPS):
        return True  # "Updated 11:42 AM GMT+2, October 20, 2026"
    return any(
        (m := pattern.fullmatch(line)) and parse_day(m["year"], _month_of(m), m["day"])
        for pattern in _DATE_LINES
    )


def _month_of(match: re.Match) -> str:
    return match["num"] if "num" in match.re.groupindex else match["month"]


def publication(
    data: Path,
    text: str,
    given: str,
    meta: str,
    defaults: dict[str, str],
    *,
    typed: bool = True,
    where: str = "on the command line",
) -> tuple[str, dict[str, str]]:
    """Return an article's publication date and its ``basis`` and ``dated`` note.

    In order: *given* for this one file (``--published`` with one file, or a post's time), a
    page's metadata, the text's own dateline or date line (:func:`own_date`), then a batch's
    ``--published`` (*defaults*) for the files that give none. One file's *given* date wins
    over the text's own, which its note then names; a dateline's missing year is the batch's
    ``--published`` or the story's event year, and the basis says so. A *typed* date (the
    command line's, not a post's own time) is ``stated`` only where the page or text gives
    that same day; otherwise its basis is ``inferred: given on the command line (…)`` (*where*
    says where it was typed: "in the review desk" for the desk's form).
    """
    fallback = defaults.get("published", "")
    year_from = fallback or given or _event_start(data)
    year = int(year_from[:4]) if year_from[:4].isdigit() else None
    found = own_date(text, year) if not meta else None
    if found and not found.year_given and fallback and year:
        # "Dec 30" read on 2 January: last year's; "March 17" with a folder's 16 March is this
        # year's (round 21's new user: a folder's --published is a guess within days), and
        # never a year that dates the article before the event when this year's does not
        before = own_date(text, year - 1)
        event = _event_start(data)[:10]
        after_event = bool(event) and before is not None and before.date < event <= found.date
        if before is not None and not after_event and _half_year_after(found.date, fallback):
            found = before
    if given:
        said = found and found.date != given[:10]
        note = f"the file says {found.date} ({found.where}); --published used" if said else ""
        if typed and found and not said and len(given) > 10:
            basis = f"inferred: given {where}; the file gives the day only ({found.where})"
            return given, {"basis": basis, "dated": ""}  # the time typed, never "stated"
        if typed and found and not said:
            return _published_as_found(given, found)
        typed_basis = _typed(given, found, meta, where) if typed else "stated"
        return given, {"basis": typed_basis, "dated": note}
    if meta:
        return meta, {"basis": "stated", "dated": ""}
    if found and found.year_given and found.clock:
        return _with_clock(data, found)
    if found and found.year_given:
        return found.date, {"basis": "stated", "dated": f"published_at from its {found.where}"}
    if found:
        source = "--published" if fallback else "the story's event"
        nearest = ", or the year before when that is half a year later" if fallback else ""
        basis = f"inferred: {found.where} gives no year; the year is {source}'s{nearest}"
        return found.date, {"basis": basis, "dated": ""}
    basis = "inferred: given on the command line (the file does not say)"
    return fallback, {"basis": basis if fallback else "stated", "dated": ""}


def _half_year_after(day: str, fallback: str) -> bool:
    """Tell whether the ISO day *day* falls more than half a year after *fallback*'s day."""
    return (date.fromisoformat(day[:10]) - date.fromisoformat(fallback[:10])).days > 183


def _with_clock(data: Path, found: OwnDate) -> tuple[str, dict[str, str]]:
    """Return a heading's day and time, the time read in the story's zone (the basis says so).

    Without a story time zone only the day is kept: a time is not placed in a zone guessed.
    """
    dated = f"published_at from its {found.where}"
    if found.zone:
        given = zone_of(found.zone)
        if given is None:
            return found.date, {"basis": "stated", "dated": f"{dated}; its time {found.clock} "
                                f"is in a zone {found.zone!r} makiivka does not know, so only "
                                "the day"}  # fmt: skip
        moment = datetime.fromisoformat(f"{found.date}T{found.clock}").replace(tzinfo=given)
        return moment.isoformat(timespec="minutes"), {"basis": "stated", "dated": dated}
    zone = story_zone(data)
    if zone is None:
        return found.date, {"basis": "stated", "dated": f"{dated}; its time {found.clock} has "
                            "no zone and the story names none, so only the day"}  # fmt: skip
    moment = datetime.fromisoformat(f"{found.date}T{found.clock}").replace(tzinfo=zone)
    offset = moment.isoformat(timespec="minutes")[16:]
    basis = (
        f"inferred: its {found.where} gives the day and the time {found.clock} with no zone; "
        f"the time read in the story's time zone ({zone.key}, UTC{offset})"
    )
    return moment.isoformat(timespec="minutes"), {"basis": basis, "dated": dated}


def _typed(given: str, found: OwnDate | None, meta: str, where: str) -> str:
    """Return the basis of a date typed for one file the text does not give that day of."""
    if meta and meta[:10] == given[:10]:
        return "stated"  # the page gives that day itself
    says = meta[:10] or (found.date if found else "")
    told = f"says {says}" if says else "does not say"
    return f"inferred: given {where} (the file {told})"


def _published_as_found(given: str, found: OwnDate) -> tuple[str, dict[str, str]]:
    """Return a typed date the text's own date agrees with, based on the text's own."""
    if found.year_given:
        return given, {"basis": "stated", "dated": f"published_at from its {found.where}"}
    basis = f"inferred: {found.where} gives no year; the year is --published's"
    return given, {"basis": basis, "dated": ""}


def _event_start(data: Path) -> str:
    try:
        event = load.read_package(data).event or {}
    except (DataError, OSError, ValueError):
        return ""
    return str(event.get("occurred_at", "")) if isinstance(event, dict) else ""
