"""Find the quantities that news text states, with their qualifiers, units and character offsets.

Hand-written: we need offsets and qualifiers ("at least 89"); word2number parses whole strings
only, text2num rewrites the text (offsets lost), quantulum3 is slow and drops qualifiers.
One compiled regex finds candidate spans; a little Python per match then classifies them.
A qualifier before a range is left out of it ("about 400-500" is the range "400-500"); before
a vague word it keeps the word's range but opens one end ("at least dozens": 24 to None).
Units come from an adjacent currency sign or word (part of `text`), else from a people, weapon
or currency noun among the next three words (not part of `text`).

Numbers may be grouped with spaces ("1 200"; no-break, thin and narrow no-break too);
invisible characters (zero-width, soft hyphen, NUL, bidi controls) are read past: a 400 split
by a zero-width space is one quantity whose text keeps it. Direction words and verbs ("nearly",
"just over", "exceeded") give up_to or more_than (conventions.direction_words).

Skipped on purpose: ratios ("one in three soldiers": a proportion, not a count), "minus 20",
season ranges ("2022–23"), spelled-out ordinals ("the twenty second brigade"), pound as a
weight ("a 20 pound bag"), clock times ("00:01"), ordinals ("1st"), day numbers of dates
("January 1", "1 January 2023", "Jan. 4"), bare years 1500-2100 ("in 2022", "of 1896"; but
"about 2000 soldiers" is a count), numbers glued to letters ("Su-25", "21-year-old"), "no one",
version-like numbers after a short acronym ("IE 11"), and "1.2m" unless people or rockets follow.
"""

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from makiivka.text.characters import Visible
from makiivka.text.not_counts import is_date_or_label, is_stamp
from makiivka.text.number_words import WORDS, words_value
from makiivka.text.units import unit_after
from makiivka.text.vocabulary import (
    CURRENCIES,
    CURRENCY_WORDS,
    HEDGES,
    LAKH_DIGITS,
    NOT_RATIO_AFTER,
    ORDINAL_AFTER,
    QUALIFIER_OF,
    QUALIFIERS,
    SCALES,
    VAGUE_RANGES,
    WEIGHT_OF,
    YEAR_BEFORE,
    hedge_key,
)

#: Direction words that put the toll just below N: up_to with N − 1 as the inclusive top
#: ("nearly 200" → at most 199), the development corpus's convention (its README, bounds).
JUST_BELOW = frozenset(
    ("nearly", "almost", "just under", "just below", "not quite", "just short of", "just shy of")
)

__all__ = ["QUALIFIERS", "VAGUE_RANGES", "Quantity", "find_quantities", "parse_quantity"]

# Thousands separators: a space, no-break space, thin space or narrow no-break space ("1 200").
_SPACE_GROUP = "[\x20\u00a0\u2009\u202f]"
_GROUPING = str.maketrans("", "", ",\x20\u00a0\u2009\u202f")
#: "Rs 5 lakh", "₹5 lakh", "Tk 1 lakh", "INR 2,000" too: a payment to families is no count.
_NUMBER = rf"""(?P<pre>US\$|[£$€₽₹৳]|(?:USD|GBP|EUR|RUB|UAH|INR|PKR|BDT|Rs\.?|Tk\.?)\s?)?
    (?:(?P<digits>{LAKH_DIGITS}|[0-9]{{1,3}}(?:,[0-9]{{3}})+(?:\.[0-9]+)?
         |[0-9]{{1,3}}(?:{_SPACE_GROUP}[0-9]{{3}}(?![0-9]))+
         |[0-9]+(?:\.[0-9]+)?)
       (?:\s+(?P<scale>hundred|thousand|million|billion|trillion|lakh|crore)s?\b
         |(?P<abbr>bn|bln|mn|mln|trn|tn|m|k|b|t)\b)?
     |(?P<words>{WORDS}))
    (?:\s+(?P<cur>{CURRENCY_WORDS})\b|\s?(?P<sign>₽))?"""
_VAGUE = (
    rf"(?:{HEDGES}|a\s+few\s+(?:dozen|hundred(?:\s+thousand)?|thousand|million)"
    r"|several\s+(?:dozens?|hundreds?|thousands?|millions?)|many\s+hundreds"
    r"|(?:tens|hundreds)\s+of\s+thousands|several|dozens|hundreds|thousands"
    # "scores" only where it counts: "scores of", "scores dead", or standing alone.
    r"|scores(?=\s+(?:of|(?:(?:were|are|have\s+been)\s+)?"
    r"(?:dead|killed|wounded|injured|hurt|died|missing))\b|\s*\Z)"
    r"|millions)\b"
)
_FLAGS = re.IGNORECASE | re.ASCII | re.VERBOSE
_NUMBER_PARTS = re.compile(_NUMBER, _FLAGS)
_UNNAMED = re.sub(r"\(\?P<\w+>", "(?:", _NUMBER)
_FINDER = re.compile(
    rf"""(?<![\w.,/:\-−])
    (?:between\s+(?P<b1>{_UNNAMED})\s+and\s+(?P<b2>{_UNNAMED})
      |(?P<vague>{_VAGUE})
      |(?P<n1>{_UNNAMED})(?:(?P<sep>\s*[-–—]\s*|\s+to\s+)(?P<n2>{_UNNAMED})
        |\s+(?:in(?:\s+every)?|out\s+of\s+every)\s+(?P<r2>{_UNNAMED}))?)
    (?![\w/]|[.,:/-][0-9]|-[A-Za-z]|\s?[ap]\.?m\b)""",
    _FLAGS,
)
_QUALIFIER_ALTERNATIVES = "|".join(
    p.replace(" ", r"\s+") for p in sorted(QUALIFIER_OF, key=len, reverse=True)
)
_GAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"  # never a blank line: "The search is over⏎⏎25 died"
_QUALIFIER_BEFORE = re.compile(rf"(?<![\w-])({_QUALIFIER_ALTERNATIVES}){_GAP}\Z", re.I | re.A)
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?<![\w-])(?:no|the|this|which|each|every|any|other|such|another)\s+\Z", re.I | re.A
)
#: A spelled number an ordinal can complete ("twenty second", "one hundred first").
_COMPOUND_HEAD = re.compile(r"(?:ty|hundred|thousand|million)\Z")
_MINUS_BEFORE = re.compile(r"(?<![\w-])(?:minus|negative)\s+\Z", re.I | re.A)
_FROM_BEFORE = re.compile(r"(?<![\w-])from\s+(?:[A-Za-z'’-]+\s+){0,6}\Z", re.I)
_ANOTHER_AFTER = re.compile(r"\s+another\b", re.I | re.A)
_PLURAL_AFTER_SEVERAL = re.compile(r"^(several \w+?)s$")


@dataclass(frozen=True)
class Quantity:
    """A quantity as stated in a text, with its bounds and where it is."""

    value: int | float | None  # the number as stated; None for vague words and ranges
    low: int | float | None  # inclusive lower bound; None = open
    high: int | float | None  # inclusive upper bound; None = open
    qualifier: str  # one of QUALIFIERS
    unit: str | None  # "people", "rockets", "RUB", "GBP", "USD", "EUR", "UAH"; None if unsaid
    start: int  # character offsets into the text passed in
    end: int
    text: str  # text[start:end]: qualifier, number, scale word, currency sign or word


@dataclass(frozen=True)
class _Number:
    value: Decimal
    scale: int  # trailing multiplier (1 when none), to carry "1 to 2 million" over
    unit: str | None
    bare_year: bool
    abbreviated: bool
    word: str | None
    weight: bool  # "pound" as a weight ("a 20 pound bag"), not money


def _num(value: Decimal) -> int | float:
    """Return an int when the value is integral, else a float."""
    return int(value) if value == value.to_integral_value() else float(value)


def _parse_number(text: str, start: int, end: int) -> _Number | None:
    """Return the value, scale and currency of the number spelled in text[start:end]."""
    m = _NUMBER_PARTS.fullmatch(text, start, end)
    if m is None:  # pragma: no cover - the finder matched the same pattern
        return None
    sign = (m["pre"] or m["cur"] or m["sign"] or "").strip().lower()
    unit = CURRENCIES.get(sign)
    if m["digits"] is not None:
        digits, scale_word = m["digits"], (m["scale"] or m["abbr"] or "").lower().rstrip("s")
        scale = SCALES.get(scale_word, 1)
        bare_year = (
            len(digits) == 4 and digits.isdigit() and 1500 <= int(digits) <= 2100 and scale == 1
        )
        value = Decimal(digits.translate(_GROUPING)) * scale
        word = None
        abbreviated = m["abbr"] is not None
    else:
        value, scale = words_value(m["words"])
        word = " ".join(m["words"].lower().split())
        bare_year = abbreviated = False
    weight = sign.startswith("pound") and (
        (sign == "pound" and value != 1) or bool(WEIGHT_OF.match(text, end))
    )
    return _Number(value, scale, unit, bare_year and unit is None, abbreviated, word, weight)


def _is_count(text: str, start: int, end: int, number: _Number, floor: int) -> bool:
    """Tell whether a number that could be a year or a measure counts something here.

    A year-shaped number is a count after a qualifier ("about 2000") or before a people noun
    when no preposition makes it a year ("2000 soldiers died", not "in 2000 soldiers…"); "1.2m"
    without a currency is a count only before a people or rocket noun.
    """
    if number.bare_year:
        if _QUALIFIER_BEFORE.search(text, max(floor, start - 30), start):
            return True
        return unit_after(text, end) == "people" and not YEAR_BEFORE.search(
            text, max(0, start - 14), start
        )
    if number.abbreviated and number.unit is None:
        return unit_after(text, end) in ("people", "rockets")
    return True


def _single(text: str, start: int, end: int, floor: int) -> Quantity | None:
    """Return the exact or qualified quantity of the number at text[start:end], or None."""
    number = _parse_number(text, start, end)
    if number is None or number.weight or not _is_count(text, start, end, number, floor):
        return None
    if number.unit is None and is_date_or_label(text, start, end):
        return None
    if _MINUS_BEFORE.search(text, max(0, start - 10), start):
        return None  # "minus 20": a temperature or a score, not a count
    if number.unit is None and is_stamp(text, start, end):
        return None  # "18.30 Inside the field hospital": a live blog entry's time
    if start >= 2 and text[start - 1] == "(" and text[start - 2].isalnum():
        return None  # "alert(3)", "note(2)": a call's argument or a mark, not a count
    if (
        number.word is not None
        and _COMPOUND_HEAD.search(number.word)
        and ORDINAL_AFTER.match(text, end)
    ):
        return None  # "the twenty second brigade"; "seven first responders" are seven
    if number.word == "one" and (
        _NOT_A_COUNT_BEFORE.search(text, max(0, start - 8), start)
        or _ANOTHER_AFTER.match(text, end)
    ):
        return None
    value, qualifier = _num(number.value), "exact"
    low = high = value
    before = _QUALIFIER_BEFORE.search(text, max(floor, start - 30), start)
    if before:
        phrase = " ".join(before[1].lower().split())
        qualifier, start = QUALIFIER_OF[phrase], before.start()
        step = 1 if isinstance(value, int) else 0
        if qualifier in ("at_least", "more_than"):
            low, high = (value + step if qualifier == "more_than" else value), None
        elif qualifier in ("up_to", "fewer_than"):
            below = qualifier == "fewer_than" or phrase in JUST_BELOW
            low, high = None, (value - step if below and value >= step else value)
    unit = number.unit or unit_after(text, end)
    return Quantity(value, low, high, qualifier, unit, start, end, text[start:end])


def _vague(text: str, m: re.Match[str], floor: int) -> Quantity:
    """Return the vague quantity matched by m, narrowed by a qualifier before it."""
    start, end = m.span()
    key = hedge_key(m["vague"]) or _PLURAL_AFTER_SEVERAL.sub(
        r"\1", " ".join(m["vague"].lower().split())
    )
    low, high = VAGUE_RANGES[key]
    before = _QUALIFIER_BEFORE.search(text, max(floor, start - 30), start)
    if before:
        qualifier, start = QUALIFIER_OF[" ".join(before[1].lower().split())], before.start()
        if qualifier in ("at_least", "more_than"):
            high = None
        elif qualifier in ("up_to", "fewer_than"):
            low = None
    unit = unit_after(text, end)
    return Quantity(None, low, high, "vague", unit, start, end, text[start:end])


def _span(m: re.Match[str], text: str, floor: int) -> list[Quantity]:
    """Return the quantities in one finder match: a range, or one or two single numbers."""
    if m["r2"] is not None:
        return _ratio(m, text, floor)
    between = m["b1"] is not None
    first, second = ("b1", "b2") if between else ("n1", "n2")
    if m[second] is None:
        single = _single(text, *m.span(first), floor)
        return [single] if single else []
    a, b = _parse_number(text, *m.span(first)), _parse_number(text, *m.span(second))
    if a is None or b is None or (a.bare_year and b.bare_year):
        return []
    if a.bare_year and m["sep"].strip() in "-–—" and re.fullmatch("[0-9]{2}", m["n2"]):
        return []  # "the 2022–23 winter offensive": a season, not a count
    low, high = a.value, b.value
    if a.scale == 1 and b.scale > 1 and low < high / b.scale:
        low *= b.scale  # "between 1 and 2 million", "£5-10m"
    unit = a.unit or b.unit
    revision = not between and (
        low >= high
        or (
            m["sep"].strip() == "to"
            and _FROM_BEFORE.search(text, max(0, m.start() - 80), m.start())
        )
    )
    if revision or a.bare_year or b.bare_year:  # "from 63 to 89": two exact quantities
        one = _single(text, *m.span(first), floor)
        two = _single(text, *m.span(second), m.end(first))
        if revision and one and two and one.unit is None:
            one = replace(one, unit=two.unit)  # "from 63 to 89 soldiers": both are soldiers
        return [q for q in (one, two) if q]
    if (a.abbreviated or b.abbreviated) and unit is None:
        return []
    start, end = m.span()
    if unit is None and is_date_or_label(text, start, end):  # "January 1-2", "1-2 January"
        return []
    low, high = sorted((low, high))
    unit = unit or unit_after(text, end)
    return [Quantity(None, _num(low), _num(high), "range", unit, start, end, text[start:end])]


def _ratio(m: re.Match[str], text: str, floor: int) -> list[Quantity]:
    """Return nothing for a ratio ("one in three soldiers"), else the two numbers it held.

    A ratio states a proportion, not a count (see the data dictionary's conventions), so
    neither number is a quantity; "12 in 2022" or "five in 10 days" are not ratios.
    """
    a, b = _parse_number(text, *m.span("n1")), _parse_number(text, *m.span("r2"))
    if (
        a is not None
        and b is not None
        and a.unit is None
        and not b.bare_year
        and a.value < b.value
        and not NOT_RATIO_AFTER.match(text, m.end("r2"))
    ):
        return []
    one = _single(text, *m.span("n1"), floor)
    two = _single(text, *m.span("r2"), m.end("n1"))
    return [q for q in (one, two) if q]


def find_quantities(text: str) -> list[Quantity]:
    """Return every quantity stated in text, in order and without overlaps.

    >>> [(q.text, q.qualifier, q.low, q.unit) for q in find_quantities(
    ...     "fire six rockets at 00:01 Moscow time on January 1st, two of which were shot down")]
    [('six', 'exact', 6, 'rockets'), ('two', 'exact', 2, None)]
    >>> [q.value for q in find_quantities("from the initial estimate of 63 to 89")]
    [63, 89]
    >>> [(q.text, q.value, q.unit) for q in find_quantities(
    ...     "a payout of 5 million roubles (£57,000; $69,000)")]
    [('5 million roubles', 5000000, 'RUB'), ('£57,000', 57000, 'GBP'), ('$69,000', 69000, 'USD')]
    >>> [(q.text, q.low, q.high) for q in find_quantities("missile strike that killed dozens")]
    [('dozens', 24, 99)]
    >>> [(q.text, q.value) for q in find_quantities("put the death toll at 1 200 soldiers")]
    [('1 200', 1200)]
    >>> [(q.text, q.low, q.high, q.qualifier) for q in find_quantities(
    ...     "Nearly 100 soldiers were killed and just over 40 wounded")]
    [('Nearly 100', None, 99, 'up_to'), ('just over 40', 41, None, 'more_than')]
    >>> find_quantities("one in three soldiers was wounded during the 2022–23 winter offensive")
    []
    """
    visible = Visible(text)
    found: list[Quantity] = []
    floor = 0
    for m in _FINDER.finditer(visible.text):
        if m["vague"] is not None:
            found.append(_vague(visible.text, m, floor))
        else:
            found.extend(_span(m, visible.text, floor))
        floor = m.end()
    if visible.text is text:
        return found
    # Offsets into the text as given: a 400 split by a zero-width space spans 4 characters.
    moved = []
    for q in found:
        start, end = visible.span(q.start, q.end)
        moved.append(replace(q, start=start, end=end, text=text[start:end]))
    return moved


def parse_quantity(text: str) -> Quantity:
    """Return the first quantity stated in text.

    >>> parse_quantity("claimed the lives of at least 89 Russian personnel")
    Quantity(value=89, low=89, high=None, qualifier='at_least', unit='people', start=21, end=32, \
text='at least 89')
    >>> q = parse_quantity("in memory of more than 60 Russian soldiers")
    >>> q.text, q.low, q.high, q.unit
    ('more than 60', 61, None, 'people')
    >>> q = parse_quantity("Putin has already called up hundreds of thousands of reservists")
    >>> q.text, q.qualifier, q.low, q.high, q.unit
    ('hundreds of thousands', 'vague', 200000, 999999, 'people')
    >>> q = parse_quantity("among the 300,000 soldiers")
    >>> q.value, q.unit
    (300000, 'people')
    >>> q = parse_quantity("between 400 and 500 soldiers")
    >>> q.text, q.value, q.low, q.high, q.qualifier
    ('between 400 and 500', None, 400, 500, 'range')
    >>> parse_quantity("no casualties")
    Traceback (most recent call last):
    ...
    ValueError: no quantity in 'no casualties': expected a number ("89", "300,000", "six", \
"5 million roubles") or a vague amount ("dozens")
    """
    found = find_quantities(text)
    if not found:
        raise ValueError(
            f"no quantity in {text[:80]!r}: expected a number "
            '("89", "300,000", "six", "5 million roubles") or a vague amount ("dozens")'
        )
    return found[0]
