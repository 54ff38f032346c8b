"""``makiivka metric list|add|set|drop``: a story's metrics changed without editing JSON."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.story import load
from makiivka.story.schema import compared_metrics, story_metrics
from tests.conftest import tree_digest

SECOND = Path(__file__).parents[1] / "fixtures" / "second-story" / "data"


def metrics_of(data: Path) -> list[dict]:
    return json.loads((data / "datapackage.json").read_text(encoding="utf-8"))["metrics"]


def test_list_prints_a_header_and_how_many_claims_use_each_metric(data_copy, capsys):
    assert main(["metric", "list", "--data", str(data_copy)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "metric_id\tlabel\tunit\tcompare\tclaims",
        "killed\tkilled\tpeople\tyes\t9",
        "wounded\twounded\tpeople\tyes\t1",
        "killed_or_wounded\tkilled or wounded\tpeople\tyes\t0",
        "missing\tmissing\tpeople\tyes\t0",
        "displaced\tdisplaced\tpeople\tyes\t0",
        "detained\tdetained\tpeople\tyes\t0",
        "present\tpresent\tpeople\tno\t0",
        "rockets_fired\trockets fired\trockets\tno\t1",
        "rockets_intercepted\trockets intercepted\trockets\tno\t1",
        "rockets_hit\trockets that hit\trockets\tno\t0",
        "mobilized\tmobilized\tpeople\tno\t2",
        "compensation\tcompensation\tmoney\tno\t3",
        "other\tother\tpeople\tno\t0",
    ]


@pytest.mark.parametrize(
    ("argv", "metric_id", "expected", "position"),
    [
        (["add", "bodies_recovered", "--label", "bodies recovered"], "bodies_recovered",
         {"id": "bodies_recovered", "label": "bodies recovered", "unit": "people",
          "compare": True}, -2),
        (["add", "homes", "--label", "homes destroyed", "--unit", "homes", "--no-compare"],
         "homes", {"id": "homes", "label": "homes destroyed", "unit": "homes",
                   "compare": False}, -2),
        (["set", "wounded", "--label", "injured"], "wounded",
         {"id": "wounded", "label": "injured", "unit": "people", "compare": True}, 1),
        (["set", "missing", "--no-compare"], "missing",
         {"id": "missing", "label": "missing", "unit": "people", "compare": False}, 3),
        (["set", "mobilized", "--compare", "--unit", "soldiers"], "mobilized",
         {"id": "mobilized", "label": "mobilized", "unit": "soldiers", "compare": True}, 10),
    ],
)  # fmt: skip
def test_add_and_set_write_the_metric_and_the_story_validates(
    data_copy, capsys, argv, metric_id, expected, position
):
    assert main(["metric", *argv, "--data", str(data_copy)]) == 0
    metrics = metrics_of(data_copy)
    assert metrics[position] == expected
    assert metrics[-1]["id"] == "other"  # stays last
    assert load.validate(data_copy) == []
    shown = "yes" if expected["compare"] else "no"
    line = f"{metric_id}\t{expected['label']}\t{expected['unit']}\t{shown}"
    assert capsys.readouterr().out.splitlines()[1].startswith(line)


def test_drop_removes_an_unused_metric_from_the_vocabulary(data_copy, capsys):
    assert main(["metric", "drop", "present", "--data", str(data_copy)]) == 0
    package = load.read_package(data_copy)
    assert "present" not in [m.id for m in story_metrics(package)]
    assert "present" not in package.resources["claims"].field("metric").enum
    assert capsys.readouterr().out == f"{data_copy}/datapackage.json: dropped metric present\n"


@pytest.mark.parametrize(
    ("argv", "messages"),
    [
        (["drop", "compensation"], [
            "claims.csv:10:98: metric 'compensation' — expected no claim row of a metric to drop "
            "(c009 is one of 3: give each another metric with makiivka correct or the desk, or "
            "keep compensation)",
            "claims.csv:11:98: metric 'compensation' — expected no claim row of a metric to drop "
            "(c010 is one of 3:",
            "claims.csv:12:98: metric 'compensation' — expected no claim row of a metric to drop "
            "(c011 is one of 3:",
            "makiivka metric: 3 problems",
        ]),
        (["drop", "other"], ["ID:1:1: metric 'other' — expected a metric other than 'other' "
                             "(ingest proposes a figure of no listed metric as it)"]),
        (["drop", "nope"], ["ID:1:1: metric 'nope' — expected a listed metric (killed, wounded, "
                            "killed_or_wounded, missing, displaced, detained, present,"]),
        (["add", "killed", "--label", "dead"],
         ["ID:1:1: metric 'killed' — expected a metric id not listed yet"]),
        (["add", "Homes", "--label", "homes"],
         ["metric 'Homes' — expected a metric id matching [a-z][a-z0-9_]*"]),
        (["add", "homes", "--label", " "], ["--label:1:1: metric_label '' — expected the "
                                            "metric's label"]),
        (["set", "killed"], ["ID:1:1: metric 'killed' — expected a change: --label, --unit, "
                             "--compare or --no-compare"]),
        (["set", "killed", "--unit", " "],
         ["metric_unit '' — expected a unit for metric killed"]),
    ],
)  # fmt: skip
def test_a_refused_change_says_why_and_writes_nothing(data_copy, capsys, argv, messages):
    before = tree_digest(data_copy)
    assert main(["metric", *argv, "--data", str(data_copy)]) == 1
    err = capsys.readouterr().err
    for message in messages:
        assert message in err
    assert tree_digest(data_copy) == before


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["drop", "killed"], "ID:1:1: metric 'killed' — expected a metric the gap does not need "
                             "(killed is the last one it compares)"),
        (["set", "killed", "--no-compare"], "--no-compare:1:1: metric_compare 'false' — expected "
         "at least one metric the gap compares (listed: killed, wounded, other); give one "
         ",compare"),
    ],
)  # fmt: skip
def test_the_gap_keeps_one_compared_metric(data_copy, capsys, argv, message):
    path = data_copy / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    kept = {"killed": True, "wounded": False, "other": False}
    descriptor["metrics"] = [
        {**m, "compare": kept[m["id"]]} for m in descriptor["metrics"] if m["id"] in kept
    ]
    path.write_text(json.dumps(descriptor, indent=2) + "\n", encoding="utf-8")
    before = tree_digest(data_copy)
    assert main(["metric", *argv, "--data", str(data_copy)]) == 1
    assert message in capsys.readouterr().err
    assert tree_digest(data_copy) == before


def test_a_story_without_a_metrics_list_gets_its_vocabulary_written_out(tmp_path, capsys):
    data = tmp_path / "data"
    shutil.copytree(SECOND, data)
    assert main(["metric", "add", "homes", "--label", "homes destroyed", "--data", str(data)]) == 0
    ids = [m["id"] for m in metrics_of(data)]
    assert ids == [
        "killed", "wounded", "killed_or_wounded", "missing", "present", "rockets_fired",
        "rockets_intercepted", "rockets_hit", "mobilized", "compensation", "homes", "other",
    ]  # fmt: skip
    assert compared_metrics(load.read_package(data)) == [
        "killed", "wounded", "killed_or_wounded", "missing", "homes"
    ]  # fmt: skip
    assert load.validate(data) == []


def test_four_metric_adds_at_once_each_land_once(data_copy):
    # The descriptor is read inside the story's lock: no add overwrites another's.
    root = Path(__file__).resolve().parents[2]
    commands = [
        [sys.executable, "-m", "makiivka.cli", "metric", "add", f"count_{n}", "--label",
         f"count {n}", "--data", str(data_copy)]
        for n in range(4)
    ]  # fmt: skip
    processes = [subprocess.Popen(c, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                 for c in commands]  # fmt: skip
    codes = [p.wait(timeout=300) for p in processes]
    assert codes == [0, 0, 0, 0]
    ids = sorted(m["id"] for m in metrics_of(data_copy) if m["id"].startswith("count_"))
    assert ids == ["count_0", "count_1", "count_2", "count_3"]
    assert metrics_of(data_copy)[-1]["id"] == "other"
    assert load.validate(data_copy) == []
