"""Tell what a figure counts (its metric and unit) and whether it is about this strike or the war.

The metric comes from the nearest keyword in the figure's sentence, first looking only
between the neighbouring figures ("400 soldiers were killed and another 300 were wounded"),
then in the whole sentence. A keyword must suit the unit: rockets are fired, shot down or
hit; people are killed, wounded, missing, mobilized or present; money is compensation.
"""

from __future__ import annotations

import re

METRICS = (
    "killed", "wounded", "killed_or_wounded", "missing", "present", "rockets_fired",
    "rockets_intercepted", "rockets_hit", "mobilized", "compensation", "other",
)  # fmt: skip
CURRENCIES = frozenset({"RUB", "GBP", "USD", "EUR", "UAH"})
PEOPLE_METRICS = frozenset({"killed", "wounded", "killed_or_wounded", "missing", "present"})
PEOPLE_METRICS |= {"mobilized"}
ROCKET_METRICS = frozenset({"rockets_fired", "rockets_intercepted", "rockets_hit"})
#: Extra distance (characters) a weak keyword counts as, so a casualty word nearby wins.
WEAK_PENALTY = {"present": 10, "mobilized": 15}
#: The farthest (characters, penalty included) "housed", "stationed"… may stand from a figure.
WEAK_REACH = 40
#: A keyword across a clause boundary belongs to another clause ("two were shot down, while …").
BOUNDARY = re.compile(r"[,;:()—–]|\s(?:while|but|whereas|although)\s")
#: A keyword before a figure and "and" belongs to the clause before ("died and 300 were wounded").
BOUNDARY_BEFORE = re.compile(r"\sand\s")
#: Nouns that count people, beyond the parser's (:mod:`makiivka.text.quantities`): a figure
#: followed by one within two words counts people ("up to 30 militants", "11 patients").
PEOPLE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:militants|patients|commanders|doctors|nurses|judges|staff"
    r"|members|prisoners|POWs|detainees|workers|students|pupils|passengers|shoppers"
    r"|traders|refugees|survivors|hostages|journalists|medics|rescuers|policemen|guards"
    r"|colleagues|martyrs|babies|infants|girls|boys|adults|pensioners|volunteers|insurgents"
    r"|rebels|separatists|combatants|militiamen|servicemembers|inmates|miners|employees)\b",
    re.IGNORECASE,
)

_PEOPLE_NOUN = (
    r"(?:\w+\s+)?(?:soldiers|troops|men|reservists|recruits|servicemen|personnel|conscripts"
    r"|fighters|people)"
)
KEYWORDS = re.compile(
    rf"""(?<![\w-])(?:
    (?P<killed_or_wounded>(?:killed|dead)\s+(?:and|or|&)\s+(?:wounded|injured)
       |(?:wounded|injured)\s+(?:and|or)\s+(?:killed|dead)|casualt(?:y|ies)|killed\s+or\s+maimed
       |losses|(?:lost|lose|losing)(?!\s+(?:(?:their|his|her|its)\s+)?lives))
    |(?P<killed>(?:lost|lose|losing)\s+(?:(?:their|his|her|its)\s+)?lives|death\s+toll|toll|killed|killing|kills?|dead|deaths?|died|dying|die
       |lives|fatalit(?:y|ies)|perished|bodies|slain|eliminated|liquidated)
    |(?P<wounded>wounded|wounding|injured|injur(?:y|ies)|injuring|hurt|hospitali[sz]ed
       |(?:being\s+)?treated\s+in\s+hospital|in\s+(?:serious|critical|grave)\s+condition)
    |(?P<missing>missing|unaccounted|search(?:ing|ed)?\s+(?:[\w-]+\s+){0, 3}?for)
    |(?P<rockets_intercepted>shot\s+down|intercepted|downed|intercept(?:s|ing)?
       |(?:destroyed|neutrali[sz]ed)\s+by\s+air\s+defen[cs]es?)
    |(?P<rockets_hit>hit|hits|struck|reached\s+(?:the|their)\s+targets?|landed)
    |(?P<rockets_fired>fired|fire|firing|launched|launch(?:es|ing)?|salvos?|volleys?)
    |(?P<mobilized>mobili[sz](?:e|es|ing|ation)|mobili[sz]ed(?!\s+{_PEOPLE_NOUN})
       |called\s+up|call\s+up|calling\s+up|conscripted|drafted)
    |(?P<compensation>payouts?|compensation|payments?|paid|pay|bonus(?:es)?)
    |(?P<present>housed|housing|stationed|quartered|billeted|based(?!\s+on)|were\s+inside
       |shelter(?:ing|ed|s)?|waiting|gathered|held\s+(?:in|at)|inside\s+the
       |(?:had\s+been|were)\s+(?:at|in)\s+the|(?:had\s+been|were|was)\s+inside))(?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
)
WAR_CUES = re.compile(
    r"""(?<![\w-])(?:since\s+the\s+(?:start|beginning|outbreak)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?
       (?:full[-\s]scale\s+)?(?:war|invasion)
    |since\s+(?:the\s+|[A-Z][\w-]*['’]s\s+)?(?:full[-\s]scale\s+)?(?:war|invasion)
    |since\s+(?:February|Feb\.?)\s+(?:24,?\s+)?2022
    |since\s+(?:the\s+)?(?:war|invasion)\s+(?:began|started)|since\s+(?:February|Feb\.?)\s+24
    |(?:throughout|during|in|of)\s+the\s+(?:war|full-scale\s+invasion|conflict)
    |(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?:day|24\s+hours|week|month)
    |per\s+day|a\s+day|each\s+day|every\s+day|daily(?!\s+(?:briefing|update|report|intelligence
       |address|bulletin))|all[-\s]front|across\s+the\s+front|along\s+the\s+(?:entire\s+)?front
    |nationwide|partial(?:ly)?\s+mobili[sz]|national\s+mobili[sz]|overall|in\s+total
    |total\s+(?:losses|number)|so\s+far|decree|serving\s+(?:their|the)\s+(?:nation|country))""",
    re.IGNORECASE | re.VERBOSE,
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
#: Capitalised words after "at"/"on" that are not another target: a launcher, a month, a demonym.
_NOT_A_TARGET = re.compile(r"(?:[A-Z]{2,}|Jan\w*|New)\b|\w+['’]s\b|\w*(?:ian|ean|ese|ish)\b")


def place_pattern(places: list[str]) -> re.Pattern[str] | None:
    """Compile the event's place names into one pattern (None when there are none).

    >>> bool(place_pattern(["Makiivka", "Makeevka"]).search("a strike on Makeevka"))
    True
    """
    if not places:
        return None
    names = "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w-])", re.IGNORECASE)


#: "a third of the", "40% of the", "most of the": the figure after it is the base a part is
#: taken of, not the toll (conventions.parts_of_a_base).
PART_OF = re.compile(
    r"""(?<![\w-])(?:(?:a|one|two|three|four|nine)[-\s]+(?:half|halves|thirds?|quarters?|fifths?
    |sixths?|tenths?)|half|[0-9]+(?:\.[0-9]+)?\s*(?:%|percent|per\s*cent)|most|many|some|none
    |much|a\s+(?:majority|minority|fraction|portion|share|number|handful)|the\s+(?:majority|bulk
    |rest)|(?:one|two|three|[0-9]+)\s+(?:in|out\s+of)\s+(?:every\s+)?\w+)\s+(?:of\s+)?
    (?:the|its|their|those|these)\s+\Z""",
    re.IGNORECASE | re.VERBOSE,
)
#: The figure's own noun phrase ending in a participle: "3,000 troops killed", "the 400 killed".
OWN_PARTICIPLE = re.compile(
    r"\s+(?:(?!and\b|or\b)[\w-]+\s+){0,2}?(?:killed|dead|wounded|injured|missing|mobili[sz]ed|housed"
    r"|stationed)\b(?!\s+(?:by|in\s+action\s+by))",
    re.IGNORECASE,
)
_VERB_BETWEEN = re.compile(r"\b(?:were|was|are|is|have|has|had|will|would|could|may|might)\b", re.I)

_OF_WHICH = re.compile(r"\s+of\s+(?:which|them|whom|those|these)\b", re.IGNORECASE)


def _allowed(metric: str, unit: str | None) -> bool:
    """Tell whether a metric suits a unit (None fits any but compensation)."""
    if unit is None:
        return metric != "compensation"
    if unit == "people":
        return metric in PEOPLE_METRICS
    if unit == "rockets":
        return metric in ROCKET_METRICS
    return metric == "compensation"


def find_keywords(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Return the metric keywords of a sentence as (start, end, metric).

    >>> s = "400 soldiers were killed and another 300 were wounded"
    >>> [(s[a:b], m) for a, b, m in find_keywords(s, 0, len(s))]
    [('killed', 'killed'), ('wounded', 'wounded')]
    """
    return [(m.start(), m.end(), m.lastgroup) for m in KEYWORDS.finditer(text, start, end)]


def has_scope_cue(text: str, start: int, end: int, places: re.Pattern[str] | None = None) -> bool:
    """Tell whether text[start:end] says which event it is about (strike, war or another)."""
    cues = (WAR_CUES, STRIKE_CUES, OTHER_CUES, *([places] if places else []))
    return any(p.search(text, start, end) for p in cues)


def pick_metric(
    text: str, keywords: list[tuple[int, int, str]], span: tuple[int, int], unit: str | None,
    bounds: tuple[int, int],
) -> str:  # fmt: skip
    """Return the metric of the figure at span (see :func:`pick_keyword`).

    >>> s = "fire six rockets at 00:01 Moscow time on January 1st, two of which were shot down"
    >>> kw = find_keywords(s, 0, len(s))
    >>> pick_metric(s, kw, (5, 8), "rockets", (0, 53)), pick_metric(s, kw, (53, 56), None, (8, 81))
    ('rockets_fired', 'rockets_intercepted')
    """
    return pick_keyword(text, keywords, span, unit, bounds)[0]


def pick_keyword(
    text: str, keywords: list[tuple[int, int, str]], span: tuple[int, int], unit: str | None,
    bounds: tuple[int, int],
) -> tuple[str, tuple[int, int] | None]:  # fmt: skip
    """Return the metric of the figure at span and the keyword that decided it (or None).

    The nearest suitable keyword: first among the keywords between the neighbouring figures
    (bounds), then in the whole sentence; never across a clause boundary (comma, "while"…).
    """
    if unit in CURRENCIES:
        return "compensation", None
    start, end = span
    own = OWN_PARTICIPLE.match(text, end)
    if own and not _VERB_BETWEEN.search(text, end, own.end()):
        for a, b, metric in keywords:
            if b == own.end() and _allowed(metric, unit):
                return metric, (a, b)
    if is_base_of_part(text, start):
        return ("rockets_fired" if unit == "rockets" else "present"), None
    for bounded in (True, False):
        best, best_distance = None, None
        for a, b, metric in keywords:
            if bounded and (b <= bounds[0] or a >= bounds[1]):
                continue
            if (a < end and b > start) or not _allowed(metric, unit):
                continue
            gap = (start, b) if b <= start else (end, a)
            distance = gap[0] - gap[1] if b <= start else gap[1] - gap[0]
            distance += WEAK_PENALTY.get(metric, 0)
            if metric == "present" and distance > WEAK_REACH:
                continue
            if BOUNDARY.search(text, min(gap), max(gap)):
                continue
            if b <= start and BOUNDARY_BEFORE.search(text, b, start):
                continue
            if best_distance is None or distance < best_distance:
                best, best_distance = (metric, (a, b)), distance
        if best is not None:
            return best
    return ("rockets_fired" if unit == "rockets" else "other"), None


def is_base_of_part(text: str, start: int) -> bool:
    """Tell whether the figure at start is the base a part is taken of ("a third of the 900").

    >>> is_base_of_part("A third of the 900 conscripts were killed", 15)
    True
    >>> is_base_of_part("40% of the 600 soldiers", 11), is_base_of_part("two of the six", 11)
    (True, False)
    """
    return PART_OF.search(text, max(0, start - 40), start) is not None


def unit_for(metric: str, unit: str | None) -> str:
    """Return the ledger unit of a figure: its own, else the one its metric implies."""
    if unit is not None:
        return unit
    if metric in PEOPLE_METRICS:
        return "people"
    if metric in ROCKET_METRICS:
        return "rockets"
    return "other"


def counts_of_previous(text: str, end: int) -> bool:
    """Tell whether a figure is followed by "of which"/"of them" (so it counts the one before)."""
    return _OF_WHICH.match(text, end) is not None


def scope_cues(
    text: str, start: int, end: int, places: re.Pattern[str] | None = None
) -> dict[str, list[tuple[int, int]]]:
    """Return the spans of a sentence's war, strike, other-event and place cues, by kind."""
    patterns = {"war": WAR_CUES, "strike": STRIKE_CUES, "other": OTHER_CUES, "place": places}
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
) -> str:
    """Return strike, war or other: war-wide cues beat strike cues only when nearer the figure.

    *places* names the event's places (see :func:`place_pattern`): they count as
    strike cues, and rockets aimed at any other named place are another event. *cues* are
    the sentence's :func:`scope_cues`, when the caller keeps them for all its figures.

    >>> s = "Ukraine says it killed 760 Russian soldiers in the past day"
    >>> pick_scope(s, 23, 26, (0, len(s)), "killed")
    'war'
    >>> s = "a payout of 5 million roubles according to a decree"
    >>> pick_scope(s, 12, 29, (0, len(s)), "compensation")
    'war'
    """
    a, b = sentence
    cues = cues if cues is not None else scope_cues(text, a, b, places)

    def nearest(kind: str) -> int | None:
        gaps = [(start - y if y <= start else max(0, x - end)) for x, y in cues[kind]]
        return min(gaps) if gaps else None

    war, strike, elsewhere = nearest("war"), nearest("strike"), nearest("other")
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
    if metric in ("mobilized", "compensation"):
        return "strike" if strike is not None and (war is None or strike < war) else "war"
    if war is not None and (strike is None or war < strike):
        return "war"
    return "strike"
