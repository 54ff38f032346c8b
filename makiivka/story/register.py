"""Register a claimant (``makiivka claimant add|alias|list``), checked like every other change.

The new row is checked against the story's descriptor (the side is one of its
parties or a shared role, the kind one of the register's kinds, the id new and
well formed), then the whole folder as the change would leave it, under the
story's write lock; only then is it appended to ``claimants.csv`` in one commit
(:func:`makiivka.story.store.changing`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from makiivka.story import descriptor, load, paths, store
from makiivka.story.create import template
from makiivka.story.problems import DataError, Problem
from makiivka.text.characters import describe_bidi

ALIAS_SEPARATOR = "|"


def claimant_row(
    data: Path,
    claimant_id: str,
    name: str,
    side: str,
    kind: str,
    aliases: Sequence[str] = (),
    notes: str = "",
) -> dict[str, str]:
    """Return the register row for a new claimant, or raise DataError saying what is wrong.

    Each problem names the command-line option (``--side``, ``--kind``…) and
    what it accepts in this story.
    """
    package = load.read_package(data)
    tables = load.read_tables(data)
    register = tables["claimants"]
    spec = register.resource
    problems = []

    def refuse(option: str, value: str, expected: str) -> None:
        problems.append(Problem(option, 1, 1, "", value, expected))

    pattern = spec.field("claimant_id").pattern or ".+"
    if not re.fullmatch(pattern, claimant_id):
        refuse("ID", claimant_id, f"an id matching {pattern}")
    elif claimant_id in set(register.frame["claimant_id"]):
        refuse("ID", claimant_id, f"an id not in {paths.display(data / spec.path)} yet")
    if not name.strip():
        refuse("--name", name, "the claimant's name for display")
    sides = spec.field("side").enum or descriptor.sides(package)
    if side not in sides:
        refuse("--side", side, "one of the story's parties or roles: " + ", ".join(sides))
    kinds = spec.field("kind").enum or ()
    if kinds and kind not in kinds:
        newer = "" if kind not in template_kinds() else " (`makiivka migrate` adds the newer kinds)"
        refuse("--kind", kind, "one of " + ", ".join(kinds) + newer)
    for alias in aliases:
        if ALIAS_SEPARATOR in alias or not alias.strip():
            refuse("--alias", alias, f"a name without {ALIAS_SEPARATOR}, one per --alias")
    for option, value in (("--name", name), ("--notes", notes), *(("--alias", a) for a in aliases)):
        bidi = describe_bidi(value)
        if bidi:  # as quotes refuse them: they change how the name displays
            refuse(option, value, f"text without bidirectional control characters ({bidi})")
    if problems:
        raise DataError(problems)
    return {
        "claimant_id": claimant_id,
        "name": name,
        "side": side,
        "kind": kind,
        "aliases": ALIAS_SEPARATOR.join(aliases),
        "notes": notes,
    }


def template_kinds() -> tuple[str, ...]:
    """Return the register kinds a new story has (the template's)."""
    shipped = {r["name"]: r for r in template()["resources"]}["claimants"]
    field = next(f for f in shipped["schema"]["fields"] if f["name"] == "kind")
    return tuple(field["constraints"]["enum"])


def add_claimant(data: Path, row: dict[str, str]) -> Path:
    """Append *row* to the register after checking the folder with it; return the file.

    Holds the story's write lock and checks the whole folder as the change would
    leave it (:meth:`makiivka.story.store.Change.staged`); raises
    :class:`DataError` with every problem and writes nothing when it fails.
    """
    spec = load.read_package(data).resources["claimants"]
    with store.changing(data) as change:
        change.append_rows(spec.path, [row], spec.columns)
        with change.staged():
            problems = load.validate(data)
        if problems:
            raise DataError(problems)
    return data / spec.path


def add_aliases(data: Path, claimant_id: str, aliases: Sequence[str]) -> list[str]:
    """Add *aliases* to a registered claimant's; return its aliases as they now are.

    An alias it already has is kept once. Holds the story's lock and checks the folder as
    the change would leave it; raises :class:`DataError`, writing nothing, for an unknown
    claimant or an alias with ``|`` or bidirectional controls.
    """
    with store.changing(data) as change:
        register = load.read_tables(data)["claimants"]
        ids = register.frame["claimant_id"]
        if claimant_id not in set(ids):
            shown = paths.display(data / register.resource.path)
            raise DataError([Problem("ID", 1, 1, "", claimant_id, f"a claimant_id in {shown}")])
        problems = []
        for alias in aliases:
            if ALIAS_SEPARATOR in alias or not alias.strip() or describe_bidi(alias):
                problems.append(Problem("ALIAS", 1, 1, "", alias, _ALIAS_RULE))
        if problems:
            raise DataError(problems)
        row = int(ids.index[ids == claimant_id][0])
        old = [a for a in register.frame.at[row, "aliases"].split(ALIAS_SEPARATOR) if a]
        new = list(dict.fromkeys([*old, *(a.strip() for a in aliases)]))
        cells = {"aliases": ALIAS_SEPARATOR.join(new)}
        change.write(register.resource.path, register.with_cells(row, cells))
        with change.staged():
            problems = load.validate(data)
        if problems:
            raise DataError(problems)
    return new


_ALIAS_RULE = f"a name without {ALIAS_SEPARATOR} or bidirectional control characters"


def claimant_command(args) -> int:
    """Carry out ``makiivka claimant add|list|alias``."""
    data = paths.data_dir(args.data)
    if args.action == "list":
        register = load.read_tables(data)["claimants"].frame
        print("\t".join(("claimant_id", "name", "side", "kind", "aliases")))  # a header row
        for row in register.itertuples(index=False):
            print("\t".join((row.claimant_id, row.name, row.side, row.kind, row.aliases)))
        return 0
    if args.action == "alias":
        now = add_aliases(data, args.id, args.alias)
        print(f"{args.id}: aliases {'; '.join(now)}")
        return 0
    row = claimant_row(
        data, args.id, args.name, args.side, args.kind, args.alias or (), args.notes or ""
    )
    target = add_claimant(data, row)
    print(f"{paths.display(target)}: added {row['claimant_id']} ({row['name']}, {row['side']})")
    return 0
