"""A row's history as the desk shows it, and who it was given to before the desk changed it.

Both are read from the row's notes (the records :func:`makiivka.desk.forms.with_edit_noted`
writes for an edit made before the seal) and from ``corrections.csv`` (a sealed row's
changes, with their reasons).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from makiivka.desk.forms import EDITED

#: The fields whose change makes the extractor's reading the row's original one, not its own.
WHO = ("claimant", "relayed_by")


def history(
    row: Mapping[str, str], sealed: bool, corrections: Sequence[Mapping[str, str]]
) -> list[tuple[str, str]]:
    """Return a row's history, oldest first: (what, detail).

    >>> for event in history({"claim_id": "c1", "status": "proposed", "notes": "added at the "
    ...         "desk from selected text; edited at the desk 2027-03-17T01:02:03Z: metric: other"
    ...         " → killed"}, False, []):
    ...     print(event)
    ('added', 'added at the desk from selected text')
    ('edited at the desk 2027-03-17T01:02:03Z', 'metric: other → killed')
    """
    # Edits made before the row was sealed are in its notes (forms.with_edit_noted).
    notes, *edits = re.split(rf"(?:\A|;\s*)(?={re.escape(EDITED)} )", row["notes"])
    events = [("proposed" if "proposed by" in notes else "added", notes)]
    for edit in edits:
        when, _, said = edit.removeprefix(f"{EDITED} ").partition(": ")
        events.append((f"{EDITED} {when}", said))
    if sealed:
        events.append(("sealed", "accepted and sealed in reviewed.csv"))
    for entry in corrections:
        if entry["claim_id"] == row["claim_id"]:
            change = f"{entry['field']}: {entry['old'] or '(empty)'} → {entry['new'] or '(empty)'}"
            events.append((f"corrected {entry['changed_at']}", f"{change} — {entry['reason']}"))
    if row["status"] == "withdrawn" and not sealed:
        events.append(("withdrawn", "rejected before review"))
    return events


def changed_at_desk(
    row: Mapping[str, str], corrections: Sequence[Mapping[str, str]]
) -> dict[str, str]:
    """Return {field: its value before the first change} for the row's claimant and relay
    where an edit at the desk or a correction changed them and they differ now.

    >>> changed_at_desk({"claim_id": "c2", "claimant": "ngo", "relayed_by": "wire",
    ...     "notes": "proposed; edited at the desk 2027-03-17T01:02:03Z: claimant: coast → ngo"},
    ...     [{"claim_id": "c2", "field": "relayed_by", "old": "", "new": "wire"}])
    {'claimant': 'coast', 'relayed_by': ''}
    """
    first: dict[str, str] = {}
    for record in re.findall(rf"{re.escape(EDITED)} \S+: ([^;]*)", row["notes"]):
        for name in WHO:  # oldest first: "claimant: a → b, metric: c → d — reason"
            found = re.search(rf"(?:\A|, ){name}: (\S+) \u2192 ", record)
            if found and name not in first:
                first[name] = "" if found[1] == "(empty)" else found[1]
    for entry in corrections:  # after the seal: corrections.csv, oldest first
        if entry["claim_id"] == row["claim_id"] and entry["field"] in WHO:
            first.setdefault(entry["field"], entry["old"])
    return {name: was for name, was in first.items() if was != row[name]}
