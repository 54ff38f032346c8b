"""A small story with a claimant ingest proposed, made through the command line.

The Orlen flood (invented): two parties, four registered claimants, one wire article whose
"Hill Front commander Oska Tarn" ingest proposes as the claimant ``oska_tarn`` (line 6 of
claimants.csv; its rows c003 and c004, the second relayed by the Herald).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from makiivka.cli import main

ARTICLE = (
    "Orlen flood: Valley Authority says 46 dead\n\n"
    "The Valley Authority said on Monday that 46 people were killed.\n\n"
    "Hill Front commander Oska Tarn said at least 250 people were killed.\n\n"
    "Oska Tarn told the Herald that 300 people were missing.\n"
)
ARTICLE_ID = "wire-2024-05-13-orlen-flood-valley-authority-says-46"
CLAIMANTS = [
    ["wire", "--name", "Wire", "--side", "media", "--kind", "outlet"],
    ["herald", "--name", "Herald", "--side", "media", "--kind", "outlet"],
    ["valley_authority", "--name", "Valley Authority", "--side", "valley", "--kind", "official",
     "--alias", "Valley Authority"],
    ["hill_front", "--name", "Hill Front", "--side", "hill", "--kind", "armed group",
     "--alias", "Hill Front", "--alias", "the Front"],
]  # fmt: skip
#: The notes ingest gives the claimant it proposes.
PROPOSED_NOTES = (
    f"proposed by makiivka ingest for 'Oska Tarn' (side hill) in articles/{ARTICLE_ID}.txt: "
    "check its name, side and kind, or give its rows to a registered claimant"
)
#: The clock the tests give ``--changed-at``.
WHEN = "2024-05-14T09:00:00Z"


def build(story: Path) -> Path:
    """Make the story in *story* (``new``, ``claimant add``, ``ingest``); return its data."""
    assert main(["new", str(story), "--title", "What the sides claim about the Orlen flood",
                 "--event", "The Orlen river flood", "--noun", "flood",
                 "--occurred-at", "2024-05-10T03:00+02:00", "--timezone", "Europe/Warsaw",
                 "--place", "Orlen", "--place", "Tamsk",
                 "--party", "valley=Valley Authority", "--party", "hill=Hill Front"]) == 0  # fmt: skip
    for claimant in CLAIMANTS:
        assert main(["claimant", "add", *claimant, "--story", str(story)]) == 0
    article = story.parent / "wire.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["ingest", str(article), "--outlet", "wire", "--published", "2024-05-13",
                 "--story", str(story), "-q"]) == 0  # fmt: skip
    return story / "data"


def copy(built: Path, target: Path) -> Path:
    """Copy a built story's data folder to *target*; return the copy."""
    shutil.copytree(built, target)
    return target
