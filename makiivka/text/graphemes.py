"""Cut text where a reader sees a character end: never inside an emoji, a flag or an accent.

Python counts code points, and one character on screen may be several: "❤️" is a heart and a
variation selector, "👍🏽" a hand and a skin tone, "👩‍⚕️" three code points joined by a
zero-width joiner, "🇺🇦" two regional indicators, "é" may be "e" and a combining accent.
:func:`graphemes` splits text into such clusters (the common rules of Unicode's extended
grapheme clusters, UAX #29: marks, joiners, selectors, modifiers, tags, flag pairs, Hangul
syllables) with the standard library alone; :func:`shorten` cuts a line to a length in
them, at a space when there is one.
"""

from __future__ import annotations

import unicodedata

ZWJ = "\u200d"
ELLIPSIS = "…"


def _extends(char: str) -> bool:
    """Tell whether *char* belongs to the character before it (never starts a cluster)."""
    code = ord(char)
    return (
        unicodedata.category(char) in ("Mn", "Me", "Mc")  # accents, keycaps "1️⃣", vowel signs
        or char == ZWJ
        or 0xFE00 <= code <= 0xFE0F  # variation selectors: "❤️"
        or 0xE0100 <= code <= 0xE01EF
        or 0x1F3FB <= code <= 0x1F3FF  # skin tones: "👍🏽"
        or 0xE0020 <= code <= 0xE007F  # tags: the flags of England, Scotland, Wales
        or 0x1160 <= code <= 0x11FF  # Hangul medial vowels and final consonants
        or 0xD7B0 <= code <= 0xD7FF
    )


def _regional(char: str) -> bool:
    return 0x1F1E6 <= ord(char) <= 0x1F1FF


def graphemes(text: str) -> list[str]:
    """Return *text* as the characters a reader sees.

    >>> [len(c) for c in graphemes("a❤️🇺🇦👩\u200d⚕️e\u0301")]  # code points in each
    [1, 2, 2, 4, 2]
    >>> len(graphemes("🇺🇦🇺🇦")), len(graphemes("👍🏽 ok"))
    (2, 4)
    """
    clusters: list[str] = []
    flags = 0  # regional indicators in the current cluster: two make a flag
    for char in text:
        joined = bool(clusters) and clusters[-1].endswith(ZWJ)
        pair = _regional(char) and flags == 1
        if clusters and (_extends(char) or joined or pair):
            clusters[-1] += char
            flags += pair
            continue
        clusters.append(char)
        flags = 1 if _regional(char) else 0
    return clusters


def shorten(line: str, limit: int) -> str:
    """Return *line* cut to at most *limit* characters as seen, ending "…" when cut.

    The cut falls at the last space before the limit (punctuation before it dropped), else
    between two characters: never inside one.

    >>> shorten("Toll rises to 112 dead", 12)
    'Toll rises…'
    >>> shorten("🇺🇦🇺🇦🇺🇦🇺🇦", 3)
    '🇺🇦🇺🇦…'
    >>> shorten("short ❤️", 10)
    'short ❤️'
    """
    clusters = graphemes(line)
    if len(clusters) <= limit:
        return line
    head = clusters[: limit - 1]
    spaces = [i for i, c in enumerate(head) if c.isspace()]
    if spaces and spaces[-1] > 0:
        head = head[: spaces[-1]]
    return "".join(head).rstrip(" ,;:") + ELLIPSIS
