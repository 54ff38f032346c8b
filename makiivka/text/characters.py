"""Find the invisible characters a copied text may hold, and read past them with offsets kept.

Zero-width spaces, soft hyphens, NUL and other control characters, and the bidirectional
controls arrive in texts copied from web pages and messengers. Inside a number they split it
("4\u200b00" would read as 4 and 00); a bidirectional override (U+202E) makes "400" display as
"004" while its value stays 400, so a quote holding one misleads its reader.
"""

from __future__ import annotations

import bisect
import re

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
        self.text = INVISIBLE.sub("", original) if removed else original

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Return the original offsets of the visible span start:end (runs outside it excluded)."""
        if not self._at:
            return start, end
        before_start = bisect.bisect_right(self._at, start) - 1
        before_end = bisect.bisect_right(self._at, end - 1) - 1
        shift_start = self._shift[before_start] if before_start >= 0 else 0
        shift_end = self._shift[before_end] if before_end >= 0 else 0
        return start + shift_start, end + shift_end
