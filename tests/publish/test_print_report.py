"""The report printed on A4 in Chromium: a notebook's chart prints on the page its heading
opens, and no heading ends a page with its chart on the next.

A new user's five-party flood drew a claims chart of four metric panels, taller than what
is left of page 1 under the notebook's heading: it went whole to page 2 and page 1 printed
nearly empty. The report here is made by ``report_html`` from notebooks holding the dam
story's charts (the build's report, without running kernels).
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from makiivka import charts
from makiivka.publish.build import report_html
from makiivka.publish.display import VEGALITE_MIME
from makiivka.story import load

DAM = Path(__file__).parents[1] / "fixtures" / "dam" / "data"
WORDS = "Every figure the articles report about the event: who gave it, which side they speak for."


def notebook(heading: str, slug: str, dataset: load.Dataset, setup: bool = True):
    cells = [nbformat.v4.new_markdown_cell(f"# {heading}\n\n{WORDS}")]
    if setup:  # the notebooks' set-up cell: no output, code hidden
        cells.append(nbformat.v4.new_code_cell("dataset = ..."))
    spec = charts.CHARTS[slug](dataset).to_dict()
    output = nbformat.v4.new_output("execute_result", {VEGALITE_MIME: spec}, execution_count=1)
    cells.append(nbformat.v4.new_code_cell("chart", outputs=[output]))
    cells.append(nbformat.v4.new_markdown_cell(charts.FINDINGS[slug](dataset)))
    return nbformat.v4.new_notebook(cells=cells)


#: A title of two lines on A4 (round 17's new user: its second line went to page 2).
LONG_TITLE = "What each side says about the Veresk dam collapse and the floods in the valley below"


@pytest.fixture(scope="module", params=["Dam", LONG_TITLE])
def printed(browser, tmp_path_factory, request) -> Path:
    dam = load.read_dataset(DAM)
    folder = tmp_path_factory.mktemp("report")
    books = [notebook("What does each side claim?", "claims", dam),
             notebook("How far apart are the parties?", "gap", dam)]  # fmt: skip
    page_file = folder / "report.html"
    page_file.write_bytes(report_html(books, request.param))
    context = browser.new_context()
    page = context.new_page()
    page.goto(page_file.as_uri())
    page.wait_for_load_state("load")
    pdf = folder / "report.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=True)
    context.close()
    return pdf


def pages_text(pdf: Path) -> list[str]:
    """Return each printed page's text: the chart SVGs print their words as text."""
    import subprocess

    done = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True)  # fmt: skip
    return [" ".join(page.split()) for page in done.stdout.split("\f")]


@pytest.mark.parametrize(
    ("heading", "chart"),
    [
        # Before: page 1 held this heading and its paragraph alone, the chart on page 2.
        ("What does each side claim?", ["What each side claims", "People displaced, as stated"]),
    ],
)
def test_a_chart_prints_whole_on_the_page_its_heading_opens(printed, heading, chart):
    pages = pages_text(printed)
    where = next(n for n, text in enumerate(pages) if heading in text)
    for words in chart:
        assert words in pages[where], (heading, words, where)


def test_the_title_prints_whole_on_page_one_with_the_first_heading(printed):
    pages = pages_text(printed)
    title = "What each side says about the Veresk dam collapse and the floods in the valley below"
    if title in " ".join(pages):
        assert title in pages[0], pages[:2]
    assert "What does each side claim?" in pages[0]


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        ("The Veresk dam collapse", "The Veresk dam collapse"),
        ("Floods <b>& dams</b>", "Floods &lt;b&gt;&amp; dams&lt;/b&gt;"),
    ],
)
def test_the_report_s_first_and_only_h1_is_the_story_s_title(title, shown):
    dam = load.read_dataset(DAM)
    page = report_html([notebook("What does each side claim?", "claims", dam)], title).decode()
    headings = re.findall(r"<h([1-6])[^>]*>(.*?)</h\1>", page, re.S)
    assert headings[0] == ("1", shown)
    assert [level for level, _ in headings].count("1") == 1
    assert headings[1][0] == "2" and headings[1][1].startswith("What does each side claim?")
