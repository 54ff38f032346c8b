"""No script in the report: every string a user controls is written as text everywhere.

A story whose title, event, noun, party labels, claimant names, article title and quote
each carry ``</p><script>``, an ``onerror`` attribute and a ``javascript:`` link is made
with the command line, reviewed and built; every HTML page and SVG the build writes is
opened in Chromium, which must raise no dialog, run none of the payload and hold no
``javascript:`` link. The built notebooks' Markdown outputs carry the strings as text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from makiivka.cli import main

PAYLOAD = (
    '</p><script>window.pwned=1;alert(1)</script><img src=x onerror="window.pwned=2;alert(2)">'
    " [a](javascript:alert(3))"
)
ARTICLE = (
    "Blast at Kessa.\n\nThe ministry said at least 12 people were killed in the blast, "
    f'"{PAYLOAD}".\n\nThe army said 40 people were killed in the blast.\n'
)


@pytest.fixture(scope="module")
def hostile_story(tmp_path_factory) -> Path:
    """Make, review and build a story whose every user-controlled string carries the payload."""
    story = tmp_path_factory.mktemp("xss") / "story"
    where = ["--story", str(story)]
    commands = [
        ["new", str(story), "--title", f"Title {PAYLOAD}", "--event", f"Event {PAYLOAD}",
         "--noun", f"blast {PAYLOAD}", "--occurred-at", "2024-03-14T04:10+00:00",
         "--timezone", "UTC", "--place", "Kessa", "--party", f"north=North {PAYLOAD}",
         "--party", f"south=South {PAYLOAD}"],
        ["claimant", "add", "courier", "--name", f"Courier {PAYLOAD}", "--side", "media",
         "--kind", "outlet", *where],
        ["claimant", "add", "north_gov", "--name", f"North Gov {PAYLOAD}", "--side", "north",
         "--kind", "official", "--alias", "the ministry", *where],
        ["claimant", "add", "south_army", "--name", f"South Army {PAYLOAD}", "--side", "south",
         "--kind", "armed forces", "--alias", "the army", *where],
    ]  # fmt: skip
    for argv in commands:
        assert main(argv) == 0, argv
    article = story.parent / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["ingest", str(article), "--outlet", "courier", "--published", "2024-03-15",
                 "--title", f"Headline {PAYLOAD}", *where]) == 0  # fmt: skip
    claims = story / "data" / "claims.csv"
    text = claims.read_text(encoding="utf-8")
    assert text.count(",proposed,") == 2 and text.count(PAYLOAD.replace('"', '""')) == 1
    claims.write_text(text.replace(",proposed,", ",reviewed,"), encoding="utf-8")
    assert main(["review", *where]) == 0
    assert main(["build", "-q", *where]) == 0
    return story


def test_every_page_and_svg_runs_none_of_the_payload(browser, hostile_story):
    pages = sorted((hostile_story / "outputs").rglob("*.html"))
    pages += sorted((hostile_story / "outputs").rglob("*.svg"))
    names = {p.relative_to(hostile_story / "outputs").as_posix() for p in pages}
    assert {"report.html", "charts/claims.html", "charts/gap.embed.html", "charts/gap.svg"} <= names
    for path in pages:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        dialogs: list[str] = []
        page.on(
            "dialog", lambda dialog, seen=dialogs: (seen.append(dialog.message), dialog.dismiss())
        )
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        if path.suffix == ".html" and "charts" in path.parts and "embed" not in path.name:
            page.wait_for_selector(".vega-embed svg.marks", timeout=30_000)
        page.wait_for_timeout(200)
        assert dialogs == [], path
        assert page.evaluate("window.pwned") is None, path
        links = page.eval_on_selector_all(
            "a[href]", "nodes => nodes.map(n => n.getAttribute('href'))"
        )
        assert [h for h in links if not h.startswith(("http:", "https:", "../", "#"))] == [], path
        injected = page.locator("img[onerror], script").evaluate_all(
            "nodes => nodes.filter(n => (n.getAttribute('onerror') || n.textContent)"
            ".trim().startsWith('window.pwned')).length"
        )  # the pages' own scripts hold the strings as JSON data, which runs nothing
        assert injected == 0, path
        context.close()


def test_the_report_shows_each_string_as_text(browser, hostile_story):
    context = browser.new_context()
    page = context.new_page()
    page.goto((hostile_story / "outputs" / "report.html").as_uri())
    body = page.inner_text("body")
    for who in ("North", "South", "North Gov", "South Army", "Courier"):
        assert f"{who} {PAYLOAD}" in body, who  # the finding's names, as typed
    assert page.title() == f"Title {PAYLOAD}"
    context.close()


def test_the_notebooks_markdown_outputs_carry_the_strings_as_text(hostile_story):
    markdown = []
    for path in sorted((hostile_story / "notebooks").glob("*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            for output in cell.get("outputs", []):
                if "text/markdown" in output.get("data", {}):
                    markdown.append("".join(output["data"]["text/markdown"]))
    assert len(markdown) >= 4
    text = "\n".join(markdown)
    assert "North" in text
    assert "<script>" not in text and "<img" not in text
    assert re.search(r"(?<!\\)\]\(javascript", text) is None  # a link only if "]" is bare
    assert (
        "&lt;/p&gt;&lt;script&gt;window.pwned=1;alert(1)&lt;/script&gt;&lt;img src=x "
        'onerror="window.pwned=2;alert(2)"&gt; \\[a\\](javascript:alert(3))'
    ) in text
