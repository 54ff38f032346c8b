"""Tell an outlet by what the article calls it: channels, milbloggers, blogs, independent outlets.

A named Telegram channel, milblogger, blog, independent outlet or investigative project
speaks for itself (side ``media``), whatever national or regional words stand beside it
("Northern milbloggers", "a milblogger close to the eastern government"): it is not the state
it writes about. Read from the article's own words:

1. **A name the article introduces with an outlet noun**: "the pro-war Telegram channel
   Ash", "one channel, Grey Wind,", "the independent outlet Lantern", or after it: "Ash, a
   Telegram channel with ties to …".
2. **A name with a news word** ("Norland News Service", "Harbour Times") is an outlet.
3. **Names joined by "and"** are outlets together when one of them is an outlet and the
   others have no side of their own ("Lantern and the Harbour News counted the names …").
4. **An outlet noun heads the name** ("a milblogger close to the eastern government"): what
   it is close to does not decide.

A possessive ("the ministry's Telegram channel") or an owner's "-run" ("the Houthi-run Al
Masirah TV") is the owner's, not an outlet of its own;
channels and bloggers no one names stay ``unknown`` (the corpus conventions), but
milbloggers, named or not, are outlets.
"""

from __future__ import annotations

import functools
import re

from makiivka.extract.roles import OWNED_BY

#: Nouns for an outlet that is not a newsroom of the wire kind.
_NOUN = (
    r"(?:(?:Telegram|YouTube|news)\s+)?channels?|milbloggers?|(?:military\s+)?bloggers?|blogs?"
    r"|(?:independent\s+|investigative\s+|news\s+)?(?:outlets?|websites?)"
    r"|investigative\s+projects?"
)
_NOUN_RE = re.compile(rf"(?i)(?<![\w-])(?:{_NOUN})(?![\w-])")
#: Milbloggers are outlets even unnamed (not "bloggers" or "channels" no one names).
_MILBLOG = re.compile(r"(?i)(?<![\w-])(?:milbloggers?|military\s+bloggers?)(?![\w-])")
_PROPER = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
#: "the Telegram channel Ash", "One channel, Grey Wind": the name after the noun.
_NAMED_AFTER = re.compile(rf"(?<![’'])(?<!['’]s\s)(?i:{_NOUN}),?\s+({_PROPER})")
#: "Ash, a Telegram channel with ties to …": the name before the noun.
_NAMED_BEFORE = re.compile(
    rf"({_PROPER}),\s+(?:an?|the|one)\s+(?:[\w-]+\s+){{0,3}}?(?i:{_NOUN})(?![\w-])"
)
#: A news word in a proper name: "Harbour News", "the Lowtown Times".
_NEWS_WORD = re.compile(
    r"(?<![\w-])(?:News|Times|Post|R[aá]dio|TV|Television|Gazette|Herald|Tribune|Journal|Daily"
    # "the Press Trust of India reported" (blind set 24), not a "Press Service" or "Office"
    r"|Press(?!\s+(?:Service|Office|Secretary|Cent(?:re|er)|Department|Bureau)))(?![\w-])"
)
#: What an outlet is said to be close to: not its side.
_QUALIFIER = re.compile(
    r"(?i)\s+(?:close\s+to|with\s+(?:close\s+)?ties\s+to|linked\s+to|affiliated\s+with"
    r"|loyal\s+to|in|from)\s.*\Z"
)
_OWNED = re.compile(r"['’]s?\s")
_THE = re.compile(r"\A(?:the|one|some|a|an)\s+", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def described(text: str) -> frozenset[str]:
    """Return the names the article introduces with an outlet noun (rule 1)."""
    names = {m[1] for m in _NAMED_AFTER.finditer(text)}
    names |= {m[1] for m in _NAMED_BEFORE.finditer(text)}
    return frozenset(n.rstrip(".") for n in names)


def _is_outlet(part: str, text: str, blank) -> bool:
    """Tell whether one name (no "and" in it) is an outlet by the article's words; *blank*
    blanks out the story's party cue words (a party's "True News Information Team" is not an
    outlet for its news word)."""
    head = _QUALIFIER.sub("", blank(part))
    if _OWNED.search(head) or OWNED_BY.search(part):
        return False  # "the ministry's Telegram channel", "the Houthi-run … TV": the owner's
    noun = _NOUN_RE.search(head)
    if noun and not (_MILBLOG.search(head) or head[noun.end() :].strip()[:1].isupper()):
        return False  # "Telegram channels in the east", "a blogger": outlets no one names
    return bool(noun or _NEWS_WORD.search(head) or _THE.sub("", head) in described(text))


def outlet_side(name: str, text: str, side_of, blank) -> bool:
    """Tell whether a speaker's name is an outlet (rules 1-4): its parts joined by "and" are
    each an outlet or have no side of their own, and one of them is an outlet. *blank*
    blanks out the story's party cue words (see :func:`_is_outlet`)."""
    parts = [_THE.sub("", p.strip()) for p in re.split(r"\s+and\s+|,\s+", name) if p.strip()]
    outlets = [_is_outlet(p, text, blank) for p in parts]
    return any(outlets) and all(
        o or side_of(p) == "unknown" for o, p in zip(outlets, parts, strict=True)
    )


#: "one milblogger close to the eastern government" ending the clause before a speech verb.
_QUALIFIED = re.compile(
    rf"(?<![\w-])(?:(?i:one|a|an|the|some|several|another|other)\s+)?("
    rf"(?:(?!(?:while|whereas|and|but|when|as|that|although)\b)[\w-]+\s+){{0,2}}?"
    rf"(?i:{_NOUN})\s+(?:close\s+to|with\s+(?:close\s+)?ties\s+to|linked\s+to|affiliated\s+with"
    r"|loyal\s+to)\s+[^,;:.“”\"]{1,40}?)\s+(?:(?:has|have|had|also|later)\s+)*\Z"
)


def qualified_outlet(head: str) -> re.Match[str] | None:
    """Return the match of an outlet said to be close to someone that ends a clause (rule 4),
    whose group 1 is its phrase without a determiner: "(one) milblogger close to the eastern
    government" (said)."""
    found = _QUALIFIED.search(head)
    return found if found and _NOUN_RE.search(found[1]) else None
