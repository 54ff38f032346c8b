"""Round 27's new user's inputs, in invented words: a dateline "City (Country) (Agency) -",
a wire's "Updated 11:42 AM GMT+2, …" line, a release heading with a legal form after the
issuer ("… e.V.") and a joint release of two registered bodies, Telegram posts opening on a
label ("UPDATE 07:30"), and a saved page whose caption stood before its standfirst."""

from __future__ import annotations

import json
import sys

import pytest

from makiivka.cli import main
from makiivka.extract.datelines import claimant_named, dateline_outlet
from makiivka.extract.own_date import own_date
from makiivka.extract.page import read_page
from makiivka.extract.pdf import read_pdf
from makiivka.extract.releases import release_heading
from makiivka.extract.telegram import Post, is_label_line
from makiivka.story import load
from makiivka.story.problems import DataError
from tests.extract.ingest_story import read_rows
from tests.extract.test_ingest_pdf import make_pdf

BODY = "\n\nFlood update\n\nThe number of people confirmed dead has risen to 27.\n"
AGENCIES = [
    ["afp", "--name", "Agence France-Presse", "--side", "media", "--kind", "outlet"],
    ["ap", "--name", "The Associated Press", "--side", "media", "--kind", "outlet",
     "--alias", "AP"],
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Toll rises\n\nLirun (Valdera) (AFP) - The council said 27 died.", "AFP"),
        ("Lirun (Valdera) (AFP) — The council said 27 died.", "AFP"),
        ("Lirun (Valdera), Mar 16, 2019 (AFP) - The council said 27 died.", "AFP"),
        ("The council (Valdera) said 12 died.", ""),
    ],
)
def test_a_country_in_brackets_without_a_date_still_names_the_agency(text, outlet):
    assert dateline_outlet(text) == outlet


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Updated 11:42 AM GMT+2, March 16, 2019", ("2019-03-16", "11:42", "GMT+2")),
        ("Published 9:05 PM EDT, March 3, 2019", ("2019-03-03", "21:05", "EDT")),
        ("Updated: 16 March 2019, 11:42 CEST", ("2019-03-16", "11:42", "CEST")),
        ("Updated 12:10 AM ET, March 16, 2019", ("2019-03-16", "00:10", "ET")),
    ],
)
def test_a_wires_updated_line_gives_its_day_time_and_zone(line, expected):
    found = own_date(f"Toll rises\n\n{line}\n\nThe council said 27 died.\n")
    assert (found.date, found.clock, found.zone) == expected
    assert found.where == f"time line {line!r}"


def test_a_sentence_about_an_update_dates_nothing():
    assert own_date("Toll rises\n\nThe council updated its figures on March 16, 2019.\n") is None


def test_a_folder_of_both_wires_is_ingested(story, tmp_path):
    # round 27's new user: the folder was refused (AFP: no outlet; AP: no date)
    for claimant in AGENCIES:
        assert main(["claimant", "add", *claimant, "--story", str(story)]) == 0
    wires = tmp_path / "wires"
    wires.mkdir()
    (wires / "a.txt").write_text(
        "Dam toll rises to 27\n\nLirun (Valdera) (AFP) - The council said 27 people died.\n",
        encoding="utf-8",
    )
    (wires / "b.txt").write_text(
        "Dam toll reaches 41\n\nUpdated 11:42 AM GMT+2, March 16, 2019\n\nLIRUN, Valdera (AP) "
        "— The council said 41 people died.\n",
        encoding="utf-8",
    )
    command = ["ingest", str(wires), "--published", "2019-03-15", "--story", str(story)]
    assert main(command) == 0
    got = [
        (a["outlet"], a["title"], a["published_at"], a["published_at_basis"])
        for a in read_rows(story / "data" / "articles.csv")
    ]
    assert got == [
        ("afp", "Dam toll rises to 27", "2019-03-15",
         "inferred: given on the command line (the file does not say)"),
        ("ap", "Dam toll reaches 41", "2019-03-16T11:42+02:00", "stated"),
    ]  # fmt: skip
    quotes = [c["quote"] for c in read_rows(story / "data" / "claims.csv")]
    assert "The council said 27 people died." in quotes  # the dateline is no quote
    assert load.validate(story / "data") == []


@pytest.mark.parametrize(
    "form", ["e.V.", "e. V.", "Ltd", "gGmbH", "Inc.", "ONLUS", "a.s.b.l.", "S.A.", ", Ltd."]
)
def test_a_legal_form_after_an_issuer_still_names_it(form):
    rows = [{"claimant_id": "valdera_council", "name": "Valdera Council", "aliases": ""}]
    sep = "" if form.startswith(",") else " "
    assert claimant_named(f"VALDERA COUNCIL{sep}{form}", rows) == "valdera_council"
    heading = release_heading(f"VALDERA COUNCIL{sep}{form} / Press release, 15 March 2019, 10:00"
                              + BODY)  # fmt: skip
    assert (heading.day, heading.clock, heading.title) == ("2019-03-15", "10:00", "Flood update")


@pytest.mark.parametrize("form", ["e.V.", "Ltd", "S.A."])
def test_a_pdf_release_with_a_legal_form_gives_outlet_and_date(story, tmp_path, form):
    # round 27's new user: "SEABRIDGE … e.V. / Press release, 19 October 2026, 10:00" was
    # refused for outlet and date; without "e.V." it worked
    path = tmp_path / "release.pdf"
    lines = [f"VALDERA COUNCIL {form}", "Press release, 15 March 2019, 10:00", "Flood update",
             "The number of people confirmed dead has risen to 27."]  # fmt: skip
    path.write_bytes(make_pdf(lines))
    assert main(["ingest", str(path), "--story", str(story)]) == 0
    article = read_rows(story / "data" / "articles.csv")[0]
    assert (article["outlet"], article["published_at"], article["title"]) == (
        "valdera_council", "2019-03-15T10:00-05:00", "Flood update"
    )  # fmt: skip


WATER = ["water_board", "--name", "Valdera Water Board", "--side", "council",
         "--kind", "official", "--alias", "Water Board"]  # fmt: skip


@pytest.mark.parametrize(
    ("heading", "given", "outlet", "other"),
    [
        ("VALDERA COUNCIL and WATER BOARD\nJoint statement, 15 March 2019, 17:00", None,
         "valdera_council", "water_board"),
        ("Joint statement by Valdera Council and Valdera Water Board, 15 March 2019, 17:00",
         None, "valdera_council", "water_board"),
        ("Valdera Water Board & Valdera Council / Joint statement, 15 March 2019, 17:00", None,
         "water_board", "valdera_council"),
        ("VALDERA COUNCIL and WATER BOARD\nJoint statement, 15 March 2019, 17:00",
         "water_board", "water_board", "valdera_council"),
        # a heading all in capitals, its "AND" too (the second new user of round 27)
        ("VALDERA COUNCIL AND VALDERA WATER BOARD\nJoint statement, 15 March 2019, 17:00", None,
         "valdera_council", "water_board"),
    ],
)  # fmt: skip
def test_a_joint_release_is_its_first_issuers_with_the_other_noted(
    story, tmp_path, heading, given, outlet, other
):
    # round 27's new user had to register "UNHCR and IOM" as a third claimant
    assert main(["claimant", "add", *WATER, "--story", str(story)]) == 0
    path = tmp_path / "joint.txt"
    path.write_text(heading + BODY, encoding="utf-8")
    command = ["ingest", str(path), "--story", str(story)]
    assert main(command + (["--outlet", given] if given else [])) == 0
    article = read_rows(story / "data" / "articles.csv")[0]
    assert (article["outlet"], article["published_at"]) == (outlet, "2019-03-15T17:00-05:00")
    assert f"credited to {outlet}" in article["notes"]
    claimants = [r["claimant_id"] for r in read_rows(story / "data" / "claimants.csv")]
    assert claimants == ["courier", "valdera_council", "northern_front", "water_board"]
    rows = read_rows(story / "data" / "claims.csv")
    assert [(r["claimant"], r["notes"].endswith(f"jointly with {other}")) for r in rows] == [
        (outlet, True)
    ]
    assert load.validate(story / "data") == []


def test_a_joint_release_naming_an_unregistered_body_is_refused(story, tmp_path, capsys):
    path = tmp_path / "joint.txt"
    path.write_text("VALDERA COUNCIL and LIRUN PORT\nJoint statement, 15 March 2019" + BODY,
                    encoding="utf-8")  # fmt: skip
    assert main(["ingest", str(path), "--story", str(story)]) == 1
    assert "outlet 'VALDERA COUNCIL and LIRUN PORT' — expected" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("UPDATE 07:30\nThe council said 12 people died.", "The council said 12 people died."),
        ("BREAKING\n\nThe council said 12 people died.", "The council said 12 people died."),
        ("⚡️ 07:30\nThe council said 12 people died.", "The council said 12 people died."),
        ("Update 16/03\nThe council said 12 people died.", "The council said 12 people died."),
        ("UPDATE 21:35 – 27 bodies recovered.\nMore later.", "UPDATE 21:35 – 27 bodies recovered."),
        ("⚓️ DAM BREAKS AT KESSA\nThe council said 12 died.", "⚓️ DAM BREAKS AT KESSA"),
        ("UPDATE 07:30", "UPDATE 07:30"),
    ],
)  # fmt: skip
def test_a_posts_title_skips_a_label_line(text, title):
    assert Post("Valdera Council", "", 1, "2019-03-15T08:00+00:00", text).title == title
    if "\n" in text:  # a post of a label only is titled by it
        assert is_label_line(text.splitlines()[0]) is (title != text.splitlines()[0])


def test_an_exports_posts_are_titled_by_their_first_line_with_words(story, tmp_path):
    texts = [[{"type": "bold", "text": "UPDATE 07:30"}, "\nThe council said 12 people died."]]
    export = {"name": "Valdera Council", "type": "public_channel", "id": 5, "messages": [
        {"id": 1, "type": "message", "date": "2019-03-15T08:00:00",
         "date_unixtime": "1552636800", "from": "Valdera Council", "text": texts[0]}
    ]}  # fmt: skip
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    assert main(["ingest", str(path), "--telegram", "--story", str(story)]) == 0
    titles = [a["title"] for a in read_rows(story / "data" / "articles.csv")]
    assert titles == ["The council said 12 people died."]


PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Dam toll rises</title>
<meta property="og:site_name" content="Lirun Courier"></head><body><main><article class="story">
<h1>Dam toll rises to 27</h1>
<p class="standfirst">The council says 40 people are still missing as divers reach the dam; 27 bodies recovered so far</p>
<figure><img src="a.jpg"><figcaption>A boat returns to Kessa, where 27 bodies were brought
ashore.</figcaption></figure>
<div class="article-body"><p>The number of people confirmed dead after the dam gave way rose
to 27 on Saturday, the council said at midday in a statement to reporters.</p>
<p>On Friday night the council had said that around 50 people were unaccounted for, and the
search went on through the night with boats from three towns along the river.</p>
<p>Survivors described a night of panic as the water rose through the lower town.</p></div>
</article></main></body></html>"""


def test_a_pages_standfirst_stands_right_after_its_headline():
    text = read_page(PAGE.encode("utf-8"), "page.html").text
    blocks = text.split("\n\n")
    assert blocks[:3] == [
        "Dam toll rises to 27",
        "The council says 40 people are still missing as divers reach the dam; 27 bodies recovered so far",
        "A boat returns to Kessa, where 27 bodies were brought ashore.",
    ]
    assert blocks[3].startswith("The number of people confirmed dead")
    assert text.count("The council says 40") == 1


def test_a_pdf_without_pypdf_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pypdf", None)  # an environment without it
    with pytest.raises(DataError) as raised:
        read_pdf(make_pdf(["Flood update"]), "release.pdf")
    assert "pypdf installed to read a PDF" in raised.value.problems[0].expected
    assert "no system tool is needed" in raised.value.problems[0].expected
