"""Wire copy names its outlet in its dateline: a folder ingests without ``--outlet``.

"KHARTOUM (Reuters) -", "Sudira, May 3 (AFP) -", "CAIRO (AP) —", "New Delhi, Sep 12 (PTI)
The …": the agency is the claimant whose name or alias it is, or whose name it abbreviates
("AFP" for "Agence France-Presse"). A saved page without a site name takes its text's
dateline. A file that names no outlet, with no ``--outlet``, is refused by its name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.extract.datelines import dateline_outlet
from tests.conftest import tree_digest
from tests.extract.ingest_story import read_rows

AGENCIES = [
    ["reuters", "--name", "Reuters", "--side", "media", "--kind", "outlet"],
    ["afp", "--name", "Agence France-Presse", "--side", "media", "--kind", "outlet"],
    ["ap", "--name", "Associated Press", "--side", "media", "--kind", "outlet"],
    ["pti", "--name", "Press Trust of India", "--side", "media", "--kind", "outlet"],
]  # fmt: skip
WIRES = {
    "a.txt": "Dam toll rises\n\nKHARTOUM (Reuters) - At least 50 people were killed, the "
    "council said.\n",
    "b.txt": "Sudira, May 3 (AFP) - The council said 70 people were missing.\n",
    "c.txt": "CAIRO (AP) — The council said 12 people died.\n",
    "d.txt": "Toll climbs\n\nNew Delhi, Sep 12 (PTI) The council said 14 people died.\n",
}
PAGE = (
    '<!doctype html><html><head><meta charset="utf-8"><title>Valley searched</title></head>'
    "<body><article><h1>Valley searched</h1><p>KHARTOUM (Reuters) - At least 50 people were "
    "killed when the dam gave way, the council said on Monday.</p><p>Rescuers searched the "
    "valley below the dam for survivors through the night.</p></article></body></html>"
)


@pytest.mark.parametrize(
    "text, outlet",
    [
        ("Dam toll rises\n\nKHARTOUM (Reuters) - At least 50 died.", "Reuters"),
        ("Sudira, May 3 (AFP) - The mayor said 70 were missing.", "AFP"),
        ("CAIRO (AP) — 12 died.", "AP"),
        ("(AP) — 12 died.", "AP"),
        ("New Delhi, Sep 12 (PTI) The ministry said 12 people died.", "PTI"),
        ("NEW DELHI, Sep 12 (PTI): 12 people died.", "PTI"),
        ("HARBOUR, May 2. /NNA/. Rain fell.", "NNA"),
        # the country in brackets after the city (AFP's house style; round 25's new user)
        ("Lirun (Valdera), Mar 16, 2019 (AFP) - The council said 70 were missing.", "AFP"),
        ("Mar 17 (Reuters) - Here are the figures.", "Reuters"),
        ("Harbour, NNA - Rain fell.", "NNA"),
        ("The council (Valdera) said 12 died.", ""),
        ("Dam toll rises\n\nAt least 50 people (most of them children) died.", ""),
    ],
)
def test_the_dateline_names_the_outlet(text, outlet):
    assert dateline_outlet(text) == outlet


def _register(story: Path) -> None:
    for claimant in AGENCIES:
        assert main(["claimant", "add", *claimant, "--story", str(story)]) == 0


def test_a_folder_of_wire_copy_takes_each_outlet_from_its_dateline(story, tmp_path):
    _register(story)
    week = tmp_path / "week"
    week.mkdir()
    for name, text in WIRES.items():
        (week / name).write_text(text, encoding="utf-8")
    (week / "e.html").write_text(PAGE, encoding="utf-8")
    assert main(["ingest", str(week), "--published", "2019-03-15", "--story", str(story)]) == 0
    articles = read_rows(story / "data" / "articles.csv")
    assert [(a["article_id"], a["outlet"]) for a in articles] == [
        ("reuters-2019-03-15-dam-toll-rises", "reuters"),
        # the dateline left out; "May 3" and "Sept 12" are of the year that dates them after
        # the dam's collapse (14 March 2019), not the year before (round 21's new user)
        ("afp-2019-05-03-the-council-said-70-people-were", "afp"),
        ("ap-2019-03-15-the-council-said-12-people-died", "ap"),
        ("pti-2019-09-12-toll-climbs", "pti"),
        ("reuters-2019-03-15-valley-searched", "reuters"),
    ]


def test_a_file_naming_no_outlet_is_refused_by_its_name(story, tmp_path, capsys):
    _register(story)
    week = tmp_path / "week"
    week.mkdir()
    (week / "a.txt").write_text(WIRES["a.txt"], encoding="utf-8")
    (week / "z.txt").write_text("Toll\n\nThe council said 9 people died.\n", encoding="utf-8")
    before = tree_digest(story)
    argv = ["ingest", str(week), "--published", "2019-03-15", "--story", str(story)]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert (
        f"{week / 'z.txt'}:1:1: outlet '' — expected the outlet's claimant_id: give --outlet "
        "(no dateline such as 'CITY (Agency) -', site name or channel name in the file names "
        "one)\n" in err
    )
    assert "a.txt" not in err  # its dateline names Reuters
    assert tree_digest(story) == before


# Round 25's new user: "Zarzis (Tunisia), Sept 14, 2026 (AFP) -" named no outlet (4 of 7 AFP
# wires refused) and, with --outlet, gave no date and stayed in the title, id and first quote;
# "Sept 18 (Reuters) -" (no city) gave no date.
BRACKETED = {
    "f.txt": "Lirun (Valdera), Mar 16, 2019 (AFP) - The council said 70 people were missing.\n",
    "g.txt": "Kessa figures\n\nMar 17 (Reuters) - The council said 12 people died.\n",
}


def test_a_dateline_with_its_country_in_brackets_or_no_city_dates_the_wire(story, tmp_path):
    _register(story)
    week = tmp_path / "week"
    week.mkdir()
    for name, text in BRACKETED.items():
        (week / name).write_text(text, encoding="utf-8")
    assert main(["ingest", str(week), "--story", str(story)]) == 0
    articles = read_rows(story / "data" / "articles.csv")
    assert [(a["article_id"], a["published_at"], a["published_at_basis"]) for a in articles] == [
        ("afp-2019-03-16-the-council-said-70-people-were", "2019-03-16", "stated"),
        ("reuters-2019-03-17-kessa-figures", "2019-03-17",
         "inferred: dateline 'Mar 17 (Reuters)' gives no year; the year is the story's event's"),
    ]  # fmt: skip
    quotes = [r["quote"] for r in read_rows(story / "data" / "claims.csv")]
    assert quotes == [
        "The council said 70 people were missing.",
        "The council said 12 people died.",
    ]
