"""Seal reviewed claims and correct sealed ones: the only writers of the two hash-chained logs.

Every caller (``makiivka review``, ``makiivka correct``, the desk) goes through
:func:`seal_reviewed` and :func:`correct`, so each row they append carries the hash of
the row before (:mod:`makiivka.story.chain`) and each change is checked and committed
under the story's lock, all or nothing (:func:`makiivka.story.store.changing`).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Collection, Sequence
from pathlib import Path

from makiivka.story import chain, load, paths, store
from makiivka.story.coded import coded_changes
from makiivka.story.corrections import TRACKED, UNSEALED, stage_corrections, unsealed_rows
from makiivka.story.problems import DataError, Problem
from makiivka.story.table import Table


def seal_reviewed(data: str | os.PathLike[str]) -> list[str]:
    """Seal every claim marked reviewed that reviewed.csv does not hold yet; return their ids.

    ``makiivka review`` in one commit under the story's lock (:func:`stage_seals`).
    """
    data = paths.data_dir(data)
    with store.changing(data) as change:
        return stage_seals(change, data)


def stage_seals(change: store.Change, data: Path, only: Collection[str] | None = None) -> list[str]:
    """Stage a seal in reviewed.csv for each reviewed claim not sealed yet; return their ids.

    The story layer's review function (``makiivka review``, the desk's accept): reads the
    story as *change* leaves it and seals only the claims in *only* when given. Each seal
    is a row of claim_id and every :data:`~makiivka.story.corrections.TRACKED` field as
    written in claims.csv, chained after the log's last row (``prev_sha256``, ``sha256``;
    :mod:`makiivka.story.chain`). A claim sealed before is never sealed again: its id is
    in reviewed.csv, and a cut history (a seal deleted, edited or re-made, or one that no
    longer leads to the published head) fails validation, which stops the review.
    Raises :class:`DataError` while the story has any problem but unsealed reviews
    (nothing is staged then).
    """
    with change.staged():
        tables = load.read_tables(data)
        problems = [p for p in load.validate(data) if not p.expected.startswith(UNSEALED)]
    if problems:
        raise DataError(problems)
    reviewed = tables["reviewed"]
    fresh = unsealed_rows(tables["claims"].frame, reviewed.frame)
    if only is not None:
        fresh = fresh[fresh["claim_id"].isin(list(only))]
    if fresh.empty:
        return []
    rows = chain.link(reviewed.resource.columns, fresh.to_dict("records"), _head(reviewed))
    change.append_rows(reviewed.resource.path, rows, reviewed.resource.columns)
    return fresh["claim_id"].tolist()


def _head(table: Table) -> str:
    return chain.head_of(table)[1]


def correct(
    data: str | os.PathLike[str],
    claim_id: str,
    field: str,
    new: str,
    reason: str,
    changed_at: str | None = None,
    *,
    also: Sequence[tuple[str, str]] = (),
) -> list[dict[str, str]]:
    """Change fields of a sealed claim in claims.csv and log each in corrections.csv.

    *field* gets *new*; each (field, new) pair of *also* changes too, in the same
    commit: a misread figure changes its ``figure`` and ``value`` together, since each
    row's numbers must be what its figure says. A ``stated_at`` changed without its
    ``stated_at_basis`` gets :func:`correct_basis` (the reason), logged too, so the basis
    never says "the text does not say" beside a time an editor gave (round 27's new user).
    Both files change in one commit; the log gains one chained row per field (claim_id,
    field, old, new, changed_at, reason, ``prev_sha256``, ``sha256``), returned in order.
    *changed_at* defaults to now in UTC (ISO 8601, to the second). Raises
    :class:`DataError`, writing nothing, for a claim that is not sealed, a field that is
    not sealed or named twice, an empty reason, a value the claim already has, or a story
    that does not validate before or after the change.
    """
    data = paths.data_dir(data)
    if changed_at is None:
        changed_at = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    changes = [(field, new), *also]
    with store.changing(data) as change:
        problems = load.validate(data)
        if problems:
            raise DataError(problems)
        tables = load.read_tables(data)
        claims, log = tables["claims"], tables["corrections"]
        refused = []
        sealed = set(tables["reviewed"].frame["claim_id"])
        if claim_id not in sealed:
            refused.append(
                Problem("CLAIM_ID", 1, 1, "", claim_id, "a claim sealed in reviewed.csv")
            )
        named = [name for name, _ in changes]
        for name in dict.fromkeys(named):
            if name not in TRACKED:
                refused.append(Problem("FIELD", 1, 1, "", name, "one of " + ", ".join(TRACKED)))
            elif named.count(name) > 1:
                refused.append(Problem("FIELD", 1, 1, "", name, "each field named once"))
        if not reason.strip():
            refused.append(Problem("--reason", 1, 1, "", reason, "why: the source, the error"))
        if refused:
            raise DataError(refused)
        row = int(claims.frame.index[claims.frame["claim_id"] == claim_id][0])
        before = {c: str(claims.frame.at[row, c]) for c in claims.frame.columns}
        # "qualifier denial" codes a denial; a note of a coding the change undoes is dropped
        cells = coded_changes(before, dict(changes), f"corrected {changed_at}", reason)
        if "stated_at" in cells and "stated_at_basis" not in cells:  # the two must agree
            cells["stated_at_basis"] = correct_basis(before["stated_at"], reason)
        entries = []
        for name, value in changes:
            if before[name] == value or all(before[c] == v for c, v in cells.items()):
                raise DataError([Problem("NEW", 1, 1, "", value, f"a value other than {name}'s")])
        for name, value in cells.items():
            if name in TRACKED and before[name] != value:
                entries.append((claim_id, name, before[name], value, changed_at, reason))
        change.write(claims.resource.path, claims.with_cells(row, cells))
        linked = stage_corrections(change, log.resource, entries)
        with change.staged():
            problems = load.validate(data)
        if problems:
            raise DataError(problems)
    return [{k: str(v) for k, v in entry.items()} for entry in linked]


#: How a stated_at given with ``makiivka correct`` is based (the desk's words are its own).
CORRECT_BASIS = "inferred: given with makiivka correct"


def correct_basis(was: str, reason: str) -> str:
    """Return the basis of a stated_at corrected without one: the reason, and the time it replaced.

    >>> correct_basis("2026-10-20T11:42+02:00", "the post of 10:15")
    'inferred: given with makiivka correct: the post of 10:15 (was 2026-10-20T11:42+02:00)'
    """
    why = " ".join(reason.split())
    return f"{CORRECT_BASIS}: {why} (was {was})" if was.strip() else f"{CORRECT_BASIS}: {why}"


def correct_command(args) -> int:
    """``makiivka correct CLAIM_ID FIELD NEW [FIELD NEW …] --reason …``: change a sealed claim."""
    data = paths.data_dir(args.data)
    pairs = args.also or []
    entries = correct(
        data, args.claim_id, args.field, args.new, args.reason, args.changed_at,
        also=[tuple(pair) for pair in pairs],
    )  # fmt: skip
    target = paths.display(Path(data) / "corrections.csv")
    for entry in entries:
        print(
            f"corrected {entry['claim_id']} {entry['field']}: {entry['old']!r} → "
            f"{entry['new']!r}; logged in {target}"
        )
    return 0
