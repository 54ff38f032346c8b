"""Issue claim ids that are never reused, even after proposed rows are deleted.

``claim_ids.json`` in the story folder records the last claim id issued
(``{"last_claim_id": "c027"}``). Deleting proposed rows lowers the ledger's
highest id but not this mark, so the next ingest goes on from the mark.
Validate checks the mark is at least every ``cNNN`` id in the ledger (a row
added by hand with a higher id needs the mark raised with it). A story
without the file starts from its highest id; the next ingest writes it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from makiivka.story import files, paths
from makiivka.story.problems import Problem
from makiivka.story.table import Table

ISSUED_NAME = "claim_ids.json"
CLAIM_ID = re.compile(r"c([0-9]+)")
ID_WIDTH = 3


def read_issued(data: Path) -> tuple[int | None, list[Problem]]:
    """Return the number of the last claim id issued (None without the file) and any problem."""
    path = paths.data_dir(data) / ISSUED_NAME
    shown = paths.display(path)
    try:
        text = files.read_bytes(path).decode("utf-8")
    except FileNotFoundError:
        return None, []
    except (OSError, UnicodeDecodeError) as error:
        return 0, [Problem(shown, 1, 1, "", "", f"a regular UTF-8 file ({error})")]
    try:
        last = json.loads(text)["last_claim_id"]
        match = CLAIM_ID.fullmatch(last)
    except (ValueError, KeyError, TypeError):
        match = None
    if match is None:
        expected = 'JSON such as {"last_claim_id": "c027"}'
        return 0, [Problem(shown, 1, 1, "", text.strip()[:80], expected)]
    return int(match[1]), []


def issued_json(number: int) -> bytes:
    """Return the content of ``claim_ids.json`` recording *number* as the last id issued."""
    return (json.dumps({"last_claim_id": format_claim_id(number)}) + "\n").encode("utf-8")


def format_claim_id(number: int) -> str:
    """Return the claim id of *number*.

    >>> format_claim_id(18), format_claim_id(1234)
    ('c018', 'c1234')
    """
    return f"c{number:0{ID_WIDTH}d}"


def claim_number(claim_id: str) -> int | None:
    """Return the number of a ``cNNN`` id, None for anything else.

    >>> claim_number("c018"), claim_number("c1234"), claim_number("x9")
    (18, 1234, None)
    """
    m = CLAIM_ID.fullmatch(claim_id)
    return int(m[1]) if m else None


def highest_claim_number(claim_ids: Iterable[str]) -> int:
    """Return the highest number of the ``cNNN`` ids (0 for none).

    >>> highest_claim_number(["c017", "c020", "x9"])
    20
    """
    return max((n for i in claim_ids if (n := claim_number(i)) is not None), default=0)


def check_issued(data: Path | str | None, claims: Table) -> list[Problem]:
    """Check ``claim_ids.json`` names an id at least as high as every claim's."""
    last, problems = read_issued(paths.data_dir(data))
    if problems or last is None:
        return problems
    digits = claims.frame["claim_id"].str.extract(r"^c(\d+)$", expand=False)
    above = (pd.to_numeric(digits, errors="coerce") > last).to_numpy()
    expected = (
        f"an id issued already: {ISSUED_NAME} says the last is {format_claim_id(last)} "
        "(raise it when adding a claim by hand; ids are never reused)"
    )
    return [claims.problem(row, "claim_id", expected) for row in np.flatnonzero(above)]
