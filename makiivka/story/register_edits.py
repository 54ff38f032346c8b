"""Fix or drop a registered claimant: ``makiivka claimant edit`` and ``claimant remove``.

Each is one change under the story's write lock (:func:`makiivka.story.store.changing`),
checked with the rules of ``makiivka validate`` as it would leave the story (only the
problems the change brings refuse it), and rewrites only the claimant's own record of
``claimants.csv``: every other byte stays. Nothing is written when it is refused.

A claimant that ingest proposed for a speaker the register lacked is one whose ``notes``
begin :data:`~makiivka.story.register.PROPOSED`; that prefix is all that makes it
proposed (:class:`~makiivka.story.register.Proposals` reads it: a later article naming it
again is told to check it). The desk has no claimant editor: the README's way to keep
one is to fix its row and drop that note. ``claimant edit`` does that and keeps the
record: the notes then begin ``confirmed with makiivka claimant edit <when>``, saying
what changed, and end ``was proposed by makiivka ingest for …`` (the proposal's own
words, without its request to check it).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from makiivka.story import load, paths, store
from makiivka.story.changes import check_brought
from makiivka.story.descriptor import is_iso_time
from makiivka.story.problems import DataError, Problem, UsageError
from makiivka.story.register import ALIAS_SEPARATOR, PROPOSED, field_problems, name_key
from makiivka.story.table import Table

#: How a claimant's notes record an edit (after the notes it had).
EDITED = "edited with makiivka claimant edit"
#: How a proposed claimant's notes begin once an editor confirmed it.
CONFIRMED = "confirmed with makiivka claimant edit"
#: The request a proposed claimant's notes end with, dropped once it is confirmed.
_CHECK_IT = re.compile(
    r": check its name, side and kind, or give its rows to a registered claimant\Z"
)
#: The register's columns ``claimant edit`` changes, as its options name them.
EDITABLE = ("name", "side", "kind")


def stamp(changed_at: str | None) -> str:
    """Return *changed_at*, or now in UTC to the second; raise UsageError for a bad time.

    >>> stamp("2024-05-14T09:00:00Z")
    '2024-05-14T09:00:00Z'
    """
    if changed_at is None:
        return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if "T" not in changed_at or not is_iso_time(changed_at):
        expected = "an ISO 8601 time such as 2024-05-14T09:00:00Z"
        raise UsageError([Problem("--changed-at", 1, 1, "", changed_at, expected)])
    return changed_at


def located(data: Path, register: Table, claimant_id: str, option: str = "ID") -> int:
    """Return the data row of *claimant_id* in the register, or raise DataError naming *option*."""
    ids = register.frame["claimant_id"].tolist()
    if claimant_id not in ids:
        shown = paths.display(data / register.resource.path)
        raise DataError([Problem(option, 1, 1, "", claimant_id, f"a claimant_id in {shown}")])
    return ids.index(claimant_id)


def record(table: Table, position: int) -> dict[str, str]:
    """Return data row *position* of *table* as text cells."""
    return {k: str(v) for k, v in table.frame.iloc[position].to_dict().items()}


def is_proposed(row: dict[str, str]) -> bool:
    """Tell whether a register row is a claimant ingest proposed and no one confirmed."""
    return row.get("notes", "").startswith(PROPOSED)


def names_lacked(row: dict[str, str], names: list[str]) -> list[str]:
    """Return the *names* a register *row* lacks as its name or an alias, compared as ingest
    compares names (:func:`makiivka.story.register.name_key`); one with ``|`` is left out.

    >>> names_lacked({"name": "Hill Front", "aliases": "the Front"},
    ...              ["Oska Tarn", "Tarn", "the front", "Tarn", ""])
    ['Oska Tarn', 'Tarn']
    """
    known = {name_key(n) for n in [row["name"], *row["aliases"].split(ALIAS_SEPARATOR)] if n}
    lacked = []
    for name in names:
        if name.strip() and ALIAS_SEPARATOR not in name and name_key(name) not in known:
            known.add(name_key(name))
            lacked.append(name)
    return lacked


def without_request(notes: str) -> str:
    """Return a proposed claimant's *notes* without their request to check it (any other's as
    they are)."""
    return _CHECK_IT.sub("", notes) if notes.startswith(PROPOSED) else notes


def edited_notes(notes: str, said: str, when: str) -> str:
    """Return a claimant's *notes* recording an edit (*said*: "side: a → b, …") at *when*.

    A proposed claimant's notes then say it was confirmed, first, and keep the proposal's
    words after ``was``; any other's gain the record after what they held.

    >>> edited_notes("proposed by makiivka ingest for 'Oska Tarn' (side hill) in articles/w.txt"
    ...              ": check its name, side and kind, or give its rows to a registered claimant",
    ...              "kind: person → armed group", "2024-05-14T09:00:00Z")
    "confirmed with makiivka claimant edit 2024-05-14T09:00:00Z: kind: person → armed group; \
was proposed by makiivka ingest for 'Oska Tarn' (side hill) in articles/w.txt"
    >>> edited_notes("Its press office", "name: Herald → Orlen Herald", "2024-05-14T09:00:00Z")
    'Its press office; edited with makiivka claimant edit 2024-05-14T09:00:00Z: name: Herald → Orlen Herald'
    """  # noqa: E501
    if notes.startswith(PROPOSED):
        confirmed = f"{CONFIRMED} {when}" + (f": {said}" if said else "")
        return f"{confirmed}; was {without_request(notes)}"
    return "; ".join(filter(None, [notes, f"{EDITED} {when}: {said}"]))


def edit_claimant(
    data: Path,
    claimant_id: str,
    *,
    name: str | None = None,
    side: str | None = None,
    kind: str | None = None,
    changed_at: str | None = None,
) -> tuple[dict[str, str], dict[str, str], list[str]]:
    """Change a registered claimant's name, side or kind; return its row before and after.

    Each value given is checked as ``claimant add`` checks it; the claimant's ``notes``
    record the edit (:func:`edited_notes`, *changed_at* default now in UTC). A proposed
    claimant is confirmed by any edit, and by one with no value (as it is). A new name keeps
    the old one as an alias (the name articles wrote still names it). Also returns the
    claim rows whose claimant it is (their side is the claimant's). Raises
    :class:`DataError` (nothing written) for an unknown id, a refused value (located at the
    claimant's cell: ``data/claimants.csv:LINE:COLUMN: side 'x' — expected …``), or only
    values it already has; :class:`UsageError` when there is nothing to change or confirm.
    """
    when = stamp(changed_at)
    given = {"name": name, "side": side, "kind": kind}
    with store.changing(data) as change:
        tables = load.read_tables(data)
        register = tables["claimants"]
        position = located(data, register, claimant_id)
        row = record(register, position)
        proposed = is_proposed(row)
        if all(v is None for v in given.values()) and not proposed:
            expected = (
                "--name, --side or --kind to change (a proposed claimant is confirmed as it is)"
            )
            raise UsageError([Problem("ID", 1, 1, "", claimant_id, expected)])
        package = load.read_package(data)
        refused = [
            register.problem(position, column, f"{expected} (--{column})", value)
            for column, value, expected in field_problems(package, register.resource, **given)
        ]
        changed = {k: v for k, v in given.items() if v is not None and v != row[k]}
        if not changed and not proposed:
            refused += [
                register.problem(position, k, f"a {k} other than its own (--{k})", v)
                for k, v in given.items()
                if v is not None
            ]
        if refused:
            raise DataError(refused)
        before = load.validate(data)
        said = ", ".join(f"{k}: {row[k]} \u2192 {v}" for k, v in changed.items())
        new = {**row, **changed, "notes": edited_notes(row["notes"], said, when)}
        if "name" in changed:  # the name articles wrote still names it
            kept = names_lacked(new, [row["name"]])
            new["aliases"] = ALIAS_SEPARATOR.join(filter(None, [row["aliases"], *kept]))
        change.write(register.resource.path, register.with_rows({position: new}))
        check_brought(change, data, before)
    claims = tables["claims"].frame
    return row, new, claims.loc[claims["claimant"] == claimant_id, "claim_id"].tolist()


#: Why an article's outlet stays in the register: its id and its rows' "own voice" are made
#: from it, and neither ``remove`` nor ``merge`` changes an article.
OUTLET_STAYS = "an article's outlet stays in the register (its id is made from it)"


def naming(tables: dict[str, Table], claimant_id: str, why: str) -> list[Problem]:
    """Return a problem at each cell naming *claimant_id*: a claim's claimant or relay (*why*
    ends its expectation: what to do instead), an article's outlet (:data:`OUTLET_STAYS`)."""
    found = []
    for name, columns in (("claims", ("claimant", "relayed_by")), ("articles", ("outlet",))):
        table = tables[name]
        for column in columns:
            for position in (table.frame[column] == claimant_id).to_numpy().nonzero()[0]:
                expected = (
                    f"no article of {claimant_id}: {OUTLET_STAYS}"
                    if name == "articles"
                    else f"no claim naming {claimant_id}: {why}"
                )
                found.append(table.problem(int(position), column, expected))
    return found


def remove_claimant(data: Path, claimant_id: str) -> dict[str, str]:
    """Take a claimant no claim row or article names out of the register; return its row.

    Raises :class:`DataError` (nothing written) for an unknown id, and one problem at each
    cell that names it (a claim's claimant or relay, an article's outlet:
    ``data/claims.csv:LINE:COLUMN: claimant 'x' — expected no claim naming x: …``)
    pointing at ``makiivka claimant merge``.
    """
    with store.changing(data) as change:
        tables = load.read_tables(data)
        register = tables["claimants"]
        position = located(data, register, claimant_id)
        why = f"give its rows to another with `makiivka claimant merge {claimant_id} --into OTHER`"
        refused = naming(tables, claimant_id, why)
        if refused:
            raise DataError(refused)
        before = load.validate(data)
        row = record(register, position)
        change.write(register.resource.path, register.with_rows({position: None}))
        check_brought(change, data, before)
    return row
