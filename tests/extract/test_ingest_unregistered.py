"""A speaker the register lacks keeps its figure: ingest proposes it as a claimant.

Round 16's new user saw "Bangladesh's health ministry puts the dead at 45" given to the
coast guard (another body of the same side) and "the district administration said" given
to the outlet, as its own "up to 90 dead". Now the speaker is registered, as the text names
it and with the side the extractor read, in the same change as its rows, marked proposed in
its notes; `extract` and `ingest` name the same speaker and side. Invented story: the
Kessa dam collapse, parties Valdera Council and Northern Front.
"""

from __future__ import annotations

import json

import pytest

from makiivka.cli import main
from tests.extract.ingest_story import read_rows

PROPOSED = "proposed by makiivka ingest"
ARTICLE = "articles/courier-2019-03-20-kessa-dam-toll-update.txt"


@pytest.fixture
def lean(story):
    """The story with only the outlet and a council body of kind 'armed forces' registered."""
    data = story / "data"
    rows = (data / "claimants.csv").read_text(encoding="utf-8").splitlines()
    kept = [r for r in rows if r.startswith(("claimant_id,", "courier,"))]
    kept.append("valdera_guard,Valdera Guard,council,armed forces,the Guard,")
    (data / "claimants.csv").write_text("\n".join(kept) + "\n", encoding="utf-8")
    return story


def _ingest(story, tmp_path, body: str) -> list[dict[str, str]]:
    path = tmp_path / "update.txt"
    path.write_text("Kessa dam toll update\n\n" + body + "\n", encoding="utf-8")
    argv = ["ingest", str(path), "--outlet", "courier", "--published", "2019-03-20"]
    assert main([*argv, "--story", str(story)]) == 0
    return read_rows(story / "data" / "claims.csv")


# (sentence, the row's claimant, the claimant proposed: id, name, side, kind)
CASES = [
    # a body of the party's side, never the registered body of that side
    ("Valdera Council's health ministry puts the dead at 45.", "valdera_councils_health_ministry",
     ("valdera_councils_health_ministry", "Valdera Council's health ministry", "council",
      "ministry")),
    # the party's own body, never the outlet's own figure
    ("The Valdera Council said 52 people had died.", "valdera_council",
     ("valdera_council", "Valdera Council", "council", "official")),
    ("The Valdera Council denied reports that 90 people had died.", "valdera_council",
     ("valdera_council", "Valdera Council", "council", "official")),
    ("The Northern Front said 30 of its fighters were killed.", "northern_front",
     ("northern_front", "Northern Front", "front", "armed group")),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "claimant", "proposed"), CASES)
def test_an_unregistered_speaker_is_proposed_never_another_body_or_the_outlet(
    lean, tmp_path, sentence, claimant, proposed
):
    rows = _ingest(lean, tmp_path, sentence)
    assert [r["claimant"] for r in rows] == [claimant]
    assert f"registered with this article as claimant {claimant}" in rows[0]["notes"]
    register = read_rows(lean / "data" / "claimants.csv")
    assert [r["claimant_id"] for r in register] == ["courier", "valdera_guard", proposed[0]]
    new = register[-1]
    assert (new["claimant_id"], new["name"], new["side"], new["kind"]) == proposed
    assert new["notes"].startswith(f"{PROPOSED} for '")
    assert new["notes"].endswith(f"in {ARTICLE}: check its name, side and kind, or give its "
                                 "rows to a registered claimant")  # fmt: skip
    assert main(["validate", "--story", str(lean)]) == 0


def test_extract_and_ingest_name_the_same_speaker_and_side(lean, tmp_path, capsys):
    sentence = "Valdera Council's health ministry puts the dead at 45."
    path = tmp_path / "update.txt"
    path.write_text(f"Kessa dam toll update\n\n{sentence}\n", encoding="utf-8")
    argv = ["extract", str(path), "--published", "2019-03-20", "--format", "json"]
    assert main([*argv, "--outlet", "courier", "--story", str(lean)]) == 0
    (figure,) = json.loads(capsys.readouterr().out)
    rows = _ingest(lean, tmp_path, sentence)
    new = read_rows(lean / "data" / "claimants.csv")[-1]
    assert rows[0]["claimant"] == new["claimant_id"]
    assert (figure["claimant_name"], figure["side"]) == (new["name"], new["side"])


def test_a_proposed_speaker_is_registered_once_and_named_again_later(lean, tmp_path):
    first = "Valdera Council's health ministry puts the dead at 45."
    _ingest(lean, tmp_path, f"{first}\n\nValdera Council's health ministry said 60 were hurt.")
    later = tmp_path / "later.txt"
    later.write_text("Kessa: more dead\n\nValdera Council's health ministry said 50 died.\n")
    argv = ["ingest", str(later), "--outlet", "courier", "--published", "2019-03-21"]
    assert main([*argv, "--story", str(lean)]) == 0
    rows = read_rows(lean / "data" / "claims.csv")
    assert [r["claimant"] for r in rows] == ["valdera_councils_health_ministry"] * 3
    register = read_rows(lean / "data" / "claimants.csv")
    assert [r["claimant_id"] for r in register].count("valdera_councils_health_ministry") == 1


# (sentence, the row's claimant): guards that pass on both: a registered alias, the outlet's
# own voice, and a speaker with no side (no claimant can hold it: the outlet's, with a note)
GUARDS = [
    ("The Guard said 45 people had died.", "valdera_guard"),
    ("At least 45 people died in the collapse.", "courier"),
    ("Unverified posts on social media claimed 150 dead.", "courier"),
]


@pytest.mark.parametrize(("sentence", "claimant"), GUARDS)
def test_a_registered_speaker_and_the_outlets_voice_are_unchanged(lean, tmp_path, sentence,
                                                                   claimant):  # fmt: skip
    rows = _ingest(lean, tmp_path, sentence)
    assert [r["claimant"] for r in rows] == [claimant]
    assert len(read_rows(lean / "data" / "claimants.csv")) == 2


def test_a_partys_cue_word_names_its_registered_body(tmp_path, capsys):
    # round 17's new user: "Families say …" with "families" a cue word of a party whose label
    # names a registered claimant crashed ingest (KeyError); the figure is that claimant's
    story = tmp_path / "plant"
    new = ["new", str(story), "--title", "t", "--event", "Explosion at a plant", "--noun",
           "explosion", "--occurred-at", "2026-12-01T22:15+07:00", "--timezone", "Asia/Bangkok",
           "--party", "company=Chanthra Chemicals", "--party",
           "families=Rayong Victims' Families Network", "--cue", "families=families"]  # fmt: skip
    assert main(new) == 0
    for argv in (
        ["families_network", "--name", "Rayong Victims' Families Network", "--side", "families",
         "--kind", "ngo"],
        ["reuters", "--name", "Reuters", "--side", "media", "--kind", "outlet"],
    ):  # fmt: skip
        assert main(["claimant", "add", *argv, "--story", str(story)]) == 0
    path = tmp_path / "wire.txt"
    path.write_text("Families say at least 30 workers are missing.\n", encoding="utf-8")
    argv = ["ingest", str(path), "--outlet", "reuters", "--published", "2026-12-02"]
    assert main([*argv, "--story", str(story)]) == 0
    rows = read_rows(story / "data" / "claims.csv")
    assert [(r["claimant"], r["metric"]) for r in rows] == [("families_network", "missing")]
    assert len(read_rows(story / "data" / "claimants.csv")) == 2
