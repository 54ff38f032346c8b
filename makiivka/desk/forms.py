"""Turn a submitted row editor into the change it asks for, and problems into field messages.

Value, bounds and qualifier are never typed: they are what :func:`parse_quantity` reads in
the figure (the rule ``makiivka validate`` checks), so the editor changes the figure and the
numbers follow. The unit follows the figure when the figure names one. A figure its quote
denies ("dismissed reports of more than 1,000 dead") reads as the denier's upper bound, as
``makiivka extract`` proposes it (the descriptor's ``conventions.denials``). Where the
figure's words do not carry the qualifier ("could be as high as 150" reads exact), the editor
codes it: the bounds follow the coded qualifier and the notes say so
(:mod:`makiivka.story.coded`), which ``makiivka validate`` holds the row to.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from makiivka.story.coded import coded_cells, coded_qualifier, with_coded
from makiivka.story.problems import Problem
from makiivka.text.denials import denied_reading
from makiivka.text.quantities import parse_quantity

#: The fields the row editor submits as typed.
TYPED = (
    "claimant", "relayed_by", "metric", "scope", "quote", "occurrence", "figure", "unit",
    "stated_at", "stated_at_basis", "supersedes", "notes",
)  # fmt: skip
#: The fields whose first-shown value every row form carries (``was_<field>``), so a conflict
#: can tell what another editor changed since: the typed ones and the row's status.
SEEN = (*TYPED, "status")
#: Problems about these fields are shown beside the figure (they follow from it).
FROM_FIGURE = ("value", "value_low", "value_high", "qualifier")
#: The choice in the claimant list that opens the inline register form.
NEW_CLAIMANT = "+new"


def numbers(figure: str, quote: str = "") -> dict[str, str] | None:
    """Return value, bounds, qualifier (and unit, if named) read in *figure*; None if none.

    >>> numbers("more than 60 soldiers")
    {'value': '60', 'value_low': '61', 'value_high': '', 'qualifier': 'more_than', 'unit': 'people'}
    >>> numbers("more than 60", "They dismissed reports of more than 60 dead.")
    {'value': '60', 'value_low': '', 'value_high': '60', 'qualifier': 'up_to'}
    >>> numbers("no one") is None
    True
    """
    try:
        q = denied_reading(figure, quote) or parse_quantity(figure)
    except ValueError:
        return None
    found = {
        "value": _cell(q.value),
        "value_low": _cell(q.low),
        "value_high": _cell(q.high),
        "qualifier": q.qualifier,
    }
    if q.unit:
        found["unit"] = q.unit
    return found


def changes_of(row: Mapping[str, str], form: Mapping[str, str]) -> dict[str, str]:
    """Return the fields of *row* the submitted *form* changes (numbers follow the figure).

    A field the editor left as it was first shown (its ``was_<field>``) is not a change,
    even where *row* has moved on since: applying a stale editor over another editor's
    newer row changes only what this editor changed.
    """
    typed = {f: _typed(form[f]) for f in TYPED if f in form}
    wanted = {
        f: v for f, v in typed.items() if f"was_{f}" not in form or _typed(form[f"was_{f}"]) != v
    }
    quote = wanted.get("quote", row.get("quote", ""))
    figure = wanted.get("figure", row.get("figure", ""))
    notes = wanted.get("notes", _typed(row.get("notes", "")))
    qualifier = _typed(form.get("qualifier", ""))
    if qualifier and qualifier != _typed(form.get("was_qualifier", row.get("qualifier", ""))):
        # the editor codes the qualifier: the bounds follow it, the notes say it was coded
        read = numbers(figure, quote) or {}
        if read.get("qualifier") == qualifier:
            wanted.update(read, notes=with_coded(notes, None))
        else:
            cells = coded_cells(figure, qualifier) or {"qualifier": qualifier}
            wanted.update(cells, notes=with_coded(notes, qualifier))
    elif "figure" in wanted:
        wanted.update(numbers(wanted["figure"], quote) or {})
        if coded_qualifier(notes):
            wanted["notes"] = with_coded(notes, None)  # the new figure's own reading
    return {f: v for f, v in wanted.items() if row.get(f) != v}


def moved_since(row: Mapping[str, str], form: Mapping[str, str]) -> dict[str, str]:
    """Return the fields another editor changed since this editor's form was shown.

    {field: the value this editor first saw} for each field whose ``was_<field>`` differs
    from *row* as it is now (a form without them, such as a bare accept, gives none).

    >>> moved_since({"notes": "per the list", "metric": "killed", "status": "reviewed"},
    ...             {"was_notes": "", "was_metric": "killed", "metric": "wounded",
    ...              "was_status": "proposed"})
    {'notes': '', 'status': 'proposed'}
    """
    return {
        f: _typed(form[f"was_{f}"])
        for f in SEEN
        if f"was_{f}" in form and _typed(form[f"was_{f}"]) != _typed(row.get(f, ""))
    }


def beside_fields(problems: Iterable[Problem]) -> tuple[dict[str, list[str]], list[str]]:
    """Sort problems into messages beside the editor's fields and ones about the whole row."""
    fields: dict[str, list[str]] = {}
    general = []
    for p in problems:
        name = "figure" if p.field in FROM_FIGURE else p.field
        message = f"'{p.value}' — expected {p.expected}" if p.value else f"expected {p.expected}"
        if name in (*TYPED, "reason") and p.path.endswith(("claims.csv", "corrections.csv")):
            fields.setdefault(name, []).append(message)
        else:
            general.append(str(p))
    return fields, general


def _typed(value: object) -> str:
    return str(value).replace("\r\n", "\n").strip()


def _cell(number: int | float | None) -> str:
    return "" if number is None else str(number)
