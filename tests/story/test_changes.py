"""One claim at a time: edit, add, withdraw, remove, accept; conflicts and corrections."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.story import changes, load
from makiivka.story.problems import DataError
from tests.conftest import tree_digest

ARTICLE = Path(__file__).parent.parent / "fixtures" / "extract" / "ap-style.txt"


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def data(data_copy: Path) -> Path:
    """The shipped story with the AP-style article ingested: c018–c027 proposed."""
    assert main(["ingest", str(ARTICLE), "--outlet", "ap", "--title", "Kremlin raises toll",
                 "--published", "2023-01-04", "--data", str(data_copy), "-q"]) == 0  # fmt: skip
    return data_copy


def _row(data: Path, claim_id: str) -> dict[str, str]:
    return next(r for r in _rows(data / "claims.csv") if r["claim_id"] == claim_id)


def test_edit_rewrites_only_that_row(data):
    before = (data / "claims.csv").read_text(encoding="utf-8").split("\n")
    row = _row(data, "c020")
    assert (row["figure"], row["claimant"]) == ("four", "russia_mod")
    new = changes.edit_claim(data, "c020", {"scope": "war"}, base=changes.version(row))
    after = (data / "claims.csv").read_text(encoding="utf-8").split("\n")
    differ = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert len(differ) == 1 and after[differ[0]].startswith("c020,")
    assert new["scope"] == "war" and _row(data, "c020")["scope"] == "war"
    assert load.validate(data) == []


def test_a_stale_version_is_a_conflict_and_writes_nothing(data):
    row = _row(data, "c020")
    changes.edit_claim(data, "c020", {"scope": "war"}, base=changes.version(row))
    digest = tree_digest(data)
    with pytest.raises(changes.Conflict) as caught:
        changes.edit_claim(data, "c020", {"scope": "other"}, base=changes.version(row))
    assert caught.value.current["scope"] == "war"
    assert tree_digest(data) == digest


def test_a_change_that_breaks_a_rule_is_refused_with_the_field(data):
    digest = tree_digest(data)
    with pytest.raises(DataError) as caught:
        changes.edit_claim(data, "c020", {"metric": "hurt"})
    assert [(p.field, p.value) for p in caught.value.problems] == [("metric", "hurt")]
    with pytest.raises(DataError) as caught:
        changes.edit_claim(data, "c020", {"value": "5"})
    assert [(p.field, p.expected) for p in caught.value.problems] == [
        ("value", "4, as parse_quantity reads the figure 'four'"),
        ("value_low", "value_low = value_high = value for qualifier exact (value 5, value_high 4)"),
    ]
    assert tree_digest(data) == digest


def test_a_sealed_claim_changes_only_with_a_reason_logged(data):
    digest = tree_digest(data)
    with pytest.raises(DataError) as caught:
        changes.edit_claim(data, "c002", {"scope": "war"})
    assert caught.value.problems[0].field == "reason"
    assert tree_digest(data) == digest
    changes.edit_claim(
        data, "c002", {"scope": "war"}, reason="a test", changed_at="2026-01-02T03:04:05Z"
    )
    entry, end = (data / "corrections.csv").read_text(encoding="utf-8").split("\n")[1:]
    cells = entry.split(",")  # the entry, then its place on the hash chain
    assert (cells[:6], end) == (
        ["c002", "scope", "strike", "war", "2026-01-02T03:04:05Z", "a test"],
        "",
    )
    assert [len(c) for c in cells[6:]] == [64, 64]
    assert load.validate(data) == []


def test_added_claims_never_reuse_a_removed_id(data):
    row = {k: v for k, v in _row(data, "c020").items() if k != "claim_id"}
    added = changes.add_claim(data, {**row, "scope": "war"})
    assert added["claim_id"] == "c028"
    changes.remove_claim(data, "c028", base=changes.version(added))
    assert "c028" not in {r["claim_id"] for r in _rows(data / "claims.csv")}
    assert changes.add_claim(data, row)["claim_id"] == "c029"
    assert (data / "claim_ids.json").read_text(encoding="utf-8") == '{"last_claim_id": "c029"}\n'
    assert load.validate(data) == []


def test_a_reviewed_claim_is_never_removed(data):
    with pytest.raises(DataError) as caught:
        changes.remove_claim(data, "c002")
    assert caught.value.problems[0].expected == (
        "a proposed claim (a reviewed one is withdrawn, never removed)"
    )


def test_accept_seals_and_withdraw_keeps_the_row(data):
    sealed = changes.accept_claims(data, {"c020": changes.version(_row(data, "c020"))})
    assert sealed == ["c020"]
    assert _rows(data / "reviewed.csv")[-1]["claim_id"] == "c020"
    assert _row(data, "c020")["status"] == "reviewed"
    changes.withdraw_claim(data, "c021", reason="spurious")
    assert (
        _row(data, "c021")["status"],
        _row(data, "c021")["notes"].endswith("withdrawn: spurious"),
    ) == ("withdrawn", True)
    with pytest.raises(DataError):
        changes.accept_claims(data, {"c021": None})
    changes.withdraw_claim(data, "c020", reason="double count", changed_at="2026-01-02T03:04:05Z")
    assert (
        (data / "corrections.csv")
        .read_text(encoding="utf-8")
        .split("\n")[-2]  # the last entry, before its place on the hash chain
        .startswith("c020,status,reviewed,withdrawn,2026-01-02T03:04:05Z,double count,")
    )
    assert load.validate(data) == []
