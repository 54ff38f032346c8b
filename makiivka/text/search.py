"""Read the matches of a pattern before a position, nearest first, found once per text.

Attribution looks back from every mention for the names written before it ("the ministry"
→ the last "<Name> Ministry"). Searching the text from its start for each mention made a
long text's cost grow with its square; the matches of the whole text are found once, kept
in a store the caller owns (one per article), and read back from a position with a binary
search. Python's ``re`` has no backward search, hence this small index of our own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator


def matches_before(
    store: dict, text: str, pattern: re.Pattern[str], position: int
) -> Iterator[re.Match[str]]:
    """Yield the matches ``pattern.finditer(text, 0, position)`` finds, the nearest first.

    *store* keeps the whole text's matches per pattern between calls (pass the same dict for
    the same text). A match running across *position* is yielded as the bounded search sees it.

    >>> words = re.compile(r"[A-Z]\\w*")
    >>> [m[0] for m in matches_before({}, "Ann met Bob and Cyd", words, 17)]
    ['C', 'Bob', 'Ann']
    """
    if pattern.pattern not in store:
        runs = list(pattern.finditer(text))
        store[pattern.pattern] = (runs, [m.start() for m in runs])
    runs, starts = store[pattern.pattern]
    i = bisect.bisect_left(starts, position)
    if i and runs[i - 1].end() > position:  # a match across *position*: as the search sees it
        yield from reversed(list(pattern.finditer(text, runs[i - 1].start(), position)))
        i -= 1
    for k in range(i - 1, -1, -1):
        yield runs[k]
