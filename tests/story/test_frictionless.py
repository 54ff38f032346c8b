"""The data package is a standard Frictionless Data Package: frictionless validates it."""

from __future__ import annotations

import frictionless

from makiivka.story import paths


def errors(descriptor) -> list[str]:
    report = frictionless.validate(str(descriptor))
    return [error.message for task in report.tasks for error in task.errors] + [
        error.message for error in report.errors
    ]


def test_the_shipped_package_is_valid():
    report = frictionless.validate(str(paths.DATA_DIR / "datapackage.json"))
    assert report.valid, errors(paths.DATA_DIR / "datapackage.json")
    assert sorted(task.name for task in report.tasks) == [
        "articles",
        "claimants",
        "claims",
        "corrections",
        "reviewed",
    ]


def test_a_value_of_the_wrong_type_is_found(data_copy):
    path = data_copy / "claims.csv"
    text = path.read_text(encoding="utf-8")
    assert ",89,89," in text  # c001's value and low
    path.write_text(text.replace(",89,89,", ",89,eighty-nine,", 1), encoding="utf-8")
    found = errors(data_copy / "datapackage.json")
    assert any("eighty-nine" in message and "integer" in message for message in found), found
