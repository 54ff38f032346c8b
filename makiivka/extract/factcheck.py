"""Credit a fact check's "Claim: …" line to whoever the fact check says made the claim.

A fact check quotes the claim it checks on a line of its own ("Claim: …", then "Verdict: …").
The claim's figures are not the fact checker's and not a speaker called "Claim":

1. **A credit in brackets** at the end of the line names who made it: 'Claim: "Up to 400
   were killed" (the army's press service, 1 January).', or after a dash: '… – Facebook
   post, shared more than 9,000 times'.
2. **Posts or users** the line or the fact check's next paragraphs name ("Social media posts
   shared thousands of times say …", "Posts shared widely on social media …") made it:
   unnamed posts, side ``unknown`` (the corpus conventions).
3. Otherwise the unnamed people whose claim it checks (side ``unknown``).

A speech cue of the line's own ("…, the ministry said") beats all three (the caller's).
"""

from __future__ import annotations

import re

from makiivka.extract.cue import Cue, named
from makiivka.extract.speakers import Register

#: The prefix of a fact check's checked claim.
CLAIM_PREFIX = re.compile(r"(?i)(?:the\s+)?claims?")
#: A credit in brackets closing the line: "(Norland's army, 1 January)."
_CREDIT = re.compile(r"\(\s*((?:the\s+)?[A-Z][^()]{1,80}?)(?:\s*,\s*[^(),]{1,40})?\s*\)[\s.;]*\Z")
#: A credit after a dash closing the line: '"… murdered." – Facebook post, shared 9,000 times'.
_DASH_CREDIT = re.compile(
    r"[\"”]\s*[–—-]\s*((?:an?\s+|the\s+)?[A-Z][\w'’ -]{1,60}?)(?:\s*,[^\n]{1,80})?[\s.;]*\Z"
)
#: Posts or users of social media, as a fact check names them.
_POSTS = re.compile(
    r"(?i)(?<![\w-])(?:(?:social\s+media|online|viral|facebook|twitter|tiktok|telegram|x)\s+"
    r"(?:posts|users?|accounts)|(?:posts|users|accounts)\s+(?:[\w-]+\s+){0,3}?on\s+social\s+media"
    r"|social\s+media\s+(?:users?|accounts))(?![\w-])"
)
#: How far after the claim line its fact check names who made it (its next paragraphs).
_NEAR = 700


def claim_cue(text: str, start: int, end: int, prefix_end: int, register: Register) -> Cue:
    """Return the cue of a "Claim: …" line text[start:end] (see the module docstring)."""
    line_end = text.find("\n", start)  # a quoted claim of two sentences: its line's credit
    line_end = len(text) if line_end < 0 else line_end
    credit = _CREDIT.search(text, start, end) or _DASH_CREDIT.search(text, start, line_end)
    if credit:
        cue = named(text, credit.start(), credit.end(), credit.start(1), credit.end(1), register)
        at = (cue.start, cue.end) if credit.re is _CREDIT else (start, prefix_end)
        return Cue(*at, cue.claimant, cue.name, cue.side, False, form="headline")
    posts = _POSTS.search(text, start, end) or _POSTS.search(text, end, end + _NEAR)
    if posts:
        return Cue(start, prefix_end, "", posts[0], "unknown", False, form="headline")
    return Cue(start, prefix_end, "", text[start:prefix_end], "unknown", False, form="headline")
