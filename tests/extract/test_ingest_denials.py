"""A denied open-ended figure ingests by the denial convention, and the ledger's check agrees.

"The ministry dismissed reports of more than 1,000 dead" is the ministry's claim that at
most 1,000 died (the descriptor's ``conventions.denials``): qualifier ``up_to``, no lower
bound. Ingest once refused the whole article (and a Telegram export holding such a post)
because the ledger's check read the figure as "more than 1,000" (value_low 1001), citing a
``claims.csv`` line that was never written. The story here is a new user's: five parties.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.extract import ingest
from makiivka.story import load
from makiivka.story.problems import DataError
from tests.conftest import tree_digest
from tests.extract.ingest_story import read_rows

PARTIES = ["gov=National Government", "region=Regional Authority", "un=United Nations",
           "crescent=Red Crescent", "mayor=Sudira Mayor"]  # fmt: skip
CLAIMANTS = [
    ["wire", "--name", "Wire", "--side", "media", "--kind", "outlet"],
    ["interior_ministry", "--name", "Interior Ministry", "--side", "gov", "--kind", "ministry",
     "--alias", "Interior Ministry", "--alias", "the ministry"],
    ["red_crescent", "--name", "Red Crescent", "--side", "crescent", "--kind", "ngo",
     "--alias", "Red Crescent"],
]  # fmt: skip
ARTICLE = (
    "Sudira dam collapse\n\n"
    "At least 45 people were killed and 120 wounded when the dam above Sudira gave way, "
    "the Red Crescent said.\n\n"
    "The ministry dismissed reports of more than 1,000 dead.\n\n"
    "About 300 people are missing, the Red Crescent said.\n"
)
COLUMNS = ("figure", "claimant", "metric", "value", "value_low", "value_high", "qualifier")
ROWS = [
    ("At least 45", "red_crescent", "killed", "45", "45", "", "at_least"),
    ("120", "red_crescent", "wounded", "120", "120", "120", "exact"),
    ("more than 1,000", "interior_ministry", "killed", "1000", "", "1000", "up_to"),
    ("About 300", "red_crescent", "missing", "300", "300", "300", "about"),
]  # fmt: skip


@pytest.fixture
def dam(tmp_path: Path) -> Path:
    story = tmp_path / "sudira"
    parties = [a for p in PARTIES for a in ("--party", p)]
    assert main(["new", str(story), "--title", "Sudira", "--event", "Collapse of the Sudira dam",
                 "--occurred-at", "2023-09-10T02:00+02:00", "--timezone", "Africa/Tripoli",
                 "--place", "Sudira", "--noun", "collapse", *parties,
                 "--metric", "killed", "--metric", "wounded", "--metric", "missing",
                 "--metric", "displaced"]) == 0  # fmt: skip
    for claimant in CLAIMANTS:
        assert main(["claimant", "add", *claimant, "--story", str(story)]) == 0
    return story


def shape(rows: list[dict[str, str]]) -> list[tuple[str, ...]]:
    return [tuple(r[c] for c in COLUMNS) for r in rows]


def test_an_article_with_a_denied_figure_ingests_by_the_convention(dam, tmp_path, capsys):
    article = tmp_path / "wire.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    argv = ["ingest", str(article), "--outlet", "wire", "--published", "2023-09-11"]
    assert main([*argv, "--story", str(dam)]) == 0
    rows = read_rows(dam / "data" / "claims.csv")
    assert shape(rows) == ROWS
    assert rows[2]["quote"] == "The ministry dismissed reports of more than 1,000 dead."
    assert load.validate(dam / "data") == []
    assert main(["validate", "--story", str(dam)]) == 0
    assert "ok — 1 articles, 3 claimants, 4 claims" in capsys.readouterr().out


def test_a_telegram_export_with_a_denied_figure_ingests(dam, tmp_path):
    texts = ["At least 45 people were killed, the Red Crescent said.",
             "The ministry dismissed reports of more than 1,000 dead."]  # fmt: skip
    export = {"name": "Interior Ministry", "type": "public_channel", "id": 17, "messages": [
        {"id": 7 + n, "type": "message", "date": "2023-09-11T08:00:00",
         "date_unixtime": str(1694419200 + 600 * n), "from": "Interior Ministry", "text": text}
        for n, text in enumerate(texts)
    ]}  # fmt: skip
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    assert main(["ingest", str(path), "--telegram", "--story", str(dam)]) == 0
    rows = read_rows(dam / "data" / "claims.csv")
    assert [(r["article_id"], *(r[c] for c in COLUMNS)) for r in rows] == [
        ("interior-ministry-2023-09-11-post-7", "At least 45", "red_crescent", "killed",
         "45", "45", "", "at_least"),
        ("interior-ministry-2023-09-11-post-8", "more than 1,000", "interior_ministry", "killed",
         "1000", "", "1000", "up_to"),
    ]  # fmt: skip
    assert main(["validate", "--story", str(dam)]) == 0


def test_a_proposed_row_that_breaks_the_ledger_is_told_by_its_file(dam, tmp_path, monkeypatch):
    proposed = ingest.propose_rows

    def broken(*args, **kwargs):
        rows = proposed(*args, **kwargs)
        rows[2]["value_low"] = 1001  # as if the extractor had read the figure as open-ended
        return rows

    monkeypatch.setattr(ingest, "propose_rows", broken)
    before = tree_digest(dam)
    with pytest.raises(DataError) as error:
        ingest.ingest_article(dam / "data", ARTICLE, name="week/wire.txt", outlet="wire",
                              published="2023-09-11")  # fmt: skip
    where = (
        " (in the row ingest proposed, c003: figure 'more than 1,000' of the quote 'The ministry "
        "dismissed reports of more than 1,000 dead.', line 5 of its text "
        "articles/wire-2023-09-11-sudira-dam-collapse.txt; nothing written)"
    )
    assert [str(p) for p in error.value.problems] == [
        "week/wire.txt:5:35: value_high '1000' — expected empty, as parse_quantity reads the "
        "figure 'more than 1,000' (or, as the quote denies it, the denier's upper bound: value "
        f"1000, value_low empty, value_high 1000, qualifier up_to){where}",
        "week/wire.txt:5:35: value_low '1001' — expected a number no greater than value_high "
        f"(1000){where}",
    ]
    assert tree_digest(dam) == before


@pytest.mark.parametrize(
    ("sentence", "notes"),
    [
        ("The ministry dismissed reports of more than 1,000 dead.",
         "proposed by makiivka extract; "
         "denial: the speaker rejects 'more than 1,000'; coded as its upper bound"),
        ("The ministry said up to 1,000 people were killed.", "proposed by makiivka extract"),
        # a new user's release: the present tense, words between the noun and "of"
        ("The ministry rejects reports circulating on social media of more than 1,000 dead, "
         "which are false.", "proposed by makiivka extract; "
         "denial: the speaker rejects 'more than 1,000'; coded as its upper bound"),
    ],
)  # fmt: skip
def test_a_denied_figure_says_so_in_its_notes(dam, tmp_path, sentence, notes):
    article = tmp_path / "wire.txt"
    article.write_text(f"Sudira dam collapse\n\n{sentence}\n", encoding="utf-8")
    argv = ["ingest", str(article), "--outlet", "wire", "--published", "2023-09-11"]
    assert main([*argv, "--story", str(dam)]) == 0
    rows = read_rows(dam / "data" / "claims.csv")
    assert [(r["qualifier"], r["notes"]) for r in rows] == [("up_to", notes)]
