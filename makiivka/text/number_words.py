"""Read numbers written in words: "one million two hundred thousand", "three and a half million".

WORDS is a regular-expression fragment (for re.IGNORECASE | re.ASCII | re.VERBOSE) that
matches a number in words; words_value reads what it matched. Scale words may repeat, largest
first, and may be plural ("forty thousands"); "and a half", "and a quarter", "and three
quarters" and "half a" are read as fractions.
"""

import re
from decimal import Decimal

from makiivka.text.vocabulary import SCALES, TENS, UNITS, WORD_VALUES

SMALL = (
    rf"(?:(?:{'|'.join(TENS)})(?:[-\s]+(?:{'|'.join(UNITS[:9])})\b)?"
    rf"|(?:{'|'.join(reversed(UNITS))}))\b"
)
HUNDREDS = rf"(?:(?:{SMALL}|a)\s+hundreds?\b(?:\s+(?:and\s+)?{SMALL})?|{SMALL})"
FRACTION = r"(?:\s+and\s+(?:a\s+half|a\s+quarter|three[-\s]quarters)\b)"
LARGE = "(?:thousand|million|billion|trillion)s?"
# "one million two hundred thousand": scale groups repeat, largest first.
GROUP = rf"(?:{HUNDREDS}{FRACTION}?|a|half\s+a)\s+{LARGE}\b(?:\s+and\s+a\s+half\b)?"
WORDS = (
    rf"(?:(?:{SMALL}{FRACTION}?|a|half\s+a)\s+dozens?\b"
    rf"|{GROUP}(?:,?\s+(?:and\s+)?{GROUP})*(?:,?\s+(?:and\s+)?{HUNDREDS})?"
    rf"|{HUNDREDS}{FRACTION}?)"
)

_WORD_TOKEN = re.compile(
    r"and\s+a\s+half|and\s+a\s+quarter|and\s+three[-\s]quarters|half\s+a|[a-z]+"
)
_FRACTIONS = {"and a half": Decimal("0.5"), "and a quarter": Decimal("0.25")}
_FRACTIONS |= {"and three quarters": Decimal("0.75"), "and three-quarters": Decimal("0.75")}


def words_value(words: str) -> tuple[Decimal, int]:
    """Return the value of a number written in words and its trailing scale.

    >>> words_value("one million two hundred thousand")
    (Decimal('1200000'), 1000)
    >>> words_value("three and a half million")
    (Decimal('3500000.0'), 1000000)
    """
    total = current = Decimal(0)
    scale = 1
    for token in _WORD_TOKEN.findall(" ".join(words.lower().split())):
        word = token[:-1] if token[:-1] in SCALES and token not in SCALES else token
        if word in WORD_VALUES:
            current += WORD_VALUES[word]
            scale = 1
        elif word in _FRACTIONS:  # "three and a half million", "a million and a half"
            if current:
                current += _FRACTIONS[word]
            else:
                total += scale * _FRACTIONS[word]
        elif word == "half a":
            current = Decimal("0.5")
        elif word in ("hundred", "dozen"):
            current, scale = (current or 1) * SCALES[word], SCALES[word]
        elif word in SCALES:
            total, current, scale = (
                total + (current or 1) * SCALES[word],
                Decimal(0),
                SCALES[word],
            )
    return total + current, scale
