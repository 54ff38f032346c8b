"""Find the invisible characters a copied text may hold, and read past them with offsets kept.

Zero-width spaces, soft hyphens, NUL and other control characters, and the bidirectional
controls arrive in texts copied from web pages and messengers. Inside a number they split it
("4\u200b00" would read as 4 and 00); a bidirectional override (U+202E) makes "400" display as
"004" while its value stays 400, so a quote holding one misleads its reader.

**Digits and look-alike letters: the rule** (also in the descriptor's
``conventions.numbers_as_written``). A text is read through :func:`reading_form`, which
changes characters one for one, so every offset and every quote stays the text's own:

- a number written wholly in one other script's digits (full-width ``４００``, Arabic-Indic
  ``٤٠٠``, Devanagari, superscript ``⁴⁰⁰``…) is read as those digits' values, as NFKC
  would (``٤٠٠`` is 400);
- a Cyrillic or Greek letter that looks like a Latin one, inside a word of Latin letters
  (the Cyrillic ``о`` in ``mоre than``), is read as that Latin letter, so the qualifier is
  the one a reader sees.

What cannot be read as one number is refused with a message (:func:`number_problems`),
never read as another: digits of two scripts in one number (``4٠０``), a combining mark on
a digit (``6̶00``, a struck-through 6), and a figure beyond :data:`MAX_FIGURE` in digits or
number words (``nine hundred quintillion``). Texts holding NUL or in UTF-16 are refused
where they are read (``makiivka.extract.article``, ``makiivka.story.records``).
"""

from __future__ import annotations

import bisect
import re
import unicodedata

#: The largest figure read: 999,999,999,999,999 (under 10^15). Every integer to it is exact
#: as a float64 (to 2^53, about 9.007 × 10^15), as JSON readers and Vega hold numbers, and
#: as a pandas Int64; no toll, count or sum of money reported in news comes near it.
MAX_FIGURE = 10**15 - 1
#: Number words naming 10^15 or more: a figure stated with one is beyond MAX_FIGURE.
_HUGE_WORDS = re.compile(
    r"\b(quadrillion|quintillion|sextillion|septillion|octillion|nonillion|decillion"
    r"|undecillion|duodecillion|vigintillion|centillion|googol|googolplex)s?\b",
    re.IGNORECASE,
)
#: A number as written: digits of any script, with single separators between them.
_NUMBER = re.compile(r"(?:\d|[\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089])"
                     r"(?:[\u0300-\u036f\u20d0-\u20ff]|[,.\u066b\u066c\u00a0\u2009\u202f ]?"
                     r"(?:\d|[\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089]))*"
                     r"[\u0300-\u036f\u20d0-\u20ff]*")  # fmt: skip
#: Cyrillic and Greek letters drawn like Latin ones, and the Latin letter each is read as.
CONFUSABLES = str.maketrans(
    "аеорсухіјѕԁԛԝһӏАВЕКМНОРСТХІЈЅοαενρτυικχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdqwhlABEKMHOPCTXIJSoaevptuikxABEZHIKMNOPTYX",
)
_LATIN = re.compile(r"[A-Za-z]")
_WORD_WITH_LOOKALIKE = re.compile(
    "[A-Za-z\u0400-\u04ff\u0370-\u03ff\u0500-\u052f]*[\u0400-\u04ff\u0370-\u03ff"
    "\u0500-\u052f][A-Za-z\u0400-\u04ff\u0370-\u03ff\u0500-\u052f]*"
)

#: The bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069)
#: and the directional marks (U+200E, U+200F, U+061C): they change how a quote displays.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
#: Characters that carry no text: C0 controls but tab and line breaks, DEL, soft hyphen,
#: zero-width space, joiners, word joiner, invisible operators, byte-order mark, and the
#: bidirectional controls.
INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069"
    "\u061c\ufeff]+"
)


def describe_bidi(text: str) -> str | None:
    """Return where and which bidirectional control a text holds ("U+202E at 5"), or None.

    >>> describe_bidi("killed \u202e400\u202c soldiers")
    'U+202E at character 8'
    >>> describe_bidi("killed 400 soldiers") is None
    True
    """
    found = BIDI_CONTROLS.search(text)
    return None if found is None else f"U+{ord(found[0]):04X} at character {found.start() + 1}"


class Visible:
    """Hold a text with its invisible characters removed and map offsets back to the original.

    Built from compiled-regex runs, not a loop over characters: a text without invisible
    characters costs one search.

    >>> v = Visible("4\u200b00 soldiers")
    >>> v.text
    '400 soldiers'
    >>> v.span(0, 3)
    (0, 4)
    """

    def __init__(self, original: str):
        self.original = original
        self._at: list[int] = []  # visible offset at which each removed run was
        self._shift: list[int] = []  # characters removed up to and including that run
        removed = 0
        for run in INVISIBLE.finditer(original):
            self._at.append(run.start() - removed)
            removed += run.end() - run.start()
            self._shift.append(removed)
        text = INVISIBLE.sub("", original) if removed else original
        self.text = reading_form(text)  # one for one: the offsets above still hold

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Return the original offsets of the visible span start:end (runs outside it excluded)."""
        if not self._at:
            return start, end
        before_start = bisect.bisect_right(self._at, start) - 1
        before_end = bisect.bisect_right(self._at, end - 1) - 1
        shift_start = self._shift[before_start] if before_start >= 0 else 0
        shift_end = self._shift[before_end] if before_end >= 0 else 0
        return start + shift_start, end + shift_end


def _digit(char: str) -> int | None:
    return unicodedata.digit(char, None) if not char.isascii() or char.isdigit() else None


def _script(char: str) -> str:
    """Name the script of a digit: ``ASCII``, ``FULLWIDTH``, ``ARABIC-INDIC``, ``SUPERSCRIPT``…"""
    if "0" <= char <= "9":
        return "ASCII"
    name = unicodedata.name(char, "")
    return name.replace(" DIGIT", "").rsplit(" ", 1)[0] or "unnamed"


def reading_form(text: str) -> str:
    """Return *text* as the extractor reads it: other scripts' digits and look-alikes mapped.

    One character for one, so offsets stay the text's own (see the module's rule).
    A number mixing scripts is left as it is (:func:`number_problems` refuses it).

    >>> reading_form("\uff14\uff10\uff10 killed, \u0664\u0660\u0660 wounded, m\u043ere than 6")
    '400 killed, 400 wounded, more than 6'
    >>> reading_form("\u0432\u0431\u0438\u0442\u043e 400")  # a Cyrillic word stays Cyrillic
    'вбито 400'
    """
    if text.isascii():
        return text
    chars = list(text)
    for number in _NUMBER.finditer(text):
        digits = [c for c in number[0] if _digit(c) is not None]
        if not any(ord(c) > 127 for c in digits) or len({_script(c) for c in digits}) > 1:
            continue
        for at in range(number.start(), number.end()):
            value = _digit(text[at])
            if value is not None:
                chars[at] = str(value)
    for word in _WORD_WITH_LOOKALIKE.finditer(text):
        if _LATIN.search(word[0]):
            mapped = word[0].translate(CONFUSABLES)
            chars[word.start() : word.end()] = list(mapped)
    return "".join(chars)


def number_problems(text: str) -> list[tuple[int, str, str]]:
    """Return each number *text* cannot be read as: (offset, the number, what is expected).

    >>> number_problems("more than 4\u0660\uff10 killed")[0][2]
    'a number in one script of digits (this one mixes ARABIC-INDIC, ASCII, FULLWIDTH)'
    >>> number_problems("6\u033600 killed")[0][2]
    'a number without combining marks (U+0336 COMBINING LONG STROKE OVERLAY)'
    >>> number_problems("nine hundred quintillion dead")[0][1:]
    ('quintillion', 'a figure at most 999,999,999,999,999 (MAX_FIGURE)')
    >>> number_problems("400 killed, 4\u200b00 wounded")
    []
    """
    found = []
    for number in _NUMBER.finditer(text):
        written = number[0]
        digits = [c for c in written if _digit(c) is not None]
        scripts = sorted({_script(c) for c in digits})
        marks = [c for c in written if unicodedata.combining(c)]
        if marks:
            name = unicodedata.name(marks[0], "")
            expected = f"a number without combining marks (U+{ord(marks[0]):04X} {name})"
            found.append((number.start(), written, expected))
        elif len(scripts) > 1:
            expected = f"a number in one script of digits (this one mixes {', '.join(scripts)})"
            found.append((number.start(), written, expected))
        elif len(digits) > 15 and int("".join(str(_digit(c)) for c in digits)) > MAX_FIGURE:
            found.append((number.start(), written, f"a figure at most {MAX_FIGURE:,} (MAX_FIGURE)"))
    for word in _HUGE_WORDS.finditer(text):
        found.append((word.start(), word[0], f"a figure at most {MAX_FIGURE:,} (MAX_FIGURE)"))
    return sorted(found)
