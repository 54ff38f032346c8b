"""Tell whether a speaker disowns the figure their sentence names: not their claim at all.

"The Red Crescent says it never issued the figure of 11,300" and "a spokesperson said reports
that 50 people had died were 'false'" name a figure only to say it is not theirs; the row is
no one's claim of the speaker (see the descriptor's ``conventions.denials``), unlike "dismissed
reports of more than 100 dead", which the conventions read as the speaker's upper bound.
"""

from __future__ import annotations

import re

from makiivka.extract.cue import Cue
from makiivka.text.quantities import Quantity

#: A speaker disowning a figure ("said it had never published a figure of 11,300"): the
#: figure is not theirs (the descriptor's ``conventions.denials``).
_DISOWNED = re.compile(
    # (not "families had not been given a list of the 35": who was not given, round 24's user)
    r"(?i)\b(?:never|not|no\s+longer)\s+(?:\w+\s+){0,2}?(?<!been\s)(?:published|issued|released|given|gave"
    r"|provided|reported|announced|confirmed|made|put\s+out)\b|\bdenied\s+(?:ever\s+)?(?:publishing"
    r"|issuing|releasing|giving|providing|reporting|announcing|saying|stating|claiming"
    # "denied having said that 100 bodies had been recovered" (round 25's new user)
    r"|having\s+(?:said|stated|claimed|given|published|issued|released|reported|announced))\b"
    # "He declined to comment on reports that 30 children were among the dead" (blind set 14)
    r"|\b(?:declined|refused)\s+to\s+(?:comment\s+on|confirm|address|discuss)\s+(?:the\s+)?"
    r"(?:reports?|claims?|figures?|allegations?)\b"
    # "warned against fake messages on WhatsApp, including … the death toll over 10,000" (15)
    r"|\bwarned\s+(?:\w+\s+){0,2}?(?:against|of|about)\s+(?:\w+\s+){0,2}?(?:messages|rumou?rs"
    r"|posts|reports|claims|videos)\b"
)
#: "reports that …", "claims of …" between a speaker and the figure: someone else's figure.
_REPORTS_THAT = re.compile(r"(?i)\b(?:reports?|claims?|rumou?rs?|posts?)\s+(?:that|of)\b")
#: "… were 'false'", "… is untrue": what the speaker calls the figure after it.
_CALLED_UNTRUE = re.compile(
    r"(?i)\b(?:were|was|are|is|as)\s+[\"“‘']?(?:false|untrue|not\s+true|baseless|unfounded"
    r"|fabricated|fake|incorrect|inaccurate|exaggerated|groundless)\b"
)


#: "the number of dead is not 11 but 17" (round 24's new user): the speaker rejects the first.
_NOT_BUT = re.compile(r"(?i)\b(not)\s+(?:about\s+|some\s+)?\Z")
_BUT_AFTER = re.compile(r"(?i)\s+but\s+(?:about\s+|some\s+|at\s+least\s+)?\d")


def disowning(text: str, cue: Cue, q: Quantity, sentence_end: int) -> re.Match[str] | None:
    """Return the words by which the speaker of *cue* disowns the figure *q*: "not 11 but 17"
    wherever the speaker is named, the other forms when the speaker is named before it.

    >>> from makiivka.text.quantities import find_quantities
    >>> s = "A spokesperson said reports that 50 people had died were 'false'."
    >>> (q,) = find_quantities(s)
    >>> disowning(s, Cue(0, 18, "", "A spokesperson", "unknown", False), q, len(s))[0]
    "were 'false"
    """
    rejected = _NOT_BUT.search(text, max(0, q.start - 12), q.start)
    if rejected and _BUT_AFTER.match(text, q.end):
        return rejected  # "not 11 but 17", wherever the speaker is named
    if cue.end > q.start:
        return None
    found = _DISOWNED.search(text, max(cue.start, cue.end - 7), q.start)
    if found is None and not cue.denial and _REPORTS_THAT.search(text, cue.end, q.start):
        # ("dismissed reports of 150 dead as exaggerated" is a denial: an upper bound)
        found = _CALLED_UNTRUE.search(text, q.end, min(sentence_end, q.end + 100))
    return found
