"""Check the story's own part of the descriptor: its event, parties and the compared pair.

The table schemas are checked by use (every file is read against them); what
differs between stories (``event``, ``parties``, ``compare``) is checked here,
so that a typo in a party id or a time zone is reported where it is written
instead of surfacing later as a chart that cannot colour a side.
"""

from __future__ import annotations

import re
import zoneinfo
from dataclasses import replace
from datetime import datetime
from functools import cache
from typing import Any

from makiivka.story.problems import Problem
from makiivka.story.schema import Package, metric_problems

#: Roles every story has; a party may not take one of these ids.
RESERVED_SIDES = ("third_party", "media", "unknown")
#: The roles a claimant may speak for besides the parties (``unknown`` is the extractor's).
SIDE_ROLES = ("third_party", "media")
PARTY_ID = re.compile(r"[a-z0-9][a-z0-9_]*")


@cache
def time_zones() -> frozenset[str]:
    """Return the IANA time zone names this machine knows (``zoneinfo``)."""
    return frozenset(zoneinfo.available_timezones())


def is_time_zone(name: str) -> bool:
    """Tell whether *name* is an IANA time zone name such as ``Europe/Kyiv``.

    >>> is_time_zone("Europe/Moscow"), is_time_zone("UTC+3"), is_time_zone("moscow")
    (True, False, False)
    """
    return name in time_zones()


def is_iso_time(text: str) -> bool:
    """Tell whether *text* is an ISO 8601 date or date and time.

    >>> is_iso_time("2023-01-01T00:01+03:00"), is_iso_time("2023-01-01"), is_iso_time("1 Jan")
    (True, True, False)
    """
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?", text):
        return False
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def locate(text: str, needle: str, nth: int = 1) -> tuple[int, int]:
    """Return the line and column of the *nth* occurrence of *needle* in *text* (else 1, 1)."""
    at = -1
    for _ in range(nth):
        at = text.find(needle, at + 1)
        if at == -1:
            return 1, 1
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


def check_descriptor(descriptor: dict[str, Any], text: str, shown: str) -> list[Problem]:
    """Check the parties, the compared pair and the event's time zone and time.

    *text* is the descriptor as written (to give each problem its line and
    column) and *shown* the file name used in messages. Returns every problem.
    """
    problems: list[Problem] = []

    def problem(field: str, value: str, expected: str, needle: str = "", nth: int = 1) -> None:
        line, column = locate(text, needle or f'"{field}"', nth)
        problems.append(Problem(shown, line, column, field, value, expected))

    parties = descriptor.get("parties")
    if not isinstance(parties, list) or len(parties) < 2:
        count = len(parties) if isinstance(parties, list) else 0
        problem("parties", str(count), "at least two parties, each with an id and a label")
        parties = parties if isinstance(parties, list) else []
    seen: dict[str, int] = {}
    for party in parties:
        if not isinstance(party, dict):
            problem("parties", str(party), "a party: an object with id and label")
            continue
        party_id = str(party.get("id", ""))
        seen[party_id] = seen.get(party_id, 0) + 1
        needle = f'"{party_id}"'
        if not PARTY_ID.fullmatch(party_id) or party_id in RESERVED_SIDES:
            reserved = ", ".join(RESERVED_SIDES)
            expected = f"a party id matching {PARTY_ID.pattern}, not one of {reserved}"
            problem("id", party_id, expected, needle)
        elif seen[party_id] > 1:
            problem("id", party_id, "a party id not used by another party", needle, seen[party_id])
        if not str(party.get("label", "")).strip():
            problem("label", "", f"a label for party {party_id}", needle)
    declared = [str(p.get("id", "")) for p in parties if isinstance(p, dict)]
    compare = descriptor.get("compare")
    if compare is None and len(declared) >= 2:
        compare = declared[:2]
    pair = compare if isinstance(compare, list) else []
    if len(pair) != 2 or pair[0] == pair[1]:
        problem("compare", ",".join(map(str, pair)), "two different party ids")
    for party_id in pair:
        if party_id not in declared:
            expected = f"a declared party id ({', '.join(declared)})"
            problem("compare", str(party_id), expected)
    event = descriptor.get("event", {})
    zone = str(event.get("timezone", "")) if isinstance(event, dict) else ""
    if not is_time_zone(zone):
        problem("timezone", zone, "an IANA time zone name such as Europe/Kyiv")
    occurred = str(event.get("occurred_at", "")) if isinstance(event, dict) else ""
    if not is_iso_time(occurred):
        expected = "an ISO 8601 time such as 2023-01-01T00:01+03:00"
        problem("occurred_at", occurred, expected)
    for field, value, expected, needle, nth in metric_problems(descriptor):
        problem(field, value, expected, needle, nth)
    return problems


def event_zone(package: Package) -> zoneinfo.ZoneInfo | None:
    """Return the story's time zone (its event's ``timezone``), None when it names none.

    A name that is no IANA zone is the descriptor's problem (:func:`check_descriptor`).
    """
    event = package.event
    name = str(event.get("timezone", "")) if isinstance(event, dict) else ""
    return zoneinfo.ZoneInfo(name) if is_time_zone(name) else None


def sides(package: Package) -> tuple[str, ...]:
    """Return the values ``claimants.side`` may take: the story's party ids, then the roles."""
    declared = package.descriptor.get("parties", [])
    ids = [str(p.get("id", "")) for p in declared if isinstance(p, dict)]
    return (*dict.fromkeys(ids), *SIDE_ROLES)


def with_story_sides(package: Package) -> Package:
    """Return *package* with ``claimants.side`` limited to :func:`sides` (the story's own).

    The side vocabulary is the story's, so it is not an ``enum`` in the shared
    table schema but comes from ``parties``.
    """
    claimants = package.resources.get("claimants")
    if claimants is None or "side" not in claimants.columns:
        return package
    vocabulary = sides(package)
    fields = tuple(replace(f, enum=vocabulary) if f.name == "side" else f for f in claimants.fields)
    resources = {**package.resources, "claimants": replace(claimants, fields=fields)}
    return replace(package, resources=resources)


def story_title(package: Package) -> str:
    """Return the story's title from its descriptor (empty when it has none)."""
    return str(package.descriptor.get("title", ""))
