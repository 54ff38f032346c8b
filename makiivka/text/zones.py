"""Read the zone words reporters put after a clock time: "Moscow time", "UTC+3", "EET", IANA names.

A vocabulary of how reporters name zones, not a story's display zone (that is the
descriptor's). Three kinds of word are read:

- a name or abbreviation that stands for an IANA zone ("Moscow time", "MSK", "ET"): the
  zone's rules give the offset on the day (summer time included);
- an abbreviation that names a fixed offset ("EET" is UTC+2, "EEST" UTC+3, "CEST" UTC+2):
  the writer chose the offset, so it is kept whatever the day;
- an offset from UTC or GMT ("UTC+3", "GMT+03:00", "UTC−5", "GMT") and an IANA name
  ("Europe/Moscow", "America/New_York").

A word shaped like a zone abbreviation but not in these tables ("IST" is India's, Ireland's
or Israel's; "AZOT") is an *unknown* zone: :func:`zone_of` returns None and the clock time
it follows stays unresolved rather than guessed.
"""

from __future__ import annotations

import re
from datetime import timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

#: Zone words that stand for an IANA zone (lower case, single spaces).
ZONES: dict[str, str] = {"moscow time": "Europe/Moscow", "msk": "Europe/Moscow", "utc": "UTC"}
ZONES |= {"kyiv time": "Europe/Kyiv", "kiev time": "Europe/Kyiv", "cet": "Europe/Paris"}
ZONES |= {"et": "America/New_York", "eastern time": "America/New_York", "gmt": "UTC"}
ZONES |= {"zulu": "UTC"}
#: Abbreviations of a fixed offset from UTC, in hours (the summer ones name summer time).
FIXED_ZONES: dict[str, float] = {"eet": 2, "eest": 3, "cest": 2, "wet": 0, "west": 1}
FIXED_ZONES |= {"bst": 1, "est": -5, "edt": -4, "cdt": -5, "mst": -7, "mdt": -6}
FIXED_ZONES |= {"pst": -8, "pdt": -7, "akst": -9, "hst": -10, "sast": 2, "eat": 3}
FIXED_ZONES |= {"gst": 4, "pkt": 5, "hkt": 8, "sgt": 8, "jst": 9, "kst": 9, "aest": 10}

WS = r"[\s\xa0]+"
_MINUS = r"\-−–"  # a character class's hyphen, the minus sign, the en dash
#: "UTC+3", "GMT +03:00", "UTC−5": an offset from UTC.
OFFSET = rf"(?:utc|gmt)\s?[+{_MINUS}]\s?(?:1[0-4]|0?[0-9])(?::?[0-5][0-9])?(?![0-9])"
#: "Europe/Moscow", "America/Argentina/Buenos_Aires": an IANA name (checked by zoneinfo).
IANA = r"(?-i:[A-Z][a-z]+(?:/[A-Z][A-Za-z_-]+)+)"
#: A word shaped like a zone abbreviation ("IST", "AZOT"): 2-4 capitals ending in T.
ABBREVIATION = r"(?-i:[A-Z]{1,4}T)(?![A-Za-z])"
_NAMES = sorted([*ZONES, *FIXED_ZONES], key=len, reverse=True)
_KNOWN = "|".join((n.replace(" ", WS) if n != "et" else "(?-i:ET)") for n in _NAMES)
#: Every zone word after a clock time, known or not (for the date phrase patterns).
ZONE = rf"{OFFSET}|{IANA}|(?:{_KNOWN})(?![A-Za-z+{_MINUS}/])|{ABBREVIATION}"
_OFFSET_PARTS = re.compile(
    rf"(?:utc|gmt)\s?(?P<sign>[+{_MINUS}])\s?(?P<h>[0-9]{{1,2}})(?::?(?P<m>[0-9]{{2}}))?", re.I
)


def zone_of(word: str) -> tzinfo | None:
    """Return the zone a zone word names, or None for a word the tables do not know.

    >>> zone_of("Moscow time"), zone_of("UTC+3"), zone_of("GMT−05:30"), zone_of("EET")
    (zoneinfo.ZoneInfo(key='Europe/Moscow'), datetime.timezone(datetime.timedelta(seconds=10800)), \
datetime.timezone(datetime.timedelta(days=-1, seconds=66600)), \
datetime.timezone(datetime.timedelta(seconds=7200)))
    >>> zone_of("Europe/Kyiv"), zone_of("IST"), zone_of("Atlantis/Nowhere")
    (zoneinfo.ZoneInfo(key='Europe/Kyiv'), None, None)
    """
    key = " ".join(word.lower().split())
    if key in ZONES:
        return ZoneInfo(ZONES[key])
    if key in FIXED_ZONES:
        return timezone(timedelta(hours=FIXED_ZONES[key]))
    offset = _OFFSET_PARTS.fullmatch(word.strip())
    if offset:
        minutes = int(offset["h"]) * 60 + int(offset["m"] or 0)
        sign = -1 if offset["sign"] in "-−–" else 1
        return timezone(timedelta(minutes=sign * minutes)) if minutes < 15 * 60 else None
    if "/" in word:
        try:
            return ZoneInfo(word.strip())
        except (ZoneInfoNotFoundError, ValueError):
            return None
    return None
