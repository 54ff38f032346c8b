"""The outlet an ingested file is of: the claimant_id given, or the one its source names.

A page's site name, a channel's name, a wire's dateline ("KHARTOUM (Reuters) -"), a live
blog's masthead ("Odisha Live live desk, 14 March 2027") or a release's issuer ("OFFICE OF
THE SPECIAL RELIEF COMMISSIONER / Press release, …") names the outlet; :func:`outlet_id`
finds the claimant whose id, name or alias that is (an issuer's "Office of the …" is also
the claimant named by what follows it: "Special Relief Commissioner"). Nothing here names
an outlet: the names come from the file and the register.
"""

from __future__ import annotations

import re
from dataclasses import replace

from makiivka.extract.datelines import claimant_named
from makiivka.story.problems import DataError, Problem

#: An issuer's office, which is the office-holder's: "OFFICE OF THE SPECIAL RELIEF COMMISSIONER"
#: (round 23's new user registered the alias "Special Relief Commissioner").
_OFFICE_OF = re.compile(r"(?i)\s*(?:the\s+)?office\s+of\s+(?:the\s+)?(?=\S)")


#: Where a joint release's issuers part: "UNHCR and IOM", "A, B & C".
_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s(?:and|&|\+)\s)\s*", re.IGNORECASE)  # "X AND Y" too


def joint_issuers(written: str, claimants: list[dict[str, str]]) -> tuple[str, ...]:
    """Return the claimant_ids of a joint release's issuers, in the order named ("UNHCR and
    IOM": both registered); () unless *written* names two or more and every one of them is a
    registered claimant (round 27's new user registered "UNHCR and IOM" as a third body).

    >>> rows = [{"claimant_id": "un", "name": "UNHCR", "aliases": ""},
    ...         {"claimant_id": "iom", "name": "International Organization for Migration",
    ...          "aliases": "IOM"}]
    >>> joint_issuers("UNHCR and IOM", rows), joint_issuers("UNHCR and Red Cross", rows)
    (('un', 'iom'), ())
    """
    if claimant_named(written, claimants) is not None:
        return ()  # one body whose name has an "and" in it
    found = tuple(_named(part, claimants) for part in _JOINT.split(written.strip()))
    return found if len(found) > 1 and all(found) and len(set(found)) == len(found) else ()


def _named(written: str, claimants: list[dict[str, str]]) -> str | None:
    """Return the claimant a name is, an issuer's "Office of the X" being X's."""
    found = claimant_named(written, claimants)
    office = _OFFICE_OF.match(written)
    if found is None and office is not None:
        found = claimant_named(written[office.end() :], claimants)
    return found


def _problem(name: str, field: str, value: str, expected: str) -> DataError:
    return DataError([Problem(name, 1, 1, field, value, expected)])


def outlet_id(outlets: tuple, claimants: list[dict[str, str]], name: str = "--outlet") -> str:
    """Return the outlet's claimant_id from (given, written by the source, default).

    The id given wins; else the claimant whose id, name or alias the page, channel or
    dateline gives (or whose name it abbreviates: :func:`~makiivka.extract.datelines.
    claimant_named`), or the first of a joint release's registered issuers
    (:func:`joint_issuers`); else the default (a batch's ``--outlet``). A problem of the source's
    name, or of none found, names the file *name*.
    """
    given, written, default = outlets
    if given or not written:
        if not given and not default:
            raise _problem(
                name, "outlet", "",
                "the outlet's claimant_id: give --outlet (no dateline such as 'CITY (Agency) -', "
                "site name or channel name in the file names one)",
            )  # fmt: skip
        return _outlet_id(given or default, "", claimants, name)
    try:
        return _outlet_id(None, written, claimants, name)
    except DataError:
        if default:
            return _outlet_id(default, "", claimants, name)
        raise


def _outlet_id(wanted: str | None, written: str, claimants: list[dict[str, str]], name: str) -> str:
    """Return the outlet's claimant_id: the one given, else the source's name for it."""
    known = ", ".join(sorted(r["claimant_id"] for r in claimants)) or "none yet"
    if wanted:
        if wanted in {r["claimant_id"] for r in claimants}:
            return wanted
        raise _problem(
            "--outlet", "outlet", wanted,
            f"a claimant_id of claimants.csv ({known}); register it with `makiivka claimant "
            f"add {wanted} --name … --side media --kind outlet`",
        )  # fmt: skip
    found = _named(written, claimants) or next(iter(joint_issuers(written, claimants)), None)
    if found is not None:
        return found  # a joint release is its first named issuer's
    raise _problem(
        name, "outlet", written or "", "the outlet's claimant_id (the source names "
        f"{written!r}, which no claimant's name or alias is): give --outlet, or register it "
        "with `makiivka claimant add ID --name … --alias …`",
    )  # fmt: skip


def joint_credit(figures: list, written: str, outlet: str, claimants: list[dict]) -> list:
    """Return *figures* with those whose speaker is a joint release's issuers together ("UNHCR
    and IOM", :attr:`Figure.claimant_name`) given the outlet as ``claimant``: no claimant of
    its own is proposed for them (round 27's new user registered one). Unchanged when
    *written* names no joint release of *outlet*'s."""
    if outlet not in joint_issuers(written, claimants):
        return figures
    joint = " ".join(written.lower().split())
    return [
        replace(f, claimant=outlet) if " ".join(f.claimant_name.lower().split()) == joint else f
        for f in figures
    ]


def joint_note(written: str, outlet: str, claimants: list[dict], rows: list[dict]) -> str:
    """Return the article's note of a joint release ("" unless *written* names one of
    *outlet*'s), and end the ``notes`` of the ledger *rows* (dicts of claims.csv columns)
    whose ``claimant`` is the outlet with "jointly with OTHER_IDS": "UNHCR and IOM" is
    credited to the first named registered body (or the one ``--outlet`` names)."""
    issuers = joint_issuers(written, claimants)
    if outlet not in issuers:
        return ""
    others = ", ".join(i for i in issuers if i != outlet)
    for row in rows:
        if row["claimant"] == outlet:
            row["notes"] = "; ".join(filter(None, [str(row["notes"]), f"jointly with {others}"]))
    return f"a joint release of {', '.join(issuers)} ({written!r}), credited to {outlet}"
