"""Numbers a count is never: a day of a date, a label after an acronym, a live blog's time.

Split from :mod:`makiivka.text.quantities`, which asks these before it keeps a number as a
count: "17 October", "on 17 and 18 October", "IE 11", and "18.30 Inside the field hospital"
(a live blog entry's time stamp with a dot, blind set 20). Hand-written for the same reason as
that module: we need the offsets.
"""

from __future__ import annotations

import re

from makiivka.text.vocabulary import CURRENCIES

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
#: A month and its day stand on one line: "Sunday 16 June" above "11 people died" is no date.
_MONTH_BEFORE = re.compile(rf"(?<![A-Za-z]){_MONTH}\.?[^\S\n]+\Z")
_MONTH_AFTER = re.compile(rf"[^\S\n]*(?:of[^\S\n]+)?{_MONTH}\b")
_DAY, _AND = r"[0-9]{1,2}(?:st|nd|rd|th)?", r"\s*,?\s*(?:and|or|to|&|-|–)\s*"
#: Days in a list before a month ("on 17 and 18 October") or after one ("May 3, 4 and 5").
_DAY_LIST_AFTER = re.compile(rf"(?:\s*,\s*{_DAY})*{_AND}{_DAY}\s+(?:of\s+)?{_MONTH}\b")
_DAY_LIST_BEFORE = re.compile(rf"(?<![A-Za-z]){_MONTH}\.?\s+{_DAY}(?:\s*,\s*{_DAY})*{_AND}\Z")
_ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z]{2,3}) \Z")
_CAPS_RUN_BEFORE = re.compile(r"[A-Z]{2,}\s+[A-Z]{2,3} \Z")


def is_date_or_label(text: str, start: int, end: int) -> bool:
    """Tell whether the number at text[start:end] is a day of a date or follows an acronym.

    >>> is_date_or_label("on 17 October", 3, 5), is_date_or_label("IE 11", 3, 5)
    (True, True)
    >>> is_date_or_label("17 died", 0, 2)
    False
    """
    if _MONTH_BEFORE.search(text, max(0, start - 12), start) or _MONTH_AFTER.match(text, end):
        return True
    if (
        end - start <= 2
        and text[start:end].isdigit()
        and (
            _DAY_LIST_AFTER.match(text, end)
            or _DAY_LIST_BEFORE.search(text, max(0, start - 40), start)
        )
    ):
        return True  # "on 17 and 18 October", "October 17 and 18"
    acronym = _ACRONYM_BEFORE.search(text, max(0, start - 4), start)
    return bool(
        acronym
        and acronym[1].lower() not in CURRENCIES
        and not _CAPS_RUN_BEFORE.search(text, max(0, start - 30), start)
    )


#: A clock time with a dot at a line's start, before a title: "18.30 Inside the field hospital".
_STAMP = re.compile(r"(?:[01]?[0-9]|2[0-3])\.[0-5][0-9][^\S\n]+(?=[A-Z])")


def is_stamp(text: str, start: int, end: int) -> bool:
    """Tell whether the number at text[start:end] is a live blog entry's time (blind set 20).

    >>> is_stamp("18.30 Inside the field hospital", 0, 5), is_stamp("At 18.30 police came", 3, 8)
    (True, False)
    >>> is_stamp("12.5 Million fled", 0, 4)
    False
    """
    line_start = start == 0 or text[start - 1] == "\n"
    m = _STAMP.match(text, start)
    return line_start and m is not None and m.end() >= end


#: Characters that make a number part of a longer one, a time or a word: "13:30", "2.5", "x30".
_JOINED = "0123456789:.,/-"


def figure_in_quote(quote: str, figure: str) -> int:
    """Return where a row's figure stands in its quote (-1 when the quote does not hold it).

    The first occurrence that stands alone: not inside a clock time, a date, a longer number
    or a word ("13:30 — Relief office: 30 people are missing" holds its figure "30" after the
    stamp, round 23's new user); else the first occurrence of all.

    >>> figure_in_quote("13:30 — Relief office: 30 people are missing.", "30")
    23
    >>> figure_in_quote("130 or 30 died", "30"), figure_in_quote("at 2.30 pm", "30")
    (7, 5)
    >>> figure_in_quote("no figure", "30")
    -1
    """
    if not figure:
        return -1
    first = at = quote.find(figure)
    while at != -1:
        before = quote[at - 1] if at else " "
        after = quote[at + len(figure)] if at + len(figure) < len(quote) else " "
        joined_before = before.isalnum() or (
            before in _JOINED and at > 1 and quote[at - 2].isdigit()
        )
        joined_after = after.isalnum() or (
            after in _JOINED and quote[at + len(figure) + 1 : at + len(figure) + 2].isdigit()
        )
        edge = (figure[0].isalnum() and joined_before) or (figure[-1].isalnum() and joined_after)
        if not edge:
            return at
        at = quote.find(figure, at + 1)
    return first
