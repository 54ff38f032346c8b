"""A party cue that is also a role's (a party "United Nations"): noted, warned, and true."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.extract.sides import Sides
from makiivka.story.overlaps import overlap_note, role_overlaps

NEW = [
    "--title", "T", "--event", "Collapse of the Sudira dam", "--occurred-at", "2026-05-02",
    "--timezone", "Africa/Tripoli", "--party", "gov=Tanavar Government",
]  # fmt: skip
UN_NOTE = (
    "cue 'United Nations' is also a cue of the third_party role: a speaker named by it is "
    "read as un (a party's cue wins over a role's same words; a longer cue holding them "
    "decides)"
)
UN_WARNING = f'warning: party un: {UN_NOTE}; for the third_party role: `makiivka party edit un --drop-cue "United Nations"`'
REUTERS_NOTE = (
    "cue 'Reuters' is also a cue of the media role: a speaker named by it is read as wire "
    "(a party's cue wins over a role's same words; a longer cue holding them decides, and so "
    "does any role's other cue beside it: 'Reuters reporter' is media)"
)


def descriptor_of(story: Path) -> dict:
    return json.loads((story / "data" / "datapackage.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("party", "cue", "warnings", "note"),
    [
        ("un=United Nations", [], [UN_WARNING], f"  note: {UN_NOTE}"),
        ("wire=Wire Desk", ["--cue", "wire=Reuters"],
         ['warning: party wire: ' + REUTERS_NOTE + '; for the media role: '
          '`makiivka party edit wire --drop-cue "Reuters"`'], f"  note: {REUTERS_NOTE}"),
        ("rc=Tanavar Red Crescent", [], [], None),
    ],
)  # fmt: skip
def test_new_warns_and_party_show_notes_a_cue_a_role_has(tmp_path, capsys, party, cue,
                                                         warnings, note):  # fmt: skip
    story = tmp_path / "s"
    assert main(["new", str(story), *NEW, "--party", party, *cue]) == 0
    assert capsys.readouterr().err.splitlines() == warnings
    assert main(["party", "show", party.split("=")[0], "--story", str(story)]) == 0
    notes = [line for line in capsys.readouterr().out.splitlines() if "note:" in line]
    assert notes == ([note] if note else [])


def test_party_add_and_edit_warn_for_their_own_party(tmp_path, capsys):
    story = tmp_path / "s"
    assert main(["new", str(story), *NEW, "--party", "west=Western Government"]) == 0
    capsys.readouterr()
    assert main(["party", "add", "un", "--label", "United Nations", "--story", str(story)]) == 0
    assert capsys.readouterr().err.splitlines() == [UN_WARNING]
    assert main(["party", "edit", "west", "--cue", "Westland", "--story", str(story)]) == 0
    assert capsys.readouterr().err == ""  # the un overlap is not west's
    assert main(["party", "edit", "west", "--cue", "OCHA", "--story", str(story)]) == 0
    assert "warning: party west: cue 'OCHA' is also a cue of the third_party role" in (
        capsys.readouterr().err
    )


@pytest.mark.parametrize(
    ("party", "cue", "names", "expected"),
    [
        ("un=United Nations", [], ["United Nations", "the United Nations",
         "United Nations officials", "International Committee of the Red Cross"],
         ["un", "un", "un", "third_party"]),
        # one plain word gives way to a role's other cue beside it; an acronym does not
        ("wire=Wire Desk", ["--cue", "wire=Reuters"], ["Reuters", "a Reuters reporter"],
         ["wire", "media"]),
        ("gov2=Upland Government", ["--cue", "gov2=UN"], ["UN", "a UN reporter", "UN agencies"],
         ["gov2", "gov2", "third_party"]),
    ],
)  # fmt: skip
def test_the_note_says_what_the_extractor_does(tmp_path, party, cue, names, expected):
    story = tmp_path / "s"
    assert main(["new", str(story), *NEW, "--party", party, *cue]) == 0
    descriptor = descriptor_of(story)
    [(party_id, found, _)] = role_overlaps(descriptor)
    sides = Sides(descriptor["parties"], descriptor["roles"], [])
    assert [sides.side_of(name) for name in names] == expected
    assert ("beside it" in overlap_note(party_id, found, "media")) == ("media" in expected)
