"""Tell what a figure counts (its metric and unit) and whether it is about this strike or the war.

The metric comes from the nearest keyword in the figure's sentence, first between the
neighbouring figures ("400 soldiers were killed and another 300 were wounded"), then in the
whole sentence. A keyword suits the unit: rockets are fired, shot down or hit; people are
killed, wounded, missing, mobilized, present…; money is compensation.
"""

from __future__ import annotations

import re

from makiivka.extract.keywords import KEYWORDS
from makiivka.extract.labels import label_before

METRICS = ("killed", "wounded", "killed_or_wounded", "missing", "present", "rockets_fired",
           "rockets_intercepted", "rockets_hit", "mobilized", "compensation", "other")  # fmt: skip
CURRENCIES = frozenset({"RUB", "GBP", "USD", "EUR", "UAH"})
TOLL_METRICS = frozenset({"killed", "wounded", "killed_or_wounded", "missing"})
PEOPLE_METRICS = TOLL_METRICS | {"present", "mobilized", "displaced", "detained"}
#: Keywords of a people count no toll metric names ("52 were admitted to hospital", "three
#: pulled out of the rubble"): metric ``other``, unit people (the corpus conventions).
OTHER_PEOPLE = "other"
ROCKET_METRICS = frozenset({"rockets_fired", "rockets_intercepted", "rockets_hit"})
#: Extra distance (characters) a weak keyword counts as, so a casualty word nearby wins.
WEAK_PENALTY = {"present": 10, "mobilized": 15}
#: The farthest (characters, penalty included) "housed", "stationed"… may stand from a figure.
WEAK_REACH = 40
#: A keyword across a clause boundary belongs to another clause ("two were shot down, while …").
BOUNDARY = re.compile(r"[,;:()—–]|\s(?:while|but|whereas|although)\s")
#: A keyword before a figure and "and" belongs to the clause before ("died and 300 were wounded").
BOUNDARY_BEFORE = re.compile(r"\sand\s")
#: "… the toll from an explosion and fire to 245": an "and" joining two nouns of a cause
#: right before "to"/"at" and a figure (hedged: "to at least 245") keeps the keyword before.
HEDGE = r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost)\s+)?"
_NOUNS_TO = re.compile(rf"(?i)\s(?:(?:a|an|the)\s+)?[\w'’-]+\s+(?:to|at)\s+{HEDGE}\Z")


def _clause_before(text: str, b: int, start: int) -> bool:
    """Tell whether an "and" between a keyword (ending at *b*) and its figure starts another
    clause ("died and 300 were wounded"), not a second noun ("from a blast and fire to 245")."""
    found = [m.end() for m in BOUNDARY_BEFORE.finditer(text, b, start)]
    return bool(found) and not (len(found) == 1 and _NOUNS_TO.match(text, found[0] - 1, start))


#: Nouns that count people, beyond the parser's (:mod:`makiivka.text.quantities`): a figure
#: followed by one within two words counts people ("up to 30 militants", "11 patients").
PEOPLE_AFTER = re.compile(
    r"[^\S\n]+(?:[\w.-]+[^\S\n]+){0,3}?[\"“'‘]?(?:militants|patients|commanders|doctors|nurses|judges|staff"
    r"|members|prisoners|POWs|detainees|workers|students|pupils|passengers|shoppers"
    r"|traders|refugees|survivors|hostages|journalists|medics|rescuers|policemen|guards"
    r"|colleagues|martyrs|babies|infants|girls|boys|adults|pensioners|volunteers|insurgents"
    r"|rebels|separatists|combatants|militiamen|servicemembers|inmates|miners|employees"
    r"|escorts|crew|teenagers|males|females|male|female|bombers|attackers|gunmen|Marines"
    r"|nationals|citizens|foreigners|evacuees|migrants|tourists|worshippers|protesters"
    r"|troops|soldiers|civilians|people|personnel"  # past an abbreviation: "13 U.S. troops"
    r"|fighters|terrorists|jihadists|extremists|bandits|assailants|captives|abductees"
    r"|pilgrims|devotees|spectators|farmers|peasants|labou?rers|fishermen|villagers|residents"
    r"|names|families|households|businessmen|co-accused"  # "a list of 745 names"
    r"|[A-Z][a-z]+(?:ans|eans|ians|is|ese))\b",
    re.IGNORECASE,
)

#: Munitions beyond the parser's nouns: a figure followed by one within two words counts
#: munitions ("seven 2,000-pound bombs", "six artillery rounds").
ROCKETS_AFTER = re.compile(
    r"\s+(?:[\w,'’-]+\s+){0,2}?(?:bombs?|shells|rounds|mortars|grenades|warheads|munitions)\b",
    re.IGNORECASE,
)
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
    r"(?:,\s+not\s+(?:[\w.,-]+\s+){0,2}?[\w.-]+,)?"  # "dozens, not hundreds, killed"
    r"\s+(?:(?!and\b|or\b)[\w-]+\s+){0,2}?(?:killed|dead|wounded|injured|missing|mobili[sz]ed|housed"
    r"|stationed)\b(?!\s+(?:by|in\s+action\s+by))",
    re.IGNORECASE,
)
_VERB_BETWEEN = re.compile(r"\b(?:were|was|are|is|have|has|had|will|would|could|may|might)\b", re.I)

#: An appositive that names a part of the figure before it: ", two children among them,",
#: ", including young children,", ", six children and a pregnant woman among them,", ", most
#: of them women,", ", one of them a foreign citizen,": the verb after it is the figure's.
APPOSITIVE_PART = re.compile(
    r"[,(]\s*(?:(?:[\w'’-]+\s+){0,8}?(?:among\s+(?:them|whom|the\s+\w+)|included)"
    r"|(?:including|among\s+them|among\s+whom|mostly|(?:most|many|some|all|several|half|none"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds"
    r"|a\s+(?:third|quarter|few|majority|number)|[0-9]+)\s+of\s+"
    r"(?:them|whom))\s+(?:(?:[^,;:()\d]{1,40}?,\s+){1,3}?[^,;:()\d]{0,40}?\band\s[^,;:()\d]{1,40}?"
    r"|[^,;:()]{1,60}?))\s*[,)]"  # a list: ", mostly children, women and old people,"
    # a pair of plural nouns: "175 people, servicemen and civilians, have been killed" (blind
    # set 26)
    r"|,\s*(?:both\s+)?[a-z]+(?:s|men|ren)\s+and\s+[a-z]+(?:s|men|ren)(?:\s+alike)?\s*,"
)
#: Keywords that name a metric only for munitions ("destroyed 21 of 23 missiles").
_ROCKETS_ONLY = re.compile(r"destroyed|neutrali[sz]ed", re.IGNORECASE)
#: ... except "neutralised" of people, an army's word for those it killed ("203 terrorist
#: fighters neutralised" is the army's own toll, the blind sets' judgement call on army wording).
_KILLED_OF_PEOPLE = re.compile(r"neutrali[sz]ed", re.IGNORECASE)
#: "struck the town with four rockets", "attacked with two missiles": munitions an attack was
#: made with were launched, whatever they hit (the corpus conventions: launched munitions are
#: rockets_fired).
_INSTRUMENT = re.compile(r"(?<![\w-])(?<!along\s)(?<!together\s)with\s+\Z", re.IGNORECASE)
#: A relative clause after a figure describes its noun; the verb of the count comes later.
_RELATIVE = re.compile(r"\b(?:who|which|that)\b", re.IGNORECASE)


def suits(metric: str, unit: str | None) -> bool:
    """Tell whether a metric suits a unit (None fits any but compensation)."""
    if unit is None:
        return metric != "compensation"
    if unit == "people":
        return metric in PEOPLE_METRICS or metric == OTHER_PEOPLE
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
    if _SEARCHERS.match(text, span[1]):
        return "other", None  # "hundreds of relatives searched hospitals for the missing"
    found = _nearest_keyword(text, keywords, span, unit, bounds)
    alive = found[0] == "missing" and found[1] and _found_alive(text, found[1][1])
    if alive:  # "Eight people reported missing … have been found alive" (round 23's new user)
        return "other", alive
    return found


def _nearest_keyword(
    text: str, keywords: list[tuple[int, int, str]], span: tuple[int, int], unit: str | None,
    bounds: tuple[int, int],
) -> tuple[str, tuple[int, int] | None]:  # fmt: skip
    if unit in CURRENCIES:
        # Money is a figure only as a payout ("a payout of 5 million roubles"); an appeal, a
        # budget or a cost is not (metric other, which is no row).
        paid = any(metric == "compensation" for _, _, metric in keywords)
        return ("compensation" if paid else "other"), None
    start, end = span
    own = OWN_PARTICIPLE.match(text, end)
    if own is None and _CONTRAST_BEFORE.search(text, max(0, start - 6), start):
        own = OWN_PARTICIPLE.match(text, end + 1) if text.startswith(",", end) else None
    if own and not _VERB_BETWEEN.search(text, end, own.end()):
        for a, b, metric in keywords:
            if b == own.end() and suits(metric, unit):
                return metric, (a, b)
    if unit == "rockets" and _INSTRUMENT.search(text, max(0, start - 6), start):
        return "rockets_fired", None  # "struck the town with four rockets": what was launched
    none_of = _NONE_OF.search(text, max(0, start - 16), start)
    if unit in (None, "people") and none_of and _SURVIVED.match(text, end):
        return "killed", None  # "none of the 131 people on board survived": all died
    if is_base_of_part(text, start):
        return ("rockets_fired" if unit == "rockets" else "present"), None
    restated = _restated(text, keywords, span, unit)
    if restated is not None:
        return restated
    label = label_before(text, start)  # "Confirmed deaths: 157": a keyword in it may reach
    for bounded in (True, False):
        best, best_distance = None, None
        for a, b, metric in keywords:
            if bounded and (b <= bounds[0] or a >= bounds[1]):
                continue
            if unit != "rockets" and _ROCKETS_ONLY.fullmatch(text, a, b):
                if unit != "people" or not _KILLED_OF_PEOPLE.fullmatch(text, a, b):
                    continue
                metric = "killed"
            if (a < end and b > start) or not suits(metric, unit):
                continue
            gap = (start, b) if b <= start else (end, a)
            distance = gap[0] - gap[1] if b <= start else gap[1] - gap[0]
            distance += WEAK_PENALTY.get(metric, 0)
            if (
                metric == "present"
                and a > end
                and (_RELATIVE.search(text, end, a) or _REDUCED.search(text, end, a))
            ):  # "who had been inside …", "believed to have been in the building, remain …"
                distance += WEAK_REACH
            if metric == "present" and distance > WEAK_REACH:
                continue
            in_label = label is not None and b <= start and label[0] <= a and b <= label[1]
            if _crosses_clause(text, min(gap), max(gap)) and not in_label:
                continue
            if b <= start and _clause_before(text, b, start):
                continue
            if best_distance is None or distance < best_distance:
                best, best_distance = (metric, (a, b)), distance
        if best is not None and best[0] == "detained" and best[1][0] > end:
            best = _main_verb(text, keywords, span, best)  # "78 men arrested … suffocated"
        if best is not None:
            return best
    return ("rockets_fired" if unit == "rockets" else "other"), None


#: The people who search, not the missing they search for (round 23's new user).
_SEARCHERS = re.compile(
    r"[^\S\n]+(?:of[^\S\n]+)?(?:[\w-]+[^\S\n]+)?(?:relatives|families|rescuers|volunteers|soldiers"
    r"|divers|residents|people)[^\S\n]+(?:(?:are|were|still|have|had|been)[^\S\n]+){0,2}"
    r"(?:searched|searching"
    r"|combed|combing|scoured|scouring|looked|looking)\b",
    re.IGNORECASE,
)
#: People found since they were counted missing: "have been found alive", "traced alive".
_ALIVE = re.compile(
    r"[^,;:.!?()]{0,80}?\b(?:found|traced|located|turned\s+up|rescued|reunited)\s+(?:\w+\s+)?"
    r"(?:alive|safe)\b",
    re.IGNORECASE,
)


def _found_alive(text: str, after: int) -> tuple[int, int] | None:
    """Return the span of "found alive" right after a missing keyword, in its clause."""
    m = _ALIVE.match(text, after)
    return (m.end() - len(m[0].split()[-1]), m.end()) if m else None


def _main_verb(
    text: str, keywords: list[tuple[int, int, str]], span: tuple[int, int],
    best: tuple[str, tuple[int, int]],
) -> tuple[str, tuple[int, int]]:  # fmt: skip
    """Return the toll keyword of a figure's own verb past a participle that only describes
    its noun: "Seventy-eight men arrested at a protest suffocated", "three men detained that
    day were never found" (blind set 24) count the dead and the missing, not the detained."""
    a, b = best[1]
    if _VERB_BETWEEN.search(text, span[1], a) or len(text[span[1] : a].split()) > 3:
        return best  # "… were arrested": the figure's own verb
    for c, d, metric in keywords:
        if c > b and metric in TOLL_METRICS and not _crosses_clause(text, b, c):
            return metric, (c, d)
    return best


_CONTRAST_BEFORE = re.compile(r",\s+not\s+\Z", re.I)  # "dozens, not hundreds, killed"
#: A reduced relative clause before a presence word: "36 civilians believed to have been in".
_REDUCED = re.compile(r"\b(?:believed|thought|feared|said|known|reported)\s+to\s*\Z")
#: "none of the 131 people on board survived": the figure counts the dead.
_NONE_OF = re.compile(r"(?<![\w-])none\s+of\s+(?:the|those|its|their)\s+\Z", re.IGNORECASE)
_SURVIVED = re.compile(
    r"(?:\s+(?!and\b|but\b)[\w'’-]+){0,5}?\s+(?:(?:had|have|has)\s+)?(?:survived|lived)\b", re.I
)
#: A dash right before a figure: "killed far more people than thought — close to 600 …".
_DASH_BEFORE = re.compile(r"[—–]\s*\Z")


def _restated(
    text: str, keywords: list[tuple[int, int, str]], span: tuple[int, int], unit: str | None
) -> tuple[str, tuple[int, int]] | None:
    """Return the toll keyword a figure after a dash restates, or None.

    "The strike killed far more people than thought — close to 600 inside the building": the
    figure after the dash restates the count of the clause before it, unless its own clause has
    a keyword of its own ("Four were killed — 12 were injured"; "inside" is only where).

    >>> s = "The strike killed far more people than thought — close to 600 inside the building"
    >>> _restated(s, find_keywords(s, 0, len(s)), (49, 61), None)
    ('killed', (11, 17))
    """
    start, end = span
    dash = _DASH_BEFORE.search(text, max(0, start - 3), start)
    if dash is None:
        return None
    stop = BOUNDARY.search(text, end)
    stop_at = stop.start() if stop else len(text)
    if any(end <= a < stop_at and m != "present" for a, _, m in keywords):
        return None  # a verb of its own ("— 12 were injured", "— 12 others were hospitalised")
    for a, b, metric in reversed(keywords):
        if b > dash.start() or metric not in TOLL_METRICS or not suits(metric, unit):
            continue
        return None if _crosses_clause(text, b, dash.start()) else (metric, (a, b))
    return None


def _crosses_clause(text: str, a: int, b: int) -> bool:
    """Tell whether text[a:b] crosses a clause boundary, reading past an appositive part
    ("At least 21 people, two children among them, have been killed")."""
    if not BOUNDARY.search(text, a, b) or _NOUN_LIST.fullmatch(text, a, b):
        return False  # "228 civilians, 170 servicemen and 14 police officers were killed"
    read = APPOSITIVE_PART.sub(_blank, text[a:b])
    # "115 got off, most of them by lifeboat, and 17 of those were injured": the verb after
    # another figure's "and" is that figure's (blind set 13)
    return BOUNDARY.search(read) is not None or _AND_FIGURE.search(read) is not None


_WORD = (
    r"(?!(?:were|was|are|is|had|have|has|been|and|or|of|to|in|on|at|off|by|for|with|from|those"
    r"|them|these|whom|which|who|that)\b)[a-z][\w-]*"
)
_NP = rf"(?:\s+{_WORD}){{0,2}}\s+[a-z][\w-]*(?:s|men|ren|people|police|personnel|staff|crew)\b"
#: A list of counted nouns sharing the verb after its last item (blind set 26).
_NOUN_LIST = re.compile(
    rf"{_NP}(?:\s*,\s*(?:\d[\d,]*|[a-z]+){_NP})*\s*,?\s+and\s+(?:\d[\d,]*|[a-z]+){_NP}\s+"
    r"(?:were|was|are|(?:have|has|had)\s+been)\s+"
)
_AND_FIGURE = re.compile(r"\band\s+(?:some\s+|about\s+|at\s+least\s+)?\d")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m[0])


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
