"""Keep a quote's brackets and quotation marks balanced: trim the unmatched ones at its ends.

A quote is cut from an article at sentence boundaries, and a sentence split before a
translation's bracket or a French quotation leaves a mark whose partner is outside the quote:
"Provisional toll: 30 civilians killed.)", "(FARDC deny the figure of 40 …", "… killed in
the fighting. « C'est faux." (round 24's second new user). :func:`balanced_span` narrows the
quote's span so that none is left: it never cuts inside the part that must stay (the figure),
and the span stays a piece of the text, so the quote is still found verbatim in its article.
"""

from __future__ import annotations

#: Opening marks and the closing mark each pairs with.
PAIRS = {"(": ")", "[": "]", "«": "»", "“": "”"}
_CLOSERS = {close: open_ for open_, close in PAIRS.items()}
#: Marks whose unmatched fragment (a new bracketed or quoted sentence) is cut off whole; a
#: curly or straight quotation mark can be a quotation's own and is trimmed only at the ends.
_FRAGMENTS = frozenset("([«")


def unmatched(text: str, start: int, end: int) -> list[int]:
    """Return the positions of the marks in text[start:end] whose partner is not in it.

    A straight double quote pairs with the next one.

    >>> unmatched("(a) b) [c", 0, 9)
    [5, 7]
    >>> unmatched('He said "40 died" (AFP', 0, 22)
    [18]
    """
    stack: list[int] = []
    lone: list[int] = []
    for at in range(start, end):
        char = text[at]
        if char == '"':
            if stack and text[stack[-1]] == '"':
                stack.pop()
            else:
                stack.append(at)
        elif char in PAIRS:
            stack.append(at)
        elif char in _CLOSERS:
            if stack and text[stack[-1]] == _CLOSERS[char]:
                stack.pop()
            else:
                lone.append(at)
    return sorted(lone + stack)


def balanced_span(text: str, start: int, end: int, keep: tuple[int, int]) -> tuple[int, int]:
    """Return [start, end) narrowed so that no unmatched mark is left, keeping *keep* whole.

    An unmatched mark at either end is dropped; an unmatched opening bracket or guillemet
    after *keep* ends the span before it (the fragment it opens is another sentence); an
    unmatched closing one before *keep* starts the span after it. Marks inside *keep*, or
    that cannot go without cutting into it, stay. Spaces at the new ends are left out.

    >>> t = "Provisional toll: 30 civilians killed.)"
    >>> a, b = balanced_span(t, 0, len(t), (18, 20)); t[a:b]
    'Provisional toll: 30 civilians killed.'
    >>> t = "Ngongo denied that 40 soldiers had been killed. « C'est faux."
    >>> a, b = balanced_span(t, 0, len(t), (19, 21)); t[a:b]
    'Ngongo denied that 40 soldiers had been killed.'
    >>> t = "(FARDC deny the figure of 40 soldiers killed."
    >>> a, b = balanced_span(t, 0, len(t), (26, 28)); t[a:b]
    'FARDC deny the figure of 40 soldiers killed.'
    >>> t = "(a) 40 (b) died"
    >>> balanced_span(t, 0, len(t), (4, 6))
    (0, 15)
    """
    low, high = keep
    for _ in range(8):  # each pass drops at least one mark; a quote holds few
        marks = unmatched(text, start, end)
        new_start, new_end = start, end
        for at in marks:
            if low <= at < high:
                continue
            if at < low and (at == start or text[at] in _CLOSERS):
                new_start = max(new_start, at + 1)
            elif at >= high and (at == end - 1 or text[at] in _FRAGMENTS):
                new_end = min(new_end, at)
        while new_start < low and text[new_start].isspace():
            new_start += 1
        while new_end > high and text[new_end - 1].isspace():
            new_end -= 1
        if (new_start, new_end) == (start, end):
            break
        start, end = new_start, new_end
    return start, end
