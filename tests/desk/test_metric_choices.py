"""The desk's metric drop-down, its rows from selected text and ingest follow the story's list.

The list as ``new --metric`` declares it and as ``makiivka metric`` changes it: a flood story
offers no war metric, and a figure of a metric it does not list is proposed as ``other``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.desk import choices, views
from makiivka.desk.proposals import propose
from makiivka.story import load
from tests.extract.ingest_story import read_rows

NEW = [
    "--title", "T", "--event", "Collapse of the Sudira dam", "--noun", "collapse",
    "--occurred-at", "2026-05-02", "--timezone", "Africa/Tripoli", "--place", "Sudira",
    "--party", "gov=Tanavar Government", "--party", "gov2=Sudira Governorate",
    "--metric", "killed", "--metric", "missing",
]  # fmt: skip
ARTICLE = "Toll rises\n\nThe ministry said on Monday that 130 people were wounded.\n"


def make_story(tmp_path: Path, changes: list[list[str]]) -> Path:
    story = tmp_path / "sudira"
    assert main(["new", str(story), *NEW]) == 0
    for argv in [
        ["wire", "--name", "Wire", "--side", "media", "--kind", "outlet"],
        ["ministry", "--name", "Tanavar Interior Ministry", "--side", "gov", "--kind", "ministry",
         "--alias", "the ministry"],
    ]:  # fmt: skip
        assert main(["claimant", "add", *argv, "--story", str(story)]) == 0
    for change in changes:
        assert main(["metric", *change, "--story", str(story)]) == 0
    article = tmp_path / "wire.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["ingest", str(article), "--outlet", "wire", "--published", "2026-05-05",
                 "--story", str(story), "-q"]) == 0  # fmt: skip
    return story


def selected_metric(data: Path) -> str:
    """Return the metric of the row the desk proposes for the selected '130 … wounded'."""
    [stored] = views.read_story(data).articles
    text = load.read_article_text(data, stored["path"])
    at = text.index("130 people were wounded")
    claimants = views.read_story(data).claimants
    return propose(data, stored, text, at, at + 23, set(), claimants, "event").row["metric"]


@pytest.mark.parametrize(
    ("changes", "offered", "proposed"),
    [
        ([], [("killed", "killed"), ("missing", "missing"), ("other", "other")], "other"),
        ([["add", "wounded", "--label", "injured"]],
         [("killed", "killed"), ("missing", "missing"), ("wounded", "injured"),
          ("other", "other")], "wounded"),
        ([["add", "wounded", "--label", "injured"], ["set", "missing", "--label", "unaccounted"],
          ["drop", "killed"]],
         [("missing", "unaccounted"), ("wounded", "injured"), ("other", "other")], "wounded"),
    ],
)  # fmt: skip
def test_the_desk_and_ingest_offer_the_story_metrics(tmp_path: Path, changes, offered, proposed):
    story = make_story(tmp_path, changes)
    [row] = read_rows(story / "data" / "claims.csv")
    assert (row["figure"], row["metric"]) == ("130", proposed)
    assert choices.vocabularies(views.read_story(story / "data"))["metrics"] == offered
    assert selected_metric(story / "data") == proposed


def test_a_metric_added_while_the_desk_runs_is_proposed_at_once(tmp_path: Path):
    # The desk keeps the extractor's figures per article; the descriptor is part of the key.
    data = make_story(tmp_path, []) / "data"
    assert selected_metric(data) == "other"
    assert main(["metric", "add", "wounded", "--label", "wounded", "--data", str(data)]) == 0
    assert selected_metric(data) == "wounded"
