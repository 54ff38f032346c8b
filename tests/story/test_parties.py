"""Setting up parties from the command line: ``new --cue/--held`` and ``party add|edit|show``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.extract.figures import extract_figures
from makiivka.extract.speakers import load_register
from makiivka.story.parties import demonyms, label_cues, plain
from tests.conftest import tree_digest

NEW = [
    "--title", "T", "--event", "Shelling of the Orlan market", "--occurred-at", "2027-08-02",
    "--timezone", "Asia/Tokyo", "--place", "Orlan",
    "--party", "east=Eastern Command", "--party", "west=Norland",
]  # fmt: skip


def parties(story: Path) -> dict[str, dict]:
    descriptor = json.loads((story / "data" / "datapackage.json").read_text(encoding="utf-8"))
    return {p["id"]: p for p in descriptor["parties"]} | descriptor["roles"]


@pytest.mark.parametrize(
    ("label", "cues"),
    [
        ("Ukraine", ["Ukraine", "Ukrainian"]),
        ("Libya's eastern government", ["Libya's eastern government", "Libya", "Libyan"]),
        ("Saudi-led coalition", ["Saudi-led coalition", "Saudi"]),
        ("Houthi authorities", ["Houthi authorities", "Houthi"]),
        ("Ethiopian federal government and military", ["Ethiopian"]),
        ("Myanmar military junta (State Administration Council)",
         ["Myanmar military junta", "State Administration Council", "Myanmar", "Burmese"]),
        ("Eastern Command", ["Eastern Command"]),
        ("Mediators", ["Mediators"]),
        # a phrase is one name: never "Red", "Nations", "Mayor" or made-up "Crescenti"
        ("Red Crescent", ["Red Crescent"]),
        ("United Nations", ["United Nations"]),
        ("Marsa Kel Mayor", ["Marsa Kel Mayor", "Marsa Kel"]),
        ("Russian Ministry of Defence", ["Russian Ministry of Defence", "Russian"]),
        ("Ukraine's Armed Forces", ["Ukraine's Armed Forces", "Ukraine", "Ukrainian"]),
        # the people a label lists as speaking for the party, singular and plural
        ("Residents, villagers and survivors", ["Residents, villagers and survivors",
         "Residents", "residents", "resident", "villagers", "villager", "survivors",
         "survivor"]),
        ("State of Volta (governor, state agencies)", ["State of Volta", "Volta", "Voltan",
         "governor", "governors"]),
        # no acronym has a demonym, and a county or department is no name
        ("US federal government (FBI, FEMA)", ["US federal government", "US", "FBI", "FEMA"]),
        ("County of Volta (Police Department)", ["County of Volta", "Police Department",
         "Volta", "Voltan"]),
    ],
)  # fmt: skip
def test_a_label_gives_its_names_and_demonyms(label, cues):
    assert label_cues(label) == cues


@pytest.mark.parametrize(
    ("label", "cues"),
    [
        # a word for what a body covers is no place: no "Interior" alone, no "Interiori"
        ("Interior Ministry", ["Interior Ministry"]),
        ("Ministry of Interior", ["Ministry of Interior"]),
        ("Health Ministry", ["Health Ministry"]),
        ("Civil Defence", ["Civil Defence"]),
        ("Ukraine's State Emergency Service",
         ["Ukraine's State Emergency Service", "Ukraine", "Ukrainian"]),
        ("Libya's eastern government", ["Libya's eastern government", "Libya", "Libyan"]),
        ("Ukraine", ["Ukraine", "Ukrainian"]),
        # (a demonym two parties' labels give, "Sudanese Armed Forces", tells neither)
        ("Sudan's Rapid Support Forces", ["Sudan's Rapid Support Forces", "Sudan", "Sudanese",
                                          "Rapid Support"]),
        ("Red Crescent", ["Red Crescent"]),
        # a town's council or mayor, a group named after a person: a name, no demonym
        ("Sudira Mayor", ["Sudira Mayor", "Sudira"]),
        ("Valdera Council", ["Valdera Council", "Valdera"]),
        ("Kharkiv Regional Administration", ["Kharkiv Regional Administration", "Kharkiv"]),
        ("Wagner Group", ["Wagner Group", "Wagner"]),
        # a name before a country's or territory's body is a place
        ("Tigray Defence Forces", ["Tigray Defence Forces", "Tigray", "Tigrayan"]),
        ("Israel Defense Forces", ["Israel Defense Forces", "Israel", "Israeli"]),
        ("Gaza authorities", ["Gaza authorities", "Gaza", "Gazan"]),
        ("Republic of Norland", ["Republic of Norland", "Norland", "Norlandi"]),
        ("Opposition-held north-west Syria (White Helmets)",
         ["Opposition-held north-west Syria", "White Helmets", "Opposition", "Syria", "Syrian"]),
    ],
)  # fmt: skip
def test_demonyms_come_only_from_places(label, cues):
    assert label_cues(label) == cues


def test_party_show_gives_no_made_up_demonym(tmp_path, capsys):
    story = tmp_path / "sudira"
    parties = ["gov=Libya's eastern government", "interior=Interior Ministry",
               "un=United Nations", "crescent=Red Crescent", "mayor=Sudira Mayor"]  # fmt: skip
    argv = ["new", str(story), *NEW[:8], *(a for p in parties for a in ("--party", p))]
    assert main(argv) == 0
    capsys.readouterr()
    assert main(["party", "show", "--story", str(story)]) == 0
    assert capsys.readouterr().out == (
        "gov: Libya's eastern government\n  cues: Libya's eastern government; Libya; Libyan\n"
        "  held: (none)\n"
        "interior: Interior Ministry\n  cues: Interior Ministry\n  held: (none)\n"
        "un: United Nations\n  cues: United Nations\n  held: (none)\n"
        "  note: cue 'United Nations' is also a cue of the third_party role: a speaker named by "
        "it is read as un (a party's cue wins over a role's same words; a longer cue holding "
        "them decides)\n"
        "crescent: Red Crescent\n  cues: Red Crescent\n  held: (none)\n"
        "  note: cue 'Red Crescent' is also a cue of the third_party role: a speaker named by "
        "it is read as crescent (a party's cue wins over a role's same words; a longer cue "
        "holding them decides)\n"
        "mayor: Sudira Mayor\n  cues: Sudira Mayor; Sudira\n  held: (none)\n"
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Russia", ["Russian"]), ("Palestine", ["Palestinian"]), ("Yemen", ["Yemeni"]),
     ("Tigray", ["Tigrayan"]), ("Volta", ["Voltan"]), ("Houthi", [])],
)  # fmt: skip
def test_regular_demonyms(name, expected):
    # a place no country list knows takes the regular English patterns only
    assert demonyms(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Pakistan", ["Pakistani"]), ("Mali", ["Malian"]), ("Peru", ["Peruvian"]),
     ("Congo", ["Congolese"]), ("DR Congo", ["Congolese"]), ("Sudan", ["Sudanese"]),
     ("Lebanon", ["Lebanese"]), ("Myanmar", ["Burmese"]), ("Burma", ["Burmese"]),
     ("Philippines", ["Filipino"]), ("Netherlands", ["Dutch"]), ("China", ["Chinese"]),
     ("Ecuador", ["Ecuadorean", "Ecuadorian"]), ("Uzbekistan", ["Uzbek", "Uzbekistani"]),
     ("Norway", ["Norwegian"]), ("Mozambique", ["Mozambican"])],
)  # fmt: skip
def test_a_countrys_demonym_comes_from_the_country_list(name, expected):
    # the regular patterns gave "Pak", "Myanmari", "Norwayan", "Chinan" or nothing here
    assert demonyms(name) == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("DR Congo's government and army (FARDC)", ["DR Congo", "Congolese"]),
        ("The United States: Central Command (CENTCOM)", ["United States", "US", "U.S.",
                                                          "American"]),
        # an initialism keeps its full stops: "U.S.", never "The U"
        ("The U.S.-led coalition, U.S. Central Command", ["U.S.", "U.S. Central Command"]),
    ],
)  # fmt: skip
def test_a_country_in_a_label_gives_its_short_names_and_demonym(label, expected):
    cues = label_cues(label)
    assert [c for c in expected if c not in cues] == []
    assert "The U" not in cues and "The U.S.-led" not in cues


def test_notes_in_parentheses_are_for_people():
    assert plain("Kabul (city)") == "Kabul"
    assert plain("Sagaing (anti-regime stronghold)") == "Sagaing"


def test_new_takes_cue_words_and_held_places(tmp_path):
    story = tmp_path / "orlan"
    argv = ["new", str(story), *NEW, "--cue", "east=Kessan", "--cue", "west=Norland-backed",
            "--held", "east=Kessa (town)", "--held", "west=Orlan", "--cue", "third_party=Red Lion"]  # fmt: skip
    assert main(argv) == 0
    found = parties(story)
    assert found["east"]["cues"] == ["Eastern Command", "Kessan"]
    assert found["east"]["places"] == ["Kessa (town)"]
    assert found["west"]["cues"] == ["Norland", "Norlandi", "Norland-backed"]
    assert found["west"]["places"] == ["Orlan"]
    assert found["third_party"]["cues"][-1] == "Red Lion"
    register = load_register(story / "data")
    text = "The mayor of Kessa said 12 people died. The Red Lion said 30 were hurt."
    sides = [f.side for f in extract_figures(text, "2027-08-03", register)]
    assert sides == ["east", "third_party"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (["--cue", "north=Nordic"], "--cue:1:1: id 'north' — expected a declared party (east, west"),
        (["--held", "media=Orlan"], "--held:1:1: id 'media' — expected a declared party (east, west)"),
    ],
)  # fmt: skip
def test_new_refuses_words_for_an_undeclared_party(tmp_path, capsys, change, message):
    assert main(["new", str(tmp_path / "s"), *NEW, *change]) == 1
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_party_add_edit_and_show(tmp_path, capsys):
    story = tmp_path / "orlan"
    assert main(["new", str(story), *NEW]) == 0
    assert main(["party", "add", "south", "--label", "Southern Front", "--held", "Kessa",
                 "--cue", "rebels", "--story", str(story)]) == 0  # fmt: skip
    assert main(["party", "edit", "west", "--cue", "Nordic", "--drop-cue", "Norlandi",
                 "--held", "Orlan", "--story", str(story)]) == 0  # fmt: skip
    assert main(["party", "edit", "third_party", "--cue", "Red Lion", "--story", str(story)]) == 0
    found = parties(story)
    assert (found["south"]["label"], found["south"]["colour"]) == ("Southern Front", "#765100")
    assert found["south"]["cues"] == ["Southern Front", "rebels"]
    assert found["south"]["places"] == ["Kessa"]
    assert found["west"]["cues"] == ["Norland", "Nordic"]
    assert found["west"]["places"] == ["Orlan"]
    assert "Red Lion" in found["third_party"]["cues"]
    capsys.readouterr()
    assert main(["party", "show", "west", "--story", str(story)]) == 0
    assert capsys.readouterr().out == "west: Norland\n  cues: Norland; Nordic\n  held: Orlan\n"
    assert main(["validate", "--story", str(story)]) == 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["party", "add", "east", "--label", "Again"], "ID:1:1: id 'east' — expected a party id not used yet"),
        (["party", "add", "media", "--label", "Press"], "ID:1:1: id 'media' — expected a party id not used yet"),
        (["party", "edit", "north", "--cue", "x"], "ID:1:1: id 'north' — expected a declared party (east, west)"),
    ],
)  # fmt: skip
def test_party_refuses_and_changes_nothing(tmp_path, capsys, argv, message):
    story = tmp_path / "orlan"
    assert main(["new", str(story), *NEW]) == 0
    before = tree_digest(story)
    assert main([*argv, "--story", str(story)]) == 1
    assert message in capsys.readouterr().err
    assert tree_digest(story) == before


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        # the wire agencies and world broadcasters a new story's media role knows by name
        ("Al Jazeera said 40 people died.", "media"),
        ("The figure of 108 victims broadcast by the BBC was disputed.", "media"),
        # guard: a speaker relayed by such an outlet keeps the speaker's side
        ("The Eastern Command had spoken of 12 dead, according to Xinhua.", "east"),
    ],
)
def test_a_new_storys_media_role_names_the_wire_agencies(tmp_path, sentence, side):
    story = tmp_path / "orlan"
    assert main(["new", str(story), *NEW]) == 0
    register = load_register(story / "data")
    assert [f.side for f in extract_figures(sentence, "2027-08-03", register)] == [side]


def test_party_compare_sets_the_gaps_pair(tmp_path, capsys):
    story = tmp_path / "orlan"
    assert main(["new", str(story), *NEW]) == 0
    assert main(["party", "add", "south", "--label", "Southern Front", "--story", str(story)]) == 0
    capsys.readouterr()
    assert main(["party", "compare", "south", "east", "--story", str(story)]) == 0
    said = "The gap compares Southern Front and Eastern Command: Eastern Command ÷ Southern Front."
    assert capsys.readouterr().out.strip() == said
    descriptor = json.loads((story / "data" / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["compare"] == ["south", "east"]
    assert main(["validate", "--story", str(story)]) == 0


@pytest.mark.parametrize(
    ("ids", "message"),
    [
        (["east", "north"], "ID:1:2: id 'north' — expected a declared party id (east, west)"),
        (["media", "east"], "ID:1:1: id 'media' — expected a declared party id (east, west)"),
        (["west", "west"], "ID:1:2: id 'west' — expected a party other than the first"),
    ],
)
def test_party_compare_refuses_and_changes_nothing(tmp_path, capsys, ids, message):
    story = tmp_path / "orlan"
    assert main(["new", str(story), *NEW]) == 0
    before = tree_digest(story)
    assert main(["party", "compare", *ids, "--story", str(story)]) == 1
    assert message in capsys.readouterr().err
    assert tree_digest(story) == before


@pytest.mark.parametrize(
    ("labels", "cues", "warned"),
    [
        # two labels that share a place's adjective are warned about; neither takes a cue of
        # an adjective and a body's portfolio ("Norlandic Interior", new user 27)
        (["Norlandic Coast Guard", "Norlandic Interior Ministry"],
         [["Norlandic Coast Guard"], ["Norlandic Interior Ministry"]], "share 'Norlandic'"),
        (["Norlandic coast guard", "Norlandic interior ministry"],
         [["Norlandic coast guard"], ["Norlandic interior ministry"]],
         "all give the cue 'Norlandic'"),
        (["Democratic Forces", "Democratic Front"], [["Democratic Forces"], ["Democratic Front"]],
         None),
        (["Norlandic Coast Guard", "Vostrian Interior Ministry"],
         [["Norlandic Coast Guard"], ["Vostrian Interior Ministry"]], None),
    ],
)  # fmt: skip
def test_new_warns_of_an_adjective_two_labels_share(tmp_path, capsys, labels, cues, warned):
    story = tmp_path / "sea"
    argv = [*NEW[: NEW.index("--party")], "--party", f"a={labels[0]}", "--party", f"b={labels[1]}"]
    assert main(["new", str(story), *argv]) == 0
    err = capsys.readouterr().err
    assert [parties(story)[p]["cues"] for p in ("a", "b")] == cues
    assert (warned in err) if warned else "warning: parties a, b" not in err
