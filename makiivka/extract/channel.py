"""Tell whether the article is a party's own channel: its dateline or its "we" names the outlet.

A press release's opening ("Geneva, 12 May 2015 – Aid Now today confirmed …"), a state news
agency's dateline ("HARBOUR, April 8. /NNA/.", "Harbour, NNA -"), a wire's
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

from makiivka.extract.datelines import turn_label_at
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
#: A press release's opening: a dateline with no agency (after "News release," where it says
#: so), then the organisation and "today" or a verb of its own stance in the present:
#: "Kabul/Geneva, 12 December 2015 – After a review …, Médecins Sans Frontières (MSF) today
#: confirmed …", "News release, Geneva, 11 April 2018 - The World Health Organization (WHO)
#: is deeply alarmed …", "Bogotá, 20 May 2002 - The Office … presents the report of its
#: mission", "FREETOWN, 16 August 2017 - Save the Children fears that …" (blind set 10).
#: News copy says "on Saturday" and "said"; a release speaks of its own day, in the present.
_RELEASE = re.compile(
    r"(?m)^(?:(?:News|Press|Media)\s+release,\s+)?[A-Z][\w'’/ .-]{0,40},\s+"
    r"(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})"
    r"(?:,?\s+\d{4})?\s*[-–—]+\s*(?:[^\n.]{0,160}?,\s+)?(?:[Tt]he\s+)?"
    r"([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|de|du|des|of|for|in|and|the)){0,12}?)"
    r"(?:\s+\([A-Z][A-Za-z]{1,9}\))?(?:\s+and\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5})?"
    r"\s+(?:(?:has\s+)?today\s|(?:is|are)\s+(?:deeply\s+|gravely\s+)?"
    r"(?:alarmed|concerned|saddened|shocked|appalled|outraged|dismayed)\b"
    r"|(?:presents|fears|condemns|deplores|welcomes|calls\s+on|calls\s+for|expresses|urges)\b"
    # "… and MONUSCO have concluded a preliminary investigation" (blind set 11)
    r"|(?:has|have)\s+(?:concluded|completed|published|documented|verified)\b)"
)
#: A rights group's release: "(Beirut) - The coalition's attack … is an apparent war crime,
#: Human Rights Watch said today." (the place in brackets, the publisher "said today").
#: So does an NGO's with a dated dateline: "Geneva/Abuja, 19 January 2017 — The number of people
#: killed … has risen to 90, Médecins Sans Frontières (MSF) said today" (blind set 14).
_BRACKETED_RELEASE = re.compile(
    r"(?m)^(?:\([A-Z][\w'’/ .-]{0,40}\)|[A-Z][\w'’/ .-]{0,40},\s+(?:\d{1,2}\s+[A-Z][a-z]+"
    r"|[A-Z][a-z]+\s+\d{1,2}),?\s+\d{4})\s*[-–—]+\s*[^\n]{0,400}?,\s+(?:the\s+)?"
    r"([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and|the)){0,6}?)(?:\s+\([A-Z]{2,9}\))?"
    r"\s+(?:said|says)\s+today\b"
)
#: A rights group's dateline in brackets with the date: "(Beirut, August 2, 2006) – Human Rights
#: Watch researchers have confirmed …" (blind set 11).
_DATED_BRACKET_RELEASE = re.compile(
    r"(?m)^\([A-Z][\w'’/ .-]{0,40},\s+[^()\n]{4,30}\d{4}\)\s*[-–—]+\s*(?:[Tt]he\s+)?"
    r"([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and|the)){0,6}?)"
    r"(?:\s+(?:researchers|investigators|staff|teams?))?\s+(?:today\s|has\s|have\s|is\s|are\s)"
)
#: A report's own credit line: "This report is produced by OCHA in collaboration with
#: humanitarian partners." (an OCHA situation report, blind set 11).
_PRODUCED_BY = re.compile(
    r"(?m)^This\s+(?:report|update|bulletin|document|situation\s+report|flash\s+update)\s+"
    r"(?:is|was|has\s+been)\s+(?:produced|prepared|issued|published|compiled)\s+by\s+(?:the\s+)?"
    r"([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|for|the)){0,6}?)(?=[\s,.]+(?:in\b|with\b|and\b|\Z)|[.,])"
)
#: The UN's humanitarian office's own series in a title line: "LIBYA: Tajoura Detention Centre
#: Airstrike / Flash Update No. 2" (blind sets 7 and 8). OCHA publishes every flash update; the
#: story's third-party cue words say whose side that is.
_FLASH_UPDATE = re.compile(r"(?m)^[^\n]{0,100}\bFlash\s+Update\b")
#: A body's own report named in the title line: "Hurricane Mitch, OCHA Situation Report No.
#: 11" (blind set 27): the capitalised words before the report's kind name its author.
_TITLED_REPORT = re.compile(
    r"(?m)^[^\n]{0,100}?((?:[A-Z][\w&'’.-]*[ \t]+){1,4})(?:Situation\s+Report|Sitrep|Flash\s+Update"
    r"|Humanitarian\s+(?:Bulletin|Update)|Epidemiological\s+Update)\b"
)
#: A briefing's own frame: "This is a summary of what was said by UNHCR spokesperson Adrian
#: Edwards" (the UN agencies' briefing notes open so; the text is the speaker's).
_SAID_BY = re.compile(
    r"(?i:what\s+was\s+said|remarks\s+made|what\s+was\s+stated|press\s+briefing)"
    r"\s+by\s+(?:the\s+)?"
    r"([A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|spokes(?:person|man|woman)|of|for|the)){0,6})"
)
#: A post's signature hashtag that is an acronym: "#DSNS #Sumy" at a channel post's end.
_HASHTAG = re.compile(r"(?<![\w#&])#([A-Z][A-Za-z]{1,7})(?![\w])")
#: An organisation writing in its own voice: "We at Aid Now have given …".
_WE_AT = re.compile(r"(?<![\w-])We\s+at\s+(?:the\s+)?([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})")


@dataclass(frozen=True)
class Channel:
    """The outlet a text names as its publisher: its name as written and its side."""

    name: str
    side: str
    form: str  # "dateline", "first person", "briefing", "signature" or "release"


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
        if m is not None and not turn_label_at(text, m.start()):
            return _channel(m[1], sides, "dateline")
    for m in _WE_AT.finditer(text):
        if not quoted(m.start()):
            return _channel(m[1], sides, "first person")
    release = _RELEASE.search(head)
    if release is not None:
        return _channel(release[1], sides, "release")
    bracketed = _BRACKETED_RELEASE.search(head) or _DATED_BRACKET_RELEASE.search(head)
    if bracketed is not None:
        channel = _channel(bracketed[1], sides, "release")
        if channel is not None:
            return channel
    produced = _PRODUCED_BY.search(head)
    if produced is not None:
        channel = _channel(produced[1], sides, "release")
        if channel is not None:
            return channel
    titled = _TITLED_REPORT.search(head[:300])
    words = titled[1].split() if titled is not None else []
    for n in range(len(words) - 1, -1, -1):  # "Hurricane Mitch OCHA": the shortest named tail
        channel = _channel(" ".join(words[n:]), sides, "release")
        if channel is not None:
            return channel
    if _FLASH_UPDATE.search(head[:300]):
        channel = _channel("OCHA", sides, "release")
        if channel is not None:
            return channel
    said_by = _SAID_BY.search(head)
    if said_by is not None and not quoted(said_by.start()):
        return _channel(said_by[1].rstrip(), sides, "briefing")
    return _signature(text, sides, quoted)


def _signature(text: str, sides: Sides, quoted) -> Channel | None:
    """Return the channel a post's acronym hashtags name ("#DSNS"), when they name one side.

    Only acronyms (two to eight letters, mostly capitals) count: "#Sumy" or "#StandWithX"
    tags a topic, "#DSNS" signs the post. Two tags of different sides sign nothing.
    """
    found = []
    for m in _HASHTAG.finditer(text):
        tag = m[1]
        if quoted(m.start()) or sum(c.isupper() for c in tag) * 2 <= len(tag):
            continue
        channel = _channel(tag, sides, "signature")
        if channel is not None:
            found.append(channel)
    return found[0] if found and len({c.side for c in found}) == 1 else None


def _channel(name: str, sides: Sides, form: str) -> Channel | None:
    """Return the channel a name is, when the story's words give it a party's or third side."""
    side = sides.cue_side(name)
    if side in sides.parties or side == "third_party":
        return Channel(sides.spelled_out(name) or name, side, form)  # an acronym: its full name
    return None
