"""A one-word name several parties' labels give ("Norlandic" of "Norlandic coast guard" and
"Norlandic interior ministry") is no party's cue: as one party's cue it made every
"Norlandic officials" speak for that party (new user 25, finding 30)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from makiivka.cli import main

NEW = [
    "--title", "Norhaven boat sinking", "--event", "Boat sinking off Norhaven",
    "--occurred-at", "2027-08-02T02:30+01:00", "--timezone", "Europe/London",
]  # fmt: skip


def cues(story: Path) -> dict[str, list[str]]:
    descriptor = json.loads((story / "data" / "datapackage.json").read_text(encoding="utf-8"))
    return {p["id"]: p["cues"] for p in descriptor["parties"]}


@pytest.mark.parametrize(
    ("parties", "extra", "expected", "warned"),
    [
        # two labels give "Norlandic": neither gets it, and the warning says how to give it
        (["guard=Norlandic coast guard", "min=Norlandic interior ministry", "ngo=Open Sea Rescue"],
         [], {"guard": ["Norlandic coast guard"], "min": ["Norlandic interior ministry"],
              "ngo": ["Open Sea Rescue"]},
         "makiivka party edit guard --cue \"Norlandic\""),
        # one label gives it: that party keeps it
        (["guard=Norlandic coast guard", "ngo=Open Sea Rescue"], [],
         {"guard": ["Norlandic coast guard", "Norlandic"], "ngo": ["Open Sea Rescue"]}, ""),
        # an explicit --cue gives it to one anyway
        (["guard=Norlandic coast guard", "min=Norlandic interior ministry"],
         ["--cue", "guard=Norlandic"],
         {"guard": ["Norlandic coast guard", "Norlandic"], "min": ["Norlandic interior ministry"]},
         "'Norlandic'"),
    ],
)  # fmt: skip
def test_new_gives_a_shared_name_to_no_party(tmp_path, capsys, parties, extra, expected, warned):
    argv = ["new", str(tmp_path / "s"), *NEW, *(a for p in parties for a in ("--party", p))]
    assert main([*argv, *extra]) == 0
    assert cues(tmp_path / "s") == expected
    err = capsys.readouterr().err
    assert (warned in err) if warned else "their labels all give" not in err


def test_party_add_takes_a_shared_name_from_both_and_keeps_a_cue_given_later(tmp_path, capsys):
    story = tmp_path / "s"
    argv = ["new", str(story), *NEW, "--party", "guard=Norlandic coast guard"]
    assert main([*argv, "--party", "ngo=Open Sea Rescue"]) == 0
    assert cues(story)["guard"] == ["Norlandic coast guard", "Norlandic"]
    on = ["--story", str(story)]
    assert main(["party", "add", "min", "--label", "Norlandic interior ministry", *on]) == 0
    assert cues(story)["guard"] == ["Norlandic coast guard"]
    assert "their labels all give the cue 'Norlandic'" in capsys.readouterr().err
    assert main(["party", "edit", "guard", "--cue", "Norlandic", *on]) == 0
    assert main(["party", "edit", "min", "--held", "Norhaven", *on]) == 0  # no label: kept
    assert cues(story)["guard"] == ["Norlandic coast guard", "Norlandic"]
