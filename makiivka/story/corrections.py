"""Check that no reviewed figure changed without a trace in the corrections log.

``reviewed.csv`` holds each claim as an editor sealed it; ``corrections.csv``
logs every later change, field by field (the JHU CSSE ``Errata.csv`` pattern).
Replaying the log over the sealed values must give the ledger as it is now.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from makiivka.story import chain, store
from makiivka.story.checks import parse_timestamps
from makiivka.story.problems import Problem
from makiivka.story.schema import Resource
from makiivka.story.table import Table

#: How validate words a reviewed claim that `makiivka review` has not sealed yet.
UNSEALED = "a sealed review"

#: The columns of a reviewed claim that may change only with a corrections entry: every
#: one a reader sees (``occurrence`` and ``notes`` only help an editor). reviewed.csv
#: holds them in this order after ``claim_id``.
TRACKED = (
    "article_id", "quote", "figure", "claimant", "relayed_by", "metric", "scope",
    "value", "value_low", "value_high", "qualifier", "unit",
    "stated_at", "stated_at_basis", "supersedes", "status",
)  # fmt: skip


def check_corrections(claims: Table, reviewed: Table, corrections: Table) -> list[Problem]:
    """Replay the corrections over the sealed claims and compare with the ledger."""
    missing = [c for c in TRACKED if c not in reviewed.frame.columns]
    if missing:
        expected = (
            f"the sealed columns {', '.join(missing)} too (run `makiivka migrate` to seal "
            "every field a reader sees)"
        )
        return [Problem(reviewed.path, 1, 1, "", ",".join(reviewed.resource.columns), expected)]
    problems = []
    ids = claims.frame["claim_id"]
    # A duplicated id is reported by the cell checks; comparing either row would only add noise.
    rows = dict(zip(ids.tolist(), range(len(ids)), strict=True))
    doubled = set(ids[ids.duplicated()])
    sealed_ids = reviewed.frame["claim_id"].tolist()
    sealed = dict(zip(sealed_ids, range(len(sealed_ids)), strict=True))
    log = _log_by_claim(corrections)
    for claim_id, entries in log.items():
        if claim_id not in sealed:
            for entry in entries:
                problems.append(
                    corrections.problem(entry, "claim_id", "a claim sealed in reviewed.csv")
                )
    kept, at = [], []
    for seal_row, claim_id in enumerate(sealed_ids):
        row = rows.get(claim_id)
        if claim_id in doubled:
            continue
        if row is None:
            problems.append(
                reviewed.problem(
                    seal_row,
                    "claim_id",
                    "a claim still in claims.csv (a reviewed claim is never removed or its id "
                    "reused; withdraw it with status withdrawn and a corrections entry)",
                )
            )
            continue
        kept.append(seal_row)
        at.append(row)
    expected = reviewed.frame.loc[kept, list(TRACKED)].to_numpy(dtype=object, copy=True)
    position = {seal_row: i for i, seal_row in enumerate(kept)}
    for claim_id, entries in log.items():
        i = position.get(sealed.get(claim_id, -1))
        if i is None:
            continue
        for entry in entries:
            field, old, new = (corrections.frame.at[entry, c] for c in ("field", "old", "new"))
            j = TRACKED.index(field)
            if expected[i, j] != old:
                problems.append(
                    corrections.problem(
                        entry, "old", f"{expected[i, j]!r}, the {field} of {claim_id} by then"
                    )
                )
            expected[i, j] = new
    current = claims.frame.loc[at, list(TRACKED)].to_numpy(dtype=object)
    for i, j in zip(*np.nonzero(current != expected), strict=True):
        field, row = TRACKED[j], at[i]
        problems.append(
            claims.problem(
                row,
                field,
                f"{expected[i, j]!r} as reviewed, or a corrections.csv entry "
                f"({ids.iat[row]},{field},{expected[i, j]},{current[i, j]},DATE,REASON)",
            )
        )
    unsealed = (claims.frame["status"] == "reviewed") & ~ids.isin(sealed)
    for row in np.flatnonzero(unsealed.to_numpy()):
        problems.append(
            claims.problem(row, "status", f"{UNSEALED}: run `makiivka review` after reviewing")
        )
    return problems


def _log_by_claim(corrections: Table) -> dict[str, list[int]]:
    """Return the corrections rows of each claim, in the order they were made."""
    stamps, _ = parse_timestamps(corrections.frame["changed_at"])
    order = np.argsort(stamps.to_numpy(), kind="stable")
    log: dict[str, list[int]] = {}
    for row in order:
        if corrections.frame.at[int(row), "field"] in TRACKED:  # others: a cell problem already
            log.setdefault(corrections.frame.at[int(row), "claim_id"], []).append(int(row))
    return log


def unsealed_rows(claims: pd.DataFrame, reviewed: pd.DataFrame) -> pd.DataFrame:
    """Return the reviewed claims (raw text cells) that reviewed.csv does not hold yet."""
    fresh = (claims["status"] == "reviewed") & ~claims["claim_id"].isin(reviewed["claim_id"])
    return claims.loc[fresh, ["claim_id", *TRACKED]]


#: The columns of a corrections entry, in corrections.csv's order.
ENTRY = ("claim_id", "field", "old", "new", "changed_at", "reason")


def stage_corrections(
    change: store.Change, resource: Resource, entries: Iterable[tuple[str, ...]]
) -> list[dict[str, object]]:
    """Stage corrections.csv entries (claim_id, field, old, new, changed_at, reason) in order.

    The one place a correction is written; *resource* is the story's corrections
    resource (its path and columns). The caller holds the change (and its lock). Each
    entry is chained after the log's last row, as the change leaves it (``prev_sha256``,
    ``sha256``; :mod:`makiivka.story.chain`); the staged rows are returned.
    """
    rows: list[dict[str, object]] = [dict(zip(ENTRY, entry, strict=True)) for entry in entries]
    if all(c in resource.columns for c in chain.COLUMNS):  # chained after the log's last row
        head = chain.head_of_bytes(change.read_bytes(resource.path), resource.columns)
        rows = chain.link(resource.columns, rows, head)
    change.append_rows(resource.path, rows, resource.columns)
    return rows
