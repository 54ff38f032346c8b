"""Reading ingest's inputs as a new user hands them over (round 26's new user).

A fact check's page dated by its JSON-LD ``ClaimReview`` (not the folder's ``--published``),
titled without its site's name; a saved page's "Advertisement" label and byline left out of
the article's text; a Telegram Desktop export in a folder pointed to ``--telegram``;
``ingest --help`` naming PDFs; a bad ``--published`` a usage error. Every page and export
here is invented for these tests.
"""

from __future__ import annotations

import json

import pytest

from makiivka.cli import main, make_parser
from makiivka.extract.page import read_page
from tests.extract.ingest_story import read_rows

HEAD = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'


def page(title: str, head: str = "", body: str = "") -> bytes:
    """Return a small saved page: its <title>, more of its head and its article's paragraphs."""
    paragraphs = body or (
        "<p>The Valdera Council said on Thursday that 112 people were killed when the Kessa "
        "dam gave way.</p><p>Neither figure could be checked independently by anyone.</p>"
    )
    return (
        f"{HEAD}<title>{title}</title>{head}</head><body><article><h1>Kessa dam toll</h1>"
        f"{paragraphs}</article></body></html>"
    ).encode()


def ld(**item: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(item)}</script>'


SITE = '<meta property="og:site_name" content="Lirun Courier">'


@pytest.mark.parametrize(
    ("head", "published"),
    [
        # a fact check's ClaimReview is the page's own date, offset kept
        (ld(**{"@type": "ClaimReview", "datePublished": "2019-03-16T12:00:00-05:00"}),
         "2019-03-16T12:00-05:00"),
        # so is a Report's; an image's date is not the article's
        (ld(**{"@type": "ImageObject", "datePublished": "2019-01-02"})
         + ld(**{"@type": "Report", "datePublished": "2019-03-17"}), "2019-03-17"),
        # the @graph's article wins over its WebPage, which wins over other dated types
        (ld(**{"@graph": [{"@type": "WebPage", "datePublished": "2019-03-01"},
                          {"@type": "NewsArticle", "datePublished": "2019-03-18"}]}),
         "2019-03-18"),
        (ld(**{"@graph": [{"@type": "WebPage", "name": "Fact check"},
                          {"@type": "ClaimReview", "datePublished": "2019-03-19"}]}),
         "2019-03-19"),
        # meta tags other than article:published_time
        ('<meta itemprop="datePublished" content="2019-03-20T07:15:00+01:00">',
         "2019-03-20T07:15+01:00"),
        ('<meta name="pubdate" content="2019-03-21">', "2019-03-21"),
    ],
)  # fmt: skip
def test_a_page_is_dated_by_its_own_metadata_of_any_kind(head, published):
    assert read_page(page("Kessa dam toll", head), "p.html").meta.published == published


def test_a_folder_published_stands_in_only_for_a_page_that_gives_no_date(story, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    review = ld(**{"@type": "ClaimReview", "datePublished": "2019-03-16T12:00:00-05:00"})
    (folder / "check.html").write_bytes(page("No, 500 did not die | Lirun Courier", review + SITE))
    (folder / "plain.html").write_bytes(page("Kessa dam toll", SITE).replace(b"112", b"113"))
    argv = ["ingest", str(folder), "--published", "2019-03-15", "--story", str(story)]
    assert main(argv) == 0
    rows = {r["title"]: r for r in read_rows(story / "data" / "articles.csv")}
    assert [(r["published_at"], r["published_at_basis"]) for r in rows.values()] == [
        ("2019-03-16T12:00-05:00", "stated"),
        ("2019-03-15", "inferred: given on the command line (the file does not say)"),
    ]
    assert set(rows) == {"No, 500 did not die", "Kessa dam toll"}


TITLES = [
    ("Kessa toll rises | Lirun Courier", SITE, "Kessa toll rises"),
    ("Kessa toll rises - Lirun Courier", SITE, "Kessa toll rises"),
    ("Kessa toll rises — LIRUN COURIER", SITE, "Kessa toll rises"),
    ("Lirun Courier | Kessa toll rises", SITE, "Kessa toll rises"),
    # the publisher's name in JSON-LD (no og:site_name)
    ("Kessa toll rises | The Courier",
     ld(**{"@type": "NewsArticle", "publisher": {"name": "The Courier"}}), "Kessa toll rises"),
    # a dash inside the headline, or a name that is not the site's, stays
    ("Kessa toll rises - council", SITE, "Kessa toll rises - council"),
    ("Kessa toll rises | Valdera", SITE, "Kessa toll rises | Valdera"),
    ("Kessa toll rises | Lirun Courier", "", "Kessa toll rises | Lirun Courier"),
]  # fmt: skip


def test_a_page_title_keeps_no_site_name():
    titles = [read_page(page(title, head), "p.html").meta.title for title, head, _ in TITLES]
    assert titles == [expected for *_, expected in TITLES]


BODY = (
    "<p>By Lina Ortiz</p>"
    "<p>The Valdera Council said on Thursday that 112 people were killed at Kessa.</p>"
    "{slot}"
    "<p>By Thursday evening rescuers had searched every house below the dam wall.</p>"
)


@pytest.mark.parametrize(
    "slot",
    [
        '<div class="ad">Advertisement</div>',
        "<p>ADVERTISEMENT</p>",
        "<p>- Advertisement -</p>",
        '<div class="slot">Story continues below advertisement</div>',
        '<aside class="ads"><p>Buy a boat for 3 pesos</p></aside>',
        '<p class="byline">Reporting by Tomas Vey in Kessa</p>',
    ],
)
def test_ad_labels_and_bylines_are_no_part_of_a_page_text(slot):
    text = read_page(page("Kessa dam toll", body=BODY.format(slot=slot)), "p.html").text
    assert text == (
        "Kessa dam toll\n\n"
        "The Valdera Council said on Thursday that 112 people were killed at Kessa.\n\n"
        "By Thursday evening rescuers had searched every house below the dam wall.\n"
    )


LINES = [
    ("By Lina Ortiz and Ana de la Cruz, Lirun Courier", "", False),
    ("By Ortiz", "Ortiz", False),  # one word: a byline only when the page names its author
    ("By Ortiz", "", True),
    ("By Wednesday", "", True),
    ("By then, 40 people had died.", "", True),
]


def test_a_byline_is_told_from_a_sentence():
    kept = []
    for line, author, _ in LINES:
        head = f'<meta name="author" content="{author}">' if author else ""
        body = f"<p>{line}</p><p>The council said that 112 people were killed at Kessa.</p>"
        kept.append(f"\n{line}\n" in read_page(page("Kessa dam toll", head, body), "p.html").text)
    assert kept == [k for *_, k in LINES]


EXPORT = {
    "name": "Valdera Council",
    "type": "public_channel",
    "id": 7,
    "messages": [{"id": 1, "type": "message", "date_unixtime": "1552563120", "text": "12 dead"}],
}


def test_a_folder_telegram_export_is_skipped_with_the_command_that_reads_it(
    story, tmp_path, capsys
):
    folder = tmp_path / "in"
    (folder / "ChatExport").mkdir(parents=True)
    (folder / "ChatExport" / "result.json").write_text(json.dumps(EXPORT), encoding="utf-8")
    (folder / "other.json").write_text('{"messages": []}', encoding="utf-8")
    (folder / "wire.txt").write_text("The council said 12 died at Kessa.\n", "utf-8")
    argv = ["ingest", str(folder), "--outlet", "courier", "--published", "2019-03-15",
            "--story", str(story)]  # fmt: skip
    assert main(argv) == 0
    out = capsys.readouterr().out
    export = f"{folder}/ChatExport/result.json"
    assert (
        f"  {export}: a Telegram Desktop export: ingest its posts with `makiivka ingest "
        f"--telegram {export}` (each post an article of the channel's owner)\n"
    ) in out
    assert f"  {folder}/other.json: not an article (.json; read: " in out


def test_a_telegram_export_named_without_telegram_is_a_usage_error(story, tmp_path, capsys):
    export = tmp_path / "result.json"
    export.write_text(json.dumps(EXPORT), encoding="utf-8")
    assert main(["ingest", str(export), "--story", str(story)]) == 2
    assert f"ingest its posts with `makiivka ingest --telegram {export}`" in (
        capsys.readouterr().err
    )
    assert read_rows(story / "data" / "articles.csv") == []


def test_ingest_help_names_every_kind_of_input():
    ingest = make_parser()._subparsers._group_actions[0].choices["ingest"]
    files = next(a for a in ingest._actions if a.dest == "files")
    for kind in (".txt", ".html", ".mhtml", "a PDF with a text layer (.pdf)", "--telegram"):
        assert kind in files.help
    assert "PDFs" in ingest.description


@pytest.mark.parametrize("value", ["2019-13-45", "15/03/2019", "2019-03-15T09:00"])
def test_a_bad_published_is_a_usage_error(story, tmp_path, capsys, value):
    wire = tmp_path / "wire.txt"
    wire.write_text("KESSA (Reuters) - The council said 12 died.\n", encoding="utf-8")
    assert main(["ingest", str(wire), "--published", value, "--story", str(story)]) == 2
    assert capsys.readouterr().err == (
        f"--published:1:1: published '{value}' — expected a date YYYY-MM-DD, e.g. 2023-01-04, "
        "or a time with its offset, e.g. 2023-01-04T21:30-05:00\nmakiivka ingest: 1 problem\n"
    )
