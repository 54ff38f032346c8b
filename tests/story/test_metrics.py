"""A story's metrics are data: the descriptor lists them, ``new --metric`` declares them, the
checks read them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.story import load, paths
from makiivka.story.schema import compared_metrics, metric_of, story_metrics

SECOND = Path(__file__).parents[1] / "fixtures" / "second-story" / "data"
NEW = [
    "--title", "Flood", "--event", "Flood of Sarnet", "--occurred-at", "2026-09-10T02:00+02:00",
    "--timezone", "Africa/Cairo", "--party", "east=Eastern Government",
    "--party", "west=Western Government",
]  # fmt: skip
DEFAULT_IDS = [
    "killed", "wounded", "killed_or_wounded", "missing", "displaced", "detained",
    "rockets_fired", "rockets_intercepted", "other",
]  # fmt: skip


def descriptor_of(story: Path) -> dict:
    return json.loads((story / "data" / "datapackage.json").read_text(encoding="utf-8"))


def test_a_new_story_starts_from_the_default_metrics(tmp_path):
    assert main(["new", str(tmp_path / "s"), *NEW]) == 0
    metrics = descriptor_of(tmp_path / "s")["metrics"]
    assert [m["id"] for m in metrics] == DEFAULT_IDS
    assert metrics[4] == {
        "id": "displaced",
        "label": "displaced",
        "unit": "people",
        "compare": True,
    }
    assert metrics[6] == {
        "id": "rockets_fired", "label": "rockets fired", "unit": "rockets", "compare": False
    }  # fmt: skip
    package = load.read_package(tmp_path / "s" / "data")
    assert package.resources["claims"].field("metric").enum == tuple(DEFAULT_IDS)


def test_new_metric_gives_exactly_the_declared_metrics_then_other(tmp_path, capsys):
    args = [
        "--metric", "killed=killed", "--metric", "missing=missing",
        "--metric", "displaced=displaced", "--metric", "bodies_recovered=bodies recovered",
        "--metric", "homes=homes destroyed,unit=homes,nocompare",
    ]  # fmt: skip
    assert main(["new", str(tmp_path / "s"), *NEW, *args]) == 0
    metrics = descriptor_of(tmp_path / "s")["metrics"]
    assert [m["id"] for m in metrics] == [
        "killed", "missing", "displaced", "bodies_recovered", "homes", "other"
    ]  # fmt: skip
    assert metrics[3] == {
        "id": "bodies_recovered", "label": "bodies recovered", "unit": "people", "compare": True
    }  # fmt: skip
    assert metrics[4] == {
        "id": "homes", "label": "homes destroyed", "unit": "homes", "compare": False
    }  # fmt: skip
    assert metrics[5] == {"id": "other", "label": "other", "unit": "people", "compare": False}
    package = load.read_package(tmp_path / "s" / "data")
    assert package.resources["claims"].field("metric").enum == (
        "killed", "missing", "displaced", "bodies_recovered", "homes", "other"
    )  # fmt: skip
    assert metric_of(package, "homes").phrase() == "homes destroyed"
    assert metric_of(package, "bodies_recovered").phrase() == "bodies recovered"
    assert compared_metrics(package) == ["killed", "missing", "displaced", "bodies_recovered"]


@pytest.mark.parametrize(
    ("option", "expected"),
    [
        ("killed=killed", [{"id": "killed", "label": "killed", "unit": "people",
                            "compare": True}]),
        ("killed", [{"id": "killed", "label": "killed", "unit": "people", "compare": True}]),
        ("displaced=fled,unit=families",
         [{"id": "displaced", "label": "fled", "unit": "families", "compare": True}]),
        # a template metric keeps its unit; every declared metric is compared unless told
        ("rockets_fired", [{"id": "rockets_fired", "label": "rockets fired", "unit": "rockets",
                            "compare": True}]),
        ("evacuated", [{"id": "evacuated", "label": "evacuated", "unit": "people",
                        "compare": True}]),
        ("other=unclassified,compare",
         [{"id": "other", "label": "unclassified", "unit": "people", "compare": True}]),
    ],
)  # fmt: skip
def test_a_declared_metric_is_compared_and_other_comes_last(tmp_path, option, expected):
    assert main(["new", str(tmp_path / "s"), *NEW, "--metric", option]) == 0
    metrics = descriptor_of(tmp_path / "s")["metrics"]
    other = {"id": "other", "label": "other", "unit": "people", "compare": False}
    assert metrics == (expected if expected[-1]["id"] == "other" else [*expected, other])


@pytest.mark.parametrize(
    ("option", "code", "message"),
    [
        ("Bad=x", 1, "--metric:1:1: metric 'Bad' — expected a metric id matching [a-z][a-z0-9_]*"),
        ("a=x,foo", 2, "expected ID=LABEL[,unit=NOUN][,compare|,nocompare]"),
        ("a=x,unit=", 2, "expected ID=LABEL[,unit=NOUN][,compare|,nocompare]"),
        (
            "a=x,nocompare",
            1,
            "--metric:1:1: metric_compare 'false' — expected at least one "
            "metric the gap compares (listed: a, other); give one ,compare",
        ),
    ],
)
def test_new_refuses_a_bad_metric_and_writes_nothing(tmp_path, capsys, option, code, message):
    with pytest.raises(SystemExit) if code == 2 else _nothing() as caught:
        found = main(["new", str(tmp_path / "s"), *NEW, "--metric", option])
    assert (caught.value.code if code == 2 else found) == code
    assert message in capsys.readouterr().err
    assert not (tmp_path / "s").exists()


class _nothing:
    value = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_the_shipped_story_keeps_its_own_metrics():
    package = load.read_package(paths.DATA_DIR)
    ids = [m.id for m in story_metrics(package)]
    assert ids == [
        "killed", "wounded", "killed_or_wounded", "missing", "displaced", "detained", "present",
        "rockets_fired", "rockets_intercepted", "rockets_hit", "mobilized", "compensation", "other",
    ]  # fmt: skip
    assert compared_metrics(package) == DEFAULT_IDS[:6]
    assert metric_of(package, "compensation").unit == "money"


def test_a_story_without_a_metrics_list_reads_its_vocabulary_with_the_default_words():
    package = load.read_package(SECOND)
    assert "metrics" not in package.descriptor
    metrics = {m.id: m for m in story_metrics(package)}
    assert list(metrics)[:5] == ["killed", "wounded", "killed_or_wounded", "missing", "present"]
    assert metrics["present"].label == "present" and not metrics["present"].compare
    assert metrics["killed_or_wounded"].phrase() == "people killed or wounded"


def rewrite(data: Path, change) -> None:
    path = data / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    change(descriptor)
    path.write_text(json.dumps(descriptor, indent=2) + "\n", encoding="utf-8")


def test_a_claim_of_a_metric_the_story_does_not_list_is_refused(data_copy, capsys):
    rewrite(
        data_copy, lambda d: d.update(metrics=[m for m in d["metrics"] if m["id"] != "present"])
    )
    claims = data_copy / "claims.csv"
    text = claims.read_text(encoding="utf-8").replace(",killed,strike,400,", ",present,strike,400,")
    claims.write_text(text, encoding="utf-8")
    assert main(["validate", "--data", str(data_copy)]) == 1
    assert "metric 'present' — expected one of killed, wounded" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["metrics"].append(dict(d["metrics"][0])),
         "metric 'killed' — expected a metric id used by no other metric"),
        (lambda d: d["metrics"][1].update(label=""),
         "metric_label '' — expected a label for metric wounded"),
        (lambda d: d["metrics"][1].update(compare="yes"),
         "metric_compare 'yes' — expected true or false for metric wounded"),
        (lambda d: d.update(metrics="killed"),
         "metrics 'killed' — expected a list of metrics: id, label, unit, compare"),
    ],
)  # fmt: skip
def test_validate_checks_the_metrics_list(data_copy, capsys, change, expected):
    rewrite(data_copy, change)
    assert main(["validate", "--data", str(data_copy)]) == 1
    assert expected in capsys.readouterr().err


def test_the_gap_notebook_asks_about_the_parties_when_there_are_more_than_two(tmp_path):
    three = [*NEW, "--party", "city=City hall"]
    assert main(["new", str(tmp_path / "three"), *three]) == 0
    assert main(["new", str(tmp_path / "two"), *NEW]) == 0
    gap = "notebooks/02-the-gap.ipynb"
    assert "# How far apart are the parties?" in (tmp_path / "three" / gap).read_text("utf-8")
    assert "# How far apart are the two sides?" in (tmp_path / "two" / gap).read_text("utf-8")


@pytest.mark.parametrize(
    ("label", "unit", "phrase"),
    [
        ("killed", "people", "people killed"),
        ("dead", "people", "people dead"),
        ("bodies recovered", "people", "bodies recovered"),
        # round 22's new user: "People people on board" in a chart's axis title
        ("people on board", "people", "people on board"),
        ("children missing", "people", "children missing"),
        ("rockets fired", "rockets", "rockets fired"),
        # round 22's second new user: "people deaths", "people suspected cases"
        ("deaths", "people", "deaths"),
        ("suspected cases", "people", "suspected cases"),
        ("deaths in the community", "people", "deaths in the community"),
        ("missing", "people", "people missing"),
    ],
)
def test_a_metric_is_said_once(label, unit, phrase):
    from makiivka.story.schema import Metric

    assert Metric("m", label, unit).phrase() == phrase
