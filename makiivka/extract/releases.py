"""Read an official release's heading line: who issued it, when, and the headline under it.

A press release names its issuer and its time in a line of its own at the top, in the
shape the README's headings give ("HARBOUR COAST GUARD / Press release, 14 June, 19:30";
the name and the kind on two lines too): the issuer, a slash, a bar or a line break, a
word for what the text is (press release, statement, communiqué, bulletin, update; a word
before it and its number after it: "Medical bulletin No. 4"), then its date and, if given,
its time. Up to two letterhead lines may stand above the issuer
("GOVERNMENT OF THE PEOPLE'S REPUBLIC OF BANGLADESH / MINISTRY OF SHIPPING / Press release,
…"): the issuer is the line above the kind. Ingest takes the issuer as the outlet when a claimant's
name or alias is that name, the date (and the time, read in the story's time zone, the
basis saying so) as the publication's, and the first line under the heading as the title
(an editor's note in brackets, "[Unofficial English translation of the Bangla original]",
is no headline: it is skipped).
Nothing here names a body: the names come from the text and the register.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from makiivka.extract.datelines import without_legal_form
from makiivka.text.date_phrases import MONTHS

_KIND = (
    r"(?:(?:official\s+)?(?:press|news|media)\s+(?:release|statement)|statement|communiqu[eé]"
    r"|bulletin|(?:situation\s+)?update|announcement|briefing\s+note|notice)"
)
_MONTH = r"[A-Za-z]{3,9}\.?"
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WHEN = re.compile(
    rf"{_WEEKDAY}(?:(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH})|(?P<m2>{_MONTH})\s+(?P<d2>{_DAY}))"
    rf"(?:,?\s+(?P<y>\d{{4}}))?(?:,?\s+(?:at\s+)?(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)"
    r"(?:\s*(?:hrs|h))?)?\.?"
)
_HEADING = re.compile(
    # up to two letterhead lines above the issuer ("GOVERNMENT OF THE PEOPLE'S REPUBLIC OF …")
    r"\s*(?P<above>(?:[^\n.!?]+\n){0,2}?)\s*"
    rf"(?P<name>[^\n/|]*?[A-Za-z][^\n/|]*?)\s*(?:/|\||\n)\s*(?P<kind>(?:[A-Za-z]+[ \t]+)?{_KIND})\b"
    # "Medical bulletin No. 4, 16 March 2027" (round 23's new user): a word before the kind,
    # the document's number after it
    r"(?:[ \t]+(?:No\.?|Number|#)[ \t]*\d+)?,?\s*"
    r"(?:(?:issued\s+)?(?:on\s+)?)(?P<when>[^\n]+)",
    re.IGNORECASE,
)

#: The kind first and its issuers after "by": "Joint statement by UNHCR and IOM, 19 October
#: 2026" (the date after a comma or on the next line; round 27's new user).
_BY_HEADING = re.compile(
    rf"\s*(?P<above>)(?P<kind>(?:[A-Za-z]+[ \t]+)?{_KIND})[ \t]+(?:issued[ \t]+)?(?:by|of|from)"
    r"[ \t]+(?P<name>[^\n,/|]*?[A-Za-z][^\n,/|]*?)[ \t]*(?:,[ \t]*|[ \t]*\n\s*)"
    r"(?:(?:issued\s+)?(?:on\s+)?)(?P<when>[^\n]+)",
    re.IGNORECASE,
)

#: The most words an issuer's or a letterhead's line may have (more: a paragraph).
_LONGEST = 18
#: A line that is only an editor's note in brackets: "[Unofficial English translation …]".
_NOTE = re.compile(r"\[[^\]\n]*\]|\([^)\n]*\)")
#: Such notes above the letterhead (round 19's new user: a translation note on line 1).
_NOTES_ABOVE = re.compile(rf"\s*(?:(?:{_NOTE.pattern})[ \t]*\n\s*)*")

#: Month names and abbreviations: the project's three-letter stems, the full names (English:
#: makiivka never calls setlocale), "sept".
MONTH_NUMBERS = {
    **{stem: n for n, stem in enumerate(MONTHS, start=1)},
    **{calendar.month_name[n].lower(): n for n in range(1, 13)},
    "sept": 9,
}


def parse_day(year: str | int | None, month: str, day: str) -> str:
    """Return ``YYYY-MM-DD``, or "" when the parts make no date.

    >>> parse_day("2026", "March", "11th"), parse_day(2026, "Feb", "30"), parse_day(None, "May", "")
    ('2026-03-11', '', '')
    """
    number = int(month) if month.isdigit() else MONTH_NUMBERS.get(month.lower().rstrip("."))
    if year is None or number is None:
        return ""
    try:
        return date(int(year), number, int(re.match(r"\d+", day)[0])).isoformat()
    except ValueError:
        return ""


@dataclass(frozen=True)
class ReleaseHeading:
    """An official release's heading: its issuer, day, time and the headline under it."""

    issuer: str  # as written: "HARBOUR COAST GUARD"
    line: str  # the heading as written (its lines joined by " / ")
    day: str  # "YYYY-MM-DD", "" when the heading gives no year and none is known
    clock: str  # "HH:MM" or ""
    year_given: bool
    title: str  # the first line under the heading ("" when none)


def release_heading(text: str, year: int | None = None) -> ReleaseHeading | None:
    """Return the release heading *text* opens with, or None.

    *year* completes a date the heading gives without one.

    >>> h = release_heading("HARBOUR COAST GUARD / Press release, 14 June 2021, 19:30\\n\\n"
    ...                     "Update on the flood\\n\\nThe Coast Guard said 79 died.")
    >>> h.issuer, h.day, h.clock, h.title
    ('HARBOUR COAST GUARD', '2021-06-14', '19:30', 'Update on the flood')
    >>> release_heading("Flood toll rises to 79\\n\\nHARBOUR, June 14 (Reuters) - 79 died.") is None
    True
    >>> h = release_heading("GOVERNMENT OF NORLAND\\nMINISTRY OF WATER\\nPress release, 2 May 2026"
    ...                     "\\n\\n[Unofficial translation]\\n\\nFlood update\\n\\n79 died.")
    >>> h.issuer, h.line, h.title
    ('MINISTRY OF WATER', 'MINISTRY OF WATER / Press release, 2 May 2026', 'Flood update')
    >>> h = release_heading("[Unofficial translation]\\n\\nMINISTRY OF WATER\\nPress release, "
    ...                     "2 May 2026\\n\\nFlood update\\n\\n79 died.")
    >>> h.issuer, h.title
    ('MINISTRY OF WATER', 'Flood update')
    >>> h = release_heading("KANTAPUR DISTRICT HOSPITAL\\nMedical bulletin No. 4, 16 March 2027, "
    ...                     "08:00\\nCrush: casualties received\\nThe mortuary has 26 bodies.")
    >>> h.issuer, h.day, h.clock, h.title
    ('KANTAPUR DISTRICT HOSPITAL', '2027-03-16', '08:00', 'Crush: casualties received')
    >>> h = release_heading("Joint statement by HARBOUR AID and SEA WATCH\\n2 May 2026, 17:00\\n\\n"
    ...                     "Flood update\\n\\n79 died.")
    >>> h.issuer, h.line, h.day, h.title
    ('HARBOUR AID and SEA WATCH', 'Joint statement by HARBOUR AID and SEA WATCH / 2 May 2026, \
17:00', '2026-05-02', 'Flood update')
    """
    notes = _NOTES_ABOVE.match(text)  # "[Unofficial English translation …]" above it
    m = _BY_HEADING.match(text, notes.end()) or _HEADING.match(text, notes.end())
    if m is None:
        return None
    when = _WHEN.fullmatch(m["when"].strip())
    issuer = m["name"].strip()
    # an issuer's full name may be long: "COMMITTEE OF EMERGENCY SITUATIONS AND CIVIL DEFENCE
    # UNDER THE GOVERNMENT OF THE REPUBLIC OF TAJIKISTAN" (round 23's second new user: 15 words)
    # "SEABRIDGE RESCUE e.V.": a legal form's full stop ends no sentence (round 27's new user)
    bare = without_legal_form(issuer) or issuer
    if when is None or bare.endswith((".", "!", "?")) or len(issuer.split()) > _LONGEST:
        return None
    stated = when["y"]
    day = parse_day(stated or year, when["m"] or when["m2"], when["d"] or when["d2"])
    if not day and stated:
        return None  # "31 February 2026": the shape of a date, no day
    clock = f"{int(when['h']):02d}:{when['mi']}" if when["h"] else ""
    if any(len(x.split()) > _LONGEST for x in m["above"].splitlines()):
        return None  # a paragraph above, not a letterhead
    written = text[min(m.start("name"), m.start("kind")) : m.end()].split("\n")
    line = " / ".join(" ".join(part.split()) for part in written if part.strip())
    rest = text[m.end() :].splitlines()
    title = next((x.strip() for x in rest if x.strip() and not _NOTE.fullmatch(x.strip())), "")
    if title.endswith((".", "!", "?")) and len(title) > 120:
        title = ""  # a paragraph, not a headline
    return ReleaseHeading(issuer, line, day, clock, bool(stated), title)
