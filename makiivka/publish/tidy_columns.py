"""Columns the tidy data files add to the analysis tables: local times and "no later than".

The data files keep every time in ISO 8601 UTC (``stated_at``); beside it
``stated_at_local`` (text) gives the same moment in the story's zone with its offset,
``2027-03-14T01:40+05:30``, so that a spreadsheet filters a day as the story's readers
live it (round 23's new user: the police's 01:40 IST toll sorted as 13 March in UTC). A
time known only to its day, month or year is that date as stated (``2027-03-14``), never
moved by the offset. The gap's ``<side>_no_later_than`` (bool) says, as ``revisions.csv``'s
``no_later_than`` does, that no report dates the side's figure: its ``stated_at`` is the
publication time of the article that carried it (round 23's new user, finding 30).
"""

from __future__ import annotations

import zoneinfo

import pandas as pd

from makiivka.analysis import UNDATED_BASIS

#: Times known to less than the minute: written as the date stated, at that precision.
DATE_FORMATS = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


def local_stamps(times: pd.Series, precision: pd.Series, timezone: str | None) -> pd.Series:
    """Return each UTC time as ISO 8601 text in *timezone* with its offset ("+05:30"), a
    time known only to its day, month or year as that date; None where a time is missing.

    >>> times = pd.Series(pd.to_datetime(["2027-03-13T20:10", "2027-03-14T00:00", None], utc=True))
    >>> local_stamps(times, pd.Series(["minute", "day", None]), "Asia/Kolkata").tolist()
    ['2027-03-14T01:40+05:30', '2027-03-14', None]
    >>> local_stamps(times[:1], pd.Series(["second"]), "America/New_York").tolist()
    ['2027-03-13T15:10:00-05:00']
    """
    zone = zoneinfo.ZoneInfo(timezone or "UTC")
    said = []
    for stamp, known in zip(times, precision.astype(object), strict=True):
        if stamp is None or pd.isna(stamp):
            said.append(None)
        elif str(known) in DATE_FORMATS:
            said.append(stamp.tz_convert("UTC").strftime(DATE_FORMATS[str(known)]))
        else:
            local = stamp.tz_convert(zone)
            text = local.isoformat(timespec="seconds" if str(known) == "second" else "minutes")
            said.append(text.replace("+00:00", "Z") if zone.key == "UTC" else text)
    return pd.Series(said, index=times.index, dtype=object)


def with_local_times(frame: pd.DataFrame, timezone: str | None) -> pd.DataFrame:
    """Return *frame* with ``<time>_local`` after each ``<time>_precision`` column whose
    ``<time>`` is a UTC time (``stated_at``; a gap's ``govt_stated_at``)."""
    out = frame.copy(deep=False)
    for column in [c for c in frame.columns if f"{c}_precision" in frame.columns]:
        if not isinstance(frame[column].dtype, pd.DatetimeTZDtype):
            continue
        at = list(out.columns).index(f"{column}_precision") + 1
        local = local_stamps(frame[column], frame[f"{column}_precision"], timezone)
        out.insert(at, f"{column}_local", local)
    return out


def with_no_later_than(gap: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """Return the gap table with ``<side>_no_later_than`` after each side's
    ``<side>_stated_at_precision``: True where every report of the side's figure has a basis
    starting "publication date" (no report dates it), False where one does, NA for no figure.
    """
    basis = claims.set_index("claim_id")["stated_at_basis"].astype(str)
    out = gap.copy(deep=False)
    for side in [c for c in gap.columns if f"{c}_claim_ids" in gap.columns]:
        undated = [
            pd.NA
            if ids is None or pd.isna(ids)
            else all(basis.get(i, "").startswith(UNDATED_BASIS) for i in str(ids).split(";"))
            for ids in gap[f"{side}_claim_ids"]
        ]
        at = list(out.columns).index(f"{side}_stated_at_precision") + 1
        out.insert(at, f"{side}_no_later_than", pd.array(undated, dtype="boolean"))
    return out
