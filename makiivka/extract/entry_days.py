"""Put a live page's entry stamps on their days: from the page's opening to its last update.

A live blog's entry gives only a clock time ("23:10 — …"). Read alone against the page's
publication moment, a stamp later in the day than that moment would fall on the day before
(a statement is made before it is published), yet a live page's ``datePublished`` is its
opening: its entries run after it, up to its ``dateModified`` (round 25's new user: a blog
opened at 07:00 whose entries ran to 23:10 had every entry dated the day before, before
the event it covered). So the stamps are placed together, in the order the page gives them
(newest first when less time passes from the opening through them read up the page), a day
apart where the clock turns back between an entry and the next newer one (23:40, 00:20):

- with the page's last update known (its ``dateModified``, later than its publication), the
  newest entry is on the last day whose clock time is not after that update, so no entry is
  after it (round 26's new user: a blog opened on the 10th and updated on the 11th at 23:10
  had its 11th's entries, past a day after the opening, left undated or on the 9th in UTC);
- else, with a publication time, the oldest entry is on the publication's day: an entry is
  never dated before the page's opening day;
- a page dated only by its day, with no update time, keeps every stamp on that day.

Counted back from the update, an oldest entry before the opening day means the stamps turn
back more often than the page has days: the oldest entry is then put on the opening day. An
entry that then falls after the update, or, without an update time, more than a day after a
timed publication (past what the ledger holds: validate reads a page's update from its stored
source page), has no day known: its figures are dated as the text does not date them, never
by the stamp read alone (:func:`.local_times.localise`).

Clock times are read on the wall clock of the story's time zone (else of the publication's
own offset). A stamp with its own zone word ("09:40 GMT —") or day is left as it was read.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, datetime, timedelta, tzinfo

from makiivka.text.date_phrases import KIND_RES
from makiivka.text.dates import ResolvedDate

Stamps = list[tuple[int, ResolvedDate]]


def _plain_clock(resolved: ResolvedDate) -> bool:
    """Tell whether a stamp is a bare clock time: no zone word, no day of its own."""
    match = KIND_RES["clock"].fullmatch(resolved.text)
    return match is not None and not match["zone"] and not match["anchor"]


def _wall(moment: str, zone: tzinfo | None) -> datetime | None:
    """Return an ISO minute as a wall-clock time of *zone* (its own offset's without one);
    None for a date or nothing."""
    if "T" not in moment:
        return None
    at = datetime.fromisoformat(moment)
    return (at.astimezone(zone) if zone is not None else at).replace(tzinfo=None)


def _newest_first(clocks: list, opening: datetime | None) -> bool:
    """Tell whether the entries run newest first: read up the page from the *opening* (when
    known), less time passes between them (each gap counted forward round the clock) than
    read down it.

    >>> from datetime import time
    >>> _newest_first([time(0, 30), time(23, 10), time(7)], None)  # 16 h 10 + 1 h 20 up
    True
    >>> _newest_first([time(23, 10), time(7)], datetime(2026, 9, 14, 7))  # opened at 07:00
    True
    """
    minutes = [c.hour * 60 + c.minute for c in clocks]
    start = [opening.hour * 60 + opening.minute] if opening is not None else []
    down = sum((b - a) % 1440 for a, b in itertools.pairwise(start + minutes))
    up = sum((b - a) % 1440 for a, b in itertools.pairwise(start + minutes[::-1]))
    return up < down


def place_entries(
    stamps: Stamps, zone: tzinfo | None, published: str, updated: str = ""
) -> tuple[Stamps, str]:
    """Return a live page's stamps on their days and the last moment the page speaks of (its
    update, else its newest entry when later than *published*, else *published*).

    >>> from makiivka.text.dates import find_dates
    >>> from zoneinfo import ZoneInfo
    >>> text = "23:10 — Six dead.\\n07:00 — Two dead."
    >>> found = [(a, r) for a, _, r in find_dates(text, "2026-09-14T07:00+01:00")]
    >>> placed, until = place_entries(found, ZoneInfo("Africa/Tunis"), "2026-09-14T07:00+01:00")
    >>> [r.start.strftime("%d %H:%M") for _, r in placed], until
    (['14 23:10', '14 07:00'], '2026-09-14T23:10+01:00')
    """
    plain = [i for i, (_, resolved) in enumerate(stamps) if _plain_clock(resolved)]
    opening, last = _wall(published, zone), _wall(updated, zone)
    if last is not None and opening is not None and last <= opening:
        last = None  # an update time no later than publication says nothing more
    if not plain or (opening is None and last is None):
        return stamps, published
    newest_first = _newest_first([stamps[i][1].start.time() for i in plain], opening)
    order = plain[::-1] if newest_first else plain
    days, day = [], 0  # each entry's day counted from the oldest's
    for k, i in enumerate(order):
        day += k > 0 and stamps[i][1].start.time() < stamps[order[k - 1]][1].start.time()
        days.append(day)
    newest = stamps[order[-1]][1].start.time()
    if last is not None:
        first = last.date() - timedelta(days=days[-1] + (newest > last.time()))
        if opening is not None and first < opening.date():  # more turns than days: from
            first = opening.date()  # the opening; an entry then after the update has no day
    else:
        first = opening.date()
    out = list(stamps)
    for i, counted in zip(order, days, strict=True):
        out[i] = (stamps[i][0], _on_day(stamps[i][1], first + timedelta(days=counted)))
    moment = out[order[-1]][1].start.replace(tzinfo=None)
    until = last if last is not None else max(opening, moment)
    # without an update, the ledger holds a row until a day after a timed publication, or to
    # a dated one's end; with one, until that update
    day = opening or (datetime.fromisoformat(published) if len(published) == 10 else None)
    if day is not None and last is None:
        until = min(until, day + timedelta(days=1, minutes=-1))
    offset = datetime.fromisoformat(updated if last is not None else published).tzinfo
    zoned = until.replace(tzinfo=zone) if zone is not None else until.replace(tzinfo=offset)
    return out, zoned.isoformat(timespec="minutes")


def _on_day(resolved: ResolvedDate, day: date) -> ResolvedDate:
    """Return a clock time moved to *day*, its wall clock and length kept."""
    start = datetime.combine(day, resolved.start.timetz())
    return replace(resolved, start=start, end=start + (resolved.end - resolved.start))
