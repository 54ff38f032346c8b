"""Ingesting what a newsroom holds: a saved page (HTML, MHTML), a Telegram export, a CR LF text.

The page (``tests/fixtures/ingest/courier-page.html``) was made for these tests: a browser
notice, a menu, a cookie banner, a caption with a figure, an advertisement slot, related
links with numbers, a newsletter prompt and a footer around a four-figure article, with
JSON-LD (in an ``@graph``) and Open Graph metadata. Its rows are worked out by hand.
"""

from __future__ import annotations

import hashlib
import json

import pytest

from makiivka.cli import main
from makiivka.extract.ingest import ingest_article
from makiivka.extract.page import read_page
from makiivka.extract.telegram import flatten_text, read_export
from makiivka.story import load
from makiivka.story.problems import DataError
from tests.conftest import tree_digest
from tests.extract.ingest_story import FIXTURES, read_rows

PAGE = FIXTURES / "courier-page.html"
EXPORT = FIXTURES / "telegram" / "result.json"
STEM = "courier-2019-03-15-kessa-dam-collapse-valdera-council-says"
UNDATED = "publication date: the text does not say when this was stated (check)"
PAGE_TEXT = (
    "Kessa dam collapse: Valdera Council says 112 dead\n\n"
    "Rescuers are still searching the valley below the dam.\n\n"
    "The breached dam above Kessa, where the council says 38 people are still missing. "
    "Lina Ortiz / AFP\n\n"
    "The Valdera Council said on Thursday that 112 people were killed when the Kessa dam gave "
    "way.\n\n"
    "The council's emergency office said at least 340 were injured.\n\n"
    "Neither figure could be checked independently.\n"
)
# (figure, claimant, relayed_by, metric, value, low, high, qualifier, stated_at, basis)
PAGE_ROWS = [
    ("112", "valdera_council", "courier", "killed", "112", "112", "112", "exact",
     "2019-03-15T08:40-05:00", UNDATED),
    ("38", "valdera_council", "courier", "missing", "38", "38", "38", "exact",
     "2019-03-15T08:40-05:00", UNDATED),
    ("112", "valdera_council", "", "killed", "112", "112", "112", "exact", "2019-03-14", "article"),
    ("at least 340", "valdera_council", "", "wounded", "340", "340", "", "at_least",
     "2019-03-15T08:40-05:00", UNDATED),
]  # fmt: skip
COLUMNS = ("figure", "claimant", "relayed_by", "metric", "value", "value_low", "value_high",
           "qualifier", "stated_at", "stated_at_basis")  # fmt: skip


def shape(rows: list[dict[str, str]]) -> list[tuple[str, ...]]:
    return [tuple(r[c] for c in COLUMNS) for r in rows]


@pytest.mark.parametrize("name", ["courier-page.html", "courier-page.mhtml"])
def test_a_saved_page_gives_its_article_text_and_metadata(name):
    page = read_page((FIXTURES / name).read_bytes(), name)
    assert page.text == PAGE_TEXT  # no menu, notice, cookie banner, related link or footer
    assert page.meta.title == "Kessa dam collapse: Valdera Council says 112 dead"
    assert page.meta.outlet == "Lirun Courier"
    assert page.meta.published == "2019-03-15T08:40-05:00"
    assert page.meta.url == "https://courier.example/2019/03/15/kessa-dam-collapse"


def test_a_saved_page_ingests_with_exactly_its_rows(story, capsys):
    assert main(["ingest", str(PAGE), "--story", str(story)]) == 0
    data = story / "data"
    [article] = read_rows(data / "articles.csv")
    page_sha = hashlib.sha256(PAGE.read_bytes()).hexdigest()
    assert article["article_id"] == STEM
    assert article["outlet"] == "courier"  # og:site_name "Lirun Courier" is that claimant's name
    assert article["title"] == "Kessa dam collapse: Valdera Council says 112 dead"
    assert article["url"] == "https://courier.example/2019/03/15/kessa-dam-collapse"
    assert article["published_at"] == "2019-03-15T08:40-05:00"
    assert article["path"] == f"articles/{STEM}.txt"
    assert article["sha256"] == hashlib.sha256(PAGE_TEXT.encode()).hexdigest()
    assert article["notes"].startswith(f"source: articles/{STEM}.html (sha256 {page_sha}); ")
    assert (data / "articles" / f"{STEM}.html").read_bytes() == PAGE.read_bytes()  # as saved
    assert (data / "articles" / f"{STEM}.txt").read_text(encoding="utf-8") == PAGE_TEXT
    assert shape(read_rows(data / "claims.csv")) == PAGE_ROWS
    assert load.validate(data) == []
    assert "added as " + STEM + " with 4 proposed claims (c001–c004)" in capsys.readouterr().out


def test_the_command_line_overrides_the_page(story):
    assert main(
        ["ingest", str(PAGE), "--story", str(story), "--outlet", "courier", "--title",
         "Dam toll: 112", "--published", "2019-03-16", "--url", "https://example.org/x"]
    ) == 0  # fmt: skip
    [article] = read_rows(story / "data" / "articles.csv")
    assert (article["article_id"], article["title"], article["published_at"], article["url"]) == (
        "courier-2019-03-16-dam-toll-112",
        "Dam toll: 112",
        "2019-03-16",
        "https://example.org/x",
    )


def test_the_same_page_twice_changes_nothing(story, capsys):
    assert main(["ingest", str(PAGE), "--story", str(story)]) == 0
    before = tree_digest(story)
    capsys.readouterr()
    for again in (PAGE, FIXTURES / "courier-page.mhtml"):  # the same article, saved twice
        assert main(["ingest", str(again), "--story", str(story)]) == 0
        assert f"already ingested as {STEM}" in capsys.readouterr().out
    assert tree_digest(story) == before


def test_validate_checks_the_stored_page(story):
    assert main(["ingest", str(PAGE), "--story", str(story)]) == 0
    page = story / "data" / "articles" / f"{STEM}.html"
    page.write_bytes(page.read_bytes().replace(b"112 dead", b"113 dead"))
    [problem] = load.validate(story / "data")
    assert (problem.field, problem.line) == ("notes", 2)
    assert "the source's sha256" in problem.expected and f"{STEM}.html was changed" in (
        problem.expected
    )
    page.unlink()
    [problem] = load.validate(story / "data")
    assert problem.expected == f"the source file articles/{STEM}.html (it is missing)"


def test_derived_text_is_the_same_for_the_same_bytes():
    blob = PAGE.read_bytes()
    assert read_page(blob, "a.html") == read_page(bytes(blob), "b.htm")


@pytest.mark.parametrize(
    ("blob", "expected"),
    [
        (b"<html><body><p>caf\xe9 40</p></body></html>", "UTF-8 text"),
        (b"<html><head><meta charset='klingon'></head><body>x</body></html>", "a character set"),
    ],
)
def test_a_page_that_cannot_be_read_is_refused(story, blob, expected):
    with pytest.raises(DataError) as error:
        ingest_article(story / "data", blob, name="bad.html", outlet="courier",
                       published="2019-03-15")  # fmt: skip
    assert expected in str(error.value.problems[0])


POST_ROWS = [  # (article_id, figure, claimant, metric, value, low, high, qualifier, stated_at, basis)
    ("valdera-council-2019-03-14-post-101", "40", "valdera_council", "killed", "40", "40", "40",
     "exact", "2019-03-14T11:32+00:00", "post"),
    ("valdera-council-2019-03-15-post-103", "112", "valdera_council", "killed", "112", "112",
     "112", "exact", "2019-03-15T08:05+00:00", "post"),
    ("valdera-council-2019-03-15-post-103", "At least 340", "valdera_council", "wounded", "340",
     "340", "", "at_least", "2019-03-15T08:05+00:00", "post"),
    ("valdera-council-2019-03-16-post-105", "140", "valdera_council", "killed", "140", "140",
     "140", "exact", "2019-03-16T14:00+00:00", "post"),
    # The Front's claim in the council's channel: not the owner's, so not dated by the post.
    ("valdera-council-2019-03-16-post-105", "more than 600", "northern_front", "killed", "600",
     "601", "", "more_than", "2019-03-16T14:00+00:00", UNDATED),
]  # fmt: skip


def test_a_telegram_export_ingests_each_post_with_its_exact_time(story, capsys):
    argv = ["ingest", str(EXPORT), "--telegram", "--channel", "valdera_council"]
    assert main([*argv, "--story", str(story)]) == 0
    data = story / "data"
    articles = read_rows(data / "articles.csv")
    assert [(a["article_id"], a["outlet"], a["url"], a["published_at"]) for a in articles] == [
        (
            "valdera-council-2019-03-14-post-101",
            "valdera_council",
            "https://t.me/valdera_council/101",
            "2019-03-14T11:32+00:00",
        ),
        (
            "valdera-council-2019-03-15-post-103",
            "valdera_council",
            "https://t.me/valdera_council/103",
            "2019-03-15T08:05+00:00",
        ),
        (
            "valdera-council-2019-03-16-post-105",
            "valdera_council",
            "https://t.me/valdera_council/105",
            "2019-03-16T14:00+00:00",
        ),
    ]  # fmt: skip  (102 is a service message, 104 a photo without text)
    assert articles[1]["title"] == "The toll has risen to 112 dead."
    columns = ("article_id", "figure", "claimant", "metric", "value", "value_low", "value_high",
               "qualifier", "stated_at", "stated_at_basis")  # fmt: skip
    assert [tuple(r[c] for c in columns) for r in read_rows(data / "claims.csv")] == POST_ROWS
    stored = [p.name for p in (data / "articles").iterdir() if p.suffix == ".json"]
    assert len(stored) == 1 and (data / "articles" / stored[0]).read_bytes() == EXPORT.read_bytes()
    assert load.validate(data) == []
    assert "3 articles added with 5 proposed claims (c001–c005)" in capsys.readouterr().out
    before = tree_digest(story)
    assert main([*argv, "--story", str(story)]) == 0  # a post already ingested is skipped
    assert "0 articles added with 0 proposed claims" in capsys.readouterr().out
    assert tree_digest(story) == before


def test_a_channel_nobody_registered_is_refused(story, capsys):
    export = EXPORT.read_text(encoding="utf-8").replace('"Valdera Council"', '"Kessa Today"')
    other = story.parent / "result.json"
    other.write_text(export, encoding="utf-8")
    before = tree_digest(story)
    assert main(["ingest", str(other), "--telegram", "--story", str(story)]) == 1
    assert "the source names 'Kessa Today'" in capsys.readouterr().err
    assert tree_digest(story) == before


def test_a_post_without_its_utc_time_is_refused():
    blob = b'{"name": "C", "messages": [{"id": 7, "type": "message", "date": "2019-03-14T06:32:10", "text": "40 died"}]}'
    with pytest.raises(DataError) as error:
        read_export(blob, "result.json")
    assert "date_unixtime" in str(error.value.problems[0])


def test_telegram_text_with_entities_is_flattened():
    parts = ["At least ", {"type": "bold", "text": "340"}, " hurt, ",
             {"type": "text_link", "text": "the office", "href": "https://x.example"}, " says"]  # fmt: skip
    assert flatten_text(parts) == "At least 340 hurt, the office says"


def test_a_crlf_text_is_stored_as_given_and_quoted_with_lf(story):
    blob = (
        b"Dam toll rises\r\n\r\nThe Valdera Council said on Thursday that at least\r\n"
        b"112 people were killed.\r\n"
    )
    done = ingest_article(story / "data", blob, name="wire.txt", outlet="courier",
                          published="2019-03-15")  # fmt: skip
    data = story / "data"
    assert (data / done.source).read_bytes() == blob
    assert (data / done.path).read_bytes() == blob.replace(b"\r\n", b"\n")
    [row] = read_rows(data / "claims.csv")
    assert (row["quote"], row["figure"], row["stated_at"]) == (
        "The Valdera Council said on Thursday that at least\n112 people were killed.",
        "at least\n112", "2019-03-14",
    )  # fmt: skip
    assert load.validate(data) == []


BASES = [
    ("On Monday the council said 63 people were killed. A day later it said 89 had died.\n",
     "2023-01-06",
     [("63", "2023-01-02", "article"),
      ("89", "2023-01-03", 'article: "A day later" counted from "On Monday"')]),
    ("The council said on Monday that 63 people were killed. 24 hours later, it put the toll "
     "at 89.\n", "2023-01-06",
     [("63", "2023-01-02", "article"),
      ("89", "2023-01-03", 'article: "24 hours later" counted from "on Monday"')]),
    ("Last week the council said 63 people were killed.\n", "2023-01-11",
     [("63", "2023-01", 'article: "Last week", 2023-01-02 to 2023-01-08')]),
    ("Hours ago the council said 63 people were killed.\n", "2023-01-04",
     [("63", "2023-01", 'article: "Hours ago", 2023-01-03 to 2023-01-04')]),
    # A week across New Year: no ISO date holds it, so the publication date, no later than.
    ("Last week the council said 63 people were killed.\n", "2023-01-04",
     [("63", "2023-01-04", 'publication date: the text says "Last week" (2022-12-26 to '
       "2023-01-01), a range of days no ISO date holds; stated no later than publication "
       "(check)")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), BASES)
def test_each_date_comes_with_its_basis(story, text, published, expected):
    ingest_article(story / "data", text, outlet="courier", title="Toll", published=published)
    rows = read_rows(story / "data" / "claims.csv")
    assert [(r["figure"], r["stated_at"], r["stated_at_basis"]) for r in rows] == expected


@pytest.mark.parametrize("name", ["courier-page.html", "courier-page.mhtml"])
def test_extract_reads_a_saved_page_as_ingest_does(name, tmp_path, capsys):
    # The page's related links and menus hold numbers too; only the article's four are read.
    text = tmp_path / "article.txt"
    text.write_text(PAGE_TEXT, encoding="utf-8")
    assert main(["extract", str(text), "--format", "json"]) == 0
    from_text = capsys.readouterr().out
    assert main(["extract", str(FIXTURES / name), "--format", "json"]) == 0
    from_page = capsys.readouterr().out
    assert from_page == from_text
    assert [row["quote"] for row in json.loads(from_page)] == ["112", "38", "112", "at least 340"]
