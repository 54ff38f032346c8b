"""Change one claim of the ledger: edit, add, withdraw, remove or accept it, one commit each.

The review desk (and any tool that works a row at a time) changes the ledger
through these functions, never by writing ``claims.csv`` itself. Each one:

- holds the story's write lock and commits through :func:`makiivka.story.store.changing`
  (all or nothing; a crash leaves the story old or new);
- refuses, writing nothing, when the row changed since the caller read it: the caller
  passes the :func:`version` it read as *base*, and a different current row raises
  :class:`Conflict` carrying the row as it is now (two editors never overwrite each other);
- checks the story as the change would leave it with :func:`makiivka.story.load.validate`
  (the rules of ``makiivka validate``) and raises :class:`DataError` with every problem
  the change brings (problems already in the story are not the change's);
- rewrites only the bytes of the row it changes: every other row keeps its bytes.

A change to a sealed claim (one in ``reviewed.csv``) is a correction: it needs a reason
and is logged through :func:`makiivka.story.corrections.stage_corrections`. Accepting a
claim seals it through :func:`makiivka.story.commands.stage_seals` (what ``makiivka
review`` does). Neither file is written here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

from makiivka.story import ids, load, paths, store
from makiivka.story.commands import stage_seals
from makiivka.story.corrections import TRACKED, stage_corrections
from makiivka.story.problems import DataError, Problem
from makiivka.story.table import Table

#: The fields an editor may change; ``claim_id`` is the row's identity and never changes.
EDITABLE = (
    "article_id", "quote", "occurrence", "figure", "claimant", "relayed_by", "metric", "scope",
    "value", "value_low", "value_high", "qualifier", "unit", "stated_at", "stated_at_basis",
    "supersedes", "status", "notes",
)  # fmt: skip


class Conflict(DataError):
    """Raised when a claim changed since the caller read it; ``current`` is the row now.

    ``current`` is None when the claim is gone (a proposed row another editor removed).
    """

    def __init__(self, claim_id: str, current: dict[str, str] | None):
        self.claim_id, self.current = claim_id, current
        what = "removed" if current is None else "changed"
        expected = f"the version you read (another editor {what} {claim_id} since)"
        super().__init__([Problem("claims.csv", 1, 1, "claim_id", claim_id, expected)])


def version(row: Mapping[str, str]) -> str:
    """Return a short digest of a claim's cells: equal digests, equal rows.

    >>> version({"claim_id": "c001", "value": "89"}) == version({"value": "89", "claim_id": "c001"})
    True
    """
    blob = "\x1f".join(f"{k}\x1e{row[k]}" for k in sorted(row)).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()[:16]


def now() -> str:
    """Return the current time in UTC to the second, as corrections.csv records it."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def read_claims(data: Path) -> tuple[list[str], list[dict[str, str]], set[str]]:
    """Return the ledger's columns, its rows as text cells, and the ids sealed in reviewed.csv."""
    tables = load.read_tables(data)
    claims = tables["claims"]
    sealed = set(tables["reviewed"].frame["claim_id"])
    return claims.resource.columns, claims.frame.to_dict("records"), sealed


def edit_claim(
    data: Path,
    claim_id: str,
    changes: Mapping[str, str],
    base: str | None = None,
    reason: str = "",
    changed_at: str | None = None,
) -> dict[str, str]:
    """Set *changes* (field -> text) on one claim; return the row as written.

    For a sealed claim each changed sealed field (:data:`TRACKED`) is logged in
    corrections.csv with *reason* (required then) and *changed_at* (default now).
    Raises :class:`Conflict` when the row is not *base*, :class:`DataError` for an
    unknown field or claim, a missing reason, or any problem the change brings.
    """
    unknown = [f for f in changes if f not in EDITABLE]
    if unknown:
        _refuse(unknown[0], changes[unknown[0]], "an editable field: " + ", ".join(EDITABLE))
    with store.changing(data) as change:
        tables, row, position = _claim(data, claim_id, base)
        before = load.validate(data)
        new = {**row, **{k: str(v) for k, v in changes.items()}}
        if new == row:
            return row
        sealed = claim_id in set(tables["reviewed"].frame["claim_id"])
        logged = [f for f in TRACKED if new[f] != row[f]] if sealed else []
        if logged and not reason.strip():
            _refuse("reason", "", f"why {claim_id} changes: it was sealed when reviewed")
        _stage_rows(change, tables["claims"], {position: new})
        if logged:
            when = changed_at or now()
            entries = [(claim_id, f, row[f], new[f], when, reason.strip()) for f in logged]
            stage_corrections(change, tables["corrections"].resource, entries)
        check_brought(change, data, before)
    return new


def withdraw_claim(
    data: Path, claim_id: str, base: str | None = None, reason: str = "",
    changed_at: str | None = None,
) -> dict[str, str]:  # fmt: skip
    """Set a claim's status to withdrawn (its row and id stay); see :func:`edit_claim`.

    *reason* is required for a sealed claim (a correction) and noted on a proposed one.
    """
    with store.changing(data) as change:
        tables, row, position = _claim(data, claim_id, base)
        before = load.validate(data)
        sealed = claim_id in set(tables["reviewed"].frame["claim_id"])
        if sealed and not reason.strip():
            _refuse("reason", "", f"why {claim_id} is withdrawn: it was sealed")
        note = f"withdrawn: {reason.strip()}" if reason.strip() and not sealed else ""
        new = {**row, "status": "withdrawn",
               "notes": "; ".join(filter(None, [row["notes"], note]))}  # fmt: skip
        _stage_rows(change, tables["claims"], {position: new})
        if sealed and row["status"] != "withdrawn":
            entry = (claim_id, "status", row["status"], "withdrawn", changed_at or now(), reason)
            stage_corrections(change, tables["corrections"].resource, [entry])
        check_brought(change, data, before)
    return new


def remove_claim(data: Path, claim_id: str, base: str | None = None) -> None:
    """Delete a proposed, never-sealed claim's row; its id is never issued again.

    ``claim_ids.json`` keeps (or is raised to) the highest id issued. Raises
    :class:`DataError` for a sealed or reviewed claim (withdraw it instead).
    """
    with store.changing(data) as change:
        tables, row, position = _claim(data, claim_id, base)
        before = load.validate(data)
        if claim_id in set(tables["reviewed"].frame["claim_id"]) or row["status"] == "reviewed":
            expected = "a proposed claim (a reviewed one is withdrawn, never removed)"
            _refuse("status", row["status"], expected)
        _stage_rows(change, tables["claims"], {position: None})
        _raise_mark(change, data, tables, ids.highest_claim_number([claim_id]))
        check_brought(change, data, before)


def add_claim(data: Path, row: Mapping[str, object]) -> dict[str, str]:
    """Append a new claim with the next id never issued; return the row as written.

    *row* holds every ledger column but ``claim_id``; the claim-id mark is raised.
    """
    with store.changing(data) as change:
        tables = load.read_tables(data)
        before = load.validate(data)
        last, problems = ids.read_issued(data)
        if problems:
            raise DataError(problems)
        number = max(
            last or 0,
            ids.highest_claim_number(tables["claims"].frame["claim_id"]),
            ids.highest_claim_number(tables["reviewed"].frame["claim_id"]),
        ) + 1  # fmt: skip
        resource = tables["claims"].resource
        new = {c: "" if row.get(c) is None else str(row[c]) for c in resource.columns}
        new["claim_id"] = ids.format_claim_id(number)
        change.append_rows(resource.path, [new], resource.columns)
        change.write(ids.ISSUED_NAME, ids.issued_json(number))
        check_brought(change, data, before)
    return new


def accept_claims(data: Path, bases: Mapping[str, str | None]) -> list[str]:
    """Mark claims reviewed and seal them, as ``makiivka review`` does, in one commit.

    *bases* maps each claim id to the version the caller read (None: any). Returns
    the ids sealed. Raises :class:`Conflict` or :class:`DataError` (nothing written).
    """
    with store.changing(data) as change:
        tables = load.read_tables(data)
        before = load.validate(data)
        updates = {}
        for claim_id, base in bases.items():
            _, row, position = _claim(data, claim_id, base, tables)
            if row["status"] == "withdrawn":
                _refuse(
                    "status", "withdrawn", f"a proposed claim to accept ({claim_id} was withdrawn)"
                )
            updates[position] = {**row, "status": "reviewed"}
        _stage_rows(change, tables["claims"], updates)
        sealed = stage_seals(change, data, only=set(bases))
        check_brought(change, data, before)
    return sealed


def _refuse(field: str, value: str, expected: str) -> None:
    """Raise DataError for one field of the change (the desk shows it beside the field)."""
    path = "corrections.csv" if field == "reason" else "claims.csv"
    raise DataError([Problem(path, 1, 1, field, value, expected)])


def _claim(
    data: Path, claim_id: str, base: str | None, tables: dict[str, Table] | None = None
) -> tuple[dict[str, Table], dict[str, str], int]:
    tables = tables or load.read_tables(data)
    frame = tables["claims"].frame
    found = [i for i, c in enumerate(frame["claim_id"].tolist()) if c == claim_id]
    if not found:
        if base is not None:
            raise Conflict(claim_id, None)
        shown = paths.display(data / tables["claims"].resource.path)
        raise DataError([Problem(shown, 1, 1, "claim_id", claim_id, "a claim in the ledger")])
    row = {k: str(v) for k, v in frame.iloc[found[0]].to_dict().items()}
    if base is not None and version(row) != base:
        raise Conflict(claim_id, row)
    return tables, row, found[0]


def _stage_rows(
    change: store.Change, claims: Table, rows: Mapping[int, Mapping[str, str] | None]
) -> None:
    """Stage the ledger with the records at *rows* replaced (None: deleted); other bytes kept."""
    change.write(claims.resource.path, claims.with_rows(rows))


def _raise_mark(change: store.Change, data: Path, tables: dict[str, Table], number: int) -> None:
    last, problems = ids.read_issued(data)
    if problems:
        raise DataError(problems)
    highest = max(number, last or 0, ids.highest_claim_number(tables["claims"].frame["claim_id"]))
    change.write(ids.ISSUED_NAME, ids.issued_json(highest))


def check_brought(change: store.Change, data: Path, before: Sequence[Problem]) -> None:
    """Raise DataError with the problems the staged change brings that the story lacked."""
    known = {(p.path, p.field, p.value, p.expected) for p in before}
    with change.staged():
        after = load.validate(data)
    brought = [p for p in after if (p.path, p.field, p.value, p.expected) not in known]
    if brought:
        raise DataError(brought)
