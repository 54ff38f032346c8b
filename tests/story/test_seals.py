"""Every field a reader sees of a reviewed claim is sealed: a change needs a corrections entry."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.story import chain, load
from makiivka.story.corrections import TRACKED
from tests.conftest import append_chained

# (claim, the sealed field whose change is checked, every cell changed to keep the row valid)
CASES = [
    ("c015", "article_id", {"article_id": "bbc-2023-01-04", "quote": "to 89"}),
    ("c016", "quote", {"quote": "more than 60 Russian soldiers"}),
    ("c001", "figure", {"figure": "89", "qualifier": "exact", "value_high": "89"}),
    ("c001", "qualifier", {"figure": "89", "qualifier": "exact", "value_high": "89"}),
    ("c003", "claimant", {"claimant": "zelenskyy"}),
    ("c003", "relayed_by", {"relayed_by": "bbc_news"}),
    ("c003", "metric", {"metric": "killed"}),
    ("c003", "scope", {"scope": "war"}),
    ("c003", "value", {"quote": "The Ukrainian government claims that 400 soldiers were killed",
                       "figure": "400", "value": "400", "value_low": "400", "value_high": "400"}),
    ("c001", "value_high", {"figure": "89", "qualifier": "exact", "value_high": "89"}),
    ("c016", "value_low", {"quote": "60 Russian soldiers", "figure": "60", "qualifier": "exact",
                           "value_low": "60", "value_high": "60"}),
    ("c003", "unit", {"unit": "other"}),
    ("c003", "stated_at", {"stated_at": "2023-01-02"}),
    ("c003", "stated_at_basis", {"stated_at_basis": "article"}),
    ("c015", "supersedes", {"supersedes": "c006"}),
    ("c003", "status", {"status": "withdrawn"}),
]  # fmt: skip


def _edit_claim(data: Path, claim_id: str, changes: dict[str, str]) -> dict[str, str]:
    """Change cells of one claims row; return the old values."""
    path = data / "claims.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        columns, rows = reader.fieldnames, list(reader)
    row = next(r for r in rows if r["claim_id"] == claim_id)
    old = {field: row[field] for field in changes}
    row.update(changes)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return old


def test_every_field_a_reader_sees_is_sealed():
    assert {field for _, field, _ in CASES} == set(TRACKED)


@pytest.mark.parametrize(("claim_id", "field", "changes"), CASES, ids=[c[1] for c in CASES])
def test_a_sealed_field_changes_only_with_a_corrections_entry(data_copy, claim_id, field, changes):
    old = _edit_claim(data_copy, claim_id, changes)
    found = [str(p) for p in load.validate(data_copy)]
    entry = f"({claim_id},{field},{old[field]},{changes[field]},DATE,REASON)"
    assert any(
        f" {field} {changes[field]!r} — expected {old[field]!r} as reviewed, "
        f"or a corrections.csv entry {entry}" in p
        for p in found
    ), found
    lines = []
    for name, new in changes.items():
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="").writerow(
            [claim_id, name, old[name], new, "2023-01-06", "example correction"]
        )
        lines.append(buffer.getvalue())
    append_chained(data_copy, "corrections.csv", *lines)
    assert load.validate(data_copy) == []


def test_reviewed_numbers_are_typed_like_the_claims():
    descriptor = json.loads((load.paths.DATA_DIR / "datapackage.json").read_text("utf-8"))
    fields = {r["name"]: r["schema"]["fields"] for r in descriptor["resources"]}
    types = {r: {f["name"]: f.get("type") for f in fields[r]} for r in ("claims", "reviewed")}
    for name in ("value", "value_low", "value_high"):
        assert types["reviewed"][name] == types["claims"][name] == "integer"
    assert [f["name"] for f in fields["reviewed"]] == ["claim_id", *TRACKED, *chain.COLUMNS]


def test_a_sealed_number_must_be_a_number(data_copy):
    path = data_copy / "reviewed.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(",400,400,400,exact,", ",four hundred,400,400,exact,"), "utf-8")
    found = [str(p) for p in load.validate(data_copy)]
    assert any("reviewed.csv:3:" in p and "value 'four hundred' — expected a whole number" in p
               for p in found), found  # fmt: skip


OLD_HEADER = "claim_id,quote,figure,claimant,qualifier,value,value_low,value_high,status"


def _downgrade(data: Path) -> None:
    """Turn a story back into one written before every field was sealed."""
    descriptor = json.loads((data / "datapackage.json").read_text("utf-8"))
    resources = {r["name"]: r for r in descriptor["resources"]}
    keep = OLD_HEADER.split(",")
    old = [f for f in resources["reviewed"]["schema"]["fields"] if f["name"] in keep]
    for spec in old:
        if spec["name"].startswith("value"):
            spec["type"] = "string"
            spec.pop("constraints", None)
    resources["reviewed"]["schema"]["fields"] = sorted(old, key=lambda f: keep.index(f["name"]))
    (data / "datapackage.json").write_text(json.dumps(descriptor, indent=2) + "\n", "utf-8")
    with open(data / "reviewed.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    lines = [OLD_HEADER] + [",".join(_cell(r[c]) for c in keep) for r in rows]
    (data / "reviewed.csv").write_text("\n".join(lines) + "\n", "utf-8")
    (data / "claim_ids.json").unlink()


def _cell(text: str) -> str:
    return f'"{text}"' if "," in text else text


def test_migrate_seals_the_new_fields_of_an_older_story(data_copy, capsys):
    shipped = {n: (data_copy / n).read_bytes() for n in ("reviewed.csv", "claim_ids.json")}
    _downgrade(data_copy)
    found = [str(p) for p in load.validate(data_copy)]
    assert found == [
        f"{data_copy / 'reviewed.csv'}:1:1: '{OLD_HEADER}' — expected the columns "
        "prev_sha256, sha256 too (run `makiivka migrate` to put the story's seals and "
        "corrections on a hash chain)",
        f"{data_copy / 'reviewed.csv'}:1:1: '{OLD_HEADER}' — expected the sealed columns "
        "article_id, relayed_by, metric, scope, unit, stated_at, stated_at_basis, supersedes "
        "too (run `makiivka migrate` to seal every field a reader sees)",
    ]
    assert main(["migrate", "--data", str(data_copy)]) == 0
    out = capsys.readouterr().out
    assert "recorded c017 as the last claim id" in out
    assert "17 sealed claims given article_id, relayed_by, metric, scope, unit" in out
    assert "reviewed.csv: put 17 rows on a hash chain (prev_sha256, sha256)" in out
    assert load.validate(data_copy) == []
    for name, blob in shipped.items():  # the shipped files are what the migration writes
        assert (data_copy / name).read_bytes() == blob
    assert main(["migrate", "--data", str(data_copy)]) == 0
    assert "up to date; nothing changed" in capsys.readouterr().out
