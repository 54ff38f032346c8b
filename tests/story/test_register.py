"""The register from the command line: list it, and add the names articles use for a claimant."""

from __future__ import annotations

import pytest

from makiivka.cli import main
from makiivka.story import load
from makiivka.story.register import guess_kind, template_kinds
from tests.conftest import tree_digest


def test_list_prints_each_claimant_tab_separated(data_copy, capsys):
    assert main(["claimant", "list", "--data", str(data_copy)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 17
    assert lines[0] == "claimant_id\tname\tside\tkind\taliases"
    assert lines[1].split("\t")[:4] == [
        "russia_mod",
        "Russian Ministry of Defence",
        "russia",
        "ministry",
    ]
    assert lines[-1] == "ap\tAssociated Press\tmedia\toutlet\tAP|Associated Press"


def test_alias_adds_names_once_and_keeps_every_other_byte(data_copy, capsys):
    before = (data_copy / "claimants.csv").read_text(encoding="utf-8")
    argv = ["claimant", "alias", "ap", "AP News", "AP", "--data", str(data_copy)]
    assert main(argv) == 0
    assert capsys.readouterr().out == "ap: aliases AP; Associated Press; AP News\n"
    after = (data_copy / "claimants.csv").read_text(encoding="utf-8")
    assert after == before.replace(
        "ap,Associated Press,media,outlet,AP|Associated Press,",
        "ap,Associated Press,media,outlet,AP|Associated Press|AP News,",
    )
    assert load.validate(data_copy) == []


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["nobody", "X"], "ID:1:1: 'nobody' — expected a claimant_id in"),
        (["ap", "A|B"], "ALIAS:1:1: 'A|B' — expected a name without | or bidirectional"),
        (
            ["ap", "AP\u202e"],
            "ALIAS:1:1: 'AP\\u202e' — expected a name without | or bidi",
        ),  # shown escaped
    ],
)
def test_a_bad_alias_is_refused_and_nothing_written(data_copy, capsys, argv, expected):
    digest = tree_digest(data_copy)
    assert main(["claimant", "alias", *argv, "--data", str(data_copy)]) == 1
    assert expected in capsys.readouterr().err
    assert tree_digest(data_copy) == digest


# The kinds of a story that is not a war's (round 16's new user: a ferry operator, a
# survivor, a relative had no kind): a new story has them, an older one gets them by migrate.
NEWER_KINDS = ["company", "person", "relative", "witness", "resident", "union", "hospital", "court"]


def _new_story(tmp_path):
    story = tmp_path / "ferry"
    assert main(["new", str(story), "--title", "Ferry", "--event", "A ferry capsizing",
                 "--occurred-at", "2026-11-28T21:40+06:00", "--timezone", "Asia/Dhaka",
                 "--party", "government=Government of Norland",
                 "--party", "operator=Lake Launch Services"]) == 0  # fmt: skip
    return story


@pytest.mark.parametrize(
    ("claimant", "kind"),
    [(["lake_launch", "--name", "Lake Launch Services", "--side", "operator"], "company"),
     (["kamal_hoss", "--name", "Kamal Hoss", "--side", "operator"], "person"),
     (["mira_begum", "--name", "Mira Begum", "--side", "third_party"], "relative"),
     (["deck_hand", "--name", "A deckhand who swam ashore", "--side", "third_party"], "witness"),
     (["chara_people", "--name", "People of Chara", "--side", "third_party"], "resident"),
     # new user 24: a trade union had no kind (then "ngo"); nor had a hospital or a court
     (["boatmen", "--name", "Lake Boatmen's Union", "--side", "third_party"], "union"),
     (["chara_hospital", "--name", "Chara District Hospital", "--side", "third_party"], "hospital"),
     (["high_court", "--name", "Norland High Court", "--side", "third_party"], "court")],
)  # fmt: skip
def test_a_new_story_registers_companies_and_private_people(tmp_path, capsys, claimant, kind):
    story = _new_story(tmp_path)
    assert main(["claimant", "add", *claimant, "--kind", kind, "--story", str(story)]) == 0
    assert main(["claimant", "list", "--story", str(story)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].split("\t")[3] == kind
    assert main(["validate", "--story", str(story)]) == 0


def test_an_older_story_is_told_how_to_get_the_newer_kinds(data_copy, capsys):
    argv = ["claimant", "add", "ferry_co", "--name", "Ferry Co", "--side", "russia",
            "--kind", "company", "--data", str(data_copy)]  # fmt: skip
    digest = tree_digest(data_copy)
    assert main(argv) == 1
    assert "(`makiivka migrate` adds the newer kinds)" in capsys.readouterr().err
    assert tree_digest(data_copy) == digest
    assert main(["migrate", "--data", str(data_copy)]) == 0
    assert (
        capsys.readouterr()
        .out.splitlines()[-1]
        .endswith("datapackage.json: the register's kinds now include " + ", ".join(NEWER_KINDS))
    )
    assert main(argv) == 0
    assert load.validate(data_copy) == []
    assert main(["migrate", "--data", str(data_copy)]) == 0
    assert "up to date; nothing changed" in capsys.readouterr().out


#: A story made before the kinds union, hospital and court (the shipped story's register).
OLDER_KINDS = tuple(k for k in template_kinds() if k not in ("union", "hospital", "court"))


@pytest.mark.parametrize(
    ("name", "new", "older"),
    [
        # New user 24's Genel Maden-İş union, proposed as an ngo; an older story keeps ngo
        ("Genel Maden-İş union", "union", "ngo"),
        ("National Union of Mineworkers", "union", "ngo"),
        ("the miners' unions", "union", "ngo"),
        # no trade union: a bloc of states, a "Union minister" (India's)
        ("European Union", "international organisation", "international organisation"),
        ("African Union", "international organisation", "international organisation"),
        ("Union Home Minister Amit Shah", "official", "official"),
    ],
)  # fmt: skip
def test_a_proposed_claimant_named_as_a_union_is_a_union(name, new, older):
    assert guess_kind(name, "union", template_kinds()) == new
    assert guess_kind(name, "union", OLDER_KINDS) == older
