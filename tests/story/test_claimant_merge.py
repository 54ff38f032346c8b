"""``makiivka claimant merge ID --into OTHER``: one claimant's rows, names and place given to another.

Every row naming ID (as claimant or relay) names OTHER, ID's names become OTHER's aliases,
ID leaves the register; a sealed row changes as ``makiivka correct`` changes one (logged
in corrections.csv with a reason); all of it in one change, or nothing.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.story import changes, load, store
from tests.conftest import tree_digest
from tests.story.claimant_story import ARTICLE_ID, WHEN

REASON = "Tarn commands the Hill Front and speaks for it"
#: What the kept claimant's notes say it took in (ingest's proposal, without its request).
TOOK = (
    f"edited with makiivka claimant merge {WHEN}: took in oska_tarn (Oska Tarn; side hill; "
    f"kind person; notes proposed by makiivka ingest for 'Oska Tarn' (side hill) in "
    f"articles/{ARTICLE_ID}.txt)"
)
MOVED = f"edited with makiivka claimant merge {WHEN}: claimant: oska_tarn → "


class Crash(BaseException):
    """The process dies here (no handler of ordinary errors runs)."""


def _rows(data: Path, name: str) -> list[dict[str, str]]:
    with open(data / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _claims(data: Path) -> dict[str, dict[str, str]]:
    return {r["claim_id"]: r for r in _rows(data, "claims.csv")}


def _prepare(data: Path, sealed: list[str], relays: dict[str, str]) -> None:
    """Give rows relays and seal rows, as an editor would in the desk."""
    for claim_id, relay in relays.items():
        changes.edit_claim(data, claim_id, {"relayed_by": relay})
    if sealed:
        changes.accept_claims(data, dict.fromkeys(sealed))


def _merge(data: Path, *argv: str) -> int:
    return main(["claimant", "merge", *argv, "--changed-at", WHEN, "--data", str(data)])


@pytest.mark.parametrize(
    ("sealed", "relays", "argv", "rows", "corrected", "kept", "said"),
    [
        # both rows proposed: each one's notes record the change
        ([], {}, ["oska_tarn", "--into", "hill_front"],
         {"c003": ("hill_front", "", MOVED + "hill_front"),
          "c004": ("hill_front", "herald", MOVED + "hill_front")},
         [],
         ("hill_front", "Hill Front|the Front|Oska Tarn", TOOK),
         "merged oska_tarn into hill_front; oska_tarn left the register\n"
         "  hill_front is now the claimant of c003, c004\n"
         "  hill_front's aliases now include Oska Tarn\n"),
        # c003 sealed: its change is a correction with the reason, its notes untouched
        (["c003"], {}, ["oska_tarn", "--into", "hill_front", "--reason", REASON],
         {"c003": ("hill_front", "", None),
          "c004": ("hill_front", "herald", MOVED + "hill_front — " + REASON)},
         [["c003", "claimant", "oska_tarn", "hill_front", WHEN, REASON]],
         ("hill_front", "Hill Front|the Front|Oska Tarn", TOOK),
         "merged oska_tarn into hill_front; oska_tarn left the register\n"
         "  hill_front is now the claimant of c003, c004\n"
         "  sealed, each change logged in corrections.csv: c003\n"
         "  hill_front's aliases now include Oska Tarn\n"),
        # c002 relayed by Tarn: merged into its own claimant, its relay is emptied; both sealed
        (["c002", "c004"], {"c002": "oska_tarn"},
         ["oska_tarn", "--into", "valley_authority", "--reason", REASON],
         {"c002": ("valley_authority", "", None),
          "c003": ("valley_authority", "", MOVED + "valley_authority — " + REASON),
          "c004": ("valley_authority", "herald", None)},
         [["c002", "relayed_by", "oska_tarn", "", WHEN, REASON],
          ["c004", "claimant", "oska_tarn", "valley_authority", WHEN, REASON]],
         ("valley_authority", "Valley Authority|Oska Tarn", TOOK),
         "merged oska_tarn into valley_authority; oska_tarn left the register\n"
         "  valley_authority is now the claimant of c003, c004\n"
         "  valley_authority is now the relay of c002\n"
         "  sealed, each change logged in corrections.csv: c002, c004\n"
         "  valley_authority's aliases now include Oska Tarn\n"),
    ],
)  # fmt: skip
def test_a_merge_gives_every_row_and_name_to_the_other(
    orlen, capsys, monkeypatch, sealed, relays, argv, rows, corrected, kept, said
):
    monkeypatch.chdir(orlen)  # the files are named from the working folder
    _prepare(orlen, sealed, relays)
    before = _claims(orlen)
    register_before = (orlen / "claimants.csv").read_text(encoding="utf-8").split("\n")
    capsys.readouterr()
    assert _merge(orlen, *argv) == 0
    assert capsys.readouterr().out == "claimants.csv: " + said
    after = _claims(orlen)
    for claim_id, (claimant, relay, record) in rows.items():
        notes = before[claim_id]["notes"] + ("; " + record if record else "")
        assert (after[claim_id]["claimant"], after[claim_id]["relayed_by"]) == (claimant, relay)
        assert after[claim_id]["notes"] == notes
    assert {k: v for k, v in after.items() if k not in rows} == {
        k: v for k, v in before.items() if k not in rows
    }
    log = [[r[c] for c in ("claim_id", "field", "old", "new", "changed_at", "reason")]
           for r in _rows(orlen, "corrections.csv")]  # fmt: skip
    assert log == corrected
    register = {r["claimant_id"]: r for r in _rows(orlen, "claimants.csv")}
    assert "oska_tarn" not in register
    assert (kept[0], register[kept[0]]["aliases"], register[kept[0]]["notes"]) == kept
    lines = (orlen / "claimants.csv").read_text(encoding="utf-8").split("\n")
    assert [x for x in lines if not x.startswith((kept[0], "oska_tarn"))] == [
        x for x in register_before if not x.startswith((kept[0], "oska_tarn"))
    ]  # every other claimant's bytes kept
    assert load.validate(orlen) == []


@pytest.mark.parametrize(
    ("sealed", "argv", "code", "expected"),
    [
        (["c003"], ["oska_tarn", "--into", "hill_front"], 1,
         ["claims.csv:4:142: claimant 'oska_tarn' — expected a --reason: c003 is sealed, so its "
          "claimant changes as `makiivka correct` changes it, logged in corrections.csv with why"]),
        ([], ["oska_tarn", "--into", "nobody"], 1,
         ["--into:1:1: 'nobody' — expected a claimant_id in "]),
        ([], ["nobody", "--into", "hill_front"], 1, ["ID:1:1: 'nobody' — expected a claimant_id in "]),
        ([], ["oska_tarn", "--into", "oska_tarn"], 1,
         ["--into:1:1: 'oska_tarn' — expected a claimant other than oska_tarn"]),
        ([], ["wire", "--into", "herald"], 1,
         ["articles.csv:2:54: outlet 'wire' — expected no article of wire: an article's outlet "
          "stays in the register (its id is made from it)"]),
        ([], ["oska_tarn", "--into", "hill_front", "--changed-at", "yesterday"], 2,
         ["--changed-at:1:1: 'yesterday' — expected an ISO 8601 time such as "
          "2024-05-14T09:00:00Z"]),
    ],
)  # fmt: skip
def test_a_refused_merge_leaves_every_file_byte_identical(
    orlen, capsys, sealed, argv, code, expected
):
    _prepare(orlen, sealed, {})
    digest = tree_digest(orlen)
    capsys.readouterr()
    assert main(["claimant", "merge", *argv, "--data", str(orlen)]) == code
    problems = capsys.readouterr().err.split("\n")
    assert len(problems) == len(expected) + 2  # the count line, and the end
    for problem, wanted in zip(problems, expected, strict=False):
        assert wanted in problem
    assert tree_digest(orlen) == digest


def test_a_merge_killed_at_any_step_leaves_the_story_old_or_new(orlen, monkeypatch, tmp_path):
    _prepare(orlen, ["c003"], {})
    argv = ["oska_tarn", "--into", "hill_front", "--reason", REASON]
    before = tree_digest(orlen)
    done = tmp_path / "done"
    shutil.copytree(orlen, done)
    steps: list[str] = []
    monkeypatch.setattr(store, "_step", steps.append)
    assert _merge(done, *argv) == 0
    after = tree_digest(done)
    assert steps == [
        "staged claimants.csv", "staged claims.csv", "staged corrections.csv", "journal staged",
        "journal", "renamed claimants.csv", "renamed claims.csv", "renamed corrections.csv",
        "journal removed",
    ]  # fmt: skip
    for k in range(1, len(steps) + 1):
        data = tmp_path / f"crash-{k}"
        shutil.copytree(orlen, data)
        seen: list[str] = []

        def crash(name: str, seen: list[str] = seen, k: int = k) -> None:
            seen.append(name)
            if len(seen) == k:
                raise Crash(name)

        monkeypatch.setattr(store, "_step", crash)
        with pytest.raises(Crash):
            _merge(data, *argv)
        monkeypatch.setattr(store, "_step", lambda name: None)
        store.recover(data)  # what the next writing command does first
        assert tree_digest(data) == (after if k >= 5 else before), steps[k - 1]
        assert load.validate(data) == []
