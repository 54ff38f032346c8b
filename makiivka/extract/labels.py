"""Read the label a figure stands under: "Confirmed deaths: 157", "1. Number of persons dead: 278".

Bulletins, press notes and fact boxes give figures one to a line after a label. The label
says what the figure counts (a keyword in it reaches the figure) and whether it counts people.
Written by hand: a label is a layout the article's own words decide, no library reads it.
"""

from __future__ import annotations

import re

#: A figure given under a label at the start of its line (or of a sentence: "… in camps. Dead
#: on our list: 37", round 23's new user): "Confirmed deaths: 157", "Injured:
#: 806", "- Deaths, May 2023: 57", "1. Number of persons dead: 278" (bulletins and fact boxes;
#: a bullet or a list number may open it, a year is the only figure it may hold).
_LABEL = re.compile(
    r"(?m)(?:^|(?<=[.!?][^\S\n]))[^\S\n]*(?:(?:[-–—•*]|\d{1,2}[.)/]|[a-z][.)])[^\S\n]+)?"
    r"([A-Za-z](?:[^:\n\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?)[^\S\n]*:[^\S\n]*\Z"
)
#: A verb that makes a sentence's words before a colon a clause, not a label.
_CLAUSE = re.compile(r"(?i)\b(?:were|was|are|is|has|have|had|as\s+follows|numbered|stood)\b")
#: People nouns of a label: "Affected people: 2,339,508", "Rescued persons: 82".
LABEL_PEOPLE = re.compile(
    r"(?i)(?<![\w])(?:people|persons|individuals|residents|civilians|victims|injured|wounded"
    r"|dead|deaths|fatalities|missing|displaced|evacuated|evacuees|casualties|children|bodies"
    r"|patients|survivors|passengers|rescued|discharged|hospitali[sz]ed|treatment)(?![\w])"
)


#: An indented item of a list: "  – Jinnah Postgraduate Medical Centre: 422".
_SUB_ITEM = re.compile(r"[^\S\n]+[-–—•*][^\S\n]+")


def under_people(text: str, start: int) -> bool:
    """Tell whether the figure at start is in an indented item under a line that counts people.

    A situation report breaks a total down one place to a line ("• Deaths in Karachi: 1,251"
    over "  – Civil Hospital Karachi: 229"): the items count what the line above them counts
    (blind set 9: an NDMA situation report).

    >>> s = "• Deaths: 1,251\\n  – Civil Hospital: 229\\n  – Other hospitals: 330"
    >>> under_people(s, s.index("330")), under_people("• Shelters: 12\\n  – North: 4", 27)
    (True, False)
    """
    line = text.rfind("\n", 0, start) + 1
    if not _SUB_ITEM.match(text, line):
        return False
    while line > 0:
        above = text.rfind("\n", 0, line - 1) + 1
        if not _SUB_ITEM.match(text, above):
            return bool(LABEL_PEOPLE.search(text, above, line))
        line = above
    return False


def label_before(text: str, start: int) -> tuple[int, int] | None:
    """Return the span of the label a figure stands under, at the start of its line, if any.

    >>> s = "Situation\\nConfirmed deaths: 157\\nInjured: 806"
    >>> [s[a:b] for a, b in (label_before(s, 27), label_before(s, 40))]
    ['Confirmed deaths', 'Injured']
    >>> label_before("The toll: officials said 15", 25) is None
    True
    """
    line = text.rfind("\n", 0, start) + 1
    m = _LABEL.match(text, line, start)
    if m is None or re.search(r"[.!?]\s", m[1]):  # the label of a sentence inside the line
        sentence = max(text.rfind(". ", line, start), text.rfind("? ", line, start)) + 2
        m = _LABEL.match(text, sentence, start) if sentence > line + 1 else None
        m = None if m is None or _CLAUSE.search(m[1]) else m  # "The deaths were distributed …:"
    if m is None or len(m[1].split()) > 8:
        return None
    return m.span(1)


#: "gave the number of men on board as 232", "put the number of passengers at 1,049" (blind
#: set 27): a bare figure after "the number of <people>" counts them.
_NUMBER_OF_PEOPLE = re.compile(
    r"(?i)(?<![\w-])number\s+of\s+(?:[\w-]+\s+){0,2}?(?:people|persons|men|women|children"
    r"|passengers|workers|miners|students|soldiers|troops|civilians|crew|residents|survivors"
    r"|refugees|migrants|pilgrims|patients|staff)(?![\w-])[^.;:!?\d\n]{0,40}?(?<![\w-])"
    r"(?:at|as|to|was|is)\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|at\s+least\s+)?\Z"
)


def number_of_people(text: str, start: int) -> bool:
    """Tell whether the figure at start is what "the number of <people> … as" gives.

    >>> s = "Occidental gave the number of men on board as 232."
    >>> number_of_people(s, s.index("232")), number_of_people("The number of shells was 9", 26)
    (True, False)
    """
    return _NUMBER_OF_PEOPLE.search(text, max(0, start - 90), start) is not None
