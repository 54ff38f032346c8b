"""``makiivka claimant edit`` and ``claimant remove``: fix or drop a claimant from the command line.

Round 22's limitation: a claimant ingest proposed "cannot be fixed or dropped from the
command line" (only in the desk, which has no claimant editor, or by editing the CSV).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.story import load
from makiivka.story.register import Proposals
from tests.conftest import tree_digest
from tests.story.claimant_story import ARTICLE_ID, PROPOSED_NOTES, WHEN

WAS = f"was proposed by makiivka ingest for 'Oska Tarn' (side hill) in articles/{ARTICLE_ID}.txt"


def _register(data: Path) -> dict[str, dict[str, str]]:
    with open(data / "claimants.csv", encoding="utf-8", newline="") as handle:
        return {r["claimant_id"]: r for r in csv.DictReader(handle)}


def _lines(data: Path, name: str) -> list[str]:
    return (data / name).read_text(encoding="utf-8").split("\n")


def _run(data: Path, *argv: str) -> int:
    return main(["claimant", *argv, "--data", str(data)])


@pytest.mark.parametrize(
    ("options", "cells", "said"),
    [
        # confirmed as it is: the notes no longer begin "proposed by makiivka ingest"
        ([], {"name": "Oska Tarn", "side": "hill", "kind": "person", "aliases": "",
              "notes": f"confirmed with makiivka claimant edit {WHEN}; {WAS}"},
         "edited oska_tarn (as it was); confirmed: proposed no more"),
        (["--kind", "armed group"],
         {"name": "Oska Tarn", "side": "hill", "kind": "armed group", "aliases": "",
          "notes": f"confirmed with makiivka claimant edit {WHEN}: kind: person → armed group; "
                   f"{WAS}"},
         "edited oska_tarn (kind: person → armed group); confirmed: proposed no more"),
        # a new name keeps the one the article wrote as an alias
        (["--name", "Commander Oska Tarn", "--side", "valley"],
         {"name": "Commander Oska Tarn", "side": "valley", "kind": "person",
          "aliases": "Oska Tarn",
          "notes": f"confirmed with makiivka claimant edit {WHEN}: name: Oska Tarn → Commander "
                   f"Oska Tarn, side: hill → valley; {WAS}"},
         "edited oska_tarn (name: Oska Tarn → Commander Oska Tarn, side: hill → valley); "
         "confirmed: proposed no more\n  its claims now count for valley: c003, c004"),
    ],
)  # fmt: skip
def test_an_edit_confirms_a_proposed_claimant_and_its_notes_record_it(
    orlen, capsys, options, cells, said
):
    before = _lines(orlen, "claimants.csv")
    assert _register(orlen)["oska_tarn"]["notes"] == PROPOSED_NOTES
    assert _run(orlen, "edit", "oska_tarn", *options, "--changed-at", WHEN) == 0
    assert capsys.readouterr().out.split("claimants.csv: ", 1)[1] == said + "\n"
    row = _register(orlen)["oska_tarn"]
    assert {k: row[k] for k in cells} == cells
    after = _lines(orlen, "claimants.csv")
    assert after[:5] + after[6:] == before[:5] + before[6:]  # only its own line changed
    assert load.validate(orlen) == []


def test_an_edit_of_a_registered_claimant_adds_its_record_to_its_notes(orlen, capsys):
    assert _run(orlen, "edit", "hill_front", "--name", "Hill Front Command",
                "--changed-at", WHEN) == 0  # fmt: skip
    row = _register(orlen)["hill_front"]
    assert (row["name"], row["aliases"], row["notes"]) == (
        "Hill Front Command",
        "Hill Front|the Front",  # its old name was an alias already
        f"edited with makiivka claimant edit {WHEN}: name: Hill Front → Hill Front Command",
    )
    assert _run(orlen, "edit", "hill_front", "--side", "valley",
                "--changed-at", "2024-05-15T10:00:00Z") == 0  # fmt: skip
    assert _register(orlen)["hill_front"]["notes"] == (
        f"edited with makiivka claimant edit {WHEN}: name: Hill Front → Hill Front Command; "
        "edited with makiivka claimant edit 2024-05-15T10:00:00Z: side: hill → valley"
    )
    # no claim row is the Front's own yet: none changes side
    assert capsys.readouterr().out.split("claimants.csv: ")[-1] == (
        "edited hill_front (side: hill → valley)\n"
    )


@pytest.mark.parametrize(
    ("argv", "proposed"),
    [
        (None, {"oska_tarn": "proposed as claimant oska_tarn by an earlier ingest"}),
        (["edit", "oska_tarn"], {}),  # confirmed as it is
        (["edit", "oska_tarn", "--kind", "armed group"], {}),
        (["edit", "hill_front", "--kind", "armed forces"],  # another's edit confirms none
         {"oska_tarn": "proposed as claimant oska_tarn by an earlier ingest"}),
    ],
)  # fmt: skip
def test_ingest_reads_a_confirmed_claimant_as_registered_not_proposed(orlen, argv, proposed):
    if argv:
        assert _run(orlen, *argv, "--changed-at", WHEN) == 0
    rows = load.read_tables(orlen)["claimants"].frame.to_dict("records")
    assert Proposals(rows, load.read_package(orlen), "articles/x.txt").proposed == proposed


@pytest.mark.parametrize(
    ("argv", "code", "expected"),
    [
        (["oska_tarn", "--side", "nowhere"], 1,
         ["claimants.csv:6:21: side 'nowhere' — expected one of the story's parties or roles: "
          "valley, hill, third_party, media (--side)"]),
        (["oska_tarn", "--kind", "army", "--name", " "], 1,
         ["claimants.csv:6:11: name ' ' — expected the claimant's name for display (--name)",
          "claimants.csv:6:26: kind 'army' — expected one of ministry, armed forces, official, "
          "head of state, politician, expert, journalist, milblogger, outlet, international "
          "organisation, ngo, armed group, political party, company, person, relative, witness, "
          "resident, union, hospital, court (--kind)"]),
        (["oska_tarn", "--name", "Oska\u202eTarn"], 1,
         ["claimants.csv:6:11: name 'Oska\\u202eTarn' — expected text without bidirectional "
          "control characters (U+202E at character 5) (--name)"]),
        (["hill_front", "--side", "hill"], 1,
         ["claimants.csv:5:23: side 'hill' — expected a side other than its own (--side)"]),
        (["hill_front"], 2,
         ["ID:1:1: 'hill_front' — expected --name, --side or --kind to change (a proposed "
          "claimant is confirmed as it is)"]),
        (["nobody", "--side", "hill"], 1, ["ID:1:1: 'nobody' — expected a claimant_id in "]),
        (["oska_tarn", "--changed-at", "2024-05-14"], 2,
         ["--changed-at:1:1: '2024-05-14' — expected an ISO 8601 time such as "
          "2024-05-14T09:00:00Z"]),
    ],
)  # fmt: skip
def test_a_bad_edit_is_refused_where_it_stands_and_nothing_is_written(
    orlen, capsys, argv, code, expected
):
    digest = tree_digest(orlen)
    assert _run(orlen, "edit", *argv) == code
    problems = capsys.readouterr().err.split("\n")
    assert len(problems) == len(expected) + 2  # the count line, and the end
    for problem, wanted in zip(problems, expected, strict=False):
        assert wanted in problem
    assert tree_digest(orlen) == digest


def test_remove_takes_out_a_claimant_no_row_names_byte_for_byte(orlen, capsys):
    before = (orlen / "claimants.csv").read_bytes()
    assert _run(orlen, "add", "spare", "--name", "Spare Desk", "--side", "media",
                "--kind", "outlet") == 0  # fmt: skip
    assert _run(orlen, "remove", "spare") == 0
    assert (
        capsys.readouterr()
        .out.split("\n")[-2]
        .endswith("claimants.csv: removed spare (Spare Desk, media)")
    )
    assert (orlen / "claimants.csv").read_bytes() == before
    assert load.validate(orlen) == []


@pytest.mark.parametrize(
    ("claimant", "expected"),
    [
        ("oska_tarn",
         ["claims.csv:4:142: claimant 'oska_tarn' — expected no claim naming oska_tarn: give its "
          "rows to another with `makiivka claimant merge oska_tarn --into OTHER`",
          "claims.csv:5:120: claimant 'oska_tarn' — expected no claim naming oska_tarn: give its "
          "rows to another with `makiivka claimant merge oska_tarn --into OTHER`"]),
        ("wire",
         ["articles.csv:2:54: outlet 'wire' — expected no article of wire: an article's outlet "
          "stays in the register (its id is made from it)",
          "claims.csv:2:123: relayed_by 'wire' — expected no claim naming wire: give its rows to "
          "another with `makiivka claimant merge wire --into OTHER`"]),
        ("nobody", ["ID:1:1: 'nobody' — expected a claimant_id in "]),
    ],
)  # fmt: skip
def test_remove_refuses_a_claimant_a_row_names_and_points_at_merge(
    orlen, capsys, claimant, expected
):
    digest = tree_digest(orlen)
    assert _run(orlen, "remove", claimant) == 1
    problems = capsys.readouterr().err.split("\n")
    assert len(problems) == len(expected) + 2  # the count line, and the end
    for problem, wanted in zip(problems, expected, strict=False):
        assert wanted in problem
    assert tree_digest(orlen) == digest
