"""Hold one extracted figure (the DESIGN §4 columns and ours) and write rows as CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass

COLUMNS = [
    "start", "end", "quote", "value", "value_low", "value_high", "qualifier", "unit", "metric",
    "scope", "claimant", "side", "stated_at", "claimant_name", "voice", "revises", "converts",
    "relayed_by", "attribution", "confidence",
]  # fmt: skip


@dataclass(frozen=True)
class Figure:
    """One extracted figure: the §4 columns, then the extra ones.

    The last two, ``attribution`` (str) and ``confidence`` (float, 0–1), are the evidence
    for ``claimant`` and ``side``: e.g. ``according to "Kenya's disaster centre"``
    (0.9), ``carried from paragraph 2: "the ministry"`` (0.7), ``outlet voice`` (0.85).
    """

    start: int
    end: int
    quote: str
    value: int | float | None
    value_low: int | float | None
    value_high: int | float | None
    qualifier: str
    unit: str
    metric: str
    scope: str
    claimant: str
    side: str
    stated_at: str
    claimant_name: str = ""
    voice: str = "body"
    revises: int | None = None
    converts: int | None = None
    relayed_by: str = ""  # the intermediary as written ("the agency quoted the ministry …")
    #: Why the row has its claimant, in words: the attribution's form and phrase as written,
    #: where it was carried from, and what gave the side (see :mod:`makiivka.extract.evidence`).
    attribution: str = ""
    #: How sure the attribution is, 0–1 with two decimals: low means doubtful (review first).
    confidence: float | None = None


def rows(figures: list[Figure]) -> list[dict]:
    """Return figures as dicts in COLUMNS order."""
    return [asdict(f) for f in figures]


def to_csv(figures: list[Figure]) -> str:
    """Return figures as CSV with the COLUMNS header (LF line ends)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows(figures):
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return buffer.getvalue()


def to_json(figures: list[Figure]) -> str:
    """Return figures as a JSON array of objects (keys in COLUMNS order)."""
    return json.dumps(rows(figures), ensure_ascii=False, indent=1) + "\n"
