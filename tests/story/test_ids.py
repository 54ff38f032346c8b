"""Claim ids are never reused, even after proposed rows are deleted."""

from __future__ import annotations

import csv
from pathlib import Path

from makiivka.cli import main
from makiivka.story import load

FIXTURES = Path(__file__).parent.parent / "fixtures" / "extract"


def _ingest(data: Path, name: str, title: str) -> int:
    return main(
        ["ingest", str(FIXTURES / name), "--outlet", "ap", "--title", title,
         "--published", "2023-01-04", "--data", str(data)]
    )  # fmt: skip


def _claim_ids(data: Path) -> list[str]:
    with open(data / "claims.csv", encoding="utf-8", newline="") as handle:
        return [row["claim_id"] for row in csv.DictReader(handle)]


def _drop_proposed(data: Path) -> None:
    path = data / "claims.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    path.write_text("\n".join(x for x in lines if ",proposed," not in x), encoding="utf-8")


def test_deleted_proposed_ids_are_not_given_again(data_copy):
    assert _ingest(data_copy, "ap-style.txt", "Kremlin raises toll") == 0
    assert _claim_ids(data_copy)[-1] == "c027"
    assert (data_copy / "claim_ids.json").read_text() == '{"last_claim_id": "c027"}\n'
    _drop_proposed(data_copy)
    assert _claim_ids(data_copy)[-1] == "c017"
    assert load.validate(data_copy) == []
    assert _ingest(data_copy, "reuters-style.txt", "Russia says toll rises") == 0
    new = _claim_ids(data_copy)[17:]
    assert new[0] == "c028"
    assert (data_copy / "claim_ids.json").read_text() == f'{{"last_claim_id": "{new[-1]}"}}\n'


def test_a_claim_above_the_mark_is_named(data_copy):
    path = data_copy / "claims.csv"
    text = path.read_text(encoding="utf-8")
    last = text.rstrip("\n").split("\n")[-1]
    path.write_text(text + last.replace("c017,", "c018,", 1) + "\n", encoding="utf-8")
    found = [str(p) for p in load.validate(data_copy)]
    assert any(
        "claims.csv:19:1: claim_id 'c018' — expected an id issued already: claim_ids.json says "
        "the last is c017 (raise it when adding a claim by hand; ids are never reused)" in p
        for p in found
    ), found


def test_a_broken_mark_is_named(data_copy):
    (data_copy / "claim_ids.json").write_text('{"last": 17}\n', encoding="utf-8")
    found = [str(p) for p in load.validate(data_copy)]
    assert found == [
        f"{data_copy / 'claim_ids.json'}:1:1: '{{\"last\": 17}}' — expected JSON such as "
        '{"last_claim_id": "c027"}'
    ]
