"""Settle what a figure counts from the rest of its sentence and article (the corpus conventions).

- "The number of dead from the attack on …, a city in …, has climbed to 28": a figure after
  "rose/climbed/reached (to)" counts what the sentence's subject counts, across commas.
- "17 casualties, all getting medical help": casualties are the wounded where the same
  sentence speaks only of injuries or treatment (else killed_or_wounded).
- "carrying 65 prisoners", "six crew members and three escorts" are killed only where the
  article says no one aboard survived; otherwise they count people on board (``other``).
- "three children among them", "18 of them seriously", "including 13 troops": a part of a
  toll given beside it is ``other`` (it is not a claimant's total for the category).
- "one more person has died": an increment is ``other``; "dozens more injured" is a toll.
- "The toll … was 16, and it rose to 34. It reached 64 in December", "the state government
  later put it at 132": "it" is the toll of the sentence before or of its own.

The source of these conventions is the development corpus's labelling rules
(tests/fixtures/corpus/README.md, "metric").
"""

from __future__ import annotations

import re

from makiivka.extract.metrics import HEDGE, TOLL_METRICS, find_keywords

#: "has climbed to", "rose to", "reached", "now stands at": the figure is the subject's count.
RISEN_TO = re.compile(
    r"(?<![\w-])(?:(?:has|have|had)\s+)?(?:risen|rose|rises|climbed|climbs|increased|increases"
    r"|grew|grown|jumped|reached|reaches|stands|stood|passed|topped|now|exceeded|exceeds"
    r"|(?:might|may|could|would|will|to)\s+(?:reach|rise|climb|exceed|surpass|top))"
    r"\s+(?:(?:to|at)\s+)?\Z",
    re.IGNORECASE,
)
_CARE = re.compile(
    r"(?<![\w-])(?:injured|wounded|hurt|injuries|wounds|medical\s+(?:help|care|attention|aid)"
    r"|treatment|treated|hospital\w*)(?![\w-])",
    re.IGNORECASE,
)
_DEATH = re.compile(
    r"(?<![\w-])(?:killed|dead|died|deaths?|death\s+toll|fatalit\w+|perished|drowned|lives)(?![\w-])",
    re.IGNORECASE,
)
#: An article's word that everyone aboard died: "no one aboard survived", "all on board had
#: been killed", "None of them survived", "there were no survivors".
ABOARD_DIED = re.compile(
    r"""(?<![\w-])(?:(?:no\s+one|nobody|none)\s+(?:(?:of\s+(?:them|those)\s+)?(?:on\s+board
    |aboard)\s+|of\s+them\s+|of\s+those\s+\w+\s+)?survived|(?:there\s+were\s+)?no\s+survivors
    |all\s+(?:of\s+)?(?:those\s+|the\s+\w+\s+|[0-9]+\s+(?:people\s+)?)?(?:on\s+board|aboard)
    \s+(?:were\s+|had\s+been\s+|have\s+been\s+)?(?:killed|dead|died)
    |all\s+of\s+them\s+(?:were\s+killed|died|perished)|killing\s+(?:all|everyone)
    \s+(?:on\s+board|aboard))""",
    re.IGNORECASE | re.VERBOSE,
)
#: Words that make a sentence's figures counts of people aboard.
ABOARD = re.compile(
    r"(?<![\w-])(?:aboard|on\s+board|carrying|carried|passengers|crew|escort\w*|flying"
    r"|transporting)(?![\w-])",
    re.IGNORECASE,
)
#: "one more person has died", "two more bodies": an increment of the count.
INCREMENT = re.compile(r"\s+(?:more|further|additional)\b", re.IGNORECASE)


def subject_metric(
    text: str, sentence_start: int, start: int, keywords: list[tuple[int, int, str]],
    allowed,
) -> tuple[str, tuple[int, int]] | None:  # fmt: skip
    """Return the metric of the sentence's subject for "<subject> … has climbed to N".

    *allowed* tells whether a metric suits the figure's unit.

    >>> s = "The number of dead from an attack on a bakery, a city in the east, has climbed to 28"
    >>> from makiivka.extract.metrics import find_keywords
    >>> subject_metric(s, 0, s.index("28"), find_keywords(s, 0, len(s)), lambda m: True)
    ('killed', (14, 18))
    """
    if not RISEN_TO.search(text, max(sentence_start, start - 40), start):
        return None
    # "… rose to 76, and the list of people unaccounted for grew to 1,276" (blind set 19):
    # the subject of the figure's own clause
    clause = _own_clause(text, sentence_start, start)
    for a, b, metric in keywords:
        if a >= start:
            break
        if a >= clause and metric in TOLL_METRICS and allowed(metric):
            return metric, (a, b)
    return None


_NEW_CLAUSE = re.compile(r";\s|,\s+(?:and|but|while|whereas)\s")


def _own_clause(text: str, sentence_start: int, start: int) -> int:
    """Return where the clause of the figure at *start* opens: after the last ", and …" or
    ";" of its sentence before it, else at the sentence's start."""
    joins = list(_NEW_CLAUSE.finditer(text, sentence_start, start))
    return joins[-1].end() if joins else sentence_start


#: The subject of a running total: "the number of deaths caused by …", "the toll of …", or a
#: bare toll ("The toll, which stood at 116 …, rose to 121 as five of the injured died": the
#: toll is the dead, whatever keyword of another clause stands nearer the figure).
_TOTAL_OF = re.compile(
    r"(?<![\w-])(?:(?:number|toll|tally|count|total)\s+of\b|(?P<toll>toll)(?![\w-]))",
    re.IGNORECASE,
)
#: A running total's verb that moves it either way ("dropped to 97", "was revised down to 97").
#: Also with an adverb and a comma ("has fallen sharply, to 31") and the earlier figure of the
#: change ("to 31, down from 66": the same subject's count a week before).
CHANGED_TO = re.compile(
    r"(?<![\w-])(?:(?:has|have|had|was|were|been)\s+)*(?:fell|fallen|falls|dropped|drops"
    r"|declined|decreased|lowered|raised|corrected|revised(?:\s+(?:down|up)(?:wards?)?)?"
    r"|risen|rose|climbed|increased|grown|grew|jumped)(?:\s+[a-z]+ly)?,?"
    r"\s+(?:to|at)\s+\Z|(?<![\w-])(?:down|up)\s+from\s+\Z",
    re.IGNORECASE,
)


def total_subject(
    text: str, sentence_start: int, start: int, keywords: list[tuple[int, int, str]],
    allowed,
) -> tuple[str, tuple[int, int]] | None:  # fmt: skip
    """Return the metric of "the number of <X> … has risen to N": the first casualty word
    after the last "number of" before the figure, over any verb of a clause between ("the
    number of deaths caused by the quake that struck … has risen to 1,262" counts deaths).

    >>> s = "The number of deaths caused by the flood that struck the town has risen to 1,262"
    >>> from makiivka.extract.metrics import find_keywords
    >>> total_subject(s, 0, s.index("1,262"), find_keywords(s, 0, len(s)), lambda m: True)
    ('killed', (14, 20))
    """
    floor = max(sentence_start, start - 40)
    if not (RISEN_TO.search(text, floor, start) or CHANGED_TO.search(text, floor, start)):
        return None
    subjects = list(_TOTAL_OF.finditer(text, _own_clause(text, sentence_start, start), start))
    if not subjects:
        return None
    head = subjects[-1].end()
    for a, b, metric in keywords:
        if head <= a < start and metric in TOLL_METRICS:
            return (metric, (a, b)) if allowed(metric) else None
    if subjects[-1]["toll"] is None:
        return None
    # A bare toll counts the dead unless a casualty word names it ("injury toll").
    toll = subjects[-1].start()
    before = [k for k in keywords if k[1] <= toll and not text[k[1] : toll].strip()]
    metric, span = (before[-1][2], before[-1][:2]) if before else ("killed", subjects[-1].span())
    return (metric, span) if allowed(metric) else None


def resolve_casualties(text: str, sentence: tuple[int, int], keyword: tuple[int, int]) -> str:
    """Return wounded when a sentence that counts casualties speaks only of injury or care.

    >>> s = "17 casualties, all getting medical help."
    >>> resolve_casualties(s, (0, len(s)), (3, 13))
    'wounded'
    """
    a, b = sentence
    care = any(
        not (k.start() < keyword[1] and keyword[0] < k.end()) for k in _CARE.finditer(text, a, b)
    )
    return "wounded" if care and not _DEATH.search(text, a, b) else "killed_or_wounded"


def everyone_aboard_died(text: str) -> bool:
    """Tell whether an article says no one aboard survived."""
    return ABOARD_DIED.search(text) is not None


def counts_aboard(text: str, start: int, end: int) -> bool:
    """Tell whether a sentence counts people aboard (a crew, passengers, escorts)."""
    return ABOARD.search(text, start, end) is not None


def is_increment(text: str, end: int, metric: str) -> bool:
    """Tell whether a death figure is an increment ("one more person has died").

    "1,052 more deaths than usual", "14,802 more people than would normally have died" count
    excess deaths against a baseline (blind sets 6 and 10): a toll, not an increment.
    """
    if metric != "killed" or INCREMENT.match(text, end) is None:
        return False
    return _THAN_BASELINE.match(text, end) is None


#: "more deaths than usual", "more people in France than would normally have died".
_THAN_BASELINE = re.compile(
    r"\s+more\s+(?:[\w'’-]+\s+){0,16}?than\s+(?:usual|normal|expected|would\s+(?:normally\s+)?"
    r"(?:be\s+expected|have\s+(?:been\s+expected|died))"
    # "733 more people died in the city in the week of July 14 to 20 than in an ordinary week"
    r"|in\s+(?:a|an)\s+(?:normal|average|typical|ordinary))",
    re.IGNORECASE,
)


#: "…, bringing the national total to 158", "taking the tally to 40": a running total the
#: clause before adds to.
_BRINGING_TOTAL = re.compile(
    r"(?<![\w-])(?:bringing|taking|raising|pushing|lifting|putting)\s+(?:the|its|their)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:total|tally|count|number|figure)\s+(?:to|at)\s+{HEDGE}\Z",
    re.IGNORECASE,
)


def brought_total(
    text: str, sentence_start: int, start: int, keywords: list[tuple[int, int, str]],
    allowed,
) -> tuple[str, tuple[int, int]] | None:  # fmt: skip
    """Return the metric of "…, bringing the total to N": the last casualty word before it in
    its sentence ("Two more people have died …, bringing the national total to 158" counts
    the dead).

    >>> s = "Two more people died in the east, bringing the national total to 158"
    >>> from makiivka.extract.metrics import find_keywords
    >>> brought_total(s, 0, s.index("158"), find_keywords(s, 0, len(s)), lambda m: True)
    ('killed', (16, 20))
    """
    opening = _BRINGING_TOTAL.search(text, max(sentence_start, start - 60), start)
    if opening is None:
        return None
    for a, b, metric in reversed(keywords):
        if a < opening.start() and metric in TOLL_METRICS:
            return (metric, (a, b)) if allowed(metric) else None
    return None


#: "it rose to 34", "It reached 64 in December", "later put it at 132", "revised it to 41": "it"
#: is a toll; so is
#: a bare "figure of 112" after a sentence that names the toll.
_IT_TOLL = re.compile(
    r"(?:(?<![\w-])(?:[Ii]t|[Tt]hat\s+figure)\s+(?:later\s+|then\s+|had\s+|has\s+|now\s+)?"
    r"(?:risen|rose|rises|climbed|reached|reaches|stood|stands|stayed|jumped|fell|dropped|hit"
    r"|was\s+(?:raised|revised|put|lowered|corrected)|r(?:uns|an|un)\s+into)"
    r"|(?<![\w-])(?:put|raised|revised|lowered|corrected|increased|updated)\s+it)"
    r"\s+(?:(?:to|at)\s+)?\Z"
    # "The Interior Ministry's figure of 112 was disputed": the toll named just before
    r"|(?<![\w-])(?:figure|tally|count|estimate)\s+of\s+\Z"
    # "the IDF spoke of about 52", "were speaking on Sunday of 'at least 150'", "closer to
    # 2,000, not the 10,000 given by …" (blind set 16): the toll of the sentence
    r"|(?<![\w-])(?:spoke|speaks?|spoken|speaking)(?:\s+on\s+\w+)?\s+(?:only\s+)?of\s+[\"“]?\Z"
    r"|[,\"”]\s+not\s+the\s+\Z"
    # "has put the number at 926", "The count from the home ministry an hour ago was 970"
    r"|(?<![\w-])put\s+(?:the|its|their|his|her|that|this)\s+(?:number|figure|count|tally|total)"
    r"\s+at\s+\Z"
    # "INDECI's count had reached 31" (round 18's new user)
    r"|(?<![\w-])(?:number|figure|count|tally|total)\s+(?:had\s+|has\s+|later\s+|then\s+)?"
    r"(?:reached|(?:risen|rose|climbed|grown|grew)\s+to|hit)\s+\Z"
    # "a figure his office later raised to 521" (blind set 13)
    r"|(?<![\w-])(?:figure|tally|count|estimate)\s+(?:[\w'’-]+\s+){0,3}?(?:raised|revised"
    r"|lowered|corrected|increased|updated)\s+(?:to|at)\s+\Z"
    r"|(?<![\w-])(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:[\w-]+\s+){0,2}?[\w-]+(?:['’]s?)?\s+)?"
    r"(?:number|figure|count|tally|total)"
    r"\b[^.;\d]{0,45}?"
    r"\s(?:was|is|stood|stands)\s+(?:at\s+)?\Z"
)


#: "The figure has risen every day since Monday: 150 on Monday night, 228 on Tuesday, 260 on
#: Wednesday" (blind set 25): each step of a running toll after the colon is that toll.
RISING_LIST = re.compile(
    r"(?i)(?<![\w-])(?:the\s+)?(?:[\w-]+\s+)?(?:figure|toll|count|tally|it)(?:\s+of\s+the\s+[\w-]+)?"
    r"\s+(?:has\s+|had\s+)?(?:risen|rose|climbed|grown|grew|increased)\b[^.:;\n]{0,60}:\s+"
    # "8 on Monday morning, 15 that evening, 27 on Tuesday and 41 …" (round 25's new user)
    r"(?:(?:about\s+|around\s+)?[\d,]+\s+[\w ]{1,25}?"
    r"(?:,\s+(?:and\s+|then\s+)?|\s+(?:and|then)\s+))*\Z"
)


def toll_anaphor(
    text: str, before_start: int, start: int, allowed
) -> tuple[str, tuple[int, int]] | None:
    """Return the metric of the toll "it" stands for in "it rose to N", "put it at N": the last
    toll keyword from *before_start* (the sentence before) to the figure at *start*.

    The keywords are looked up only once "it" has matched, as most figures have no such "it".

    >>> s = "The death toll rose to 34. It reached 64 in December."
    >>> toll_anaphor(s, 0, s.index("64"), lambda m: True)
    ('killed', (4, 14))
    """
    if not (
        _IT_TOLL.search(text, max(before_start, start - 60), start)
        or RISING_LIST.search(text, max(before_start, start - 250), start)
    ):
        return None
    for a, b, metric in reversed(find_keywords(text, before_start, start)):
        if metric in TOLL_METRICS and allowed(metric):
            return metric, (a, b)
    return None


#: The noun a figure is the value of, its verb between: "The number of displaced people has
#: grown to", "the toll in her province was higher, at" (the new user's live blog and wire).
_COUNTED_HEAD = re.compile(
    r"(?i)\b((?:number|count)\s+of\s+[^,.;:\d]{1,60}?|(?:[\w-]+\s+)?toll(?:\s+(?:in|of|from)"
    r"\s+[^,.;:\d]{1,40}?)?)\s+(?:has\s+|had\s+|have\s+)?(?:now\s+)?(?:rose|risen|grown|grew"
    r"|climbed|increased|reached|stood|stands|was|is|jumped)(?:\s+(?:higher|lower))?,?\s+(?:to|at)"
    r"\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least)\s+)?\Z"
)
#: "MONUSCO now puts the number of civilians killed in the attack on Ndaro, …, on 10 February at
#: between 85 and 95" (round 24's second new user): what "put … at" counts, across commas.
_PUT_HEAD = re.compile(
    r"(?i)\b(?:puts?|putting|placed|places)\s+(?:the\s+)?((?:number|count|toll)\s+of\s+[^.;:]{1,140}?)"
    r"\s+at\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|between)\s+)?\Z"
)


def counted_head(text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the noun phrase a figure at *end* is the value of ("The number of displaced people
    rose to", "puts the number of civilians killed … at"): its group 1, where the keywords
    that say what the figure counts stand."""
    return _COUNTED_HEAD.search(text, start, end) or _PUT_HEAD.search(text, start, end)
