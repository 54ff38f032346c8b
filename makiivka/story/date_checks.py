"""Check when each claim was stated: never after its article (or a live page's last update),
and, once reviewed, never before the event it is about; a proposed row stated before the
event is a warning for its review (round 26's new user)."""

from __future__ import annotations

from datetime import tzinfo

import numpy as np
import pandas as pd

from makiivka.story.checks import parse_timestamps, timestamps_of
from makiivka.story.problems import Problem
from makiivka.story.table import Table


def check_stated_before_published(
    claims: Table, articles: Table, zone: tzinfo | None = None, updates: dict | None = None
) -> list[Problem]:
    """Check no claim is stated after the article that reports it was published.

    An article dated to the day may report a claim from any time that day; one
    dated to the month or year, any time that month or year. A date without a time is
    that day (month, year) in UTC, as the ledger reads it, or in the story's time *zone*,
    whichever ends later: a live blog dated "16 March" in Lima holds its 21:05 entry
    (02:05 UTC on the 17th). A claim dated to the day starts that day in UTC or in the
    zone, whichever starts later, so it is never a day after a publication dated by day.
    A live page's last update (*updates*, by article_id: :mod:`makiivka.story.updates`)
    holds a claim up to that moment too (round 26's new user).
    """
    if claims.frame.empty or articles.frame.empty:
        return []  # nothing to compare (a new story has no claims yet)
    published, precision = parse_timestamps(articles.frame["published_at"])
    ends = _period_ends(published, precision)
    if zone is not None:
        ends = _later(ends, _period_ends(in_zone(published, precision, zone), precision))
    ends.index = articles.frame["article_id"].tolist()
    ends = ends[~ends.index.duplicated()]
    updated = {}
    for article_id, moment in (updates or {}).items():
        if article_id in ends.index:
            last = pd.Timestamp(moment).tz_convert("UTC") + pd.Timedelta(minutes=1)
            updated[article_id] = moment.isoformat(timespec="minutes")
            ends[article_id] = max(ends[article_id], last) if pd.notna(ends[article_id]) else last
    codes, uniques = claims.factorize("article_id")  # each article's end looked up once
    end = ends.reindex(uniques).array.take(codes)
    stated, stated_precision = timestamps_of(claims, "stated_at")
    if zone is not None:
        stated = _later(stated, in_zone(stated, stated_precision, zone))
    late = np.asarray(stated.array >= end, dtype=bool)  # NaT compares False
    problems = []
    for row in np.flatnonzero(late):
        article_id = claims.frame.at[row, "article_id"]
        bound = (
            f"last update ({updated[article_id]}, the page's dateModified)"
            if article_id in updated
            else "publication"
        )
        expected = f"a date no later than the article's {bound} ({article_id})"
        problems.append(claims.problem(row, "stated_at", expected))
    return problems


def check_stated_after_event(
    claims: Table, occurred_at: str, scope: str, zone: tzinfo | None = None, status="reviewed"
) -> list[Problem]:
    """Check no reviewed claim about the story's own event (``scope``) is stated before it.

    A claim dated to the day may be stated any time that day (in UTC or the story's *zone*,
    whichever ends later); one dated a year before the event is an article's wrong year (round
    21's new user: a wire's "March 17" read in the year before), which would stretch the
    revision chart over a year. Proposed rows are left to the review (ingest proposes what
    the text says): with *status* ``proposed`` the same check finds them, which validate
    prints as warnings (round 26's new user: a row stated on 1 November of an event on the
    9th passed without a word). Raises nothing; returns a problem per such row.
    """
    moment = pd.to_datetime(pd.Series([occurred_at]), utc=True, errors="coerce").iloc[0]
    if claims.frame.empty or pd.isna(moment):
        return []
    stated, precision = timestamps_of(claims, "stated_at")
    ends = _period_ends(stated, precision)
    if zone is not None:
        ends = _later(ends, _period_ends(in_zone(stated, precision, zone), precision))
    frame = claims.frame
    about = ((frame["scope"] == scope) & (frame.get("status", "reviewed") == status)).to_numpy()
    early = np.asarray(ends.array <= moment, dtype=bool) & about  # NaT compares False
    expected = f"a date on or after the event ({occurred_at}): check the article's published_at"
    if status != "reviewed":
        expected += f" (a {status} row: its review decides)"
    return [claims.problem(row, "stated_at", expected) for row in np.flatnonzero(early)]


_DATES_ONLY = ("year", "month", "day")


def stated_spans(
    stamps: pd.Series, precision: pd.Series, zone: tzinfo | None = None
) -> tuple[pd.Series, pd.Series]:
    """Return when each stated_at may start and by when it has ended (UTC timestamps).

    A clock time starts and ends at its minute. A date alone is the whole day (month, year):
    it starts at its start in UTC or the story's *zone*, whichever starts later, and ends at
    its end in either, whichever ends later (round 27's new user: "2026-10-18" was refused as
    after the 06:00 of that same day). NaT stays NaT.

    >>> from zoneinfo import ZoneInfo
    >>> s, p = parse_timestamps(pd.Series(["2026-10-18", "2026-10-18T06:00+02:00"]))
    >>> starts, ends = stated_spans(s, p, ZoneInfo("Europe/Rome"))
    >>> [str(t) for t in starts], [str(t) for t in ends]
    (['2026-10-18 00:00:00+00:00', '2026-10-18 04:00:00+00:00'], \
['2026-10-19 00:00:00+00:00', '2026-10-18 04:00:00+00:00'])
    """
    dated = precision.isin(_DATES_ONLY).to_numpy()
    starts, ends = stamps.copy(), stamps.copy()
    if not dated.any():
        return starts, ends
    period_ends = _period_ends(stamps, precision)
    if zone is not None:
        local = in_zone(stamps, precision, zone)  # a clock time stays as given
        starts = _later(starts, local)
        period_ends = _later(period_ends, _period_ends(local, precision))
    ends[dated] = period_ends[dated]
    return starts, ends


def stated_before(earlier: str, later: str, zone: tzinfo | None = None) -> bool | None:
    """Tell whether a claim stated at *earlier* may come before one stated at *later*.

    Whole days as :func:`stated_spans` reads them: True when *earlier* starts before *later*
    has ended; None when either is empty or no ISO 8601 date.

    >>> stated_before("2026-10-18T06:00+02:00", "2026-10-18")  # the day holds its 06:00
    True
    >>> stated_before("2026-10-18T06:00+02:00", "2026-10-18T05:00+02:00"), stated_before("", "2026")
    (False, None)
    """
    stamps, precision = parse_timestamps(pd.Series([earlier, later], dtype=object))
    if stamps.isna().any():
        return None
    starts, ends = stated_spans(stamps, precision, zone)
    return bool(starts.iat[0] < ends.iat[1])


def _later(first: pd.Series, second: pd.Series) -> pd.Series:
    """Return the later of two moments, row by row (a missing one gives the other)."""
    return first.where(first.notna() & ~(second > first), second)


def _period_ends(start: pd.Series, precision: pd.Series) -> pd.Series:
    """Return when each publication's period ends: a day (or a time's day after), month, year."""
    ends = start + pd.Timedelta(days=1)
    for level, step in (("year", pd.DateOffset(years=1)), ("month", pd.DateOffset(months=1))):
        coarse = (precision == level).to_numpy()
        if coarse.any():
            ends[coarse] = start[coarse] + step
    return ends


def in_zone(stamps: pd.Series, precision: pd.Series, zone: tzinfo) -> pd.Series:
    """Return date-only stamps (read as UTC midnight) as that midnight in *zone*; others as given.

    >>> from zoneinfo import ZoneInfo
    >>> stamps, precision = parse_timestamps(pd.Series(["2027-03-16", "2027-03-16T21:05-05:00"]))
    >>> [str(s) for s in in_zone(stamps, precision, ZoneInfo("America/Lima"))]
    ['2027-03-16 05:00:00+00:00', '2027-03-17 02:05:00+00:00']
    """
    dated = precision.isin(_DATES_ONLY).to_numpy()
    if not dated.any():
        return stamps
    local = stamps.copy()
    naive = stamps[dated].dt.tz_localize(None)
    local[dated] = naive.dt.tz_localize(zone, ambiguous="NaT", nonexistent="shift_forward")
    return local.dt.tz_convert("UTC")
