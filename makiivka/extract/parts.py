"""Read figures whose meaning depends on the words around them: zeros, ranges, denials, parts.

- "said no one had been killed" states a figure: 0 killed (the parser skips "no one").
- "estimates ranged from 700 to 1,100" is one range, not two figures.
- "dismissed reports of more than 150 dead as exaggerated": the denier's own claim is an
  upper bound, at most 150 (qualifier ``up_to``, no lower bound).
- "including 11 children", "18 of them seriously", "Among the martyrs are 24 women and 17
  children": a part of the figure before it, counting what it counts (its metric).
"""

from __future__ import annotations

import re

from makiivka.text.denials import as_upper_bound, denial_before
from makiivka.text.quantities import Quantity

#: "no one", "nobody" before a casualty verb within a few words.
_ZERO = re.compile(
    r"(?<![\w-])(?:no\s+one|nobody|none\s+of\s+(?:them|the\s+\w+)|not\s+a\s+single\s+\w+)"
    r"(?=\s+(?:[\w-]+\s+){0,3}?(?:killed|died|dead|hurt|injured|wounded|harmed)\b)",
    re.IGNORECASE,
)
#: "No worker remains unaccounted for", "no miners remained trapped" (round 24's new user): a
#: count of the missing at zero, as a search ends.
_ZERO_MISSING = re.compile(
    r"(?<![\w-])(?:no\s+one|nobody|no\s+(?:more\s+|other\s+)?[a-z]+)(?=\s+(?:remains?|remained"
    r"|is|are|was|were)\s+(?:still\s+|now\s+)?(?:unaccounted\s+for|trapped|missing)\b)",
    re.IGNORECASE,
)
#: "Estimates ranged from", "their figures went from": a spread of estimates, not a revision
#: ("rose from 63 to 89" is one).
_RANGED = re.compile(
    # "estimates range from 4,000 to 93,000", "… run from …" (blind set 20)
    r"(?:rang(?:ed|es|ing|e)|var(?:ied|ies|ying|y)|went|goes|go|spann?(?:ed|s)?|runs?|ran"
    r"|running)\s+(from)\s+\Z",
    re.IGNORECASE,
)
#: "from at least 30 dead to more than 60": a noun may follow the first estimate.
_TO = re.compile(r"(?:\s+[a-z]+)?\s+to\s+")
#: Words before a part: "including 11 children", "among them six children".
_PART_BEFORE = re.compile(
    r"(?<![\w-])(?:including|includes|among\s+them|among\s+whom|of\s+whom|among\s+the\s+[\w-]+\s+"
    r"(?:are|were|was|is))\s+\Z"
    # "Of the injured, 58 were seriously hurt", "Of the 300 wounded, 40 …": a fronted whole
    r"|(?<![\w-])of\s+the\s+(?:[0-9][0-9,]*\s+)?(?:people\s+)?(?:dead|killed|wounded|injured"
    r"|hurt|victims|casualties)\s*,\s+\Z",
    re.IGNORECASE,
)
#: Words after a part: "eight of them", "four children among them", "39 of the dead", "nine
#: of the 11 dead" (blind set 13).
_PART_AFTER = re.compile(
    r"(?:\s+[\w-]+)?\s+(?:of|among)\s+(?:them|whom|those|these|the\s+(?:[0-9][0-9,]*\s+)?"
    r"(?:people\s+)?(?:dead|killed|wounded|injured|victims|casualties))\b",
    re.IGNORECASE,
)
#: "… and two men in their 20s were among the injured": the clause names its figures as
#: part of a group.
_AMONG_THE = re.compile(
    r"[^,.;:\n]{0,60}?\b(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:dead|killed|wounded"
    r"|injured|victims|casualties|those\s+(?:killed|injured|wounded|hurt))\b",
    re.IGNORECASE,
)
#: "24 women and 17 children": the second of a list of parts.
_AND_PART = re.compile(r"\s+[\w-]+\s+and\s+\Z", re.IGNORECASE)


def find_zeros(text: str) -> list[Quantity]:
    """Return the zero figures of a text ("no one had been killed").

    >>> [(q.text, q.value) for q in find_zeros("He said no one had been killed by Front fire.")]
    [('no one', 0)]
    >>> [(q.text, q.value) for q in find_zeros("No worker remains unaccounted for.")]
    [('No worker', 0)]
    """
    found = [*_ZERO.finditer(text), *_ZERO_MISSING.finditer(text)]
    return [
        Quantity(0, 0, 0, "exact", "people", m.start(), m.end(), m[0])
        for m in sorted(found, key=lambda m: m.start())
    ]


def merge_ranges(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Join "ranged from 40 to 55" into one range quantity spanning "from 40 to 55".

    >>> from makiivka.text.quantities import find_quantities
    >>> s = "Estimates ranged from 40 to 55 civilian deaths."
    >>> [(q.text, q.low, q.high, q.qualifier) for q in merge_ranges(s, find_quantities(s))]
    [('from 40 to 55', 40, 55, 'range')]
    """
    out: list[Quantity] = []
    skip = False
    for i, q in enumerate(quantities):
        if skip:
            skip = False
            continue
        following = quantities[i + 1] if i + 1 < len(quantities) else None
        ranged = _RANGED.search(text, max(0, q.start - 24), q.start)
        if following and ranged and _TO.fullmatch(text, q.end, following.start):
            start = ranged.start(1)
            unit = following.unit or q.unit
            low, high = q.low, following.high
            out.append(Quantity(None, low, high, "range", unit, start, following.end,
                                text[start : following.end]))  # fmt: skip
            skip = True
            continue
        out.append(q)
    return out


def deny(text: str, floor: int, q: Quantity) -> Quantity:
    """Return a denied figure as the denier's upper bound ("dismissed reports of more than 150").

    The rule is :mod:`makiivka.text.denials`, which the ledger's check reads rows back with.

    >>> from makiivka.text.quantities import find_quantities
    >>> s = "He dismissed reports of more than 150 dead as exaggerated."
    >>> d = deny(s, 0, find_quantities(s)[0])
    >>> d.value, d.low, d.high, d.qualifier
    (150, None, 150, 'up_to')
    """
    if not denial_before(text, q.start, floor):
        return q
    return as_upper_bound(q)


#: A casualty verb right before the figure: "We killed more than 70 of them", "its forces had
#: killed dozens of them" (blind sets 9 and 10) count whom the verb did it to, not a part.
_VERB_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:killed|killing|kill|wounded|wounding|injured|injuring|executed"
    r"|slaughtered|massacred)\s+(?:(?:more\s+than|at\s+least|about|around|over|nearly|some"
    r"|almost)\s+)?\Z"
)


def is_part(text: str, floor: int, q: Quantity, previous_part: Quantity | None) -> bool:
    """Tell whether a figure counts a part of the figure before it (see the module docstring)."""
    if _VERB_BEFORE.search(text, max(floor, q.start - 40), q.start):
        return False
    if _PART_BEFORE.search(text, max(floor, q.start - 40), q.start):
        return True
    if _PART_AFTER.match(text, q.end) or _AMONG_THE.match(text, q.end):
        return True
    return previous_part is not None and bool(_AND_PART.fullmatch(text, previous_part.end, q.start))
