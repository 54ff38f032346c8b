"""Read a denied figure as the descriptor's ``conventions.denials`` codes it.

"The ministry dismissed reports of more than 1,000 dead" is the denier's claim that the
toll is at most 1,000: qualifier ``up_to``, no lower bound, value and top the figure's
number. The extractor proposes such rows (``makiivka.extract.parts``) and the ledger's
check (``makiivka.story.claim_checks``) and the desk's row editor read them back with the
same rule, so a row written by the convention is a row the check accepts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from makiivka.text.quantities import Quantity, parse_quantity

#: How far before a figure (in characters) a denial that governs it may start.
REACH = 120
#: A denial that governs the figure after it: "rejected the government's figure of 41".
DENIED_BEFORE = re.compile(
    r"(?<![\w-])(?:dismiss\w*|reject\w*|denie[sd]|deny\w*|disput\w*|refut\w*)\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?:reports?|claims?|figures?|allegations?|estimates?|tolls?"
    # "rejects reports circulating on social media of more than 200 dead"
    # "categorically denies publications that more than 750 …" (round 22's new user)
    r"|accounts?|assertions?|publications?|rumou?rs?|stories|news)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:of|that)\s+(?:[\w'’-]+\s+){0,2}?\Z"
    # "The Home Ministry denied that more than 50 people had died" (round 20's new user)
    r"|(?<![\w-])(?:denie[sd]|deny(?:ing)?|disput(?:es|ed|ing)|refut(?:es|ed|ing))\s+that\s+"
    r"(?:[\w'’-]+\s+){0,2}?\Z"
    # "There is no evidence that more than 150 people have died" (round 22's second new user)
    r"|(?<![\w-])no\s+(?:evidence|proof|sign)\s+(?:that|of)\s+(?:[\w'’-]+\s+){0,2}?\Z"
    # a fact check's "No, 300 people did not die in the earthquake" (round 23's second user)
    r"|(?:^|(?<=\n))No,\s+(?:more\s+than\s+|over\s+)?\Z",
    re.IGNORECASE,
)


def denial_before(text: str, start: int, floor: int = 0) -> re.Match[str] | None:
    """Return the denial governing the figure at *start*, looking back no further than *floor*.

    >>> s = "The ministry dismissed reports of more than 1,000 dead."
    >>> denial_before(s, s.index("more"))[0]
    'dismissed reports of '
    >>> denial_before("Officials reported more than 1,000 dead.", 19) is None
    True
    >>> s = "The ministry denied that more than 50 people had died."
    >>> denial_before(s, s.index("more"))[0]
    'denied that '
    """
    return DENIED_BEFORE.search(text, max(floor, start - REACH), start)


def as_upper_bound(q: Quantity) -> Quantity:
    """Return a denied quantity as the denier's upper bound (value and top its number).

    >>> q = as_upper_bound(parse_quantity("more than 1,000"))
    >>> q.value, q.low, q.high, q.qualifier
    (1000, None, 1000, 'up_to')
    """
    high = q.value if q.value is not None else (q.high if q.high is not None else q.low)
    return replace(q, value=high, low=None, high=high, qualifier="up_to")


def denied_in(quote: str, figure: str) -> bool:
    """Tell whether *quote* denies *figure* (a denial governs one of its occurrences there).

    >>> denied_in("The ministry dismissed reports of more than 1,000 dead.", "more than 1,000")
    True
    >>> denied_in("More than 1,000 died, the ministry said.", "More than 1,000")
    False
    """
    at = quote.find(figure) if figure else -1
    while at != -1:
        if denial_before(quote, at):
            return True
        at = quote.find(figure, at + 1)
    return False


def coded_as_denial(qualifier: str, quote: str, figure: str) -> bool:
    """Tell whether a row coded by the denial convention denies *figure*: its qualifier (or an
    assertion's qualifiers, joined by "; ") says ``up_to`` and *quote* denies the figure.

    >>> coded_as_denial("up_to", "It dismissed reports of more than 1,000 dead.", "more than 1,000")
    True
    >>> coded_as_denial("up_to", "Up to 1,000 died.", "up to 1,000")
    False
    """
    return "up_to" in str(qualifier).split("; ") and denied_in(str(quote), str(figure))


def denied_reading(figure: str, quote: str) -> Quantity | None:
    """Return the denier's upper bound read in *figure* when *quote* denies it, else None.

    Raises ValueError as :func:`parse_quantity` does for a figure it cannot read.

    >>> q = denied_reading("more than 1,000", "He dismissed reports of more than 1,000 dead.")
    >>> q.value, q.low, q.high, q.qualifier
    (1000, None, 1000, 'up_to')
    >>> denied_reading("more than 1,000", "More than 1,000 died.") is None
    True
    """
    if not denied_in(quote, figure):
        return None
    return as_upper_bound(parse_quantity(figure))


def denial_words(figure: str) -> str:
    """Say a denied figure as a reader meets it: "denies" and the figure's own words, its
    first letter lowered unless it starts an acronym or a number.

    >>> denial_words("More than 1,000"), denial_words("UN figure of 90"), denial_words("90")
    ('denies more than 1,000', 'denies UN figure of 90', 'denies 90')
    """
    figure = str(figure)
    return f"denies {figure[:1].lower() + figure[1:] if figure[1:2].islower() else figure}"


def denial_note(figure: str) -> str:
    """Return the note of a row read by the denial convention (``conventions.denials``).

    >>> denial_note("more than 1,000")
    "denial: the speaker rejects 'more than 1,000'; coded as its upper bound"
    """
    return f"denial: the speaker rejects '{figure}'; coded as its upper bound"
