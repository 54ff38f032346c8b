"""Say a figure or a ratio with its bounds in words: "89 or more", "at most 4.5×".

Pure: standard library and the figure parser only. A missing bound (``None``, NaN or
``pandas.NA``) is open. ``tests/test_analysis.py`` lists the cases.
"""

from __future__ import annotations

import math

from makiivka.text.quantities import JUST_BELOW, parse_quantity

NOT_COMPARABLE = "not comparable"


def _whole(x) -> int | None:
    """Return *x* as an int, None where it is missing (None, NaN, ``pandas.NA``)."""
    try:
        return int(x)
    except (TypeError, ValueError):
        return None


def _real(x) -> float | None:
    """Return *x* as a float, None where it is missing (None, NaN, ``pandas.NA``)."""
    try:
        number = float(x)
    except (TypeError, ValueError):
        return None
    return None if number != number else number


def describe(value, low, high) -> str:
    """Say a figure and its bounds in words a reader expects; open bounds stay open: 89 and
    89 to open is "89 or more", 60 from 61 "more than 60" (said once), 63 from 61 "63 (61 or
    more)", 24 to 99 without a value "24 to 99" (``tests/test_analysis.py`` lists more).

    >>> describe(89, 89, None), describe(60, 61, None), describe(None, 24, 99)
    ('89 or more', 'more than 60', '24 to 99')
    """
    low, high, value = _whole(low), _whole(high), _whole(value)
    if low is not None and low == high:
        return f"{low:,}"
    if low is not None and high is not None:
        span = f"{low:,} to {high:,}"
    elif low is not None:
        span = f"{low:,} or more"
    elif high is not None:
        span = f"up to {high:,}"
    else:
        span = "unknown"
    if value is None or value in (low, high):
        return span
    if low is not None and high is None and low == value + 1:
        return f"more than {value:,}"
    if high is not None and low is None and high == value - 1:
        return f"fewer than {value:,}"
    return f"{value:,} ({span})"


def near_below(figure) -> bool:
    """Tell whether a figure's words put it just below its number: "Nearly 20,000", "almost
    40", "just under 1,000" (coded up to N − 1 by ``text/quantities.JUST_BELOW``).

    >>> near_below("Nearly 20,000"), near_below("up to 20,000"), near_below("fewer than 9")
    (True, False, False)
    """
    said = " ".join(str(figure).lower().split())
    return any(said.startswith(f"{phrase} ") for phrase in JUST_BELOW)


def near_words(figure, text: str) -> str | None:
    """Return *figure*'s own words ("nearly 20,000") where they say *text*'s bounds just
    below their number ("fewer than 20,000": the coding of "nearly"), else None.

    A reader takes "fewer than 20,000" as anything below it, open to zero; the source said
    the count is close to 20,000 (round 24's second new user). Bounds an editor coded
    otherwise ("nearly 20,000" coded up to 20,000) keep their own words.

    >>> near_words("Nearly 20,000", "fewer than 20,000")
    'nearly 20,000'
    >>> near_words("Nearly 20,000", "up to 20,000") is None
    True
    """
    said = " ".join(str(figure).split())
    if not near_below(said):
        return None
    try:
        value = parse_quantity(said).value
    except ValueError:
        return None
    if not isinstance(value, int) or text != f"fewer than {value:,}":
        return None
    return said[:1].lower() + said[1:]


def as_said(text: str, qualifiers: str, figures: str) -> str:
    """Return an assertion's *text* ("fewer than 400") as its words say it where they put
    it just below its number ("nearly 400": :func:`near_words`), else *text* unchanged.

    New user 25: ``assertions.csv`` said "fewer than 400" where the report said "nearly 400".

    >>> as_said("fewer than 400", "up_to", "nearly 400"), as_said("up to 400", "up_to", "400")
    ('nearly 400', 'up to 400')
    """
    if str(qualifiers) != "up_to":
        return text
    return near_words(str(figures).split("; ")[0], text) or text


def qualified(text: str, qualifiers: str, figures: str) -> str:
    """Say an assertion's figure with the qualifier its words carry.

    Bounds say "or more" and "up to" by themselves; "some 7,000" and "dozens" need the
    words as stated (*figures*, ``"; "``-joined as :func:`makiivka.analysis.assertions`
    gives them), a vague word with the range it is read as.

    >>> qualified("7,000", "about", "some 7,000"), qualified("24 to 99", "vague", "dozens")
    ('some 7,000', 'dozens (24–99)')
    >>> qualified("89 or more", "at_least; exact", "at least 89; 89")
    '89 or more'
    >>> qualified("fewer than 20,000", "up_to", "Nearly 20,000")
    'nearly 20,000'
    """
    kinds = str(qualifiers).split("; ")
    first = str(figures).split("; ")[0]
    if first[:1].isupper() and first[1:2].islower():  # "About 40,000" opened its sentence
        first = first[:1].lower() + first[1:]
    if kinds == ["about"] and first:
        return first
    if kinds == ["up_to"]:  # "nearly 20,000", not "fewer than"
        return as_said(text, qualifiers, figures)
    if kinds == ["vague"] and first:
        span = text.replace(" to ", "\u2013")
        return f"{first} ({span})"
    return text


def describe_ratio(ratio, low, high) -> str:
    """Say a ratio with its bounds; an open bound stays open ("at most 4.5×").

    Where the ratio is its own only bound ("89 or more" against 400 can only shrink it),
    say just that bound; where a side gave a range rather than a figure, the ratio is the
    range of the bounds ("4.7× to 19.7×"; ``tests/test_analysis.py`` lists more). A floor is
    rounded down and a ceiling up.

    >>> describe_ratio(400 / 89, None, 400 / 89)
    'at most 4.5×'
    >>> describe_ratio(None, 42 / 31, None), describe_ratio(None, None, 4.41)
    ('at least 1.3×', 'at most 4.5×')
    >>> describe_ratio(1.25, 1.25, 1.25)
    '1.2×'
    """
    ratio, low, high = _real(ratio), _real(low), _real(high)
    # A floor is rounded down and a ceiling up, so neither says more than the figures do:
    # 42 ÷ 31 = 1.355 is "at least 1.3×", never "at least 1.4×" (round 18's second new user).
    same = {b for b in (low, high) if b is not None and ratio is not None and abs(b - ratio) < 1e-9}
    if low is not None and high is not None and abs(low - high) < 1e-9:
        return f"{low:.1f}×"  # two exact figures: one ratio, rounded as a ratio is
    low = None if low is None else math.floor(low * 10 + 1e-9) / 10
    high = None if high is None else math.ceil(high * 10 - 1e-9) / 10
    bounds = [f"{b:.1f}×" if b is not None else None for b in (low, high)]
    if ratio is None:
        if all(bounds):
            return bounds[0] if bounds[0] == bounds[1] else f"{bounds[0]} to {bounds[1]}"
        if any(bounds):
            return f"at least {bounds[0]}" if bounds[0] else f"at most {bounds[1]}"
        return NOT_COMPARABLE
    text = f"{ratio:.1f}×"
    if low is not None and high is not None:
        return text if f"{low:.1f}" == f"{high:.1f}" else f"{text} ({low:.1f}× to {high:.1f}×)"
    for bound, words in ((high, "at most"), (low, "at least")):
        if bound is not None:
            limit = f"{bound:.1f}×"
            alone = limit == text or bool(same)  # the ratio is its own only bound
            return f"{words} {limit}" if alone else f"{text} ({words} {limit})"
    return f"{text} (bounds open)"
