"""Figures whose source is talk no one is named for: posts going round, rumours called false.

"Figures of more than 1,000 deceased circulating on social networks" (blind set 15), "The
initial figure circulating in the media was 54" (blind set 11) and "Rumours of 100 dead are
false" (round 19's new user: a mayor's post denying a rumour is not the mayor's toll) are
the figures of unnamed sources, side unknown. Split from :mod:`makiivka.extract.voices`.
"""

from __future__ import annotations

import re

from makiivka.text.denials import denial_before
from makiivka.text.quantities import Quantity

#: The evidence of unnamed talk the text calls false (ingest proposes no row for it).
CALLED_FALSE = "(called false;"

#: A figure said to go round online, right after it: posts no one names are its source.
_PLATFORMS = r"social\s+(?:media|networks)|WhatsApp|Facebook|Telegram|TikTok|Twitter"
_CIRCULATING = re.compile(
    r"(?i)[^.;:\n]{0,40}?\b(?:circulating|circulated|shared|spreading|going\s+viral|doing\s+the"
    rf"\s+rounds)\s+(?:on|across|via|in)\s+((?:{_PLATFORMS})(?:\s+(?:groups|channels|accounts"
    r"|posts))?)\b"
)
#: "a figure of over 100 dead continues to circulate, attributed to unnamed mall workers"
#: (blind set 20): the unnamed people it is credited to are its source.
_ATTRIBUTED = re.compile(
    r"(?i)[^.;:\n]{0,60}?\battributed\s+to\s+((?:unnamed|anonymous|unidentified)\s+[\w\s-]{1,30}?)"
    r"(?=[.,;)]|\Z)"
)
#: A figure credited to someone who disowns it (round 26's new user): "The figure of 200
#: dead attributed to Minera Altavera did not come from the company".
_NOT_FROM = re.compile(
    r"(?i)[^.;:\n]{0,40}?\battributed\s+to\s+([^.;:\n]{1,60}?)\s+((?:did|does|has|have)\s+not"
    r"\s+(?:come|came)\s+from|(?:was|were|is|are)\s+not\s+(?:theirs|its|issued\s+by))"
)
#: "Rumours of 100 dead are false", "Reports that more than 150 persons have died are baseless"
#: (new users 19 and 20): unnamed talk the sentence calls false; a
#: fact check's "the claim that 2 lakh people died … is false" stays its own (blind set 11).
_CALLED_FALSE_AFTER = re.compile(
    r"(?i)\b(rumou?rs?|allegations?|reports?|claims?(?=\s+(?:circulating|going|spreading)))"
    r"(?:\s+(?:circulating|going\s+round|spreading)\s+"
    r"(?:on|in)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(?:of|that)\s+(?:[\w-]+\s+){0,3}?\Z"
)
_FALSE_AFTER = re.compile(
    r"(?i)[^.;]{0,60}?\b(?:are|is|were|was)\s+(?:\w+\s+)?(?:false|untrue|unfounded|baseless|fake"
    r"|wrong|incorrect|(?<=not\s)(?:true|correct|accurate))\b"  # "… are not true" (user 23b)
    # "Claims circulating on social media that … do not reflect the truth" (user 24)
    r"|[^.;]{0,60}?\b(?:do|does|did)\s+not\s+reflect\s+(?:the\s+)?(?:truth|reality|facts)"
)
#: "There are reports of hundreds of dead", "We also have reports from Chinchiná, in Caldas,
#: of hundreds of dead" (blind set 22): reports no one is named for (the corpus conventions:
#: unnamed "reports" are side unknown), unless a speaker before them says so.
_REPORTS_OF = re.compile(
    r"(?i)\b(?:there\s+(?:are|were|have\s+been)|we\s+(?:also\s+)?(?:have|had|are\s+getting))\s+"
    r"(?:(?:unconfirmed|early|initial|first|local|several|some|also)\s+)*(reports?)(?:\s+from\s+"
    r"[^.;:]{1,60}?)?\s+(?:of|that)\s+(?:[\w-]+\s+){0,3}?\Z"
    # "Early reports speak of several dead" (round 26's new user): no one named
    r"|\b(?:early|initial|first|unconfirmed|local)\s+(reports?)\s+(?:speak|spoke|speaks|suggest"
    r"|suggested|suggests|indicate|indicated|indicates)\s+(?:of\s+|that\s+)?(?:[\w-]+\s+){0,3}?\Z"
)
#: Where talk no one is named for goes round: the Internet, social media, a platform.
_ONLINE = (
    rf"(?:the\s+)?(?:Internet|internet|online|{_PLATFORMS}|Weibo|WeChat|VKontakte|YouTube"
    r"|Instagram)"
)
#: Posts, messages or reports online saying the figure: "reports spread on the Internet that
#: \"hundreds\" of people died", "A message circulating on WhatsApp and Facebook … claims that
#: \"500,000 …\"", "Posts on Twitter from accounts in Mangistau Oblast claimed that more than
#: 70" (blind set 23): their (unnamed) writers are the source.
_POSTED = re.compile(
    rf"(?i)\b((?:an?\s+|one\s+|another\s+|some\s+)?(?:posts?|messages?|tweets?|videos?"
    rf"|reports?|claims?|rumou?rs?)(?:\s+(?:spread|circulating|circulated|shared|going\s+round"
    rf"|published|posted))?(?:\s+(?:thousands|hundreds|dozens|[\d,]+)\s+(?:of\s+)?times)?"
    rf"\s+(?:on|in|across|via)\s+{_ONLINE}(?:\s+(?:and|or)\s+{_ONLINE})?)"
    r"(?:\s+[^.;\"“]{0,60}?)?\s+(?:(?:(?:claim(?:s|ed)?|said|says|wrote|writes|alleged|alleges)"
    r"\s+)?that\s+[\"“]?(?:[\w'’-]+\s+){0,3}?"
    # "A message circulating on Twitter overnight said \"500 dead at CST alone\"" (blind set 24)
    r"|(?:claim(?:s|ed)?|said|says|wrote|writes)\s+[\"“](?:[\w'’-]+\s+)?)\Z"
)
#: A denial of what goes round (round 24's new user): the denier's upper bound, by convention.
_DENIED = re.compile(
    r"(?i)\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|refuted)\s+\Z"
)
#: "One user wrote that \"dozens\" …" after "Videos shared on Weibo" (blind set 23).
_USER_WROTE = re.compile(
    r"(?i)\b((?:one|another|an?)\s+(?:user|poster|blogger|post))\s+(?:wrote|said|claimed"
    r"|posted)\s+(?:that\s+)?[\"“]?(?:[\w'’-]+\s+){0,3}?\Z"
)
#: Reports a speaker is checking: "says it is checking reports that at least 300 …" (round
#: 22's new user): the reports' figure, not the checker's.
_CHECKING = re.compile(
    r"(?i)\b(?:checking|verifying|looking\s+into|investigating|trying\s+to\s+(?:confirm|verify))"
    r"\s+(?:(?:the|unconfirmed|these|those|media)\s+)?(reports?|claims?)\s+(?:that|of)\s+"
    r"(?:[\w-]+\s+){0,3}?\Z"
)
#: The name :func:`rumour_of` gives such reports ("unnamed report", "unnamed reports").
REPORTS = "unnamed report"
_SPOKEN_BEFORE = re.compile(
    r"(?i)\b(?:said|says|told|tells|added|adds|noted|stated|warned|explained|according\s+to)\b"
)
#: ... or before it: "The initial figure circulating in the media was 54" (blind set 11).
_CIRCULATED = re.compile(
    r"(?i)\b(?:figures?|tolls?|numbers?|counts?)\s+(?:circulating|circulated|going\s+round)\s+"
    r"(?:on|in)\s+((?:the\s+)?(?:media|press|social\s+media))\s+(?:was|were|is|are)\s+\Z"
)


def rumour_of(text: str, start: int, end: int, q: Quantity) -> tuple[str, str, bool, float] | None:
    """Return (the source's words, the evidence, whether it is denied, the confidence) for a
    figure of sentence text[start:end] that unnamed talk states (the module docstring's forms);
    else None."""
    false = _CALLED_FALSE_AFTER.search(text, max(start, q.start - 80), q.start)
    if false and _FALSE_AFTER.match(text, q.end, end) and not denial_before(text, q.start, start):
        # ("The ministry rejects reports … of more than 1,000 dead, which are false": the
        # ministry's denial, coded by the convention); "reports of more than 500 deaths
        # circulating on social networks are false" is talk called false before it is talk
        # going round (round 22's second new user)
        evidence = f'unnamed source: "{false[1]}" {CALLED_FALSE} no one named as their source)'
        return false[1], evidence, True, 0.3
    disowned = _NOT_FROM.match(text, q.end, end)
    if disowned:  # "The figure of 200 dead attributed to X did not come from the company"
        evidence = f'unnamed source: "{disowned[0].strip()}" (disowned; no one named as its source)'
        return "", evidence, True, 0.3
    rumour = (
        _CIRCULATING.match(text, q.end, end)
        or _CIRCULATED.search(text, max(start, q.start - 80), q.start)
        or _ATTRIBUTED.match(text, q.end, end)
    )
    if rumour:
        evidence = f'unnamed source: figures "{rumour[0].strip()}" (no one named as their source)'
        return rumour[1], evidence, False, 0.6
    user = _USER_WROTE.search(text, max(start, q.start - 80), q.start)
    if user and not re.search(_ONLINE, text[max(0, start - 200) : start]):
        user = None  # a user of what? Only one the sentence before puts online
    posted = _POSTED.search(text, max(start, q.start - 200), q.start) or user
    if posted and re.search(r"(?i)\b(?:in|via|through)\s+\Z", text[start : posted.start()]):
        posted = None  # "X said in a post on Twitter that 42 …": X's own post
    if posted and _DENIED.search(text, max(start, posted.start() - 30), posted.start()):
        posted = None  # "The company denied reports on social media that …": the denier's
    if posted:  # after the talk called false, which is no row
        evidence = f'unnamed source: "{posted[1].strip()}" (no one named as their source)'
        return posted[1], evidence, False, 0.5
    checked = _CHECKING.search(text, max(start, q.start - 120), q.start)
    reports = checked or _REPORTS_OF.search(text, max(start, q.start - 120), q.start)
    if reports and (checked or not _SPOKEN_BEFORE.search(text, start, reports.start())):
        evidence = f'unnamed source: "{reports[0].strip()}" (no one named as their source)'
        plural = "s" if (reports[1] or reports[2] or "").lower() == "reports" else ""
        return REPORTS + plural, evidence, False, 0.5
    return None
