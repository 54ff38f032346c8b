"""Bring a story folder written by an earlier makiivka up to this version (``makiivka migrate``).

One migration so far, *seal every field a reader sees*: reviewed.csv used to
seal only quote, figure, claimant, qualifier, the numbers and status, so a
reviewed claim's metric, scope, unit, date, article, supersedes or relayed_by
could change without a corrections entry. The migration

- gives the descriptor's ``reviewed`` resource one column per
  :data:`~makiivka.story.corrections.TRACKED` field (typed like the claims
  column: ``value*`` become integers) and lets ``corrections.field`` name each;
- fills each new column of each sealed claim from claims.csv as it is now. No
  corrections entry could name those fields before, so the ledger's value is
  the only record of what was reviewed; the columns sealed already keep their
  sealed values.

A third, *chain the logs*: gives ``reviewed`` and ``corrections`` the columns
``prev_sha256`` and ``sha256`` and fills them for every row in file order
(:mod:`makiivka.story.chain`), so from then on a deleted, edited or re-made seal or
an erased correction is named by validate. The rows' own cells stay as they were.

A fourth, *widen the kinds*, adds to the register's ``kind`` vocabulary each kind the
template has and the story lacks (``company``, ``person``, ``relative``, ``witness``,
``resident``: the kinds of a story that is not a war's), after the story's own.

A second, *record the claim-id mark*, writes ``claim_ids.json`` (see
:mod:`makiivka.story.ids`) from the highest ``cNNN`` id in claims.csv and
reviewed.csv when the story has none (and has such an id).

Both run through :func:`makiivka.story.store.changing` (all or nothing) and
refuses, changing nothing, when the story does not validate afterwards.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from makiivka.story import chain, ids, load, paths, store
from makiivka.story.corrections import TRACKED
from makiivka.story.problems import DataError
from makiivka.story.register import template_kinds


def sealed_fields(claims: dict[str, Any], reviewed: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the ``reviewed`` resource's fields: claim_id, then each tracked claims column."""
    by_name = {f["name"]: f for f in claims["schema"]["fields"]}
    old = {f["name"]: f for f in reviewed["schema"]["fields"]}
    fields = [old["claim_id"]]
    chained = [old[name] for name in chain.COLUMNS if name in old]
    for name in TRACKED:
        spec = {
            "name": name,
            "type": by_name[name].get("type", "string"),
            "description": old.get(name, {}).get(
                "description", f"{name} as reviewed, as written in claims.csv."
            ),
        }
        minimum = by_name[name].get("constraints", {}).get("minimum")
        if minimum is not None:
            spec["constraints"] = {"minimum": minimum}
        fields.append(spec)
    return fields + chained


def _rows(blob: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(blob.decode("utf-8"), newline="")))


def migrate(data: Path) -> list[str]:
    """Apply every migration the story needs; return one line per change (none: up to date).

    Raises :class:`DataError` (and changes nothing) when the story has problems
    the migration does not fix.
    """
    done: list[str] = []
    with store.changing(data) as change:
        load.read_tables(data)  # refuse an unreadable table before touching anything
        descriptor = json.loads(change.read_bytes(paths.DESCRIPTOR_NAME))
        resources = {r["name"]: r for r in descriptor["resources"]}
        current = {r["claim_id"]: r for r in _rows(change.read_bytes(resources["claims"]["path"]))}
        sealed = _rows(change.read_bytes(resources["reviewed"]["path"]))
        last, problems = ids.read_issued(data)
        if problems:
            raise DataError(problems)
        highest = ids.highest_claim_number([*current, *(r["claim_id"] for r in sealed)])
        if last is None and highest:  # no cNNN id yet: the first ingest writes the mark
            last = highest
            change.write(ids.ISSUED_NAME, ids.issued_json(last))
            shown = paths.display(data / ids.ISSUED_NAME)
            done.append(f"{shown}: recorded {ids.format_claim_id(last)} as the last claim id")
        done += _seal_every_field(change, descriptor, resources, current, sealed)
        done += _chain_logs(change, descriptor, resources)
        done += _widen_kinds(change, descriptor, resources)
        if change.files:
            with change.staged():
                problems = load.validate(data)
            if problems:
                raise DataError(problems)
    return done


def _seal_every_field(
    change: store.Change,
    descriptor: dict[str, Any],
    resources: dict[str, Any],
    current: dict[str, dict[str, str]],
    sealed: list[dict[str, str]],
) -> list[str]:
    reviewed = resources["reviewed"]
    fields = sealed_fields(resources["claims"], reviewed)
    corrections_field = next(
        f for f in resources["corrections"]["schema"]["fields"] if f["name"] == "field"
    )
    constraints = corrections_field.setdefault("constraints", {})
    if reviewed["schema"]["fields"] == fields and constraints.get("enum") == list(TRACKED):
        return []
    columns = [f["name"] for f in fields]
    added = [name for name in columns if name not in sealed[0]] if sealed else []
    for row in sealed:
        source = current.get(row["claim_id"], {})
        for name in columns:
            if name not in row:
                row[name] = source.get(name, "")
    reviewed["schema"]["fields"] = fields
    constraints["enum"] = list(TRACKED)
    text = json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n"
    change.write(paths.DESCRIPTOR_NAME, text.encode("utf-8"))
    header = ",".join(columns) + "\n"
    change.write(reviewed["path"], (header + store.csv_rows(sealed, columns)).encode("utf-8"))
    shown = paths.display(change.data / reviewed["path"])
    return [
        f"{shown}: sealed every field a reader sees; {len(sealed)} sealed claims given "
        f"{', '.join(added) or 'typed columns'} from claims.csv"
    ]


#: The chain's two columns as the descriptor declares them.
CHAIN_FIELDS = [
    {
        "name": chain.PREV,
        "type": "string",
        "description": "The sha256 of the row before (of the header for the first row): "
        "the hash chain that makes a deleted, edited or re-made row visible.",
        "constraints": {"required": True, "pattern": "[0-9a-f]{64}"},
    },
    {
        "name": chain.OWN,
        "type": "string",
        "description": "The sha256 of this row's canonical bytes (its cells but this one, "
        "prev_sha256 included, as compact JSON in UTF-8); the last row's is the log's head.",
        "constraints": {"required": True, "pattern": "[0-9a-f]{64}"},
    },
]


def _chain_logs(
    change: store.Change, descriptor: dict[str, Any], resources: dict[str, Any]
) -> list[str]:
    done = []
    for name in chain.LOGS:
        resource = resources[name]
        fields = resource["schema"]["fields"]
        if [f["name"] for f in fields[-2:]] == list(chain.COLUMNS):
            continue
        fields[:] = [f for f in fields if f["name"] not in chain.COLUMNS] + CHAIN_FIELDS
        columns = [f["name"] for f in fields]
        rows = chain.link(
            columns, _rows(change.read_bytes(resource["path"])), chain.genesis(columns)
        )
        header = ",".join(columns) + "\n"
        change.write(resource["path"], (header + store.csv_rows(rows, columns)).encode("utf-8"))
        shown = paths.display(change.data / resource["path"])
        done.append(f"{shown}: put {len(rows)} rows on a hash chain (prev_sha256, sha256)")
    if done:
        text = json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n"
        change.write(paths.DESCRIPTOR_NAME, text.encode("utf-8"))
    return done


def _widen_kinds(
    change: store.Change, descriptor: dict[str, Any], resources: dict[str, Any]
) -> list[str]:
    """Add the template's register kinds the story lacks (``company``, ``person``…)."""
    field = next(f for f in resources["claimants"]["schema"]["fields"] if f["name"] == "kind")
    enum = field.get("constraints", {}).get("enum")
    added = [k for k in template_kinds() if enum is not None and k not in enum]
    if not added:
        return []
    enum += added
    text = json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n"
    change.write(paths.DESCRIPTOR_NAME, text.encode("utf-8"))
    shown = paths.display(change.data / paths.DESCRIPTOR_NAME)
    return [f"{shown}: the register's kinds now include {', '.join(added)}"]
