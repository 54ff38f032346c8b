"""The corrections table reads as words: no raw <NA>, times in the story's zone (round 16)."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from makiivka.publish import notebook
from makiivka.publish.display import show_table
from makiivka.story import load


@pytest.fixture(scope="module")
def corrected() -> load.Dataset:
    dataset = load.read_dataset()
    log = pd.DataFrame(
        {
            "claim_id": pd.array(["c016", "c006"], dtype="string"),
            "field": pd.Categorical(["supersedes", "stated_at_basis"]),
            "old": pd.array([None, "article"], dtype="string"),
            "new": pd.array(["c006", None], dtype="string"),
            "changed_at": pd.to_datetime(
                ["2026-12-06T13:02:49Z", "2023-01-05T00:00:00Z"], utc=True
            ),
            "changed_at_precision": pd.Categorical(["second", "day"]),
            "reason": pd.array(["The caption restates the 63", "Basis retyped"], dtype="string"),
        }
    )
    return dataclasses.replace(dataset, corrections=log)


def test_the_corrections_table_is_in_words_and_the_story_s_zone(corrected):
    table = notebook.corrections_table(corrected)
    assert list(table.columns) == [
        "claim", "field changed", "old value", "new value", "changed", "reason"
    ]  # fmt: skip
    assert table.values.tolist() == [
        ["c016", "supersedes", "not stated", "c006", "6 Dec 2026, 16:02 MSK",
         "The caption restates the 63"],
        ["c006", "stated at basis", "article", "not stated", "5 Jan 2023", "Basis retyped"],
    ]  # fmt: skip


@pytest.mark.parametrize("shown", ["html", "text"])
def test_a_table_never_shows_pandas_missing_marker(corrected, shown):
    table = show_table(corrected.corrections)
    text = table.table_html() if shown == "html" else repr(table)
    assert "<NA>" not in text and "&lt;NA&gt;" not in text and "c016" in text


def test_an_older_notebook_s_show_table_of_the_log_is_in_words_too(corrected, monkeypatch):
    # A story made before this round shows `display.show_table(dataset.corrections)` in its
    # notebook 05: the dataset read_story gives marks its log, so that cell reads as words.
    from makiivka.story import paths

    monkeypatch.delenv(paths.DATA_ENV, raising=False)
    monkeypatch.setenv(paths.STORY_ENV, str(paths.ROOT_DIR))
    assert notebook.read_story("makiivka-claims").corrections.attrs == {
        "makiivka_table": "corrections", "timezone": "Europe/Moscow"
    }  # fmt: skip
    log = corrected.corrections.copy()
    log.attrs = {"makiivka_table": "corrections", "timezone": "Europe/Moscow"}
    text = repr(show_table(log))
    assert "6 Dec 2026, 16:02 MSK" in text and "field changed" in text
    assert "changed_at" not in text and "13:02:49" not in text


def test_a_coded_qualifier_and_an_open_bound_are_said_in_the_desk_s_words():
    # New user 20's table read "qualifier: exact → at_least" and "value high: 35 → not stated"
    # for a bound left open.
    log = pd.DataFrame(
        {
            "claim_id": pd.array(["c064"] * 3, dtype="string"),
            "field": pd.Categorical(["qualifier", "value_high", "value"]),
            "old": pd.array(["exact", "35", None], dtype="string"),
            "new": pd.array(["at_least", None, "35"], dtype="string"),
            "changed_at": pd.to_datetime(["2026-12-07T01:30:00Z"] * 3, utc=True),
            "changed_at_precision": pd.Categorical(["second"] * 3),
            "reason": pd.array(["coded"] * 3, dtype="string"),
        }
    )
    table = notebook.corrections_words(log, "Asia/Kathmandu")
    assert table[["field changed", "old value", "new value"]].values.tolist() == [
        ["qualifier", "exactly", "at least"],
        ["value high", "35", "open"],
        ["value", "not stated", "35"],
    ]
