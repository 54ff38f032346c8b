"""A speaker named by its party's name is the party's label, never a doubled label.

Round 18's new user (a story whose party is labelled "Government of Peru") got a proposed
claimant "Peru (Government of Peru government)" for the headline "Peru raises Yanamayo dam
death toll to 41, dozens still missing", whose 41 had gone to the registered civil defence
institute. A party's cue word as a name (also as the extractor names a party's government:
"Peru (Government of Peru)", "Sudland (government)") registers the party's label;
a place the party holds keeps its name beside the label, said once; a headline's figure that
names only the party is the claimant the headline's other figure has. Invented story.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from makiivka.cli import main
from tests.extract.ingest_story import read_rows


@pytest.fixture(scope="module")
def norland_template(tmp_path_factory) -> Path:
    story = tmp_path_factory.mktemp("norland") / "story"
    assert main(
        ["new", str(story), "--title", "Orra flood", "--event", "The Orra flood", "--noun",
         "flood", "--occurred-at", "2026-03-14T04:10-05:00", "--timezone", "America/Bogota",
         "--place", "Orra", "--party", "government=Government of Norland", "--party",
         "south=Sudland", "--held", "government=Harbour City"]
    ) == 0  # fmt: skip
    for claimant in (
        ["courier", "--name", "Lirun Courier", "--side", "media", "--kind", "outlet"],
        ["health_ministry", "--name", "Norland Health Ministry", "--side", "government",
         "--kind", "ministry", "--alias", "health ministry"],
    ):  # fmt: skip
        assert main(["claimant", "add", *claimant, "--story", str(story)]) == 0
    return story


@pytest.fixture
def norland(norland_template: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(norland_template, tmp_path / "story"))


def _ingest(story: Path, text: str) -> tuple[list[dict[str, str]], list[tuple[str, str, str]]]:
    path = story.parent / "update.txt"
    path.write_text(text, encoding="utf-8")
    argv = ["ingest", str(path), "--outlet", "courier", "--published", "2026-03-16"]
    assert main([*argv, "--story", str(story)]) == 0
    assert main(["validate", "--story", str(story)]) == 0
    register = read_rows(story / "data" / "claimants.csv")
    new = [(r["claimant_id"], r["name"], r["side"]) for r in register if r["notes"]]
    return read_rows(story / "data" / "claims.csv"), new


# (sentence, the row's claimant, the claimant proposed)
CASES = [
    ("Norland said 30 people were killed in the Orra flood.", "government_of_norland",
     ("government_of_norland", "Government of Norland", "government")),
    ("The Government of Norland said 30 people were killed in the Orra flood.",
     "government_of_norland", ("government_of_norland", "Government of Norland", "government")),
    ("Harbour City said 30 people were killed in the Orra flood.",
     "harbour_city_government_of_norland",
     ("harbour_city_government_of_norland", "Harbour City (Government of Norland)",
      "government")),
    ("Sudland said 12 people were killed in the Orra flood.", "sudland",
     ("sudland", "Sudland", "south")),
    # "Norland's government" is the party "Government of Norland" (rounds 19 and 20's users)
    ("Norland's government said 30 people were killed in the Orra flood.",
     "government_of_norland", ("government_of_norland", "Government of Norland", "government")),
    # a long name's id ends at a word's end (round 21's user: "…_esmeraldas_g")
    ("The Harbour City regional emergency coordination committee said 30 people were killed "
     "in the Orra flood.", "harbour_city_regional_emergency",
     ("harbour_city_regional_emergency", "Harbour City regional emergency coordination "
      "committee", "government")),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "claimant", "proposed"), CASES)
def test_a_party_named_by_its_name_is_proposed_as_its_label(norland, sentence, claimant, proposed):
    rows, new = _ingest(norland, f"Flood update\n\n{sentence}\n")
    assert [r["claimant"] for r in rows] == [claimant]
    assert new == [proposed]


def test_a_headline_has_one_speaker(norland):
    rows, new = _ingest(
        norland,
        "Norland raises flood toll to 41, dozens still missing\n\nNorland's health ministry "
        "on Tuesday raised the death toll from the Orra flood to 41.\n",
    )
    assert [(r["figure"], r["claimant"]) for r in rows] == [
        ("41", "health_ministry"), ("dozens", "health_ministry"), ("41", "health_ministry")
    ]  # fmt: skip
    assert new == []
    assert rows[1]["notes"].endswith(
        "the headline names 'Norland (Government of Norland)' (the party "
        "Government of Norland), whose other figure in it is health_ministry's: check it"
    )
