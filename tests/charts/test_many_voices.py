"""A party's catch-all claimant stands for many voices: its figures revise nothing (new user 27:
three survivors' accounts, registered as "Survivors and relatives", were drawn and written as
one claimant revising 150 → 180+ → 146–170).

The rule (makiivka.story.voices): a claimant of private people's kind (person, relative,
witness, resident; never a ministry, an agency or an official) whose name is its party's label, or ends with that label in
brackets (the form ``makiivka ingest`` registers), is the party's catch-all. The flood
fixture (tests/fixtures/flood) is the story; its Eastern Health Ministry (2,300 → 3,166) is
renamed to the party's label, "Eastern Government", as a person or as a body.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from makiivka import analysis, charts
from makiivka.charts.series import revision_rows
from makiivka.story import load
from makiivka.story.voices import stands_for_many

FLOOD = Path(__file__).parents[1] / "fixtures" / "flood" / "data"


def renamed(tmp_path: Path, name: str, kind: str) -> load.Dataset:
    data = tmp_path / "data"
    shutil.copytree(FLOOD, data)
    register = data / "claimants.csv"
    text = register.read_text(encoding="utf-8")
    old = "east_health,Eastern Health Ministry,east,ministry,"
    register.write_text(text.replace(old, f"east_health,{name},east,{kind},"), encoding="utf-8")
    descriptor = data / "datapackage.json"  # the kinds of private people a newer story has
    kinds = '"political party"\n'
    text = descriptor.read_text(encoding="utf-8")
    assert kinds in text
    descriptor.write_text(text.replace(kinds, '"political party", "person", "relative"\n'))
    return load.read_dataset(data)


@pytest.mark.parametrize(
    ("name", "side", "kind", "many"),
    [
        ("Kin of the missing", "kin", "relative", True),
        ("kin  of the MISSING", "kin", "witness", True),
        ("Kin of the missing", "kin", "resident", True),
        ("accounts of survivors (Kin of the missing)", "kin", "person", True),
        ("Ana Ruiz", "kin", "relative", False),
        # a body named as its party is the party's one voice
        ("Harbour Guard", "guard", "armed forces", False),
        ("Harbour Guard", "guard", "official", False),
        ("Kin of the missing", "other", "relative", False),
    ],
)
def test_a_partys_catch_all_stands_for_many(name, side, kind, many):
    labels = {"kin": "Kin of the missing", "guard": "Harbour Guard"}
    assert stands_for_many(name, side, kind, labels) is many


@pytest.mark.parametrize(
    ("name", "kind", "revised"),
    [
        ("Eastern Government", "relative", False),
        ("figures from survivors (Eastern Government)", "person", False),
        # a body or an office holder named as its party is its one voice
        ("Eastern Government", "ministry", True),
        ("Eastern Government", "official", True),
        ("Eastern Health Ministry", "person", True),
    ],
)
def test_a_catch_all_revises_nothing(tmp_path, name, kind, revised):
    dataset = renamed(tmp_path, name, kind)
    series = analysis.revisions(dataset.claims)
    assert ("east_health" in set(series["claimant"])) is revised
    steps = revision_rows(dataset)["steps"]
    own = steps[steps["claimant"] == "east_health"]
    assert own["value"].tolist() == [2300, 3166, 3166]
    assert own["revised"].tolist() == [revised] * 3
    finding = charts.FINDINGS["revision"](dataset)
    assert ("accounts of different people, not one voice revising" in finding) is not revised
    assert ("from 2,300 on 11 Sep 2026 to 3,166" in finding) is revised


def test_a_catch_alls_figures_are_drawn_apart(tmp_path):
    dataset = renamed(tmp_path, "Eastern Government", "relative")
    spec = charts.revision_chart(dataset).to_dict()
    segments = {r["segment"] for rows in spec["datasets"].values() for r in rows
                if r.get("claimant") == "east_health" and "segment" in r}  # fmt: skip
    assert len(segments) == 3 and all(" apart " in s for s in segments)
