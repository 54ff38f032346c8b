"""Tell what a figure counts (its metric and unit) and whether it is about this strike or the war.

The metric comes from the nearest keyword in the figure's sentence, first looking only
between the neighbouring figures ("400 soldiers were killed and another 300 were wounded"),
then in the whole sentence. A keyword must suit the unit: rockets are fired, shot down or
hit; people are killed, wounded, missing, mobilized or present; money is compensation.
"""

from __future__ import annotations

import re

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
_PEOPLE_NOUN = (
    r"(?:\w+\s+)?(?:soldiers|troops|men|reservists|recruits|servicemen|personnel|conscripts"
    r"|fighters|people)"
)
#: "displaced Palestinians", "displaced people": an adjective, not the verb of a count (the
#: capital matched case-sensitively inside the case-blind KEYWORDS: "displaced in X" counts).
_DISPLACED = (
    r"displaced(?!\s+(?:(?-i:[A-Z])\w*|people|persons|families|civilians|residents|children)\b)"
    # … unless right after the figure ("1,850 displaced people"); homes lost, shelters (user 20)
    r"|(?<=[0-9]\s)displaced(?=\s+(?:people|persons|residents|civilians)\b)"
    r"|lost\s+their\s+homes|into\s+(?:temporary\s+)?shelters"
    r"|(?:staying|sheltering|housed|living|sleeping|slept|remain(?:s|ed)?)\s+in\s+(?:[\w-]+\s+)?"
    r"(?:evacuation\s+cent(?:re|er)s|shelters|relief\s+camps|tents)"  # "sleeping in six shelters"
)
#: "were believed to be inside", "thought to be still under the rubble": people whose fate is
#: unknown, missing; known presence ("300 were inside") is not (metric present).
_FEARED_INSIDE = (
    r"(?:believed|thought|feared|presumed)\s+to\s+(?:still\s+)?(?:be|have\s+been)\s+(?:still\s+)?"
    r"(?:inside|under|in\s+the\s+(?:rubble|debris|ruins|wreckage))"
)
#: "fire" launches only as a verb with munitions or a count after it ("fire six rockets");
#: "the town fire", "missile fire", "on fire", "came under fire" are the noun, no launch.
_FIRE_VERB = (
    r"fire(?=\s+(?:[0-9]|(?:[\w,.'’-]+\s+){0,3}?(?:rockets?|missiles?|drones?|shells?|bombs?"
    r"|projectiles?|munitions?|rounds|salvos?|volleys?|grenades?|mortars?)\b))"
)
_UNDER_ASH = r"\s+(?:alive\s+)?(?:under|beneath)\s+(?:the\s+)?(?:ash|mud|lava|snow|sand|debris)\b"
KEYWORDS = re.compile(
    rf"""(?<![\w-])(?:
    (?P<killed_or_wounded>(?:killed|dead)\s+(?:and|or|&)\s+(?:wounded|injured)
       |(?:wounded|injured)\s+(?:and|or)\s+(?:killed|dead)|casualt(?:y|ies)|killed\s+or\s+maimed
       |losses|(?:lost|lose|losing)(?!\s+(?:(?:their|his|her|its)\s+)?(?:lives|homes)))
    |(?P<killed>missing,?\s+(?:and\s+)?(?:to\s+be\s+)?(?:presumed|believed|declared)\s+dead
       |went\s+missing\s+(?:[\w'’-]+\s+){{0,6}}?(?:would|will|to)\s+be\s+(?:presumed|declared)\s+dead
       |(?:lost|lose|losing)\s+(?:(?:their|his|her|its)\s+)?lives|death\s+toll|toll|killed|killing|kills?|dead|deaths?|died|dying|dies|die
       |lives|fatalit(?:y|ies)|perish(?:ed|es|ing)?|deceased|succumb(?:ed|s|ing)?|bodies(?!\s+(?:had\s+been\s+|were\s+|have\s+been\s+)?
       (?:identified|found|delivered|brought|carried))|slain|murder(?:ed|s|ing)?|eliminated|liquidated|massacre[sd]?
       |massacring|slaughtered|victims?(?!\s+(?:[\w-]+\s+){{0,2}}?(?:treated|taken|hospitali[sz]ed|looked\s+after
       |injured|wounded|hurt|rescued|admitted|survived|recovering|receiving))|(?:had\s+been\s+|were\s+)?buried(?!{_UNDER_ASH})|remains\s+of|exhumed|martyr(?:s|ed)?
       |(?:summarily\s+)?execut(?:ed|ing|ions?)(?!\s+(?:(?:a|an|the|its|their|his|her|this|that)
       \s+)?(?:[\w-]+\s+)?(?:plans?|orders?|operations?|missions?|strateg(?:y|ies)|commands?|tasks?
       |warrants?|agreements?|contracts?|deals?|programm?es?|projects?|polic(?:y|ies))\b))
    |(?P<wounded>(?:were|was|(?:have|has|had)\s+been)\s+(?:seriously|severely|critically|badly)
       \s+(?:injured|wounded|hurt)|wounded|wounding|wounds?|injured|injur(?:y|ies)|injur(?:es?|ing)|hurts?
       |(?:hospitali[sz]ed|(?:taken|admitted|rushed|brought)\s+to\s+(?:a\s+|the\s+)?hospitals?)
       \s+with\s+(?:injuries|wounds|burns)|treated\s+for\s+(?:injuries|wounds
       |burns)|(?:sought|seeking|received|receiving|getting|got|needed|needing|required
       |requiring)\s+(?:medical\s+)?(?:help|treatment|care|attention|aid)
       |turned\s+to\s+doctors|(?:displaying|showing|suffering(?:\s+from)?|with)\s+(?:[\w-]+\s+){{0,2}}?
       symptoms)
    |(?P<missing>(?:feared|believed|thought|presumed|probably(?:\s+also)?|possibly|may\s+(?:still\s+)?be
       |might\s+be|could\s+(?:still\s+)?be|remain(?:ed|s)?|still|(?:are|were|is|was)\s+still)\s+buried
       |disappear(?:ed|ance|ances)|forcibly\s+disappeared|vanished
       |missing|unaccounted|trapped|{_FEARED_INSIDE}|search(?:ing|ed)?\s+(?:[\w-]+\s+){{0,3}}?for
       |(?:still|were|are|was|is)\s+looking\s+for(?![^.;,]{{0,30}}?\b(?:suspects?|attackers?|gunmen
       |assailants|perpetrators|culprits|killers?|shooters?)\b)
       |(?:could|can)\s*not\s+be\s+(?:reached|contacted|located|found|accounted\s+for)
       |unreachable|(?:out\s+of|lost)\s+(?:contact|touch)|(?:still\s+)?under\s+the\s+rubble
       |still\s+(?:trapped\s+)?underground|not\s+been\s+accounted\s+for
       |whereabouts|fates?(?=\s+of\s)|(?:yet|still)\s+to\s+be\s+(?:traced|found|located)
       |(?<=who\s)never\s+(?:came|come|returned|got)\s+(?:home|back)|buried{_UNDER_ASH}  # set 18
       |(?:had|have|has)\s+(?:still\s+)?not\s+(?:yet\s+)?been\s+(?:found|located|traced)
       |untraced|contact\s+(?:has\s+been\s+|was\s+)?lost|unable\s+to\s+(?:contact|reach|trace)
       |never\s+(?:been\s+)?(?:found|recovered|traced|located|seen\s+again)(?!\s+(?:guilty|liable))
       |(?<=whose\s)families\s+(?:cannot|can't|could\s+not|have\s+not|haven't)\s+(?:reach|heard)
       |(?:have|has|had)\s*(?:not|n't)\s+(?:(?:yet\s+)?(?:called|come|returned|gone)\s+(?:home|back)
       |been\s+heard\s+from))  # "312 men have not called home" (round 22's new user)
    |(?P<rockets_intercepted>shot\s+down|intercepted|downed|intercept(?:s|ing)?
       |brought\s+down|(?:destroyed|neutrali[sz]ed)(?:\s+by\s+air\s+defen[cs]es?)?)
    |(?P<rockets_fired>fired|{_FIRE_VERB}|firing|launched|launch(?:es|ing)?|salvos?|volleys?|dropped
       |dropping|drops?(?=\s+(?:[0-9]|(?:[\w,.'’-]+\s+){{0,3}}?bombs?\b))
       |fell\s+from|released)
    |(?P<rockets_hit>hit|hits|struck|reached\s+(?:the|their)\s+targets?|landed|impacts
       |(?:fell|came\s+down|crashed)\s+(?:on|onto|in|into|near|next\s+to|at|beside)
       |slammed\s+into|took\s+(?:\w+\s+)?hits|(?<=missiles\s)strike|(?<=rockets\s)strike
       |(?<=bombs\s)strike|(?<=drones\s)strike)
    |(?P<mobilized>mobili[sz](?:e|es|ing|ation)|(?<![0-9]\s)mobili[sz]ed(?!\s+{_PEOPLE_NOUN})
       |called\s+up|call\s+up|calling\s+up|conscripted|drafted)
    |(?P<compensation>payouts?|compensation|payments?|paid|pay|bonus(?:es)?|receiv(?:e|es|ed|ing)
       |get|gets|getting|awarded|granted|entitled|payable|allowances?)
    |(?P<detained>detained|arrested|abducted|captured(?!\s+[A-Za-z])|taken\s+(?:prisoner|hostage
       |captive)|held\s+(?:captive|hostage)|in\s+custody)
    |(?P<displaced>{_DISPLACED}|fled(?!\s+(?:the\s+)?(?:scene|attackers?|gunmen|police))
       |forced\s+(?:to\s+flee|from\s+their\s+homes)|left\s+their\s+homes|homeless
       |(?:from|out\s+of)\s+their\s+homes
       |(?:had\s+)?left\s+(?:the|their)\s+(?:town|city|village|area|district)(?=\s*[.,;]|\s+for\s))
    |(?P<other>hospitali[sz](?:ed|ation)|(?:taken|admitted|rushed|brought|sent|delivered)\s+to
       \s+(?:a\s+|the\s+)?(?:hospitals?|morgue)|(?<!deaths\s)(?<!died\s)in\s+(?:a\s+|the\s+)?hospitals?
       |(?:being\s+)?treated\s+(?:in|at)\s+(?:a\s+|the\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:hospitals?
       |clinics?)|(?:in\s+(?:a\s+)?)?(?:serious|critical|grave
       |stable)\s+(?:condition|care)|intensive\s+care|(?:serious|severe)(?:ly)?\s+(?:injuries
       |injured|wounded|wounds|hurt)|pulled\s+(?:out|alive|from)|rescued|survived
       |evacuated|identified(?!\s+(?:people|persons|victims|dead|bodies|civilians))|bodies\s+(?:had\s+been\s+|were\s+|have\s+been\s+)?(?:found
       |delivered|brought|carried)|carried\s+(?:\w+\s+)?bodies|psychological\s+(?:help|aid
       |support)|took\s+refuge|taken\s+refuge|thought\s+to\s+remain)
    |(?P<present>housed|housing|stationed|quartered|billeted|based(?!\s+on)|were\s+inside
       |shelter(?:ing|ed|s)?|waiting|gathered|held\s+(?:in|at)|inside\s+the
       |(?:had\s+been|were)\s+(?:at|in)\s+the|(?:had\s+been|were|was)\s+inside
       |(?:have|has)\s+been\s+(?:inside|in\s+the)))(?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
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
_OF_WHICH = re.compile(r"\s+of\s+(?:which|them|whom|those|these)\b", re.IGNORECASE)


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
        if best is not None:
            return best
    return ("rockets_fired" if unit == "rockets" else "other"), None


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
    if not BOUNDARY.search(text, a, b):
        return False
    read = APPOSITIVE_PART.sub(_blank, text[a:b])
    # "115 got off, most of them by lifeboat, and 17 of those were injured": the verb after
    # another figure's "and" is that figure's (blind set 13)
    return BOUNDARY.search(read) is not None or _AND_FIGURE.search(read) is not None


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


def counts_of_previous(text: str, end: int) -> bool:
    """Tell whether a figure is followed by "of which"/"of them" (so it counts the one before)."""
    return _OF_WHICH.match(text, end) is not None
