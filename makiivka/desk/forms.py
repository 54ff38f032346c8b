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

import re
from collections.abc import Iterable, Mapping

from makiivka.story.coded import (
    DENIAL,
    coded_cells,
    coded_qualifier,
    denial_cells,
    is_denial,
    noted_denial,
    with_coded,
    with_denial,
)
from makiivka.story.problems import Problem
from makiivka.text.denials import denied_reading
from makiivka.text.quantities import parse_quantity

#: The fields the row editor submits as typed.
TYPED = (
    "claimant", "relayed_by", "metric", "scope", "quote", "occurrence", "figure", "unit",
    "stated_at", "stated_at_basis", "supersedes", "notes",
)  # fmt: skip
#: The fields whose first-shown value every row form carries (``was_<field>``), so a conflict
#: can tell what another editor changed since: the typed ones, the qualifier and the status.
SEEN = (*TYPED, "qualifier", "status")
#: A row's fields that tell whether it is coded as a denial (:func:`is_denial`'s order).
DENIAL_FIELDS = ("qualifier", "quote", "figure", "notes")
#: Problems about these fields are shown beside the figure (they follow from it).
FROM_FIGURE = ("value", "value_low", "value_high", "qualifier")
#: How a stated_at the editor gives in the desk is based (the published_at convention's words).
DESK_BASIS = "inferred: given in the review desk"
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


def changes_of(
    row: Mapping[str, str], form: Mapping[str, str], units: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Return the fields of *row* the submitted *form* changes (numbers follow the figure).

    A field the editor left as it was first shown (its ``was_<field>``) is not a change,
    even where *row* has moved on since: applying a stale editor over another editor's
    newer row changes only what this editor changed. A stated_at changed with its basis
    left as it was gets the desk's basis (:func:`desk_basis`: round 26's new user's row still
    said "the text does not say"); a metric changed with the unit left as it was takes the
    unit the metric declares (*units*, by metric id).
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
        if qualifier == DENIAL:  # "denied that more than 50 had died": the denier's upper bound
            cells = denial_cells(figure) or {"qualifier": "up_to"}
            wanted.update(cells, notes=with_denial(with_coded(notes, None), figure))
        elif read.get("qualifier") == qualifier:
            wanted.update(read, notes=with_denial(with_coded(notes, None), None))
        else:
            cells = coded_cells(figure, qualifier) or {"qualifier": qualifier}
            wanted.update(cells, notes=with_denial(with_coded(notes, qualifier), None))
    elif "figure" in wanted:
        read = numbers(wanted["figure"], quote) or {}
        if qualifier == DENIAL:  # still a denial: of the figure as now marked
            read = {**read, **(denial_cells(wanted["figure"]) or {})}
            wanted["notes"] = with_denial(notes, wanted["figure"])
        wanted.update(read)
        if coded_qualifier(notes):
            wanted["notes"] = with_coded(wanted.get("notes", notes), None)  # its own reading
    if "stated_at" in wanted and "stated_at_basis" not in wanted:
        wanted["stated_at_basis"] = desk_basis(row.get("stated_at", ""))
    declared = (units or {}).get(wanted.get("metric", ""))
    if declared and "unit" not in wanted:
        wanted["unit"] = declared
    relay = wanted.get("relayed_by", row.get("relayed_by", ""))
    if relay and wanted.get("claimant", row.get("claimant")) == relay:
        wanted["relayed_by"] = ""  # the row given to the outlet that relayed it: no relay now
    return {f: v for f, v in wanted.items() if row.get(f) != v}


def desk_basis(was: str) -> str:
    """Return the basis of a stated_at an editor gave in the desk, naming the one it replaced.

    >>> desk_basis("2026-11-10T06:15-04:00")
    'inferred: given in the review desk (was 2026-11-10T06:15-04:00)'
    """
    return f"{DESK_BASIS} (was {was})" if was.strip() else DESK_BASIS


def moved_since(row: Mapping[str, str], form: Mapping[str, str]) -> dict[str, str]:
    """Return the fields another editor changed since this editor's form was shown.

    {field: the value this editor first saw} for each field whose ``was_<field>`` differs
    from *row* as it is now (a form without them, such as a bare accept, gives none).

    >>> moved_since({"notes": "per the list", "metric": "killed", "status": "reviewed"},
    ...             {"was_notes": "", "was_metric": "killed", "metric": "wounded",
    ...              "was_status": "proposed"})
    {'notes': '', 'status': 'proposed'}
    """
    # The notes' record of the other editor's edit (with_edit_noted) is no note of theirs:
    # the fields it names are listed themselves.
    seen = {f: _typed(form[f"was_{f}"]) for f in SEEN if f"was_{f}" in form}
    now = {f: _typed(row.get(f, "")) for f in seen}
    if seen.get("qualifier") == DENIAL and is_denial(*(row.get(f, "") for f in DENIAL_FIELDS)):
        now["qualifier"] = DENIAL  # the editor's choice for a row coded as a denial
    if "notes" in seen:
        seen_notes, now_notes = (own_notes(n) for n in (seen["notes"], now["notes"]))
        if seen_notes == now_notes:
            now["notes"] = seen["notes"]
    return {f: v for f, v in seen.items() if v != now[f]}


def made_too(row: Mapping[str, str], form: Mapping[str, str]) -> set[str]:
    """Return the fields this editor changed to what another editor has made them already.

    :func:`changes_of` leaves them out (nothing to apply); the conflict panel says "the same
    as theirs" for them, never "(unchanged)" (new user 24: both editors changed the metric).

    >>> made_too({"metric": "missing", "scope": "event"},
    ...          {"was_metric": "rescued", "metric": "missing", "was_scope": "event",
    ...           "scope": "event"})
    {'metric'}
    """
    return {
        f
        for f in SEEN
        if f in form
        and f"was_{f}" in form
        and _typed(form[f]) != _typed(form[f"was_{f}"])
        and _typed(form[f]) == _typed(row.get(f, ""))
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


#: How the notes of a row not yet sealed record an edit made at the desk (a sealed row's
#: edits go to corrections.csv instead); :func:`makiivka.desk.history.history` reads it back.
EDITED = "edited at the desk"


_RECORD = re.compile(rf"(?:\A|;\s*){EDITED} \S+: [^;]*")


def own_notes(notes: str) -> str:
    """Return *notes* without the desk's records of edits (:func:`with_edit_noted`).

    >>> own_notes("proposed; edited at the desk 2027-03-17T01:02:03Z: claimant: a → b")
    'proposed'
    """
    return _RECORD.sub("", notes).strip()


def codes_denial(row: Mapping[str, str], form: Mapping[str, str]) -> bool:
    """Tell whether the submitted *form* codes its row as a denial (the editor chose it).

    >>> codes_denial({"qualifier": "up_to"}, {"qualifier": "denial", "was_qualifier": "up_to"})
    True
    """
    was = _typed(form.get("was_qualifier", row.get("qualifier", "")))
    return _typed(form.get("qualifier", "")) == DENIAL != was


def with_edit_noted(
    row: Mapping[str, str], wanted: dict[str, str], when: str, noted: bool = True, reason: str = ""
) -> dict[str, str]:
    """Return *wanted* with the row's notes saying what it changes, at the desk and when, and
    the editor's *reason* where given (not *noted*: a sealed row's change, which
    corrections.csv logs with its reason), keeping every record the row's notes hold.

    >>> with_edit_noted({"claimant": "company", "notes": "proposed"},
    ...                 {"claimant": "families"}, "2027-03-17T01:02:03Z")["notes"]
    'proposed; edited at the desk 2027-03-17T01:02:03Z: claimant: company → families'
    """
    changed = [f for f in wanted if f != "notes"]
    why = " ".join(reason.replace(";", ",").split())  # a record holds no ";"
    notes = wanted.get("notes", row.get("notes", ""))
    figure = wanted.get("figure", row.get("figure", ""))
    # coding a denial changes what a reader sees even where the bounds stay: always recorded
    denial = noted_denial(notes, figure) and not noted_denial(row.get("notes", ""), figure)
    said = ", ".join(
        [f"{f}: {row.get(f) or '(empty)'} \u2192 {wanted[f] or '(empty)'}" for f in changed]
        + (["coded as a denial"] if denial else [])
    )
    noted, changed = noted or denial, changed or denial
    # Notes typed over the row's (an editor's older form) never drop an edit's record.
    kept = [r.lstrip("; ") for r in _RECORD.findall(row.get("notes", ""))]
    records = [r for r in kept if r not in notes] + (
        [f"{EDITED} {when}: {said}" + (f" — {why}" if why else "")] if changed and noted else []
    )
    if not records:
        return wanted
    return {**wanted, "notes": "; ".join(filter(None, [notes, *records]))}
