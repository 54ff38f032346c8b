"""The ingest tests' fixture files and a reader of the story's CSV files."""

from __future__ import annotations

import csv
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"
CLAIMANTS = [
    ["courier", "--name", "Lirun Courier", "--side", "media", "--kind", "outlet"],
    ["valdera_council", "--name", "Valdera Council", "--side", "council", "--kind", "official",
     "--alias", "Valdera Council", "--alias", "the council's emergency office",
     "--alias", "the council", "--alias", "the emergency office"],
    ["northern_front", "--name", "Northern Front", "--side", "front", "--kind", "armed forces",
     "--alias", "Northern Front", "--alias", "the Front"],
]  # fmt: skip


def read_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))
