"""Place the times a text gives without a zone, and the parts of a day, in the story's time zone.

A clock time with no zone word ("09:40 —" opening a live blog's entry, "at 14:00") is the
local time of whoever wrote it, not UTC. Ingest reads it in the story's time zone (the
descriptor's ``event.timezone``, the event's as a reader there saw it) and says so in the
basis (``inferred: the time '09:40' gives no zone; read in the story's time zone
(Asia/Kathmandu, UTC+05:45)``); a story without a time zone keeps only its date. A live
blog's entry stamp (a clock time opening a line, then a dash, a bar or a colon) dates every
figure of its entry that its own sentence does not date otherwise, so all entries read alike.

A part of a day ("on Monday evening", "late Tuesday", "early Monday", "Monday night") is
written as the start of that part in the story's time zone, the basis naming the whole
part (``inferred: "on Monday evening" is 18:00 to 24:00 on 2026-03-09 …``), so a statement
of Monday evening sorts after a post of Monday morning. The text gives no clock time then,
and the basis says that too.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from makiivka.extract.entry_days import place_entries
from makiivka.extract.records import Figure
from makiivka.extract.sentences import split_sentences
from makiivka.extract.stated import format_date
from makiivka.text.date_phrases import KIND_RES
from makiivka.text.dates import ResolvedDate, find_dates, resolve_date
from makiivka.text.linebreaks import read_line_breaks

#: What follows an entry's time stamp: "09:40 — …", "7:40 pm | …", "16:50: …".
_STAMP_AFTER = re.compile(r"[^\S\n]*(?:—|–|-|\||:)(?:[^\S\n]|$)", re.MULTILINE)
_CLOCK_KINDS = ("clock", "dated_clock")
#: How ingest begins the basis of a figure its text does not date (extract.proposals.UNDATED).
_UNDATED = "publication date: the text does not say"
#: Precisions of a range of days, which no ISO date but their coarsest holds.
RANGES = ("days", "week", "weekend")
#: How far (characters) from its figure's sentence the phrase that dated it may stand.
PHRASE_REACH = 600


def story_zone(data: Path) -> ZoneInfo | None:
    """Return the story's time zone (its event's), None when its descriptor names none."""
    from makiivka.story import load

    event = load.read_package(data).event
    name = str(event.get("timezone", "")) if isinstance(event, dict) else ""
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None  # not an IANA name: the descriptor's problem, which validation reports


def zone_given(resolved: ResolvedDate) -> bool:
    """Tell whether a clock time names its zone ("09:40 UTC+3"); True for any other phrase.

    >>> from makiivka.text.dates import resolve_date
    >>> day = "2026-03-11"
    >>> zone_given(resolve_date("09:40", day)), zone_given(resolve_date("09:40 EET", day))
    (False, True)
    """
    for kind in _CLOCK_KINDS:
        match = KIND_RES[kind].fullmatch(resolved.text)
        if match is not None:
            return bool(match["zone"])
    return True


def entry_stamps(reading: str, dates: list) -> list[tuple[int, ResolvedDate]]:
    """Return a live blog's entry stamps: zone-less clock times opening a line, then a mark."""
    stamps = []
    for start, end, resolved in dates:
        if resolved is None or resolved.precision not in ("minute", "hour"):
            continue
        line_start = reading.rfind("\n", 0, start) + 1
        if reading[line_start:start].strip() or not _STAMP_AFTER.match(reading, end):
            continue
        stamps.append((start, resolved))
    return stamps


def stamp_before(stamps: list[tuple[int, ResolvedDate]], position: int) -> ResolvedDate | None:
    """Return the stamp of the entry holding *position* (the last stamp before it), if any."""
    at = bisect.bisect_right([a for a, _ in stamps], position) - 1
    return stamps[at][1] if at >= 0 else None


def _offset(moment: datetime) -> str:
    """Return a moment's UTC offset as '+05:45'."""
    minutes = int(moment.utcoffset().total_seconds() // 60)
    sign, minutes = ("-" if minutes < 0 else "+"), abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _in_zone(resolved: ResolvedDate, zone: tzinfo) -> datetime:
    """Return the phrase's start read as a wall-clock time of *zone*."""
    return resolved.start.replace(tzinfo=None).replace(tzinfo=zone)


def _clock_time(
    resolved: ResolvedDate, zone: tzinfo | None, what: str, stated: str = ""
) -> tuple[str, str]:
    """Return a zone-less clock time's stated_at and basis (*what*: 'the time', …), on the
    day of *stated* when given (the extractor's: "… on Sunday afternoon, X said at 1.00 pm")."""
    if "T" in stated:
        wall = datetime.fromisoformat(stated).replace(tzinfo=resolved.start.tzinfo)
        resolved = replace(resolved, start=wall)
    if zone_given(resolved):  # "09:40 GMT — …": the stamp's own zone
        return resolved.start.isoformat(timespec="minutes"), f"article: {what} '{resolved.text}'"
    if zone is None:
        day = resolved.start.date().isoformat()
        return day, f"article: {what} '{resolved.text}' gives no zone, so only its date"
    moment = _in_zone(resolved, zone)
    name = getattr(zone, "key", str(zone))
    return moment.isoformat(timespec="minutes"), (
        f"inferred: {what} '{resolved.text}' gives no zone; read in the story's time zone "
        f"({name}, UTC{_offset(moment)})"
    )


def _part_of_day(resolved: ResolvedDate, zone: tzinfo) -> tuple[str, str]:
    """Return a part of a day's stated_at (its start, in *zone*) and a basis naming the part."""
    start = _in_zone(resolved, zone)
    hours = round((resolved.end - resolved.start) / timedelta(hours=1))
    end_hour, day = start.hour + hours, start.date()
    span = f"{start.hour:02d}:00 to {end_hour:02d}:00 on {day.isoformat()}"
    if end_hour > 24:  # "Monday night": 18:00 to 06:00 the next day
        following = (day + timedelta(days=1)).isoformat()
        span = f"{start.hour:02d}:00 on {day.isoformat()} to {end_hour - 24:02d}:00 on {following}"
    name = getattr(zone, "key", str(zone))
    counted = f' (counted from "{resolved.anchor}")' if resolved.anchor else ""
    return start.isoformat(timespec="minutes"), (
        f'inferred: "{resolved.text}"{counted} is {span} in the story\'s time zone ({name}); '
        "its start is written, the text gives no clock time"
    )


def _after(stated: str, published: str) -> bool:
    """Tell whether a zoned time falls after a publication moment (never when only dated)."""
    if len(published) <= 10 or len(stated) <= 10:
        return stated[:10] > published[:10]
    return datetime.fromisoformat(stated) > datetime.fromisoformat(published)


def localise(
    stated: str, basis: str, near: ResolvedDate | None, stamp: ResolvedDate | None,
    zone: tzinfo | None, published: str,
) -> tuple[str, str]:  # fmt: skip
    """Return a proposed row's stated_at and basis with its zone-less times placed.

    *near* is the phrase that gave *stated* (None when none did), *stamp* the live blog
    entry stamp over the figure, *zone* the story's time zone. A time that would fall after
    *published* (a live page's last update or newest entry: ``read_for_dates``'s last value)
    is left as it was read.
    """
    placed = (stated, basis)
    if near is not None and near is not stamp and "T" in stated and not zone_given(near):
        placed = _clock_time(near, zone, "the time", stated)
    elif near is not None and near.precision == "part_of_day" and zone is not None:
        placed = _part_of_day(near, zone)
    elif stamp is not None and (
        near is stamp
        or basis.startswith(_UNDATED)
        or (basis == "article" and stated == stamp.start.date().isoformat())
    ):
        placed = _clock_time(stamp, zone, "the entry's time stamp")
        if _after(placed[0], published):  # no day known: never the stamp read alone, which
            # fell on the day before its publication, in UTC (round 26's new user)
            return published[:10], (
                f"{_UNDATED} on which day this was stated: the entry's time stamp "
                f"'{stamp.text}' falls after the last moment the page's dates give ({published})"
                ", so its day is not known (check)"
            )
    elif stamp is not None and near is not None and (moved := _in_entry(near, stamp, zone)):
        placed = moved
    return placed if not _after(placed[0], published) else (stated, basis)


#: Kinds of phrase a live entry counts from its own day: "up from 12 yesterday".
_FROM_ENTRY = ("relative", "weekday", "day_before", "early_hours")


def _in_entry(near: ResolvedDate, stamp: ResolvedDate, zone: tzinfo | None) -> tuple | None:
    """Return a relative phrase's stated_at and basis counted from its entry's day (the stamp
    placed), not the page's opening (round 26's new user: "up from 12 yesterday" in an entry
    of the 11th was dated the 9th, before the event), else None."""
    if not any(KIND_RES[kind].fullmatch(near.text) for kind in _FROM_ENTRY):
        return None
    day = stamp.start.date()
    try:
        counted = resolve_date(near.text, day.isoformat())
    except ValueError:
        return None
    if counted.precision == "part_of_day" and zone is not None:
        return _part_of_day(counted, zone)
    if not format_date(counted):
        return None
    return format_date(counted), (
        f'article: "{near.text}" counted from the entry\'s day ({day.isoformat()}, its time '
        f"stamp '{stamp.text}')"
    )


def _same_clock(formatted: str, stated: str) -> bool:
    """Tell whether a phrase's time is a stated_at's, its day aside ("at 1.00 pm" on the day
    another phrase names)."""
    return "T" in formatted and "T" in stated and formatted[10:] == stated[10:]


def phrase_near(
    dates: list, starts: list[int], sentence: tuple[int, int], position: int, stated: str
) -> ResolvedDate | None:
    """Return the date phrase that gave a figure (at *position*) its *stated* (or a range):
    in its sentence, else a time carried from a sentence before, else a time in a sentence
    after that only dates the statement ("The statement was made at 02:15 local time.")."""
    lo = bisect.bisect_left(starts, sentence[0])
    hi = bisect.bisect_left(starts, sentence[1])
    best = None
    for a, _, resolved in dates[lo:hi]:
        if resolved is None:
            continue
        formatted = format_date(resolved)
        wanted = formatted == stated if stated else resolved.precision in RANGES
        rank = 0 if wanted else 1 if _same_clock(formatted, stated) else None
        if rank is not None and (best is None or (rank, abs(a - position)) < best[0]):
            best = ((rank, abs(a - position)), resolved)
    if best is None and "T" in stated:
        # "as of 08:00 on 3 December … has caused 19 deaths. Eight remain missing.": a time
        # carried from a sentence before keeps the phrase that gave it (its zone, round 17)
        for a, _, resolved in reversed(dates[:lo]):
            if a < sentence[0] - PHRASE_REACH:
                break
            if resolved is not None and format_date(resolved) == stated:
                return resolved
        for a, _, resolved in dates[hi:]:  # the sentence after that dates it (round 24)
            if a > sentence[1] + PHRASE_REACH:
                break
            if resolved is not None and _same_clock(format_date(resolved), stated):
                return resolved
    return best[1] if best else None


def in_story_zone(
    text: str, figures: list[Figure], zone: tzinfo | None, published: str | None
) -> list[Figure]:
    """Return figures with their zone-less clock times read in the story's *zone*, as ingest
    writes them (what ``makiivka extract --story`` prints); a part of a day keeps its day.

    >>> from zoneinfo import ZoneInfo
    >>> f = Figure(34, 36, "27", 27, 27, 27, "exact", "people", "killed", "strike", "", "",
    ...            "2026-03-11T14:00+00:00")
    >>> text = "The council said at 14:00 that 27 people had died."
    >>> in_story_zone(text, [f], ZoneInfo("Asia/Kathmandu"), "2026-03-11")[0].stated_at
    '2026-03-11T14:00+05:45'
    """
    if zone is None or not published:
        return figures
    read = read_for_dates(text, published, zone)
    _reading, sentences, sentence_starts, dates, starts, stamps, until = read
    out = []
    for figure in figures:
        if "T" in figure.stated_at:
            at = max(0, bisect.bisect_right(sentence_starts, figure.start) - 1)
            near = phrase_near(dates, starts, sentences[at], figure.start, figure.stated_at)
            stamp = stamp_before(stamps, figure.start)
            stated, _ = localise(figure.stated_at, "article", near, stamp, zone, until)
            figure = replace(figure, stated_at=stated)
        out.append(figure)
    return out


def read_for_dates(text: str, published, zone: tzinfo | None = None, updated: str = "") -> tuple:
    """Return what dating a text's figures reads, for ingest and ``extract --story`` alike: the
    text as read (wrapped lines joined), its sentences' spans and starts, its date phrases and
    their starts, a live blog's entry stamps on their days (:mod:`.entry_days`: *updated* is
    the page's last update) and the last moment the text speaks of."""
    reading = read_line_breaks(text).text
    sentences = [(s.start, s.end) for s in split_sentences(reading)]
    dates = find_dates(reading, published)
    stamps, until = place_entries(entry_stamps(reading, dates), zone, str(published), updated)
    placed = dict(stamps)  # the dates keep the stamps placed, so a stamp is still its phrase
    dates = [(a, b, placed.get(a, resolved)) for a, b, resolved in dates]
    starts = [a for a, _, _ in dates]
    return reading, sentences, [a for a, _ in sentences], dates, starts, stamps, until
