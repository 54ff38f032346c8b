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

from makiivka.extract.datelines import claimant_named
from makiivka.story.problems import DataError, Problem

#: An issuer's office, which is the office-holder's: "OFFICE OF THE SPECIAL RELIEF COMMISSIONER"
#: (round 23's new user registered the alias "Special Relief Commissioner").
_OFFICE_OF = re.compile(r"(?i)\s*(?:the\s+)?office\s+of\s+(?:the\s+)?(?=\S)")


def _problem(name: str, field: str, value: str, expected: str) -> DataError:
    return DataError([Problem(name, 1, 1, field, value, expected)])


def outlet_id(outlets: tuple, claimants: list[dict[str, str]], name: str = "--outlet") -> str:
    """Return the outlet's claimant_id from (given, written by the source, default).

    The id given wins; else the claimant whose id, name or alias the page, channel or
    dateline gives (or whose name it abbreviates: :func:`~makiivka.extract.datelines.
    claimant_named`); else the default (a batch's ``--outlet``). A problem of the source's
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
    found = claimant_named(written, claimants)
    office = _OFFICE_OF.match(written)
    if found is None and office is not None:
        found = claimant_named(written[office.end() :], claimants)
    if found is not None:
        return found
    raise _problem(
        name, "outlet", written or "", "the outlet's claimant_id (the source names "
        f"{written!r}, which no claimant's name or alias is): give --outlet, or register it "
        "with `makiivka claimant add ID --name … --alias …`",
    )  # fmt: skip
