"""Check a descriptor's shape before anything reads it: every problem names its JSON path.

``datapackage.json`` is edited by hand. Before :func:`makiivka.story.schema.parse_descriptor`
builds a package from it, :func:`check_shape` makes sure every part the package reads
has the type it needs, e.g. ``resources[2].schema.fields[0].name`` is a string, a
``pattern`` compiles, a ``minimum`` is a whole number, an ``enum`` is a list of strings,
and a resource's ``path`` stays inside the data folder. The five tables every story has
(articles, claimants, claims, reviewed, corrections) must keep the columns the package
reads, with their types (:data:`CORE_FIELDS`, from the package's template descriptor).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from makiivka.story.problems import Problem

#: Table Schema's field types (https://specs.frictionlessdata.io/table-schema/#types-and-formats).
TYPES = (
    "string", "number", "integer", "boolean", "object", "array", "date", "time", "datetime",
    "year", "yearmonth", "duration", "geopoint", "geojson", "any",
)  # fmt: skip
#: A resource path: folders and a file name of letters, digits, ``_``, ``-`` and ``.``, not
#: starting with a dot (no ``..``, no hidden file), relative, with ``/`` between parts.
RESOURCE_PATH = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*")
_TEMPLATE = Path(__file__).resolve().parent / "templates" / "datapackage.json"


def _core_fields() -> dict[str, dict[str, str]]:
    template = json.loads(_TEMPLATE.read_text(encoding="utf-8"))
    core = {
        r["name"]: {
            f["name"]: f.get("type", "string")
            for f in r["schema"]["fields"]
            if f["name"] not in ("prev_sha256", "sha256")  # added by `makiivka migrate`
        }
        for r in template["resources"]
    }
    core["reviewed"] = {"claim_id": "string"}  # older stories sealed fewer columns: migrate
    return core


#: Resource name -> the columns the package reads and their types.
CORE_FIELDS = _core_fields()


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


def check_shape(
    descriptor: Any, locate: Callable[[str], tuple[int, int]], shown: str
) -> list[Problem]:
    """Return a problem for each part of *descriptor* of the wrong type or shape.

    *locate* gives the line and column of a quoted key in the file's text (``'"name"'``).
    Each problem's field is the part's JSON path, e.g. ``resources[2].schema.fields[0]``.
    """
    problems: list[Problem] = []

    def bad(path: str, value: Any, expected: str) -> None:
        key = re.findall(r"[A-Za-z_]+", path)
        line, column = locate(f'"{key[-1]}"') if key else (1, 1)
        problems.append(Problem(shown, line, column, path, _show(value), expected))

    if not isinstance(descriptor, dict):
        bad("$", descriptor, "a JSON object: the data package descriptor")
        return problems
    _check_resources(descriptor.get("resources"), bad)
    for key in ("event", "conventions"):
        if key in descriptor and not isinstance(descriptor[key], dict):
            bad(key, descriptor[key], "an object")
    event = descriptor.get("event")
    if isinstance(event, dict):
        _strings(event, "event", ("noun", "name", "timezone_label"), bad)
        _string_list(event.get("places"), "event.places", bad)
    conventions = descriptor.get("conventions")
    ranges = conventions.get("vague_ranges", {}) if isinstance(conventions, dict) else {}
    if not isinstance(ranges, dict):
        bad("conventions.vague_ranges", ranges, "an object: word -> [low, high or null]")
    else:
        for word, bounds in ranges.items():
            ok = isinstance(bounds, list) and len(bounds) == 2 and _is_int(bounds[0])
            if not ok or not (bounds[1] is None or _is_int(bounds[1])):
                bad(
                    f"conventions.vague_ranges.{word}", bounds, "[low, high or null], whole numbers"
                )
    _check_parties(descriptor, bad)
    return problems


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _strings(part: dict, path: str, keys: tuple[str, ...], bad) -> None:
    for key in keys:
        if key in part and not isinstance(part[key], str):
            bad(f"{path}.{key}", part[key], "a string")


def _string_list(value: Any, path: str, bad) -> None:
    if value is not None and (
        not isinstance(value, list) or not all(isinstance(v, str) for v in value)
    ):
        bad(path, value, "a list of strings")


def _check_parties(descriptor: dict, bad) -> None:
    parties = descriptor.get("parties")
    if isinstance(parties, list):
        for i, party in enumerate(parties):
            if isinstance(party, dict):
                _strings(party, f"parties[{i}]", ("id", "label", "colour"), bad)
                for key in ("cues", "places"):
                    _string_list(party.get(key), f"parties[{i}].{key}", bad)
    elif parties is not None:
        bad("parties", parties, "a list of parties, each an object with id and label")
    compare = descriptor.get("compare")
    if compare is not None and (
        not isinstance(compare, list) or not all(isinstance(c, str) for c in compare)
    ):
        bad("compare", compare, "a list of two party ids")
    roles = descriptor.get("roles")
    if roles is None:
        return
    if not isinstance(roles, dict):
        bad("roles", roles, "an object: role id -> {label, colour, cues}")
        return
    for role, spec in roles.items():
        if not isinstance(spec, dict):
            bad(f"roles.{role}", spec, "an object with label, colour and cues")
            continue
        _strings(spec, f"roles.{role}", ("label", "colour"), bad)
        _string_list(spec.get("cues"), f"roles.{role}.cues", bad)


def _check_resources(resources: Any, bad) -> None:
    if not isinstance(resources, list) or not resources:
        bad("resources", resources, "a list of the story's tables (articles, claims, …)")
        return
    names: set[str] = set()
    for i, resource in enumerate(resources):
        where = f"resources[{i}]"
        if not isinstance(resource, dict):
            bad(where, resource, "an object with name, path and schema")
            continue
        name = resource.get("name")
        if not isinstance(name, str) or not name:
            bad(f"{where}.name", name, "the table's name, a string")
        elif name in names:
            bad(f"{where}.name", name, "a name no other resource has")
        names.add(name if isinstance(name, str) else "")
        path = resource.get("path")
        if not isinstance(path, str) or not RESOURCE_PATH.fullmatch(path):
            bad(f"{where}.path", path, "a file inside the data folder, e.g. claims.csv (no ..)")
        schema = resource.get("schema")
        if not isinstance(schema, dict):
            bad(f"{where}.schema", schema, "an object with the table's fields")
            continue
        _check_fields(schema.get("fields"), f"{where}.schema.fields", name, bad)
        _check_keys(schema.get("foreignKeys", []), f"{where}.schema.foreignKeys", bad)
    for missing in sorted(set(CORE_FIELDS) - names):
        bad("resources", f"{len(resources)} resources", f"a resource named {missing}")
    _check_references(resources, bad)


def _columns(resource: Any) -> set[str]:
    schema = resource.get("schema") if isinstance(resource, dict) else None
    fields = schema.get("fields") if isinstance(schema, dict) else None
    if not isinstance(fields, list):
        return set()
    return {f["name"] for f in fields if isinstance(f, dict) and isinstance(f.get("name"), str)}


def _check_references(resources: list, bad) -> None:
    """Check each well-formed foreign key names columns that exist."""
    columns = {
        r["name"]: _columns(r)
        for r in resources
        if isinstance(r, dict) and isinstance(r.get("name"), str)
    }
    for i, resource in enumerate(resources):
        schema = resource.get("schema") if isinstance(resource, dict) else None
        keys = schema.get("foreignKeys", []) if isinstance(schema, dict) else []
        for k, key in enumerate(keys if isinstance(keys, list) else []):
            try:
                mine, theirs = key["fields"][0], key["reference"]["fields"][0]
                other = key["reference"]["resource"]
            except (TypeError, KeyError, IndexError):
                continue  # reported by _check_keys
            if not all(isinstance(x, str) for x in (mine, theirs, other)):
                continue  # reported by _check_keys
            if other not in columns or theirs not in columns.get(other, set()):
                where = f"resources[{i}].schema.foreignKeys[{k}].reference"
                bad(where, key["reference"], "a resource and a column of it that exist")
            elif mine not in columns.get(str(resource.get("name")), set()):
                bad(
                    f"resources[{i}].schema.foreignKeys[{k}].fields", mine, "a column of this table"
                )


def _check_fields(fields: Any, where: str, resource: Any, bad) -> None:
    if not isinstance(fields, list) or not fields:
        bad(where, fields, "a list of the table's columns, each an object with a name")
        return
    seen: dict[str, str] = {}
    for j, spec in enumerate(fields):
        at = f"{where}[{j}]"
        if not isinstance(spec, dict):
            bad(at, spec, "an object with the column's name and type")
            continue
        name, kind = spec.get("name"), spec.get("type", "string")
        if not isinstance(name, str) or not name:
            bad(f"{at}.name", name, "the column's name, a string")
        elif name in seen:
            bad(f"{at}.name", name, "a name no other column of the table has")
        else:
            seen[name] = kind if isinstance(kind, str) else ""
        if kind not in TYPES:
            bad(f"{at}.type", kind, "a Table Schema type: " + ", ".join(TYPES[:4]) + ", …")
        if "description" in spec and not isinstance(spec["description"], str):
            bad(f"{at}.description", spec["description"], "a string")
        _check_constraints(spec.get("constraints", {}), f"{at}.constraints", bad)
    core = CORE_FIELDS.get(resource) if isinstance(resource, str) else None
    for name, kind in (core or {}).items():
        if name not in seen:
            bad(where, f"{len(fields)} fields", f"a column named {name} ({kind})")
        elif seen[name] != kind:
            j = [f.get("name") if isinstance(f, dict) else None for f in fields].index(name)
            bad(f"{where}[{j}].type", seen[name], f"{kind}, as makiivka reads {name}")


def _check_constraints(constraints: Any, at: str, bad) -> None:
    if not isinstance(constraints, dict):
        bad(at, constraints, "an object of constraints")
        return
    for key in ("required", "unique"):
        if key in constraints and not isinstance(constraints[key], bool):
            bad(f"{at}.{key}", constraints[key], "true or false")
    enum = constraints.get("enum")
    if enum is not None and (
        not isinstance(enum, list) or not enum or not all(isinstance(v, str) for v in enum)
    ):
        bad(f"{at}.enum", enum, 'a list of the allowed values as strings, e.g. ["killed"]')
    pattern = constraints.get("pattern")
    if pattern is not None:
        try:
            if not isinstance(pattern, str):
                raise TypeError
            re.compile(pattern)
        except (re.error, TypeError, RecursionError, OverflowError) as error:
            why = f" ({error})" if isinstance(error, re.error) else ""
            bad(f"{at}.pattern", pattern, f"a regular expression{why}")
    for key in ("minimum", "maximum"):
        if key in constraints and not _is_int(constraints[key]):
            bad(f"{at}.{key}", constraints[key], "a whole number such as 0")


def _check_keys(keys: Any, where: str, bad) -> None:
    if not isinstance(keys, list):
        bad(where, keys, "a list of foreign keys")
        return
    for k, key in enumerate(keys):
        at = f"{where}[{k}]"
        reference = key.get("reference") if isinstance(key, dict) else None
        fields = key.get("fields") if isinstance(key, dict) else None
        ok = isinstance(fields, list) and fields and all(isinstance(f, str) for f in fields)
        ok = ok and isinstance(reference, dict) and isinstance(reference.get("resource"), str)
        theirs = reference.get("fields") if isinstance(reference, dict) else None
        ok = ok and isinstance(theirs, list) and theirs and all(isinstance(f, str) for f in theirs)
        if not ok:
            bad(
                at, key, '{"fields": [column], "reference": {"resource": name, "fields": [column]}}'
            )
