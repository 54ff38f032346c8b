"""The claims page's note on proposed rows sits in line with its heading and table.

Round 23's new user: "199 proposed rows not yet reviewed are not shown." ran flush against
the page's left edge at 375 and 1,280 px, where everything else is indented 12 px.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from makiivka.publish.export import chart_files, write_files
from makiivka.story import load

FLOOD = Path(__file__).parents[1] / "fixtures" / "flood" / "data"

#: The left edges of the ledger's heading, the note after it and the table's box.
EDGES = """() => {
  const h2 = document.querySelector('#ledger');
  const note = h2.nextElementSibling;
  const box = document.querySelector('.scroll');
  return [note.className, note.textContent, ...[h2, note, box].map(
    (e) => Math.round(e.getBoundingClientRect().left))];
}"""


@pytest.fixture(scope="module")
def proposed_site(tmp_path_factory) -> Path:
    """The flood's chart pages with two rows not yet reviewed."""
    flood = load.read_dataset(FLOOD)
    claims = flood.claims.copy()
    claims["status"] = claims["status"].astype(object)
    claims.loc[claims["claim_id"].isin(["f02", "f13"]), "status"] = "proposed"
    out = tmp_path_factory.mktemp("proposed") / "charts"
    out.mkdir()
    dataset = dataclasses.replace(flood, claims=claims)
    write_files(chart_files(dataset, formats=["html"]), out)
    return out


@pytest.mark.parametrize("width", [320, 375, 768, 1280])
def test_the_proposed_note_is_indented_as_the_heading(browser, proposed_site, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        page.goto((proposed_site / "claims.html").as_uri())
        found = page.evaluate(EDGES)
    finally:
        page.close()
    assert found == ["count", "2 proposed rows not yet reviewed are not shown.", 12, 12, 12]
