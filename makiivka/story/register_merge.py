"""Fold one claimant into another (``makiivka claimant merge``), and the ``claimant`` command.

A merge is one change under the story's write lock (:func:`makiivka.story.store.changing`):
every claim row naming the claimant (as ``claimant`` or ``relayed_by``) names the other,
the claimant's name and aliases become the other's aliases, and its record leaves
``claimants.csv``; the story as the change would leave it is checked with the rules of
``makiivka validate`` first. Either all of it is written or, refused or interrupted,
nothing (every file keeps its bytes).

A sealed claim (one in ``reviewed.csv``) changes as ``makiivka correct`` changes it: each
changed field is a chained ``corrections.csv`` entry with the merge's reason
(:func:`makiivka.story.corrections.stage_corrections`), so a merge touching one needs a
reason. Any other row's notes record the change and when.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from makiivka.story import load, paths, register, store
from makiivka.story.changes import check_brought
from makiivka.story.corrections import stage_corrections
from makiivka.story.problems import DataError, Problem
from makiivka.story.register_edits import (
    edit_claimant,
    is_proposed,
    located,
    names_lacked,
    naming,
    record,
    remove_claimant,
    stamp,
    without_request,
)

#: How a claim row's notes (and the kept claimant's) record a merge.
MERGED = "edited with makiivka claimant merge"
#: The claim columns that may name a claimant.
NAMING = ("claimant", "relayed_by")


@dataclass
class Merged:
    """What a merge changed: the claims now the kept claimant's (``moved``), those it relays
    (``relayed``), the sealed ones among both (logged in corrections.csv), the names it gained."""

    moved: list[str]
    relayed: list[str]
    sealed: list[str]
    aliases: list[str]


def merge_claimant(
    data: Path, claimant_id: str, into: str, reason: str = "", changed_at: str | None = None
) -> Merged:
    """Give every claim row of *claimant_id* to *into* and take *claimant_id* out of the register.

    Each row naming it as ``claimant`` or ``relayed_by`` names *into* instead (a relay that
    would then be the row's own claimant is emptied, as validate requires). *into* gains
    as aliases the names of *claimant_id* it lacks (its name, then its aliases:
    :func:`~makiivka.story.register_edits.names_lacked`) and a note of the merge at
    *changed_at* (default now in UTC). A sealed row's changed fields are logged in
    corrections.csv with *reason*. Raises :class:`DataError` with every problem, nothing
    written: an unknown id, *into* the same claimant, an article whose outlet it is, a
    sealed row with no *reason* (at its cell: ``data/claims.csv:LINE:COLUMN``), or any
    problem the change would bring.
    """
    when = stamp(changed_at)
    with store.changing(data) as change:
        tables = load.read_tables(data)
        claimants, claims = tables["claimants"], tables["claims"]
        source = located(data, claimants, claimant_id)
        target = located(data, claimants, into, "--into")
        if source == target:
            raise DataError([Problem("--into", 1, 1, "", into, f"a claimant other than {into}")])
        refused = [p for p in naming(tables, claimant_id, "") if p.field == "outlet"]
        sealed_ids = set(tables["reviewed"].frame["claim_id"])
        why = " ".join(reason.replace(";", ",").split())  # a notes record holds no ";"
        updates, entries, merged = {}, [], Merged([], [], [], [])
        frame = claims.frame
        for position in np.flatnonzero(frame[list(NAMING)].eq(claimant_id).any(axis=1)):
            position = int(position)
            row = record(claims, position)
            new = {**row, **{f: into for f in NAMING if row[f] == claimant_id}}
            if new["relayed_by"] == new["claimant"]:
                new["relayed_by"] = ""  # no claim is relayed by its own claimant
            fields = [f for f in NAMING if new[f] != row[f]]
            claim_id = row["claim_id"]
            (merged.moved if row["claimant"] == claimant_id else merged.relayed).append(claim_id)
            if claim_id in sealed_ids:
                merged.sealed.append(claim_id)
                entries += [(claim_id, f, row[f], new[f], when, reason.strip()) for f in fields]
                if not reason.strip():
                    expected = (
                        f"a --reason: {claim_id} is sealed, so its {fields[0]} changes as "
                        "`makiivka correct` changes it, logged in corrections.csv with why"
                    )
                    refused.append(claims.problem(position, fields[0], expected))
            else:
                said = ", ".join(f"{f}: {row[f] or '(empty)'} \u2192 {new[f] or '(empty)'}"
                                 for f in fields)  # fmt: skip
                done = f"{MERGED} {when}: {said}" + (f" \u2014 {why}" if why else "")
                new["notes"] = "; ".join(filter(None, [row["notes"], done]))
            updates[position] = new
        if refused:
            raise DataError(refused)
        before = load.validate(data)
        gone, kept = record(claimants, source), record(claimants, target)
        merged.aliases = names_lacked(
            kept, [gone["name"], *gone["aliases"].split(register.ALIAS_SEPARATOR)]
        )
        aliases = [a for a in kept["aliases"].split(register.ALIAS_SEPARATOR) if a]
        gone["notes"] = without_request(gone["notes"])
        its = "".join(f"; {k} {gone[k]}" for k in ("side", "kind", "notes") if gone[k])
        took = f"{MERGED} {when}: took in {claimant_id} ({gone['name']}{its})"
        kept_now = {
            **kept,
            "aliases": register.ALIAS_SEPARATOR.join([*aliases, *merged.aliases]),
            "notes": "; ".join(filter(None, [kept["notes"], took])),
        }
        if updates:
            change.write(claims.resource.path, claims.with_rows(updates))
        if entries:
            stage_corrections(change, tables["corrections"].resource, entries)
        rows = {target: kept_now, source: None}
        change.write(claimants.resource.path, claimants.with_rows(rows))
        check_brought(change, data, before)
    return merged


def claimant_command(args: argparse.Namespace) -> int:
    """Carry out ``makiivka claimant add|list|alias|edit|merge|remove``."""
    data = paths.data_dir(args.data)
    shown = paths.display(data / "claimants.csv")
    if args.action == "list":
        frame = load.read_tables(data)["claimants"].frame
        print("\t".join(("claimant_id", "name", "side", "kind", "aliases")))  # a header row
        for row in frame.itertuples(index=False):
            print("\t".join((row.claimant_id, row.name, row.side, row.kind, row.aliases)))
    elif args.action == "alias":
        now = register.add_aliases(data, args.id, args.alias)
        print(f"{args.id}: aliases {'; '.join(now)}")
    elif args.action == "add":
        row = register.claimant_row(
            data, args.id, args.name, args.side, args.kind, args.alias or (), args.notes or ""
        )
        target = register.add_claimant(data, row)
        print(f"{paths.display(target)}: added {row['claimant_id']} ({row['name']}, {row['side']})")
    elif args.action == "edit":
        _edit(args, data, shown)
    elif args.action == "merge":
        merged = merge_claimant(data, args.id, args.into, args.reason, args.changed_at)
        print(f"{shown}: merged {args.id} into {args.into}; {args.id} left the register")
        for ids, what in ((merged.moved, "claimant"), (merged.relayed, "relay")):
            if ids:
                print(f"  {args.into} is now the {what} of {', '.join(ids)}")
        if merged.sealed:
            logged = paths.display(data / "corrections.csv")
            print(f"  sealed, each change logged in {logged}: {', '.join(merged.sealed)}")
        if merged.aliases:
            print(f"  {args.into}'s aliases now include {'; '.join(merged.aliases)}")
    else:
        row = remove_claimant(data, args.id)
        print(f"{shown}: removed {args.id} ({row['name']}, {row['side']})")
    return 0


def _edit(args: argparse.Namespace, data: Path, shown: str) -> None:
    old, new, claims = edit_claimant(
        data, args.id, name=args.name, side=args.side, kind=args.kind, changed_at=args.changed_at
    )
    changed = [
        f"{k}: {old[k]} \u2192 {new[k]}" for k in ("name", "side", "kind") if old[k] != new[k]
    ]
    confirmed = "; confirmed: proposed no more" if is_proposed(old) else ""
    print(f"{shown}: edited {args.id} ({', '.join(changed) or 'as it was'}){confirmed}")
    if old["side"] != new["side"] and claims:
        print(f"  its claims now count for {new['side']}: {', '.join(claims)}")
