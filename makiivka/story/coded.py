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

from makiivka.text.denials import as_upper_bound, coded_as_denial
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
    return _before_records(kept, f"{_MARK}{qualifier}")


#: Where a row's notes start their records of edits (the desk's, ``makiivka correct``'s).
_RECORDS = re.compile(r"(?:\A|;\s*)(?=(?:edited at the desk|corrected) \S+: )")


def _before_records(notes: str, mark: str) -> str:
    """Return *notes* with *mark* added before their records of edits, so a row's history
    never reads the mark as part of an edit.

    >>> _before_records("proposed; edited at the desk T: qualifier: a → b", "denial")
    'proposed; denial; edited at the desk T: qualifier: a → b'
    """
    at = _RECORDS.search(notes)
    head, tail = (notes[: at.start()], notes[at.end() :]) if at else (notes, "")
    return "; ".join(filter(None, [head.strip().strip(";").strip(), mark, tail]))


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


#: The denial mark of a row's notes, as ``makiivka ingest`` writes it for a figure whose quote
#: denies it ("denied reports of more than 100 dead") and as the desk and ``makiivka correct``
#: write it for a row an editor codes as a denial ("said the figure of more than 50 dead was
#: exaggerated", a denial ingest misses).
_DENIAL = "denial: the speaker rejects '{}'; coded as its upper bound"
_DENIALS = re.compile(
    r"(?:\A|;\s*)denial: the speaker rejects '(?P<f>[^']*)'; coded as its upper bound"
)
#: The pseudo-qualifier an editor chooses to code a row as a denial (never stored).
DENIAL = "denial"


def noted_denial(notes: str, figure: str) -> bool:
    """Tell whether a row's *notes* say its *figure* is denied, coded as its upper bound.

    >>> noted_denial("proposed; denial: the speaker rejects 'more than 50'; coded as its "
    ...              "upper bound", "more than 50")
    True
    >>> noted_denial("denial: the speaker rejects 'more than 50'; coded as its upper bound", "50")
    False
    """
    return any(m["f"] == figure for m in _DENIALS.finditer(notes or ""))


def with_denial(notes: str, figure: str | None) -> str:
    """Return *notes* saying *figure* is denied (None: saying no figure is).

    >>> with_denial("per AFP; qualifier coded by an editor: up_to", "more than 50")
    "per AFP; qualifier coded by an editor: up_to; denial: the speaker rejects 'more than 50'; \
coded as its upper bound"
    >>> with_denial("per AFP; denial: the speaker rejects '50'; coded as its upper bound", None)
    'per AFP'
    """
    kept = _DENIALS.sub("", notes or "").strip().strip(";").strip()
    if figure is None:
        return kept
    return _before_records(kept, _DENIAL.format(figure))


def denial_cells(figure: str) -> dict[str, str] | None:
    """Return value, bounds and qualifier of *figure* denied: the denier's upper bound.

    >>> denial_cells("more than 50")
    {'value': '50', 'value_low': '', 'value_high': '50', 'qualifier': 'up_to'}
    >>> denial_cells("no one") is None
    True
    """
    try:
        q = as_upper_bound(parse_quantity(figure))
    except ValueError:
        return None
    if q.value is None:
        return None
    return {"value": str(q.value), "value_low": "", "value_high": str(q.high), "qualifier": "up_to"}


def is_denial(qualifier: str, quote: str, figure: str, notes: str = "") -> bool:
    """Tell whether a row is coded as a denial: its quote denies its figure, or its notes say
    so, and it is coded as the denier's upper bound (qualifier ``up_to``).

    >>> said = "The ministry said the figure of more than 50 dead was exaggerated."
    >>> is_denial("up_to", said, "more than 50",
    ...           "denial: the speaker rejects 'more than 50'; coded as its upper bound")
    True
    >>> is_denial("up_to", said, "more than 50"), is_denial("up_to", "It denied that 50 died", "50")
    (False, True)
    """
    if coded_as_denial(qualifier, quote, figure):
        return True
    return "up_to" in str(qualifier).split("; ") and noted_denial(str(notes), str(figure))


def noted_denials(claims) -> set[str]:
    """Return the claim ids of *claims* (a ledger frame) whose notes say an editor coded them
    as a denial (:func:`noted_denial`) and whose qualifier says ``up_to``."""
    notes = claims["notes"].astype("string").fillna("")
    maybe = claims[notes.str.contains("denial: the speaker rejects", regex=False).to_numpy()]
    return {
        str(i)
        for i, n, f, q in zip(
            maybe["claim_id"], maybe["notes"], maybe["figure"], maybe["qualifier"], strict=True
        )
        if str(q) == "up_to" and noted_denial(str(n), str(f))
    }


def denied_assertions(found, claims=None) -> list[bool]:
    """Tell which assertions of *found* (``makiivka.analysis.assertions``: ``qualifiers``,
    ``quotes``, ``figures``, ``claim_ids``) are denials: a quote denies the first figure, or
    (given the ledger's *claims*) a report's notes say an editor coded it as a denial."""
    noted = set() if claims is None else noted_denials(claims)
    columns = ("qualifiers", "quotes", "figures", "claim_ids")
    return [
        coded_as_denial(q, t, str(f).split("; ")[0]) or not noted.isdisjoint(str(i).split(";"))
        for q, t, f, i in zip(*(found[c] for c in columns), strict=True)
    ]


def coded_changes(
    row: dict[str, str], changes: dict[str, str], record: str, reason: str
) -> dict[str, str]:
    """Return the cells a correction of *row* writes: *changes*, a qualifier :data:`DENIAL`
    coded as the denier's upper bound, and the notes kept true to the new cells: a coded
    qualifier or a denial they no longer hold is dropped; coding or dropping a denial (which
    changes what a reader sees) is recorded in them (*record* — *reason*).

    >>> row = {"figure": "35", "value": "35", "value_low": "35", "value_high": "",
    ...        "qualifier": "at_least", "notes": "x; qualifier coded by an editor: at_least"}
    >>> coded_changes(row, {"qualifier": "exact", "value_high": "35"}, "corrected T", "typo")
    {'qualifier': 'exact', 'value_high': '35', 'notes': 'x'}
    """
    cells = dict(changes)
    if not {"figure", "value", "value_low", "value_high", "qualifier"} & set(cells):
        return cells
    new = {**row, **cells}
    figure, notes = new["figure"], row.get("notes", "")
    was = noted_denial(notes, row["figure"])
    if cells.get("qualifier") == DENIAL:
        cells.update(denial_cells(figure) or {})
        notes = with_denial(with_coded(notes, None), figure)
    else:
        drawn = {k: new[k] for k in ("value", "value_low", "value_high", "qualifier")}
        mark = coded_qualifier(notes)
        if mark and coded_cells(figure, mark) != drawn:
            notes = with_coded(notes, None)
        if was:
            notes = with_denial(notes, figure if denial_cells(figure) == drawn else None)
    now = noted_denial(notes, figure)
    if now != was:
        why = " ".join(reason.replace(";", ",").split())  # a record holds no ";"
        done = "coded as a denial" if now else "no longer coded as a denial"
        notes = "; ".join(filter(None, [notes, f"{record}: {done} — {why}"]))
    if notes != row.get("notes", ""):
        cells["notes"] = notes
    return cells
