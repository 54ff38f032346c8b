"""Starting a story: ``makiivka new``, ``makiivka claimant add`` and the descriptor's own checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.story import load, paths
from makiivka.story.create import TEMPLATE
from makiivka.story.descriptor import sides, story_title
from tests.conftest import tree_digest

NEW = [
    "--title", "What the sides claim about the Orlan market shelling",
    "--event", "Shelling of the Orlan market", "--occurred-at", "2027-08-02T11:20+09:00",
    "--timezone", "Asia/Tokyo", "--place", "Orlan", "--noun", "shelling",
    "--party", "east=Eastern Command", "--party", "west=Western Alliance",
    "--party", "mediators=Mediators",
]  # fmt: skip


@pytest.fixture
def story(tmp_path: Path) -> Path:
    target = tmp_path / "orlan"
    assert main(["new", str(target), *NEW]) == 0
    return target


@pytest.mark.parametrize(
    ("path", "ignored"),
    [
        ("notebooks/.ipynb_checkpoints/", True),  # JupyterLab's (new user 25)
        ("notebooks/__pycache__/", True),
        ("data/.makiivka.lock", True),
        ("notebooks/02-the-gap.nbconvert.ipynb", True),
        ("outputs/", False),  # what readers got is tracked
        ("data/claims.csv", False),
        ("notebooks/02-the-gap.ipynb", False),
    ],
)
def test_a_new_story_ignores_what_editors_and_makiivka_leave(story, path, ignored):
    import fnmatch

    patterns = [
        line.rstrip("/")
        for line in (story / ".gitignore").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    parts = path.rstrip("/").split("/")
    # git's rule for a pattern without a slash: it matches any one path part
    hit = any(fnmatch.fnmatch(part, p) for p in patterns if "/" not in p for part in parts) or any(
        fnmatch.fnmatch(path.rstrip("/"), p) for p in patterns if "/" in p
    )
    assert hit == ignored


def descriptor_of(story: Path) -> dict:
    return json.loads((story / "data" / "datapackage.json").read_text(encoding="utf-8"))


def test_new_writes_an_empty_story_with_its_event_and_parties(story):
    written = sorted(str(p.relative_to(story)) for p in story.rglob("*"))
    assert written == [
        ".gitignore", "data", "data/articles", "data/articles.csv", "data/claimants.csv", "data/claims.csv",
        "data/corrections.csv", "data/datapackage.json", "data/reviewed.csv", "notebooks",
        "notebooks/01-what-each-side-claims.ipynb", "notebooks/02-the-gap.ipynb",
        "notebooks/03-the-revision.ipynb", "notebooks/04-how-the-outlets-reported-it.ipynb",
        "notebooks/05-what-changed-after-review.ipynb", "outputs",
    ]  # fmt: skip
    descriptor = descriptor_of(story)
    assert descriptor["title"] == "What the sides claim about the Orlan market shelling"
    assert descriptor["event"]["noun"] == "shelling"
    assert descriptor["event"]["timezone"] == "Asia/Tokyo"
    assert descriptor["event"]["occurred_at"] == "2027-08-02T11:20+09:00"
    assert descriptor["event"]["places"] == ["Orlan"]
    assert [(p["id"], p["label"], p["colour"], p["cues"]) for p in descriptor["parties"]] == [
        # a party's label gives its first cue words (makiivka.story.parties.label_cues)
        ("east", "Eastern Command", "#C35600", ["Eastern Command"]),
        ("west", "Western Alliance", "#0072B2", ["Western Alliance"]),
        ("mediators", "Mediators", "#765100", ["Mediators"]),
    ]
    assert descriptor["compare"] == ["east", "west"]
    assert (story / "data" / "claimants.csv").read_text() == (
        "claimant_id,name,side,kind,aliases,notes\n"
    )
    package = load.read_package(story / "data")
    assert sides(package) == ("east", "west", "mediators", "third_party", "media")
    assert package.resources["claimants"].field("side").enum == sides(package)


def test_a_new_story_validates_and_summarizes_at_once(story, capsys):
    assert main(["validate", "--story", str(story)]) == 0
    assert "no claims yet" in capsys.readouterr().out
    assert main(["summary", "--story", str(story)]) == 0
    assert "no claims yet" in capsys.readouterr().out.lower()
    assert main(["validate", "--data", str(story / "data")]) == 0  # --data stays an alias
    assert load.load_claims(story).empty  # loaders accept the story folder too


def test_compare_names_two_declared_parties(tmp_path):
    target = tmp_path / "s"
    assert main(["new", str(target), *NEW, "--compare", "west,mediators"]) == 0
    assert descriptor_of(target)["compare"] == ["west", "mediators"]


@pytest.mark.parametrize(
    ("change", "code", "message"),
    [
        (
            ["--party", "east=Again"],
            1,
            "--party:1:1: id 'east' — expected a party id not used by another party",
        ),
        (
            ["--compare", "east,north"],
            1,
            "--compare:1:1: compare 'north' — expected a declared party id (east, west, mediators)",
        ),
        (["--party", "media=Press"], 1, "--party:1:1: id 'media' — expected a party id matching"),
        (["--timezone", "UTC+9"], 2, "'UTC+9': expected an IANA time zone such as Africa/Khartoum"),
        (["--timezone", "tokyo"], 2, "'tokyo': expected an IANA time zone"),
        (["--occurred-at", "2 August 2027"], 2, "'2 August 2027': expected an ISO 8601 time"),
        (["--occurred-at", "2027-02-30"], 2, "'2027-02-30': expected an ISO 8601 time"),
        (["--party", "east"], 2, "'east': expected ID=LABEL"),
        (["--compare", "east"], 2, "'east': expected two party ids"),
    ],
)
def test_new_refuses_bad_input_and_writes_nothing(tmp_path, capsys, change, code, message):
    target = tmp_path / "s"
    if code == 2:
        with pytest.raises(SystemExit) as exit_:
            main(["new", str(target), *NEW, *change])
        assert exit_.value.code == 2
    else:
        assert main(["new", str(target), *NEW, *change]) == 1
    assert message in capsys.readouterr().err
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_new_needs_two_parties(tmp_path, capsys):
    argv = ["new", str(tmp_path / "s"), *NEW[:12], "--party", "east=Eastern Command"]
    assert main(argv) == 1
    assert "parties '1' — expected at least two parties" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_new_refuses_a_folder_that_holds_anything(tmp_path, capsys):
    target = tmp_path / "s"
    target.mkdir()
    (target / "notes.txt").write_text("mine")
    assert main(["new", str(target), *NEW]) == 1
    assert "expected a new or empty folder" in capsys.readouterr().err
    assert tree_digest(target) == {"notes.txt": tree_digest(target)["notes.txt"]}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["new", str(empty), *NEW]) == 0


NEWER_KINDS = ["company", "person", "relative", "witness", "resident", "union", "hospital", "court"]


def _field(descriptor: dict, name: str) -> dict:
    claimants = next(r for r in descriptor["resources"] if r["name"] == "claimants")
    return next(f for f in claimants["schema"]["fields"] if f["name"] == name)


def test_the_template_shares_the_shipped_schemas_and_conventions():
    template = json.loads(TEMPLATE.read_text(encoding="utf-8"))
    shipped = json.loads((paths.DATA_DIR / "datapackage.json").read_text(encoding="utf-8"))
    # The one difference: a new story names its own event's scope ``event``; the
    # shipped story's ledger says ``strike``.
    claims = next(r for r in template["resources"] if r["name"] == "claims")
    field = next(f for f in claims["schema"]["fields"] if f["name"] == "scope")
    assert field["constraints"]["enum"] == ["event", "war", "other"]
    shipped_claims = next(r for r in shipped["resources"] if r["name"] == "claims")
    shipped_field = next(f for f in shipped_claims["schema"]["fields"] if f["name"] == "scope")
    assert shipped_field["constraints"]["enum"] == ["strike", "war", "other"]
    field["constraints"]["enum"] = shipped_field["constraints"]["enum"]
    field["description"] = shipped_field["description"]
    # The other: a new story's register has the kinds of a story that is not a war's too;
    # the shipped story predates them (`makiivka migrate` adds them).
    kinds = [_field(r, "kind") for r in (template, shipped)]
    assert kinds[0]["constraints"]["enum"] == [*kinds[1]["constraints"]["enum"], *NEWER_KINDS]
    kinds[0]["constraints"]["enum"] = kinds[1]["constraints"]["enum"]
    assert template["resources"] == shipped["resources"]
    assert template["conventions"] == shipped["conventions"]
    assert set(template["roles"]) == set(shipped["roles"]) == {"third_party", "media"}
    for story_part in ("event", "parties", "compare"):
        assert story_part not in template
    words = json.dumps(template)
    for word in ("Makiivka", "Russia", "Ukraine", "Moscow", "MSK", "Kremlin", "Kyiv"):
        assert word not in words


def test_the_shipped_side_vocabulary_is_its_parties_and_the_roles():
    package = load.read_package(paths.DATA_DIR)
    assert sides(package) == ("russia", "ukraine", "third_party", "media")
    assert package.resources["claimants"].field("side").enum == sides(package)


def rewrite(data: Path, change) -> None:
    path = data / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    change(descriptor)
    path.write_text(json.dumps(descriptor, indent=2) + "\n", encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["parties"].append(dict(d["parties"][0])),
            "id 'russia' — expected a party id not used by another party",
        ),
        (
            lambda d: d.update(compare=["russia", "belarus"]),
            "compare 'belarus' — expected a declared party id (russia, ukraine)",
        ),
        (
            lambda d: d["event"].update(timezone="MSK"),
            "timezone 'MSK' — expected an IANA time zone name",
        ),
        (
            lambda d: d["event"].update(occurred_at="1 January"),
            "occurred_at '1 January' — expected an ISO 8601 time",
        ),
        (
            lambda d: d.update(parties=d["parties"][:1]),
            "parties '1' — expected at least two parties",
        ),
    ],
)
def test_validate_checks_the_descriptor_own_part(data_copy, capsys, change, expected):
    rewrite(data_copy, change)
    assert main(["validate", "--data", str(data_copy)]) == 1
    err = capsys.readouterr().err
    assert "datapackage.json:" in err and expected in err


def test_a_side_outside_the_story_parties_is_refused(data_copy, capsys):
    path = data_copy / "claimants.csv"
    path.write_text(path.read_text().replace(",russia,ministry,", ",belarus,ministry,", 1))
    assert main(["validate", "--data", str(data_copy)]) == 1
    err = capsys.readouterr().err
    assert "side 'belarus' — expected one of russia, ukraine, third_party, media" in err


def test_claimant_add_appends_one_checked_row(story, capsys):
    argv = ["claimant", "add", "orlan_herald", "--name", "Orlan Herald", "--side", "media"]
    argv += [
        "--kind",
        "outlet",
        "--alias",
        "the Herald",
        "--alias",
        "Herald",
        "--story",
        str(story),
    ]
    assert main(argv) == 0
    assert "added orlan_herald" in capsys.readouterr().out
    assert (story / "data" / "claimants.csv").read_text().split("\n")[1:] == [
        "orlan_herald,Orlan Herald,media,outlet,the Herald|Herald,",
        "",
    ]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["east_cmd", "--name", "Eastern Command", "--side", "north", "--kind", "armed forces"],
         "--side:1:1: 'north' — expected one of the story's parties or roles: east, west, mediators, third_party, media"),
        (["east_cmd", "--name", "Eastern Command", "--side", "east", "--kind", "army"],
         "--kind:1:1: 'army' — expected one of ministry, armed forces"),
        (["East Cmd", "--name", "Eastern Command", "--side", "east", "--kind", "official"],
         "ID:1:1: 'East Cmd' — expected an id matching"),
        (["east_cmd", "--name", "Eastern Command", "--side", "east", "--kind", "official", "--alias", "a|b"],
         "--alias:1:1: 'a|b' — expected a name without |"),
        (["existing", "--name", "Again", "--side", "east", "--kind", "official"],
         "ID:1:1: 'existing' — expected an id not in"),
    ],
)  # fmt: skip
def test_claimant_add_refuses_bad_input_and_writes_nothing(story, capsys, args, expected):
    first = ["existing", "--name", "First", "--side", "west", "--kind", "official"]
    assert main(["claimant", "add", *first, "--story", str(story)]) == 0
    before = tree_digest(story)
    assert main(["claimant", "add", *args, "--story", str(story)]) == 1
    assert expected in capsys.readouterr().err
    assert tree_digest(story) == before


def test_ingest_names_the_command_that_registers_an_unknown_outlet(story, tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("The Eastern Command said 12 people were killed at Orlan.\n")
    before = tree_digest(story)
    argv = ["ingest", str(article), "--outlet", "herald", "--title", "T"]
    assert main([*argv, "--published", "2027-08-03", "--story", str(story)]) == 1
    err = capsys.readouterr().err
    assert (
        "register it with `makiivka claimant add herald --name … --side media --kind outlet`" in err
    )
    assert tree_digest(story) == before


def test_the_story_comes_from_the_environment_when_not_given(story, monkeypatch, capsys):
    monkeypatch.delenv(paths.DATA_ENV, raising=False)
    monkeypatch.setenv(paths.STORY_ENV, str(story))
    assert (
        story_title(load.read_package()) == "What the sides claim about the Orlan market shelling"
    )
    assert main(["validate"]) == 0
    assert f"{story / 'data'}: ok — no claims yet" in capsys.readouterr().out
    monkeypatch.setenv(paths.DATA_ENV, str(paths.DATA_DIR))  # MAKIIVKA_DATA still wins
    assert story_title(load.read_package()).startswith("What articles claim about the Makiivka")
