"""Measure and wrap text the way the chart fonts set it, without a browser."""

from __future__ import annotations

import re

#: Advance widths of Liberation Sans (metric-compatible with Arial and Helvetica), in
#: thousandths of the font size, to wrap text to a width before Vega draws it.
GLYPH_WIDTHS = {
    **dict.fromkeys("'", 191),
    **dict.fromkeys("ijl\u2018\u2019", 222),
    **dict.fromkeys(" \u00a0!,./:;I[\\]ft", 278),
    **dict.fromkeys("|", 260),
    **dict.fromkeys("()-r`{}\u201c\u201d", 333),
    **dict.fromkeys('"', 355),
    **dict.fromkeys("^", 469),
    **dict.fromkeys("Jcksvxyz", 500),
    **dict.fromkeys("0123456789abdeghnopqu?$#_\u00a3\u2013\u20ac", 556),
    **dict.fromkeys("+<=>~\u00d7\u00f7", 584),
    **dict.fromkeys("FTZ", 611),
    **dict.fromkeys("&ABEKPSVXY", 667),
    **dict.fromkeys("CDHNRUw", 722),
    **dict.fromkeys("GOQ", 778),
    **dict.fromkeys("Mm", 833),
    **dict.fromkeys("%", 889),
    **dict.fromkeys("W", 944),
    **dict.fromkeys("@\u2026\u2014\u2192", 1000),
}


#: Width of a glyph not in :data:`GLYPH_WIDTHS`: a little wider than most, to be safe.
OTHER_GLYPH = 620

#: Liberation Sans Bold where it differs from the regular face (a bold label measured as
#: regular ran into the point beside it: round 18's "58 or more (no later than 16 Mar)").
BOLD_WIDTHS = {
    **GLYPH_WIDTHS,
    **dict.fromkeys("'", 238),
    **dict.fromkeys("ijl\u2018\u2019", 278),
    **dict.fromkeys("|", 280),
    **dict.fromkeys("!:;[]ft", 333),
    **dict.fromkeys("r{}", 389),
    **dict.fromkeys('"', 474),
    **dict.fromkeys("\u201c\u201d", 500),
    **dict.fromkeys("Jcksvxy", 556),
    **dict.fromkeys("^", 584),
    **dict.fromkeys("?bdghnopquL", 611),
    **dict.fromkeys("&ABKR", 722),
    **dict.fromkeys("w", 778),
    **dict.fromkeys("m", 889),
}


#: Share of a column that wrapped text may fill, for fonts a little wider than the table's.
WRAP_SLACK = 0.97


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Return the width in px of *text* set in Liberation Sans (*bold*: its bold face) at
    *size* px.

    >>> text_width("or", 12), text_width("or", 12, bold=True)
    (10.668, 12.0)
    """
    widths = BOLD_WIDTHS if bold else GLYPH_WIDTHS
    return size * sum(widths.get(c, OTHER_GLYPH) for c in text) / 1000


#: Where a line may break: any white space but a no-break space (U+00A0).
_BREAKS = re.compile(r"[^\S\u00a0]+")


def wrap(text: str, width: float, size: float = 12) -> list[str]:
    """Break *text* at spaces into lines no wider than *width* px at *size* px.

    A single word wider than *width* keeps a line to itself (Vega then ends it with "…").

    >>> wrap("from the initial estimate of 63 to 89", 100)
    ['from the initial', 'estimate of 63 to', '89']
    >>> wrap("35 (by\u00a019\u00a0Oct)", 40)
    ['35', '(by\xa019\xa0Oct)']
    >>> wrap("", 100)
    ['']
    """
    limit = width * WRAP_SLACK
    lines: list[str] = []
    for word in _BREAKS.split(str(text).strip()):  # a no-break space holds "20 Oct" whole
        if lines and text_width(f"{lines[-1]} {word}", size) <= limit:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def and_list(items: list[str]) -> str:
    """Join *items* as a sentence would: 'A', 'A and B', 'A, B and C'.

    >>> and_list(["the Ministry", "the rebels", "outlets in their own voice"])
    'the Ministry, the rebels and outlets in their own voice'
    """
    items = [str(i) for i in items]
    return " and ".join([", ".join(items[:-1]), items[-1]]) if len(items) > 1 else "".join(items)


def possessive(name: str) -> str:
    """Return a name's possessive as news style writes it: an apostrophe alone after a final
    "s" ("Kestrel Collieries'", "Reuters'"), else "'s" (round 16's new user).

    >>> possessive("Kestrel Collieries"), possessive("Ukraine"), possessive("Reuters")
    ("Kestrel Collieries'", "Ukraine's", "Reuters'")
    """
    return f"{name}'" if name.endswith("s") else f"{name}'s"
