"""The register from the command line: list it, and add the names articles use for a claimant."""

from __future__ import annotations

import pytest

from makiivka.cli import main
from makiivka.story import load
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
