"""A PDF is read by its text layer, whatever it is called: never as UTF-8 text.

The PDFs are made here with pikepdf (a runtime dependency): a page of Helvetica text lines,
and optionally a title in the document's metadata. ``makiivka ingest report.pdf`` once
failed with a UTF-8 decode error at the PDF's first binary byte.
"""

from __future__ import annotations

import hashlib
import io

import pikepdf
import pytest

from makiivka.cli import main
from makiivka.extract.pdf import read_pdf
from makiivka.story import load
from makiivka.story.problems import DataError
from tests.conftest import tree_digest
from tests.extract.ingest_story import read_rows

LINES = [
    "Situation bulletin",
    "The Valdera Council said at least 61 people were killed and 140 were injured.",
    "The council said 38 people were still missing.",
]
TEXT = (
    "Situation bulletin\nThe Valdera Council said at least 61 people were killed and 140 were "
    "injured.\nThe council said 38 people were still missing.\n"
)
COLUMNS = ("figure", "claimant", "metric", "value", "value_low", "value_high", "qualifier")
ROWS = [
    ("at least 61", "valdera_council", "killed", "61", "61", "", "at_least"),
    ("140", "valdera_council", "wounded", "140", "140", "140", "exact"),
    ("38", "valdera_council", "missing", "38", "38", "38", "exact"),
]


def make_pdf(lines: list[str], title: str = "") -> bytes:
    """Return a one-page PDF drawing *lines* in Helvetica (none: a page without text)."""
    pdf = pikepdf.new()
    font = pdf.make_indirect(
        pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                           BaseFont=pikepdf.Name.Helvetica,
                           Encoding=pikepdf.Name.WinAnsiEncoding)
    )  # fmt: skip
    shown = [f"({line}) Tj T*" for line in lines]
    ops = ["BT", "/F1 11 Tf", "14 TL", "72 720 Td", *shown, "ET"] if lines else []
    page = pikepdf.Dictionary(
        Type=pikepdf.Name.Page, MediaBox=[0, 0, 612, 792],
        Contents=pikepdf.Stream(pdf, "\n".join(ops).encode("latin-1")),
        Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)),
    )  # fmt: skip
    pdf.pages.append(pikepdf.Page(page))
    if title:
        pdf.docinfo["/Title"] = title
    buffer = io.BytesIO()
    pdf.save(buffer, deterministic_id=True)
    return buffer.getvalue()


@pytest.mark.parametrize("name", ["report.pdf", "REPORT.PDF", "report", "report.txt"])
def test_a_pdf_is_ingested_by_its_text_layer(story, tmp_path, name):
    blob = make_pdf(LINES)
    path = tmp_path / name
    path.write_bytes(blob)
    argv = ["ingest", str(path), "--outlet", "courier", "--published", "2019-03-15"]
    assert main([*argv, "--story", str(story)]) == 0
    data = story / "data"
    [article] = read_rows(data / "articles.csv")
    stem = "courier-2019-03-15-situation-bulletin"
    assert (article["article_id"], article["title"], article["path"]) == (
        stem, "Situation bulletin", f"articles/{stem}.txt",
    )  # fmt: skip
    assert article["notes"].startswith(
        f"source: articles/{stem}.pdf (sha256 {hashlib.sha256(blob).hexdigest()}); "
        "text derived by pypdf "
    )
    assert (data / "articles" / f"{stem}.pdf").read_bytes() == blob  # stored as given
    assert (data / "articles" / f"{stem}.txt").read_text(encoding="utf-8") == TEXT
    assert [tuple(r[c] for c in COLUMNS) for r in read_rows(data / "claims.csv")] == ROWS
    assert load.validate(data) == []


def test_a_pdf_s_title_comes_from_its_metadata(story, tmp_path):
    path = tmp_path / "bulletin.pdf"
    path.write_bytes(make_pdf(LINES, title="Kessa  dam: bulletin 3"))
    argv = ["ingest", str(path), "--outlet", "courier", "--published", "2019-03-15"]
    assert main([*argv, "--story", str(story)]) == 0
    [article] = read_rows(story / "data" / "articles.csv")
    assert (article["article_id"], article["title"]) == (
        "courier-2019-03-15-kessa-dam-bulletin-3", "Kessa dam: bulletin 3",
    )  # fmt: skip


def test_a_folder_ingests_its_pdfs(story, tmp_path, capsys):
    week = tmp_path / "week"
    week.mkdir()
    (week / "bulletin.pdf").write_bytes(make_pdf(LINES))
    (week / "wire.txt").write_text("Toll\n\nThe council said 9 people died.\n", encoding="utf-8")
    argv = ["ingest", str(week), "--outlet", "courier", "--published", "2019-03-15"]
    assert main([*argv, "--story", str(story)]) == 0
    assert "2 articles added with 4 proposed claims (c001–c004)" in capsys.readouterr().out


def test_extract_reads_a_pdf_as_ingest_does(tmp_path, capsys):
    path = tmp_path / "bulletin"
    path.write_bytes(make_pdf(LINES))
    assert main(["extract", str(path), "--published", "2019-03-15"]) == 0
    out = capsys.readouterr().out
    assert "at least 61" in out and "\ufffd" not in out


@pytest.mark.parametrize(
    "blob, expected",
    [
        (make_pdf([]), "a PDF with a text layer (this one has none: a scan needs OCR first)"),
        (b"%PDF-1.4\n%%EOF\n", "a PDF pypdf can read ("),
    ],
    ids=["no text layer", "broken"],
)
def test_a_pdf_without_text_is_refused_by_its_name(story, tmp_path, capsys, blob, expected):
    path = tmp_path / "scan.pdf"
    path.write_bytes(blob)
    before = tree_digest(story)
    argv = ["ingest", str(path), "--outlet", "courier", "--published", "2019-03-15"]
    assert main([*argv, "--story", str(story)]) == 1
    assert f"{path}:1:1: 'PDF' — expected {expected}" in capsys.readouterr().err
    assert tree_digest(story) == before
    with pytest.raises(DataError):
        read_pdf(blob, "scan.pdf")


def test_the_desk_ingests_an_uploaded_pdf(story):
    from makiivka.desk.ingesting import ingest_article

    done = ingest_article(story / "data", make_pdf(LINES), name="bulletin.pdf", outlet="courier",
                          title="Situation bulletin", published="2019-03-15")  # fmt: skip
    assert done == ("courier-2019-03-15-situation-bulletin", 3)


@pytest.mark.parametrize(
    ("heading", "published"),
    [
        (["VALDERA COUNCIL", "Medical bulletin No. 4, 16 March 2019, 08:00"],
         "2019-03-16T08:00-05:00"),
        (["VALDERA COUNCIL", "Bulletin No. 4, 16 March 2019"], "2019-03-16"),
        (["VALDERA COUNCIL / Health bulletin #4, 16 March 2019, 08:00"], "2019-03-16T08:00-05:00"),
    ],
)  # fmt: skip
def test_a_pdf_bulletins_heading_gives_its_outlet_and_date(story, tmp_path, heading, published):
    # round 23's new user: "KANTAPUR DISTRICT HOSPITAL / Medical bulletin No. 4, 16 March 2027,
    # 08:00" gave neither, and both --outlet and --published were needed
    path = tmp_path / "bulletin-4.pdf"
    path.write_bytes(make_pdf([*heading, "Casualties received", *LINES[1:]]))
    assert main(["ingest", str(path), "--story", str(story)]) == 0
    article = read_rows(story / "data" / "articles.csv")[0]
    assert (article["outlet"], article["published_at"], article["title"]) == (
        "valdera_council", published, "Casualties received"
    )  # fmt: skip
    assert load.validate(story / "data") == []
