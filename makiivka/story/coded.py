"""A qualifier an editor codes by hand, where the figure's words do not carry it.

A row's value, bounds and qualifier are what :func:`parse_quantity` reads in its figure
(``makiivka validate`` checks it). Some wordings it reads as exact mean a bound ("could be as
high as 150": at most 150); an editor then codes the qualifier, and the row's notes say so
(``qualifier coded by an editor: up_to``). The bounds follow the coded qualifier from the
figure's value by the ledger's bound rules, and the check holds the row to them. Only the
qualifiers of one number are offered: a range or a vague amount needs its own words.
"""

from __future__ import annotations

import re

from makiivka.text.quantities import parse_quantity

#: The qualifiers an editor may code for a figure of one number, with the words for each.
CODABLE = {
    "exact": "exactly",
    "about": "about (an estimate)",
    "at_least": "at least (N or more)",
    "more_than": "more than (N + 1 or more)",
    "up_to": "up to (N or fewer)",
    "fewer_than": "fewer than (N − 1 or fewer)",
}
_MARK = "qualifier coded by an editor: "
_MARKED = re.compile(rf"(?:\A|;\s*){re.escape(_MARK)}(?P<q>[a-z_]+)(?=\s*;|\s*\Z)")


def coded_qualifier(notes: str) -> str | None:
    """Return the qualifier an editor coded in a row's notes, or None.

    >>> coded_qualifier("proposed by makiivka extract; qualifier coded by an editor: up_to")
    'up_to'
    >>> coded_qualifier("proposed by makiivka extract") is None
    True
    """
    m = _MARKED.search(notes or "")
    return m["q"] if m else None


def with_coded(notes: str, qualifier: str | None) -> str:
    """Return *notes* saying the editor coded *qualifier* (None: saying nothing of it).

    >>> with_coded("per the list", "up_to")
    'per the list; qualifier coded by an editor: up_to'
    >>> with_coded("per the list; qualifier coded by an editor: up_to", None)
    'per the list'
    """
    kept = _MARKED.sub("", notes or "").strip().strip(";").strip()
    if qualifier is None:
        return kept
    return "; ".join(filter(None, [kept, f"{_MARK}{qualifier}"]))


def coded_cells(figure: str, qualifier: str | None) -> dict[str, str] | None:
    """Return value, bounds and qualifier of *figure* coded as *qualifier*, or None.

    None when the qualifier is not one :data:`CODABLE` offers or the figure is not one
    number.

    >>> coded_cells("as high as 150", "up_to")
    {'value': '150', 'value_low': '', 'value_high': '150', 'qualifier': 'up_to'}
    >>> coded_cells("more than 200", "fewer_than")
    {'value': '200', 'value_low': '', 'value_high': '199', 'qualifier': 'fewer_than'}
    >>> coded_cells("dozens", "up_to") is None
    True
    """
    if qualifier not in CODABLE:
        return None
    try:
        value = parse_quantity(figure).value
    except ValueError:
        return None
    if not isinstance(value, int):
        return None
    low, high = {
        "exact": (value, value), "about": (value, value), "at_least": (value, None),
        "more_than": (value + 1, None), "up_to": (None, value), "fewer_than": (None, value - 1),
    }[qualifier]  # fmt: skip
    cells = {"value": str(value), "value_low": "" if low is None else str(low)}
    return {**cells, "value_high": "" if high is None else str(high), "qualifier": qualifier}
