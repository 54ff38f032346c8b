"""Tell whether a figure is about this event, the war as a whole, or another event, by its words.

Cue words in the figure's sentence decide, the nearest winning: war-wide cues ("since the
invasion", "in the past day", "a war that has killed"), the event's own words ("the strike",
the event's places) and words for a reply or another attack ("in retaliation", "separately").
The rules that set a figure in another place or time (:mod:`makiivka.extract.elsewhere`) come
on top of these.
"""

from __future__ import annotations

import re

from makiivka.extract.metrics import BOUNDARY, ROCKET_METRICS

WAR_CUES = re.compile(
    r"""(?<![\w-])(?:since\s+the\s+(?:start|beginning|outbreak)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?
       (?:full[-\s]scale\s+)?(?:war|invasion|siege|blockade|occupation|offensive|conflict|hostilities
       |(?!(?:search|rescue|recovery|salvage)\b)(?:[\w-]+\s+){0,2}?(?<!search\s)(?<!rescue\s)(?<!recovery\s)operation)
    |across\s+the\s+(?:whole\s+|entire\s+)?(?:war|conflict)(?![\w-])|(?:war|conflict)\s+as\s+a\s+whole
    |(?:throughout|during|over)\s+the\s+(?:(?:\w+[-\s]){0,2})?(?:siege|blockade)
    |since\s+(?:the\s+|[A-Z][\w-]*['’]s\s+)?(?:full[-\s]scale\s+)?(?:war|invasion)(?![\w-])
    |since\s+(?:the\s+)?(?:war|invasion)\s+(?:began|started)
    |(?:throughout|during|in|of)\s+the\s+(?:war|full-scale\s+invasion|conflict)(?![\w-])
    |(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?:day|24\s+hours|week|month)
    |per\s+day|a\s+day(?!\s+(?:earlier|before|later|after|ago|or\s+two))|each\s+day|every\s+day|daily(?!\s+(?:briefing|update|report|intelligence
       |address|bulletin))|all[-\s]front|across\s+the\s+front|along\s+the\s+(?:entire\s+)?front
    |partial(?:ly)?\s+mobili[sz]|national\s+mobili[sz]|decree(?![\w-])
    |serving\s+(?:their|the)\s+(?:nation|country)
    |so\s+far\s+this\s+(?:year|month)|this\s+year\s+alone
    |since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year
    |(?:war|conflict|fighting|invasion)\s*,?\s+in\s+which
    |since\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+)?(?:war|conflict|fighting|invasion|uprising|revolution
       |insurgency|offensive|siege|occupation|hostilities|unrest|crisis|strike|protests?|dispute
       |epidemic|outbreak)\s+(?:began|started
       |erupted|broke\s+out|flared)
    |(?:war|conflict|invasion|fighting|offensive|bombardment|campaign)\s+(?:[\w'’-]+\s+){0,6}?
       (?:that|which)\s+(?:has|had|have)\s+(?:\w+\s+)?(?:killed|displaced|left|claimed|wounded)
    |(?:war|conflict|invasion|fighting|insurgency)(?:\s*,[^,.;]{1,40},|\s+(?:with|against|between
       |in)\s+[^,.;]{1,40}?)?\s+(?:has|have|had)\s+(?:\w+\s+)?
       (?:killed|displaced|left|claimed|wounded)
    # "raising the toll from weeks of unrest to 32", "died in the context of the crisis", "have
    # since killed at least 12" (blind set 24): a span of unrest, or what came after the event
    |(?:weeks|months|years)\s+of\s+(?:unrest|protests?|fighting|violence|clashes|conflict)
    |in\s+the\s+context\s+of\s+the\s+(?:crisis|unrest|protests|conflict)
    |(?:has|have|had)\s+since\s+(?:killed|left|claimed)
    |cumulative\s+(?:death\s+)?toll
    |since\s+(?:the\s+)?(?:war|conflict|fighting)\s+(?:began|started|erupted|broke\s+out))""",
    re.IGNORECASE | re.VERBOSE,
)
#: Country-wide words: a war's tally in a story about one attack, the event's own toll in a
#: story about a flood or a quake (a natural hazard covers the region).
WIDE_CUES = re.compile(
    r"""(?<![\w-])(?:nationwide|countrywide|overall|in\s+total|total\s+(?:losses|number)
    |(?:the\s+)?wider\s+(?:[A-Z][\w'’-]+\s+)?(?:death\s+)?toll
    |(?:the\s+)?total\s+(?:killed|dead|deaths|(?:death\s+)?toll|number\s+of\s+(?:dead|deaths
       |killed))|overall\s+(?:death\s+)?toll)(?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
)
#: A tally over the last day decides, whatever strike words stand nearer.
DAILY = re.compile(
    r"(?<![\w-])(?:in|over|during|for)\s+the\s+(?:past|last|previous)\s+(?:24\s+hours|day)"
    r"(?![\w-])",
    re.IGNORECASE,
)
#: A figure about a reply to the strike, not the strike itself.
OTHER_CUES = re.compile(
    r"(?<![\w-])(?:in\s+(?:reply|response|retaliation)|retaliat\w*|in\s+revenge|separately)(?![\w-])",
    re.IGNORECASE,
)
#: Words that put a figure at the event; the event's place names come from the data package
#: (``event.places``), so the extractor serves another story's event as well.
STRIKE_CUES = re.compile(
    r"(?<![\w-])(?:strikes?|attacks?|struck|shelling"
    r"|barracks|building|school|college|dormitor(?:y|ies)|base|blast|explosions?|raid"
    r"|incident|this\s+(?:attack|strike))(?![\w-])",
    re.IGNORECASE,
)
#: Rockets aimed at a named place that is not the strike's ("fired 20 missiles at Kyiv"): another
#: attack. A demonym ("at Russian positions"), a possessive ("at Russia's positions") or an
#: acronym (a launcher) is not a place.
_AIMED_AT = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:at|on|against|towards?|into)\s+(?:the\s+)?"
    r"(?:(?:city|town|region|capital)\s+of\s+)?(?P<place>[A-Z][\w'’-]+)"
)
#: "left 41 people dead across the country": right after the figure, a count of a wave over
#: the whole country, not of one attack (a natural hazard's is its own: see *hazard*).
_ACROSS_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:across|throughout|all\s+over|inside|within)\s+the\s+country"
    r"(?![\w-])",
    re.I,
)
#: Capitalised words after "at"/"on" that are not another target: a launcher, a month, a demonym.
_NOT_A_TARGET = re.compile(r"(?:[A-Z]{2,}|Jan\w*|New)\b|\w+['’]s\b|\w*(?:ian|ean|ese|ish)\b")


def has_scope_cue(text: str, start: int, end: int, places: re.Pattern[str] | None = None) -> bool:
    """Tell whether text[start:end] says which event it is about (strike, war or another)."""
    cues = (WAR_CUES, WIDE_CUES, STRIKE_CUES, OTHER_CUES, *([places] if places else []))
    return any(p.search(text, start, end) for p in cues)


def scope_cues(
    text: str, start: int, end: int, places: re.Pattern[str] | None = None
) -> dict[str, list[tuple[int, int]]]:
    """Return the spans of a sentence's war, strike, other-event and place cues, by kind."""
    patterns = {"war": WAR_CUES, "wide": WIDE_CUES, "strike": STRIKE_CUES, "other": OTHER_CUES,
                "place": places}  # fmt: skip
    return {
        kind: [m.span() for m in pattern.finditer(text, start, end)] if pattern else []
        for kind, pattern in patterns.items()
    }


def pick_scope(
    text: str,
    start: int,
    end: int,
    sentence: tuple[int, int],
    metric: str,
    places: re.Pattern[str] | None = None,
    cues: dict[str, list[tuple[int, int]]] | None = None,
    hazard: bool = False,
) -> str:
    """Return strike, war or other: war-wide cues beat strike cues only when nearer the figure.

    *places* names the event's places (see :func:`makiivka.extract.cues.place_pattern`):
    they count as strike cues, and rockets aimed at any other named place are another event.
    *cues* are the sentence's :func:`scope_cues`, when the caller keeps them for all its figures.
    Country-wide words ("nationwide", "overall", "in total") are war cues, or the event's
    own when *hazard* (a flood's or a quake's toll covers its region).

    >>> s = "Ukraine says it killed 760 Russian soldiers in the past day"
    >>> pick_scope(s, 23, 26, (0, len(s)), "killed")
    'war'
    >>> s = "a payout of 5 million roubles according to a decree"
    >>> pick_scope(s, 12, 29, (0, len(s)), "compensation")
    'war'
    """
    a, b = sentence
    cues = cues if cues is not None else scope_cues(text, a, b, places)
    if hazard:  # a disaster's "since the start of operations" counts its rescue's days
        rescue = [(x, y) for x, y in cues["war"] if text[y - 9 : y] == "operation"]
        rescue = [(x, y) for x, y in rescue if "military" not in text[x:y]]
        cues = dict(cues, war=[span for span in cues["war"] if span not in rescue])

    def nearest(kind: str) -> int | None:
        gaps = [(start - y if y <= start else max(0, x - end)) for x, y in cues[kind]]
        return min(gaps) if gaps else None

    war, strike, elsewhere = nearest("war"), nearest("strike"), nearest("other")
    wide = nearest("wide")  # the event's own region in a hazard, the war's in an attack
    if wide is not None:
        if hazard:
            strike = wide if strike is None else min(strike, wide)
        else:
            war = wide if war is None else min(war, wide)
    at_place = nearest("place")
    if at_place is not None and (strike is None or at_place < strike):
        strike = at_place
    if metric in ROCKET_METRICS:
        aimed = _AIMED_AT.match(text, end, b)
        if (
            aimed
            and not BOUNDARY.search(text, end, aimed.start("place"))
            and not _NOT_A_TARGET.match(aimed["place"])
            and not (places and places.fullmatch(aimed["place"]))
        ):
            return "other"
    if elsewhere is not None and all(x is None or elsewhere < x for x in (war, strike)):
        return "other"
    if not hazard and _ACROSS_AFTER.match(text, end, b):
        return "other"
    if DAILY.search(text, a, b):
        return "war"  # "43 attacks on the region in the last 24 hours": a daily tally
    if metric in ("mobilized", "compensation"):
        return "strike" if strike is not None and (war is None or strike < war) else "war"
    if war is not None and (strike is None or war < strike):
        return "war"
    return "strike"
