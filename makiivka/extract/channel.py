"""Tell whether the article is a party's own channel: its dateline or its "we" names the outlet.

A state news agency's dateline ("HARBOUR, April 8. /NNA/.", "Harbour, NNA -"), a wire's
("CAIRO (AP) —") or an organisation's first person outside quotations ("We at Aid Now have …")
names who publishes the text. When the story's words give that name a side (a party's cue
word such as a state agency the descriptor lists, or a third party's), the figures in the
outlet's own voice are that channel's, with its side, not ``media``; a speaker whose words
name no side speaks for it too. A wire or a name with no side changes nothing. The names
come from the text and the sides from the story's descriptor; nothing here names an outlet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from makiivka.extract.sides import Sides

#: How far into the text a dateline may stand (after a headline, standfirst and byline).
DATELINE_REACH = 600
_OUTLET = r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
_DATELINES = (
    # "HARBOUR, April 8. /NNA/."
    re.compile(rf"(?m)^[A-Z][^\n/]{{0,60}}?\s/{_OUTLET}/\.?"),
    # "CAIRO (AP) —", "BEIRUT, Feb 7 (Reuters) -", "Kabul, Aug 27 (EFE).-"
    re.compile(rf"(?m)^[A-Z][^\n()]{{0,60}}?\s\({_OUTLET}\)\s*[.:]?\s*[-–—:]"),
    # "Harbour, NNA -", "Lowtown, NNA –"
    re.compile(r"(?m)^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+([A-Z]{2,6})\s+[-–—]\s"),
)
#: An organisation writing in its own voice: "We at Aid Now have given …".
_WE_AT = re.compile(r"(?<![\w-])We\s+at\s+(?:the\s+)?([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})")


@dataclass(frozen=True)
class Channel:
    """The outlet a text names as its publisher: its name as written and its side."""

    name: str
    side: str
    form: str  # "dateline" or "first person"


def find_channel(text: str, sides: Sides, quoted) -> Channel | None:
    """Return the party or third-party channel the text is published by, if it names one.

    *quoted* tells whether a position is inside a quotation (a "we" there is the quoted
    speaker's). Only a side the story's words give the name counts: a party of the story
    or ``third_party``.

    >>> third = {"third_party": {"cues": ["Aid Now"]}}
    >>> sides = Sides([{"id": "north", "cues": ["NNA"]}], third, [])
    >>> find_channel("Floods\\n\\nHARBOUR, May 2. /NNA/. Rain fell.", sides, lambda p: False)
    Channel(name='NNA', side='north', form='dateline')
    >>> find_channel("Floods\\n\\nHARBOUR (AP) — Rain fell.", sides, lambda p: False) is None
    True
    >>> find_channel("We at Aid Now have sent kits.", sides, lambda p: False).side
    'third_party'
    """
    head = text[:DATELINE_REACH]
    for pattern in _DATELINES:
        m = pattern.search(head)
        if m is not None:
            return _channel(m[1], sides, "dateline")
    for m in _WE_AT.finditer(text):
        if not quoted(m.start()):
            return _channel(m[1], sides, "first person")
    return None


def _channel(name: str, sides: Sides, form: str) -> Channel | None:
    """Return the channel a name is, when the story's words give it a party's or third side."""
    side = sides.cue_side(name)
    if side in sides.parties or side == "third_party":
        return Channel(sides.spelled_out(name) or name, side, form)  # an acronym: its full name
    return None
