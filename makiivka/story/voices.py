"""Tell the claimants that stand for many voices: a party's catch-all, not one speaker.

``makiivka ingest`` registers a speaker it cannot name under the party's own label
("Survivors and relatives") or under the article's words followed by that label in
brackets ("accounts of survivors (Survivors and relatives)"). Such a claimant gathers what
different, unnamed people said (three survivors' estimates of the people aboard), so its
figures are never one voice changing its own figure: the revisions never chain them. Only
private people's kinds (:data:`PEOPLE_KINDS`) make one: a body or an office holder named as
its party ("National Government", kind ministry or official) is that party's one voice.
"""

from __future__ import annotations

import pandas as pd

#: Register kinds of private people, of whom a party's catch-all gathers many.
PEOPLE_KINDS = frozenset(("person", "relative", "witness", "resident"))


def _folded(text: object) -> str:
    return " ".join(str(text).split()).casefold()


def stands_for_many(name: str, side: str, kind: str, labels: dict[str, str]) -> bool:
    """Tell whether a claimant named *name* on *side*, of register *kind*, is its side's
    catch-all: of private people's *kind* (:data:`PEOPLE_KINDS`), and its name is the side's
    label (*labels*: side id → label, parties and roles) or ends with that label in brackets.

    >>> labels = {"kin": "Survivors and relatives", "navy": "Coast Guard"}
    >>> stands_for_many("Survivors and relatives", "kin", "relative", labels)
    True
    >>> stands_for_many("accounts of survivors (Survivors and relatives)", "kin", "person", labels)
    True
    >>> stands_for_many("Ana Ruiz", "kin", "relative", labels)
    False
    >>> stands_for_many("Coast Guard", "navy", "armed forces", labels)
    False
    >>> stands_for_many("Coast Guard", "navy", "official", labels)
    False
    """
    label = _folded(labels.get(str(side), ""))
    if not label or str(kind) not in PEOPLE_KINDS:
        return False
    said = _folded(name)
    return said == label or said.endswith(f"({label})")


def many_voices(claimants: pd.DataFrame, labels: dict[str, str]) -> tuple[str, ...]:
    """Return the ids of the register's claimants (``claimant_id``, ``name``, ``side``,
    ``kind``) that :func:`stands_for_many`, in register order."""
    rows = zip(claimants["claimant_id"], claimants["name"], claimants["side"], claimants["kind"],
               strict=True)  # fmt: skip
    return tuple(str(i) for i, n, s, k in rows if stands_for_many(n, s, k, labels))
