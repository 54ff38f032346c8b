"""Sealed history cannot be rewritten without a trace: the seals and corrections hash chains."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.story import load, paths
from makiivka.story.review import correct
from tests.conftest import tree_digest

#: c002 as shipped: Ukraine's 400, which the issue's attack turned into a Russian claim.
C002 = "c002,bbc-2023-01-04,The Ukrainian government claims that 400 soldiers were killed,"


def rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def drop_line(path: Path, number: int) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    del lines[number - 1]
    path.write_text("\n".join(lines), encoding="utf-8")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def story(tmp_path: Path) -> Path:
    """A copy of the shipped story's data, with a manifest naming no history yet."""
    shutil.copytree(paths.DATA_DIR, tmp_path / "data")
    return tmp_path / "data"


def publish(data: Path) -> dict[str, dict[str, object]]:
    """Write the heads a build publishes into the story's outputs/manifest.json."""
    history = load.read_dataset(data).history
    (data.parent / "outputs").mkdir(exist_ok=True)
    manifest = {"files": {}, "history": history}
    (data.parent / "outputs" / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    return history


def errors(capsys) -> list[str]:
    return capsys.readouterr().err.splitlines()[:-1]


def test_the_issue_s_attack_a_changed_claimant_and_a_deleted_seal_is_refused(story, capsys):
    edit(story / "claims.csv", C002 + ",400,ukraine_military", C002 + ",400,russia_mod")
    c001 = rows(story / "reviewed.csv")[0]["sha256"]
    c003 = rows(story / "reviewed.csv")[2]["prev_sha256"]
    drop_line(story / "reviewed.csv", 3)  # c002's seal
    before = tree_digest(story)
    assert main(["review", "--data", str(story)]) == 1
    assert errors(capsys) == [
        f"{story}/reviewed.csv:3:226: prev_sha256 '{c003[:12]}…' — expected {c001[:12]}…, the "
        "sha256 of the row before (line 2, c001): a row between them was deleted, or the row "
        "before was inserted or re-made after this one was written",
    ]
    assert tree_digest(story) == before  # nothing sealed anew


def test_the_same_cell_edited_in_both_files_names_the_edited_seal(story, capsys):
    edit(story / "claims.csv", C002 + ",400,ukraine_military", C002 + ",400,russia_mod")
    edit(story / "reviewed.csv", C002 + "400,ukraine_military", C002 + "400,russia_mod")
    recorded = rows(story / "reviewed.csv")[1]["sha256"]
    assert main(["validate", "--data", str(story)]) == 1
    [found] = errors(capsys)
    assert found.startswith(f"{story}/reviewed.csv:3:321: sha256 '{recorded[:12]}…' — expected ")
    assert found.endswith(
        ", the hash of this row's cells: the row of c002 was edited after it was written "
        "(its cells are not the ones its sha256 recorded)"
    )


def test_a_sealed_claim_deleted_from_both_files_breaks_the_chain(story, capsys):
    claims = story / "claims.csv"
    claims.write_text(
        "".join(line for line in claims.open(encoding="utf-8") if not line.startswith("c005,")),
        encoding="utf-8",
    )
    drop_line(story / "reviewed.csv", 6)
    assert main(["validate", "--data", str(story)]) == 1
    [found] = errors(capsys)
    assert found.startswith(f"{story}/reviewed.csv:6:")
    assert "the sha256 of the row before (line 5, c004): a row between them was deleted" in found


def test_the_last_seal_deleted_after_a_publish_no_longer_leads_to_the_published_head(story, capsys):
    history = publish(story)
    assert history["reviewed.csv"]["rows"] == 17
    drop_line(story / "reviewed.csv", 18)  # c017's seal, the head
    edit(story / "claims.csv", "999999,vague,people,2023-01-04,article,,reviewed", "999999,vague,people,2023-01-04,article,,proposed")  # fmt: skip
    before = tree_digest(story.parent)
    assert main(["review", "--data", str(story)]) == 1
    assert tree_digest(story.parent) == before
    assert errors(capsys) == [
        f"{story}/reviewed.csv:1:1: '16 rows' — expected at least the 17 rows "
        f"{story.parent}/outputs/manifest.json published (head "
        f"{history['reviewed.csv']['head'][:12]}…): 1 written rows were deleted"
    ]
    edit(story / "claims.csv", "999999,vague,people,2023-01-04,article,,proposed", "999999,vague,people,2023-01-04,article,,reviewed")  # fmt: skip
    assert main(["review", "--data", str(story)]) == 1  # never sealed again
    assert "at least the 17 rows" in capsys.readouterr().err


def test_a_correction_changes_the_claim_and_is_chained_after_the_log_s_head(story, capsys):
    header = rows(story / "corrections.csv")
    assert header == []
    assert main(["correct", "c003", "qualifier", "about", "--reason", "AP: about 300",
                 "--changed-at", "2023-01-06", "--data", str(story)]) == 1  # fmt: skip
    assert errors(capsys) == [
        f"{story}/claims.csv:4:96: qualifier 'about' — expected exact, as parse_quantity "
        "reads the figure '300'"
    ]
    assert main(["correct", "c016", "stated_at_basis", "MoD, 2 Jan", "--reason", "shorter",
                 "--changed-at", "2023-01-06", "--data", str(story)]) == 0  # fmt: skip
    assert capsys.readouterr().out == (
        "corrected c016 stated_at_basis: \"Photo caption relaying Russia's figure before the 4 "
        "Jan revision; that figure (63) dates from the MoD briefing of 2 Jan 2023 "
        "(meduza.io/en/news/2023/01/02)\" → 'MoD, 2 Jan'; logged in "
        f"{story}/corrections.csv\n"
    )
    [entry] = rows(story / "corrections.csv")
    assert entry["changed_at"] == "2023-01-06" and entry["new"] == "MoD, 2 Jan"
    assert len(entry["prev_sha256"]) == len(entry["sha256"]) == 64
    assert load.validate(story) == []
    assert (
        load.read_dataset(story).claims.set_index("claim_id").at["c016", "stated_at_basis"]
        == "MoD, 2 Jan"
    )


def test_a_misread_figure_is_corrected_with_its_numbers_in_one_commit(story, capsys):
    # c007's quote "from the initial estimate of 63 to 89": the row should have taken 63.
    figure_only = ["correct", "c007", "figure", "63", "--reason", "the earlier figure",
                   "--changed-at", "2023-01-06", "--data", str(story)]  # fmt: skip
    digest = tree_digest(story)
    assert main(figure_only) == 1  # the numbers must be what the figure says
    assert "value '89' — expected 63, as parse_quantity reads the figure '63'" in errors(capsys)[0]
    assert tree_digest(story) == digest
    together = [*figure_only, "--also", "value", "63", "--also", "value_low", "63",
                "--also", "value_high", "63"]  # fmt: skip
    assert main(together) == 0
    assert [(e["claim_id"], e["field"], e["old"], e["new"]) for e in rows(
        story / "corrections.csv"
    )] == [("c007", "figure", "89", "63"), ("c007", "value", "89", "63"),
           ("c007", "value_low", "89", "63"), ("c007", "value_high", "89", "63")]  # fmt: skip
    assert capsys.readouterr().out.count("corrected c007 ") == 4
    assert load.validate(story) == []


def test_a_field_named_twice_is_refused(story, capsys):
    assert main(["correct", "c007", "value", "63", "--also", "value", "62", "--reason", "x",
                 "--data", str(story)]) == 1  # fmt: skip
    assert errors(capsys) == ["FIELD:1:1: 'value' — expected each field named once"]


def test_an_erased_correction_and_its_change_are_named(story, capsys):
    correct(story, "c016", "stated_at_basis", "MoD briefing, 2 Jan 2023", "shorter", "2023-01-06")
    correct(story, "c017", "stated_at_basis", "the article", "wording", "2023-01-07")
    assert load.validate(story) == []
    first = rows(story / "corrections.csv")[0]
    drop_line(story / "corrections.csv", 2)
    edit(story / "claims.csv", "MoD briefing, 2 Jan 2023", first["old"])
    assert main(["validate", "--data", str(story)]) == 1
    [found] = errors(capsys)
    assert found.startswith(f"{story}/corrections.csv:2:")
    assert (
        "prev_sha256" in found
        and "the hash of the header: the log's first rows were deleted" in found
    )


def test_the_last_correction_erased_after_a_publish_is_named(story, capsys):
    correct(story, "c017", "stated_at_basis", "the article", "wording", "2023-01-07")
    history = publish(story)
    drop_line(story / "corrections.csv", 2)
    edit(story / "claims.csv", ",the article,,reviewed", ",article,,reviewed")
    assert main(["validate", "--data", str(story)]) == 1
    assert errors(capsys) == [
        f"{story}/corrections.csv:1:1: '0 rows' — expected at least the 1 rows "
        f"{story.parent}/outputs/manifest.json published (head "
        f"{history['corrections.csv']['head'][:12]}…): 1 written rows were deleted"
    ]


def test_review_chains_each_new_seal_after_the_last(story, capsys):
    claims = story / "claims.csv"
    sealed = rows(story / "reviewed.csv")
    drop_line(story / "reviewed.csv", 18)
    assert main(["review", "--data", str(story)]) == 0  # never published: the head moves back
    assert capsys.readouterr().out.startswith("sealed 1 claims")
    assert rows(story / "reviewed.csv") == sealed  # the same bytes hash the same
    assert claims.exists()


def test_verify_reports_a_history_that_no_longer_leads_to_the_published_head(story, capsys):
    history = publish(story)
    drop_line(story / "reviewed.csv", 18)
    assert main(["verify", "-q", "--story", str(story.parent)]) == 1
    assert (
        f"{story}/reviewed.csv:1:1: '16 rows' — expected at least the 17 rows "
        f"{story.parent}/outputs/manifest.json published (head "
        f"{history['reviewed.csv']['head'][:12]}…): 1 written rows were deleted"
    ) in capsys.readouterr().err.splitlines()


def test_verify_names_a_history_that_grew_since_the_build():
    from makiivka.publish.manifest import history_differences

    was = {
        "reviewed.csv": {"rows": 17, "head": "a" * 64},
        "corrections.csv": {"rows": 0, "head": "c" * 64},
    }
    now = {
        "reviewed.csv": {"rows": 18, "head": "b" * 64},
        "corrections.csv": {"rows": 0, "head": "c" * 64},
    }
    assert history_differences(was, now) == [
        "history reviewed.csv: the manifest pins 17 rows (head aaaaaaaaaaaa…), the story has "
        "18 rows (head bbbbbbbbbbbb…)"
    ]
