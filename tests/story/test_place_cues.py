"""A label's cue words: the name after a place's adjective, and a warning for a place not its own.

Round 26's new user: "The Calandrian Red Cross" gave no "Red Cross", and "Residents of
Santa Rufina" gave its residents the cue "Santa Rufina", a place the governor's party holds.
Every story here is invented for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.story.parties import label_cues


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("The Norlandic Red Cross", ["The Norlandic Red Cross", "Norlandic Red Cross",
                                     "Red Cross"]),
        ("Vostrian Red Crescent Society", ["Vostrian Red Crescent Society",
                                           "Red Crescent Society"]),
        ("Kenyan Sea Rescue", ["Kenyan Sea Rescue", "Sea Rescue"]),
        ("Turkish Red Crescent", ["Turkish Red Crescent", "Red Crescent"]),
    ],
)  # fmt: skip
def test_the_name_after_a_places_adjective_is_a_cue(label, expected):
    assert label_cues(label) == expected


def test_no_kind_of_body_one_word_or_adjective_less_name_is_taken_apart():
    # only words for a kind of body after the adjective, one word, or no adjective at all
    labels = ["Norlandic Coast Guard", "Pakistani Taliban", "Human Rights Watch", "Red Cross",
              "The Calandrian Red Cross"]  # fmt: skip
    assert [label_cues(label) for label in labels] == [
        ["Norlandic Coast Guard"],
        ["Pakistani Taliban"],
        ["Human Rights Watch"],
        ["Red Cross"],
        ["The Calandrian Red Cross", "Calandrian Red Cross", "Red Cross"],
    ]


NEW = [
    "--title", "T", "--event", "Collapse of the Orlan dam", "--occurred-at", "2027-08-02",
    "--timezone", "Asia/Tokyo", "--place", "Orlan", "--place", "Pell Valley",
    "--party", "governor=Vostria Provincial Government", "--party", "locals=Residents of Orlan",
    "--party", "valley=Pell Valley residents", "--party", "town=Orlan town council",
    "--held", "governor=Orlan",
]  # fmt: skip


def cues(story: Path) -> dict[str, list[str]]:
    descriptor = json.loads((story / "data" / "datapackage.json").read_text(encoding="utf-8"))
    return {p["id"]: p["cues"] for p in descriptor["parties"]}


def test_a_place_another_party_holds_stays_a_cue_with_a_warning(tmp_path, capsys):
    # Orlan is the governor's (--held): the residents keep it, and new says how to drop it
    story = tmp_path / "orlan"
    assert main(["new", str(story), *NEW]) == 0
    found = cues(story)
    assert found["locals"] == ["Residents of Orlan", "Residents", "Orlan", "residents", "resident"]
    assert found["town"] == ["Orlan town council", "Orlan"]
    assert found["governor"] == ["Vostria Provincial Government", "Vostria Provincial"]
    assert (
        "warning: party locals: its label gives the cue 'Orlan', a place governor holds "
        "(--held): it stays a cue of locals, so every 'Orlan officials' speak for locals; "
        'to drop it: `makiivka party edit locals --drop-cue "Orlan"`\n'
    ) in capsys.readouterr().err


def test_an_event_place_no_party_holds_stays_a_cue_with_a_warning(tmp_path, capsys):
    story = tmp_path / "orlan"
    assert main(["new", str(story), *NEW]) == 0
    assert cues(story)["valley"] == ["Pell Valley residents", "Pell Valley", "residents",
                                     "resident"]  # fmt: skip
    assert (
        "warning: party valley: its label gives the cue 'Pell Valley', a place of the event "
        "(--place) no party holds: it stays a cue of valley, so every 'Pell Valley officials' "
        'speak for valley; to drop it: `makiivka party edit valley --drop-cue "Pell Valley"`\n'
    ) in capsys.readouterr().err


def test_an_event_place_a_label_names_as_its_own_gives_no_warning(tmp_path, capsys):
    story = tmp_path / "pell"
    argv = [
        "new", str(story), "--title", "T", "--event", "Flood", "--occurred-at", "2027-08-02",
        "--timezone", "Asia/Tokyo", "--place", "Pell", "--place", "Vostria",
        "--party", "pell=Pell town council", "--party", "state=Vostria's government",
        "--party", "locals=Pell families",
    ]  # fmt: skip
    assert main(argv) == 0
    assert cues(story)["state"] == ["Vostria's government", "Vostria", "Vostrian"]
    err = capsys.readouterr().err
    assert "party locals: its label gives the cue 'Pell'" in err
    assert "party pell:" not in err and "party state:" not in err


def test_party_edit_warns_of_a_place_another_party_holds_in_a_new_label(tmp_path, capsys):
    story = tmp_path / "orlan"
    assert main(["new", str(story), *NEW]) == 0
    argv = ["party", "edit", "valley", "--label", "Orlan survivors", "--story", str(story)]
    assert main(argv) == 0
    assert "Orlan" in cues(story)["valley"]
    assert "warning: party valley: its label gives the cue 'Orlan'" in capsys.readouterr().err
